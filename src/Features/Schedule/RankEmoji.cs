namespace GameTime.Features.Schedule;

/// <summary>
/// The Rainbow Six rank shown before a name (spec 0.3). The original used the guild's custom emoji named after each rank;
/// the bot does not cache guild emoji, so each rank has a coloured symbol in its rank colour instead.
/// </summary>
public static class RankEmoji
{
    public static readonly IReadOnlyList<string> Ranks = ["Champion", "Diamond", "Emerald", "Platinum", "Gold", "Silver", "Bronze", "Copper"];

    /// <summary>The rank's symbol, or null when the rank is unknown (no symbol rather than a wrong one).</summary>
    public static string? Of(string? rank) => rank switch
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

    /// <summary>The stored max rank if known, else the best rank among the member's role names, else null.</summary>
    public static string? RankOf(string? maxRank, IEnumerable<string> roleNames)
    {
        if (maxRank is not null && Ranks.Contains(maxRank)) return maxRank;
        string? best = null;
        foreach (var role in roleNames)
        {
            int i = IndexOf(role);
            if (i >= 0 && (best is null || i < IndexOf(best))) best = Ranks[i];
        }
        return best;
    }

    private static int IndexOf(string name)
    {
        for (int i = 0; i < Ranks.Count; i++)
            if (string.Equals(Ranks[i], name, StringComparison.OrdinalIgnoreCase)) return i;
        return -1;
    }
}
