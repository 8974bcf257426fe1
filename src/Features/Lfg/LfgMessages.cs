using System.Globalization;
using System.Text;

namespace GameTime.Features.Lfg;

/// <summary>A member as an LFG message lists them: their mention, after their rank emoji when it is known.</summary>
public readonly record struct LfgListed(ulong UserId, string? RankEmoji);

/// <summary>The texts of the LFG posts (features-community 4.4, 4.5), with the grammar right for one or many.</summary>
public static class LfgMessages
{
    /// <summary>
    /// "🎮 &lt;@a&gt;, &lt;@b&gt; are looking for 3 teammates to play in &lt;#voice&gt;". Members who opted out are not named:
    /// they count as "and N more", so the size of the stack stays true without mentioning them.
    /// </summary>
    public static string Auto(IReadOnlyList<LfgListed> named, int unnamed, int needed, ulong voiceChannelId)
    {
        var text = Who("🎮 ", named, unnamed, out bool one);
        text.Append(CultureInfo.InvariantCulture,
            $" {(one ? "is" : "are")} looking for {needed} {(needed == 1 ? "teammate" : "teammates")} to play in <#{voiceChannelId}>");
        return text.ToString();
    }

    /// <summary>"@here &lt;@a&gt; is in the voice channel &lt;#voice&gt; and needs 4 more players."</summary>
    public static string Command(IReadOnlyList<LfgListed> named, int unnamed, int missing, ulong voiceChannelId)
    {
        var text = Who("@here ", named, unnamed, out bool one);
        text.Append(CultureInfo.InvariantCulture,
            $" {(one ? "is" : "are")} in the voice channel <#{voiceChannelId}> and {(one ? "needs" : "need")} {missing} more {(missing == 1 ? "player" : "players")}.");
        return text.ToString();
    }

    /// <summary>The start of either message: the prefix, the named members, "and N more"; <paramref name="one"/> when one person in all.</summary>
    private static StringBuilder Who(string prefix, IReadOnlyList<LfgListed> named, int unnamed, out bool one)
    {
        ArgumentNullException.ThrowIfNull(named);
        var text = new StringBuilder(prefix);
        AppendList(text, named);
        if (unnamed > 0) text.Append(CultureInfo.InvariantCulture, $" and {unnamed} more");
        one = named.Count + unnamed == 1;
        return text;
    }

    private static void AppendList(StringBuilder text, IReadOnlyList<LfgListed> members)
    {
        for (int i = 0; i < members.Count; i++)
        {
            if (i > 0) text.Append(", ");
            if (members[i].RankEmoji is { Length: > 0 } emoji) text.Append(emoji).Append(' ');
            text.Append(CultureInfo.InvariantCulture, $"<@{members[i].UserId}>");
        }
    }
}
