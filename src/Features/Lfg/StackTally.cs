namespace GameTime.Features.Lfg;

/// <summary>One member's last Siege state change: where they were and where they are now.</summary>
public readonly record struct SiegeChange(SiegeState Before, SiegeState After)
{
    /// <summary>No change seen: the member has been where they are since before the bot looked.</summary>
    public static SiegeChange Steady(SiegeState now) => new(now, now);
}

/// <summary>
/// The counters of features-community 4.2 over the members of one voice channel, and the auto-LFG rule of 4.4:
/// post when somebody just came back to the menu and more came back than are still in a match.
/// </summary>
public readonly record struct StackTally(
    int InMenu, int GameNotStarted, int Leaving, int WarmingUp, int DoneWarmingUpInMenu, int DoneMatchInMenu, int PlayingMatch)
{
    public int Ready => DoneMatchInMenu + DoneWarmingUpInMenu;

    /// <summary>Ready to play again, and the stack is not split with part of it still in a match.</summary>
    public bool WantsTeammates => Ready > 0 && Ready > PlayingMatch;

    public static StackTally Of(IEnumerable<SiegeChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        int inMenu = 0, notStarted = 0, leaving = 0, warming = 0, doneWarmUp = 0, doneMatch = 0, playing = 0;
        foreach (var (before, after) in changes)
        {
            if (after == SiegeState.Menu) inMenu++;
            if (before == SiegeState.NotPlaying && after == SiegeState.NotPlaying) notStarted++;
            if (before != SiegeState.NotPlaying && after == SiegeState.NotPlaying) leaving++;
            if (after == SiegeState.WarmUp) warming++;
            if (before == SiegeState.WarmUp && after == SiegeState.Menu) doneWarmUp++;
            if (before.IsMatch() && after == SiegeState.Menu) doneMatch++;
            // Quick Match counts like ranked and standard (issue 6), so a stack split over a quick match is not "ready".
            if (after.IsMatch()) playing++;
        }
        return new StackTally(inMenu, notStarted, leaving, warming, doneWarmUp, doneMatch, playing);
    }
}
