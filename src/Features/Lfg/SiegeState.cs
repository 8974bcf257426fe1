using GameTime.Gateway.Cache;

namespace GameTime.Features.Lfg;

/// <summary>Where a member is in Rainbow Six Siege, read from their rich presence (features-community 4.1).</summary>
public enum SiegeState : byte
{
    /// <summary>No Siege presence: the game is closed (or presence is hidden).</summary>
    NotPlaying,
    Menu,
    /// <summary>Map training, shooting range, arcade, versus AI: warming up before a real match.</summary>
    WarmUp,
    RankedMatch,
    /// <summary>Standard, renamed Unranked in Siege X.</summary>
    StandardMatch,
    /// <summary>The issue counts Quick Match as a match (the original ignored it).</summary>
    QuickMatch,
    /// <summary>In the game but nowhere the rules look at: queueing ("Looking for …"), custom games, loading.</summary>
    Other,
}

public static class SiegeStates
{
    // Prefixes as the game writes them ("RANKED match 2 of 9"). Compared ignoring case: the original compared exactly,
    // but a casing change in a game patch should not switch the feature off, and no other state shares these words.
    private static readonly string[] WarmUpExact = ["Playing Map Training", "Playing SHOOTING RANGE"];
    private static readonly string[] WarmUpPrefixes = ["ARCADE", "VERSUS AI"];

    public static SiegeState Read(SiegeActivity? activity) => activity is null ? SiegeState.NotPlaying : Read(activity.Details);

    /// <summary>The state a Siege presence's `details` string names; null details (game starting) is <see cref="SiegeState.Other"/>.</summary>
    public static SiegeState Read(string? details)
    {
        if (string.IsNullOrWhiteSpace(details)) return SiegeState.Other;
        var d = details.AsSpan().Trim();
        if (d.Equals("in MENU", StringComparison.OrdinalIgnoreCase)) return SiegeState.Menu;
        if (d.StartsWith("RANKED match", StringComparison.OrdinalIgnoreCase)) return SiegeState.RankedMatch;
        if (d.StartsWith("STANDARD match", StringComparison.OrdinalIgnoreCase) || d.StartsWith("UNRANKED match", StringComparison.OrdinalIgnoreCase))
            return SiegeState.StandardMatch;
        if (d.StartsWith("QUICK MATCH match", StringComparison.OrdinalIgnoreCase)) return SiegeState.QuickMatch;
        foreach (var exact in WarmUpExact)
            if (d.Equals(exact, StringComparison.OrdinalIgnoreCase)) return SiegeState.WarmUp;
        foreach (var prefix in WarmUpPrefixes)
            if (d.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return SiegeState.WarmUp;
        return SiegeState.Other;
    }

    public static bool IsMatch(this SiegeState state) => state is SiegeState.RankedMatch or SiegeState.StandardMatch or SiegeState.QuickMatch;
}
