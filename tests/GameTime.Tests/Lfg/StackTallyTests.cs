using GameTime.Features.Lfg;
using static GameTime.Features.Lfg.SiegeState;

namespace GameTime.Tests.Lfg;

public sealed class StackTallyTests
{
    private static StackTally Tally(params (SiegeState Before, SiegeState After)[] changes) =>
        StackTally.Of(changes.Select(c => new SiegeChange(c.Before, c.After)));

    [Fact]
    public void Every_counter_of_the_spec_counts_its_members()
    {
        var tally = Tally((RankedMatch, Menu), (QuickMatch, Menu), (WarmUp, Menu), (Menu, Menu), (NotPlaying, NotPlaying),
            (Menu, NotPlaying), (Menu, WarmUp), (Other, StandardMatch));

        Assert.Equal(new StackTally(InMenu: 4, GameNotStarted: 1, Leaving: 1, WarmingUp: 1, DoneWarmingUpInMenu: 1, DoneMatchInMenu: 2,
            PlayingMatch: 1), tally);
        Assert.Equal(3, tally.Ready);
    }

    [Fact]
    public void A_stack_back_from_a_match_wants_teammates()
    {
        Assert.True(Tally((RankedMatch, Menu), (RankedMatch, Menu), (RankedMatch, Menu)).WantsTeammates);
        Assert.True(Tally((WarmUp, Menu)).WantsTeammates);
        Assert.True(Tally((QuickMatch, Menu), (Menu, Menu)).WantsTeammates);
    }

    [Fact]
    public void Nobody_coming_back_or_more_still_in_a_match_does_not()
    {
        Assert.False(Tally((Menu, Menu), (Menu, Menu)).WantsTeammates);                           // sitting in the menu is no news
        Assert.False(Tally((RankedMatch, Menu), (Menu, RankedMatch)).WantsTeammates);             // as many still playing
        Assert.False(Tally((RankedMatch, Menu), (QuickMatch, QuickMatch), (Other, QuickMatch)).WantsTeammates); // quick match counts
        Assert.False(Tally((RankedMatch, NotPlaying), (Menu, Other)).WantsTeammates);             // leaving, queueing
        Assert.False(Tally().WantsTeammates);
    }
}
