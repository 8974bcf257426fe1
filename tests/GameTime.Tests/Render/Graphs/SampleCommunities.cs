using GameTime.Render.Graphs;

namespace GameTime.Tests.Render.Graphs;

/// <summary>Relationship graphs made from a fixed seed, so every golden is the same picture on every run.</summary>
internal static class SampleCommunities
{
    private const double Hour = 3600;

    private static readonly string[] Names =
    [
        "Ash", "Blaze", "Cobalt", "Dusk", "Ember", "Frost", "Glitch", "Havoc", "Ion", "Jinx",
        "Kestrel", "Lynx", "Mirage", "Nova", "Onyx", "Pyro", "Quill", "Raven", "Sable", "Talon",
        "Umbra", "Vortex", "Wisp", "Xeno", "Yeti", "Zephyr", "Zoë", "Ñandú", "Жёлудь", "Ωμέγα",
        "Björn", "Łukasz", "Οδυσσέας", "Дмитрий", "Renée", "Søren", "Ciarán", "Mateja", "Hikari 🔥", "Tūī",
    ];

    /// <summary>40 members in four circles of friends (sizes 14, 11, 9, 6) with a few ties across.</summary>
    public static RelationshipGraph Typical()
    {
        int[] groupSizes = [14, 11, 9, 6];
        var random = new SplitMix64(42);
        var group = new int[Names.Length];
        var next = 0;
        for (var g = 0; g < groupSizes.Length; g++)
        {
            for (var k = 0; k < groupSizes[g]; k++) group[next++] = g;
        }
        var edges = new List<GraphEdge>();
        for (var a = 0; a < Names.Length; a++)
        {
            for (var b = a + 1; b < Names.Length; b++)
            {
                var roll = random.NextDouble();
                if (group[a] == group[b] && roll < 0.55) edges.Add(new GraphEdge(a, b, Hour * (1 + random.NextDouble() * 30)));
                else if (group[a] != group[b] && roll < 0.04) edges.Add(new GraphEdge(a, b, Hour * (1 + random.NextDouble() * 4)));
            }
        }
        return new RelationshipGraph("Who plays with whom", "From 2026-09-04 to 2026-12-03", Names, edges);
    }

    /// <summary>A crowd: <paramref name="members"/> members in 8 groups, exactly <paramref name="edgeCount"/> distinct pairs.</summary>
    public static RelationshipGraph Crowd(int members, int edgeCount)
    {
        var random = new SplitMix64(7);
        var names = Enumerable.Range(0, members).Select(i => Names[i % Names.Length] + (i >= Names.Length ? $" {i / Names.Length + 1}" : "")).ToArray();
        var seen = new HashSet<(int, int)>();
        var edges = new List<GraphEdge>(edgeCount);
        while (edges.Count < edgeCount)
        {
            var a = random.NextInt(members);
            // three pairs in four stay inside the member's group of 25
            var b = random.NextDouble() < 0.75 ? a / 25 * 25 + random.NextInt(25) : random.NextInt(members);
            if (b >= members || a == b || !seen.Add((Math.Min(a, b), Math.Max(a, b)))) continue;
            var hours = GroupOf(a) == GroupOf(b) ? 1 + random.NextDouble() * 40 : 1 + random.NextDouble() * 3;
            edges.Add(new GraphEdge(a, b, hours * Hour));
        }
        return new RelationshipGraph("Who plays with whom", "From 2026-06-06 to 2026-12-03 · 200 members", names, edges);

        static int GroupOf(int node) => node / 25;
    }
}
