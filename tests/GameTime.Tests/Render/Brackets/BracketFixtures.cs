using GameTime.Render.Brackets;

namespace GameTime.Tests.Render.Brackets;

/// <summary>What a test says happened in one match; null means not played yet.</summary>
internal sealed record Played(MatchWinner Winner, MatchScore? Score = null, string? Map = null);

/// <summary>Builds consistent brackets for the tests: byes advance on their own, every later side is its feeder's winner.</summary>
internal static class BracketFixtures
{
    public const string Help = "Use /reportlosttournament to report a lost match";

    public delegate Played? Decide(int round, int index, BracketSide side1, BracketSide side2);

    public static BracketView Build(string title, IReadOnlyList<BracketSide> slots, Decide decide, string dates = "Start 2026-03-01 · End 2026-03-15")
    {
        var rounds = new List<BracketRound>();
        var sides = slots.ToList();
        for (var r = 0; sides.Count >= 2; r++)
        {
            var matches = new List<BracketMatch>();
            var winners = new List<BracketSide>();
            for (var i = 0; i < sides.Count / 2; i++)
            {
                var (one, two) = (sides[2 * i], sides[(2 * i) + 1]);
                var played = one.Kind == BracketSlotKind.Bye ? new Played(MatchWinner.Side2)
                    : two.Kind == BracketSlotKind.Bye ? new Played(MatchWinner.Side1)
                    : one.IsFilled && two.IsFilled ? decide(r, i, one, two)
                    : null;
                var match = new BracketMatch(one, two, played?.Winner ?? MatchWinner.None, played?.Score, played?.Map);
                matches.Add(match);
                winners.Add(match.WinningSide ?? BracketSide.Open);
            }
            rounds.Add(new BracketRound(matches));
            sides = winners;
        }
        return new BracketView(title, dates, Help, rounds);
    }

    /// <summary>Nobody has played.</summary>
    public static Played? Undecided(int round, int index, BracketSide side1, BracketSide side2) => null;

    /// <summary>Side 1 (the better seed under standard seeding) wins every match, 2-1, up to <paramref name="rounds"/> rounds.</summary>
    public static Decide TopSeedWins(int rounds, params string[] maps) => (round, index, _, _) =>
        round >= rounds ? null
        : new Played(MatchWinner.Side1, new MatchScore(2, (round + index) % 2), maps.Length == 0 ? null : maps[(round + index) % maps.Length]);

    public static BracketSide[] Players(params string[] names) => [.. names.Select(BracketSide.Player)];
}
