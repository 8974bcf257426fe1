using System.Globalization;

namespace GameTime.Render.Brackets;

/// <summary>
/// The shape a single-elimination bracket must have before it can be drawn: rounds halving down to one final,
/// winners only on filled sides, byes only in the first round, and every later side fed by its match's winner.
/// </summary>
internal static class BracketRules
{
    public static void Validate(BracketView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        if (string.IsNullOrWhiteSpace(view.Title)) Fail("the bracket needs a title");
        if (view.DateLine is null) Fail("the date line is null (use an empty string for none)");
        if (view.HelpLine is null) Fail("the help line is null (use an empty string for none)");
        if (view.Rounds is null || view.Rounds.Count == 0) Fail("the bracket has no rounds");

        var first = view.Rounds[0]?.Matches?.Count ?? 0;
        if (first < 1 || first * 2 > BracketView.MaxEntries || (first & (first - 1)) != 0)
        {
            Fail($"the first round has {first} matches; it must have 1, 2, 4, 8, 16 or 32 (2 to {BracketView.MaxEntries} slots)");
        }
        var expected = first;
        for (var r = 0; r < view.Rounds.Count; r++)
        {
            var count = view.Rounds[r]?.Matches?.Count ?? 0;
            if (count != expected)
            {
                Fail($"round {r + 1} has {count} matches; after the rounds before it, it must have {expected}");
            }
            for (var i = 0; i < count; i++) ValidateMatch(view.Rounds[r].Matches[i], r, i);
            expected /= 2;
        }
        if (expected != 0) Fail($"the last round has {expected * 2} matches; the bracket must go on until a single final");

        for (var r = 1; r < view.Rounds.Count; r++)
        {
            for (var i = 0; i < view.Rounds[r].Matches.Count; i++)
            {
                var match = view.Rounds[r].Matches[i];
                ValidateFeed(view.Rounds[r - 1].Matches[2 * i], match.Side1, r, i, 1);
                ValidateFeed(view.Rounds[r - 1].Matches[(2 * i) + 1], match.Side2, r, i, 2);
            }
        }
    }

    private static void ValidateMatch(BracketMatch? match, int round, int index)
    {
        var where = Where(round, index);
        if (match is null) Fail($"{where} is null");
        ValidateSide(match.Side1, where, 1);
        ValidateSide(match.Side2, where, 2);
        if (match.Side1.Kind == BracketSlotKind.Bye && match.Side2.Kind == BracketSlotKind.Bye)
        {
            Fail($"{where} has a bye on both sides; a bracket this size would be too big for its entrants");
        }
        if (match.IsBye && round > 0) Fail($"{where} has a bye; byes belong to the first round only");
        if (!Enum.IsDefined(match.Winner)) Fail($"{where} has an unknown winner value {(int)match.Winner}");
        if (match.WinningSide is { IsFilled: false } empty)
        {
            var side = match.Winner == MatchWinner.Side1 ? 1 : 2;
            Fail($"{where}: the winner is side {side}, which is {Describe(empty)}; only a filled side can win");
        }
        if (match.Score is { } score)
        {
            if (!match.Side1.IsFilled || !match.Side2.IsFilled) Fail($"{where} has a score but not two entrants");
            if (score.Side1 < 0 || score.Side2 < 0) Fail($"{where} has a negative score {score.Side1}-{score.Side2}");
        }
    }

    private static void ValidateSide(BracketSide? side, string where, int number)
    {
        if (side is null) Fail($"{where} side {number} is null (use BracketSide.Open or BracketSide.Bye)");
        if (!Enum.IsDefined(side.Kind)) Fail($"{where} side {number} has an unknown kind {(int)side.Kind}");
        if (side.Members is null) Fail($"{where} side {number} has null members (use an empty list)");
        if (side.IsFilled && string.IsNullOrWhiteSpace(side.Name)) Fail($"{where} side {number} is an entrant without a name");
        if (!side.IsFilled && side.Members.Count > 0) Fail($"{where} side {number} is {Describe(side)} but lists members");
        if (side.Members.Count > BracketView.MaxTeammates)
        {
            Fail($"{where} side {number} lists {side.Members.Count} teammates; teams go up to 5v5 ({BracketView.MaxTeammates} beside the leader)");
        }
        if (side.Members.Any(string.IsNullOrWhiteSpace)) Fail($"{where} side {number} has a teammate without a name");
    }

    // A later side is whoever won the match feeding it: filled exactly when that match is decided, and the same entrant.
    private static void ValidateFeed(BracketMatch feeder, BracketSide side, int round, int index, int number)
    {
        var where = $"{Where(round, index)} side {number}";
        var from = Where(round - 1, (2 * index) + number - 1);
        var winner = feeder.WinningSide;
        if (winner is null && side.IsFilled) Fail($"{where} is {side.Name}, but {from}, which feeds it, has no winner");
        if (winner is not null && !side.IsFilled) Fail($"{where} is {Describe(side)}, but {from} was won by {winner.Name}");
        if (winner is not null && !winner.SameEntrantAs(side)) Fail($"{where} is {side.Name}, but {from} was won by {winner.Name}");
    }

    private static string Where(int round, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"round {round + 1} match {index + 1}");

    private static string Describe(BracketSide side) => side.Kind == BracketSlotKind.Bye ? "a bye" : "an open slot";

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void Fail(string message) => throw new ArgumentException($"Invalid bracket: {message}.");
}
