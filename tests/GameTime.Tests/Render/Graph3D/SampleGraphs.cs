using GameTime.Render.Graph3D;
using SkiaSharp;

namespace GameTime.Tests.Render.Graph3D;

/// <summary>Deterministic communities for the renderer tests: clusters around fixed directions, seeded noise.</summary>
internal static class SampleGraphs
{
    private static readonly SKColor[] s_colors =
    [
        new(0x4E, 0x79, 0xA7), new(0xF2, 0x8E, 0x2B), new(0xE1, 0x57, 0x59), new(0x76, 0xB7, 0xB2),
        new(0x59, 0xA1, 0x4F), new(0xED, 0xC9, 0x48), new(0xB0, 0x7A, 0xA1), new(0xFF, 0x9D, 0xA7),
    ];

    private static readonly string[] s_names =
    [
        "Zoë Ñandú", "Жёлудь", "Ωμέγα", "🔥 Blaze 🔥", "xX_Sniper_Xx", "A very long member name that goes on and on",
        "Ана Кузнецова", "Δημήτρης", "François", "ace 👨‍👩‍👧 mom", "Kai", "Łukasz", "Søren", "Mårten", "Zeynep Çelik", "Nguyễn",
    ];

    public static RotatingGraph Community(int members, int edges, int communities, int seed = 7)
    {
        var random = new Random(seed);
        var centres = Enumerable.Range(0, communities).Select(c =>
        {
            // spread the community centres over a sphere (golden-angle spiral)
            var y = 1 - (2 * (c + 0.5f) / communities);
            var r = MathF.Sqrt(1 - (y * y));
            var theta = c * 2.39996f;
            return (X: r * MathF.Cos(theta) * 0.65f, Y: y * 0.65f, Z: r * MathF.Sin(theta) * 0.65f);
        }).ToArray();

        var nodes = new List<GraphNode3D>();
        for (var i = 0; i < members; i++)
        {
            var c = i % communities;
            float Jitter() => ((float)random.NextDouble() - 0.5f) * 0.55f;
            var name = i < s_names.Length ? s_names[i] : $"member{i:000}";
            nodes.Add(new GraphNode3D(name, s_colors[c % s_colors.Length],
                Math.Clamp(centres[c].X + Jitter(), -1, 1), Math.Clamp(centres[c].Y + Jitter(), -1, 1), Math.Clamp(centres[c].Z + Jitter(), -1, 1),
                (float)random.NextDouble()));
        }

        var links = new List<GraphEdge3D>();
        var seen = new HashSet<(int, int)>();
        while (links.Count < edges && seen.Count < members * (members - 1) / 2)
        {
            var a = random.Next(members);
            // four in five edges stay inside the community, as real communities do
            var b = random.Next(5) < 4 ? ((random.Next(members / communities) * communities) + (a % communities)) % members : random.Next(members);
            if (a == b || !seen.Add((Math.Min(a, b), Math.Max(a, b)))) continue;
            links.Add(new GraphEdge3D(a, b, MathF.Pow((float)random.NextDouble(), 2)));
        }

        var legend = Enumerable.Range(0, communities).Select(c => new GraphCommunity3D(c == 1 ? "Ночные рейдеры 🌙" : c == 2 ? "Ομάδα Ωμέγα" : $"Community {c + 1}", s_colors[c % s_colors.Length])).ToArray();
        return new RotatingGraph("3D relationship graph with communities", $"{members} members · {links.Count} pairs · last 90 days", nodes, links) { Legend = legend };
    }
}
