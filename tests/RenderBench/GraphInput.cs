using GameTime.Render.Graphs;

namespace GameTime.RenderBench;

/// <summary>
/// 200 members in 9 circles of uneven size (the largest 40, the smallest 8) and exactly 2,000 distinct pairs, four in five
/// inside a circle with many hours, the rest across with few: the community structure Louvain has to find.
/// </summary>
internal static class GraphInput
{
    private const double Hour = 3600;
    private static readonly int[] CircleSizes = [40, 34, 30, 26, 22, 18, 14, 8, 8];

    public static RelationshipGraph Create(int members = 200, int pairs = 2000, ulong seed = 200)
    {
        var circle = new int[members];
        var start = new List<int>();
        var next = 0;
        for (var c = 0; c < CircleSizes.Length && next < members; c++)
        {
            start.Add(next);
            for (var k = 0; k < CircleSizes[c] && next < members; k++) circle[next++] = c;
        }
        while (next < members) circle[next++] = CircleSizes.Length - 1;
        start.Add(members);

        var random = new SplitMix64(seed);
        var seen = new HashSet<(int, int)>();
        var edges = new List<GraphEdge>(pairs);
        while (edges.Count < pairs)
        {
            var a = random.NextInt(members);
            var c = circle[a];
            var b = random.NextDouble() < 0.8 ? start[c] + random.NextInt(start[c + 1] - start[c]) : random.NextInt(members);
            if (a == b || !seen.Add((Math.Min(a, b), Math.Max(a, b)))) continue;
            // a few long friendships, many short ones
            var share = random.NextDouble();
            var hours = circle[a] == circle[b] ? 0.5 + (60 * share * share * share) : 0.25 + (3 * share);
            edges.Add(new GraphEdge(a, b, hours * Hour));
        }
        var names = Enumerable.Range(0, members).Select(BenchNames.Name).ToArray();
        return new RelationshipGraph("Who plays with whom", $"From 2026-06-06 to 2026-12-03 · {members} members · {pairs} pairs", names, edges);
    }
}
