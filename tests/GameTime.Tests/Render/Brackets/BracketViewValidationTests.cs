using GameTime.Render.Brackets;

namespace GameTime.Tests.Render.Brackets;

public sealed class BracketViewValidationTests
{
    private static readonly BracketSide Ana = BracketSide.Player("Ana");
    private static readonly BracketSide Ben = BracketSide.Player("Ben");
    private static readonly BracketSide Cleo = BracketSide.Player("Cleo");

    private static BracketView View(params BracketMatch[][] rounds) =>
        new("Tournament: Test", "", BracketFixtures.Help, [.. rounds.Select(matches => new BracketRound(matches))]);

    private static BracketMatch Match(BracketSide one, BracketSide two, MatchWinner winner = MatchWinner.None, MatchScore? score = null) =>
        new(one, two, winner, score);

    private static readonly BracketMatch Undecided = Match(Ana, Ben);
    private static readonly BracketMatch OpenFinal = Match(BracketSide.Open, BracketSide.Open);

    private static BracketView Invalid(string shape) => shape switch
    {
        "no rounds" => View(),
        "three first-round matches" => View([Undecided, Undecided, Undecided], [OpenFinal, OpenFinal], [OpenFinal]),
        "128 slots" => View([.. Enumerable.Repeat(Undecided, 64)]),
        "rounds not halving" => View([Undecided, Undecided], [OpenFinal, OpenFinal]),
        "no single final" => View([Undecided, Undecided]),
        "bye wins" => View([Match(BracketSide.Bye, Ana, MatchWinner.Side1), Undecided], [OpenFinal]),
        "open slot wins" => View([Undecided, Undecided], [Match(BracketSide.Open, BracketSide.Open, MatchWinner.Side2)]),
        "two byes" => View([Match(BracketSide.Bye, BracketSide.Bye), Undecided], [OpenFinal]),
        "bye after the first round" => View([Match(Ana, Ben, MatchWinner.Side1), Match(Cleo, BracketSide.Bye)], [Match(Ana, BracketSide.Bye)]),
        "wrong entrant advanced" => View([Match(Ana, Ben, MatchWinner.Side1), Undecided], [Match(Ben, BracketSide.Open)]),
        "advanced without a win" => View([Undecided, Undecided], [Match(Ana, BracketSide.Open)]),
        "winner not advanced" => View([Match(Ana, Ben, MatchWinner.Side2), Undecided], [OpenFinal]),
        "six-player team" => View([Match(BracketSide.Team("Team A", ["b", "c", "d", "e", "f"]), Ben)]),
        "score against a bye" => View([Match(Ana, BracketSide.Bye, MatchWinner.Side1, new MatchScore(2, 0)), Undecided], [Match(Ana, BracketSide.Open)]),
        "negative score" => View([Match(Ana, Ben, MatchWinner.Side1, new MatchScore(2, -1))]),
        "blank title" => View([Undecided]) with { Title = "  " },
        "null side" => View([Match(Ana, null!)]),
        "nameless entrant" => View([Match(Ana, BracketSide.Player(""))]),
        _ => throw new ArgumentOutOfRangeException(nameof(shape)),
    };

    [Theory]
    [InlineData("no rounds", "no rounds")]
    [InlineData("three first-round matches", "first round has 3 matches")]
    [InlineData("128 slots", "first round has 64 matches")]
    [InlineData("rounds not halving", "round 2 has 2 matches; after the rounds before it, it must have 1")]
    [InlineData("no single final", "single final")]
    [InlineData("bye wins", "round 1 match 1: the winner is side 1, which is a bye")]
    [InlineData("open slot wins", "round 2 match 1: the winner is side 2, which is an open slot")]
    [InlineData("two byes", "round 1 match 1 has a bye on both sides")]
    [InlineData("bye after the first round", "round 2 match 1 has a bye; byes belong to the first round only")]
    [InlineData("wrong entrant advanced", "round 2 match 1 side 1 is Ben, but round 1 match 1 was won by Ana")]
    [InlineData("advanced without a win", "round 2 match 1 side 1 is Ana, but round 1 match 1, which feeds it, has no winner")]
    [InlineData("winner not advanced", "round 2 match 1 side 1 is an open slot, but round 1 match 1 was won by Ben")]
    [InlineData("six-player team", "lists 5 teammates")]
    [InlineData("score against a bye", "round 1 match 1 has a score but not two entrants")]
    [InlineData("negative score", "negative score 2--1")]
    [InlineData("blank title", "needs a title")]
    [InlineData("null side", "round 1 match 1 side 2 is null")]
    [InlineData("nameless entrant", "side 2 is an entrant without a name")]
    public void An_impossible_bracket_is_refused_with_a_message_naming_the_problem(string shape, string message)
    {
        var view = Invalid(shape);
        var error = Assert.Throws<ArgumentException>(() => BracketRenderer.Render(view));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_golden_bracket_is_valid()
    {
        BracketView[] views =
        [
            BracketGoldens.TwoUndecided(), BracketGoldens.FourWithChampion(), BracketGoldens.EightMidTournament(),
            BracketGoldens.EightTeams5v5(), BracketGoldens.SixtyFourWithByes(), BracketGoldens.LongAndNonLatinNames(),
        ];
        foreach (var view in views) view.Validate();
        Assert.Equal([2, 4, 8, 8, 64, 16], views.Select(v => v.Slots));
    }
}
