using GameTime.Gateway.Cache;

namespace GameTime.Features.Members;

/// <summary>
/// The Rainbow Six rank emoji shown before a member (spec 0.3): the guild's custom emoji named exactly after the rank
/// ("&lt;:Diamond:id&gt;"), else a symbol in the rank's colour, so a guild without rank emoji still sees ranks. A member whose
/// rank is unknown gets none, rather than the original's Copper.
/// </summary>
public sealed class RankEmoji(GuildCache cache)
{
    /// <summary>Rank names, best to worst.</summary>
    public static readonly IReadOnlyList<string> Ranks = ["Champion", "Diamond", "Emerald", "Platinum", "Gold", "Silver", "Bronze", "Copper"];

    /// <summary>The emoji for a rank in a guild, or null when the rank is unknown.</summary>
    public string? For(ulong guildId, string? rank) =>
        Canonical(rank) is { } name ? cache.CustomEmoji(guildId, name) ?? Symbol(name) : null;

    /// <summary>The emoji for a cached member: their stored max rank if known, else their best rank role.</summary>
    public string? For(ulong guildId, CachedMember member, string? maxRank = null)
    {
        if (maxRank is null && member.Roles.Count == 0) return null;
        var roleNames = cache.Roles(guildId).Where(r => member.Roles.Contains(r.Id)).Select(r => r.Name);
        return For(guildId, RankOf(maxRank, roleNames));
    }

    /// <summary>The stored max rank if known, else the best rank among the member's role names, else null.</summary>
    public static string? RankOf(string? maxRank, IEnumerable<string> roleNames)
    {
        if (Canonical(maxRank) is { } stored) return stored;
        int best = Ranks.Count;
        foreach (var role in roleNames) best = Math.Min(best, IndexOf(role) is >= 0 and var i ? i : Ranks.Count);
        return best < Ranks.Count ? Ranks[best] : null;
    }

    /// <summary>The rank's coloured symbol, for a guild without its custom emoji.</summary>
    public static string? Symbol(string? rank) => Canonical(rank) switch
    {
        "Champion" => "\U0001FA77", // pink heart
        "Diamond" => "\U0001F7E3",  // purple circle
        "Emerald" => "\U0001F7E2",  // green circle
        "Platinum" => "\U0001F535", // blue circle
        "Gold" => "\U0001F7E1",     // yellow circle
        "Silver" => "\u26AA",       // white circle
        "Bronze" => "\U0001F7E0",   // orange circle
        "Copper" => "\U0001F534",   // red circle
        _ => null,
    };

    private static string? Canonical(string? name) => name is not null && IndexOf(name) is >= 0 and var i ? Ranks[i] : null;

    private static int IndexOf(string name)
    {
        for (int i = 0; i < Ranks.Count; i++)
            if (string.Equals(Ranks[i], name, StringComparison.OrdinalIgnoreCase)) return i;
        return -1;
    }
}
