using GameTime.Render.Brackets;
using GameTime.Render.Graphs;

namespace GameTime.RenderBench;

/// <summary>
/// A 64-slot 1v1 bracket with 52 entrants (12 byes, given to the top seeds), the first two rounds played, the third half
/// played: every kind of box the renderer draws, with scores on every played match.
/// </summary>
internal static class BracketInput
{
    private const int Slots = 64;
    private const int Entrants = 52;

    public static BracketView Create(ulong seed = 64)
    {
        var random = new SplitMix64(seed);
        var seeded = Enumerable.Range(0, Entrants).Select(i => BracketSide.Player(BenchNames.Name(i))).ToArray();
        var sides = SlotOrder(Slots).Select(s => s <= Entrants ? seeded[s - 1] : BracketSide.Bye).ToList();
        var rounds = new List<BracketRound>();
        for (var r = 0; sides.Count >= 2; r++)
        {
            var matches = new List<BracketMatch>();
            var next = new List<BracketSide>();
            for (var i = 0; i < sides.Count / 2; i++)
            {
                var match = Decide(sides[2 * i], sides[(2 * i) + 1], played: r < 2 || (r == 2 && i % 2 == 0), ref random);
                matches.Add(match);
                next.Add(match.WinningSide ?? BracketSide.Open);
            }
            rounds.Add(new BracketRound(matches));
            sides = next;
        }
        var view = new BracketView("Tournament: Winter Open 2026 · Зимний кубок · Χειμερινό", "Start 2026-12-01 · End 2026-12-14",
            "Use /reportlosttournament to report a lost match", rounds);
        view.Validate();
        return view;
    }

    private static BracketMatch Decide(BracketSide one, BracketSide two, bool played, ref SplitMix64 random)
    {
        if (one.Kind == BracketSlotKind.Bye) return new BracketMatch(one, two, MatchWinner.Side2);
        if (two.Kind == BracketSlotKind.Bye) return new BracketMatch(one, two, MatchWinner.Side1);
        if (!played || !one.IsFilled || !two.IsFilled) return new BracketMatch(one, two);
        // best of three: the higher seed wins three times in four
        var firstWins = random.NextDouble() < 0.75;
        var loser = random.NextInt(2);
        return firstWins
            ? new BracketMatch(one, two, MatchWinner.Side1, new MatchScore(2, loser))
            : new BracketMatch(one, two, MatchWinner.Side2, new MatchScore(loser, 2));
    }

    /// <summary>Standard seeding in slot order (1 meets the last seed; the top seeds spread over the halves).</summary>
    private static List<int> SlotOrder(int slots)
    {
        var order = new List<int> { 1 };
        while (order.Count < slots)
        {
            var pairSum = (order.Count * 2) + 1;
            order = [.. order.SelectMany(seed => new[] { seed, pairSum - seed })];
        }
        return order;
    }
}
