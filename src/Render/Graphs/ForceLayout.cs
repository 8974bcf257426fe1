namespace GameTime.Render.Graphs;

/// <summary>Node positions from <see cref="ForceLayout"/>: every coordinate in [-1, 1], centred, one aspect for all axes.</summary>
public sealed class NodePositions
{
    private readonly float[] _coordinates;

    internal NodePositions(int count, int dimensions, float[] coordinates)
    {
        Count = count;
        Dimensions = dimensions;
        _coordinates = coordinates;
    }

    public int Count { get; }
    public int Dimensions { get; }

    /// <summary>Coordinate <paramref name="axis"/> (0 = x, 1 = y, 2 = z) of <paramref name="node"/>.</summary>
    public float this[int node, int axis] => _coordinates[node * Dimensions + axis];

    /// <summary>All coordinates of <paramref name="node"/>.</summary>
    public ReadOnlySpan<float> Of(int node) => _coordinates.AsSpan(node * Dimensions, Dimensions);
}

/// <summary>
/// Fruchterman-Reingold force-directed layout in 2 or 3 dimensions. Pairs repel (k²/d), edges pull (d²/k, scaled by
/// the square root of their share of the strongest edge so a few marathon duos do not collapse into a point), and a
/// gentle pull to the centre keeps members with no ties on the picture. Starts from SplitMix64(seed) positions and
/// cools linearly, so the same input always gives the same picture. Repulsion is all-pairs: 200 members x 300
/// iterations is 6 million pair steps, a few tens of milliseconds, so a Barnes-Hut tree would not pay for itself.
/// </summary>
public static class ForceLayout
{
    public const int DefaultIterations = 300;
    private const double Gravity = 0.6;

    public static NodePositions Compute(int nodeCount, IReadOnlyList<GraphEdge> edges, int dimensions,
        int iterations = DefaultIterations, ulong seed = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(nodeCount);
        ArgumentNullException.ThrowIfNull(edges);
        if (dimensions is not (2 or 3)) throw new ArgumentOutOfRangeException(nameof(dimensions), "2 or 3");
        ArgumentOutOfRangeException.ThrowIfNegative(iterations);

        var graph = WeightedGraph.FromEdges(nodeCount, edges);
        var position = new double[nodeCount * dimensions];
        var random = new SplitMix64(seed);
        for (var i = 0; i < position.Length; i++) position[i] = random.NextDouble() * 2 - 1;
        if (nodeCount > 1) Relax(graph, dimensions, iterations, position);
        return Normalised(nodeCount, dimensions, position);
    }

    private static void Relax(WeightedGraph graph, int d, int iterations, double[] position)
    {
        var n = graph.Count;
        var k = Math.Pow(1.0 / n, 1.0 / d);  // ideal edge length when the drawing fills a unit-ish box
        var k2 = k * k;
        var strongest = 0.0;
        for (var i = 0; i < n; i++)
        {
            foreach (var (_, weight) in graph.Neighbours[i]) strongest = Math.Max(strongest, weight);
        }
        var pull = new (int Node, double Strength)[n][];
        for (var i = 0; i < n; i++)
        {
            pull[i] = graph.Neighbours[i].Where(e => e.Node > i)
                .Select(e => (e.Node, Math.Sqrt(e.Weight / strongest))).ToArray();
        }

        var shift = new double[position.Length];
        Span<double> delta = stackalloc double[3];
        var start = 0.2;
        for (var step = 0; step < iterations; step++)
        {
            Array.Clear(shift);
            for (var i = 0; i < n; i++)
            {
                for (var j = i + 1; j < n; j++)
                {
                    var distance2 = Delta(position, i, j, d, delta);
                    if (distance2 < 1e-12) distance2 = Nudge(i, j, d, delta);
                    var force = k2 / distance2;  // (k²/dist) along the unit vector = k²/dist² along delta
                    Apply(shift, i, j, d, delta, force);
                }
                foreach (var (j, strength) in pull[i])
                {
                    var distance = Math.Sqrt(Delta(position, i, j, d, delta));
                    Apply(shift, i, j, d, delta, -strength * distance / k);  // (d²/k) along the unit vector
                }
                for (var a = 0; a < d; a++) shift[i * d + a] -= Gravity * position[i * d + a] / k;
            }
            var temperature = start * (1 - (double)step / iterations) + 0.002;
            for (var i = 0; i < n; i++)
            {
                var length = 0.0;
                for (var a = 0; a < d; a++) length += shift[i * d + a] * shift[i * d + a];
                length = Math.Sqrt(length);
                if (length < 1e-15) continue;
                var move = Math.Min(length, temperature) / length;
                for (var a = 0; a < d; a++) position[i * d + a] += shift[i * d + a] * move;
            }
        }
    }

    private static double Delta(double[] position, int i, int j, int d, Span<double> delta)
    {
        var sum = 0.0;
        for (var a = 0; a < d; a++)
        {
            delta[a] = position[i * d + a] - position[j * d + a];
            sum += delta[a] * delta[a];
        }
        return sum;
    }

    /// <summary>Two nodes on the same spot get a tiny push in a direction fixed by their indices.</summary>
    private static double Nudge(int i, int j, int d, Span<double> delta)
    {
        var mix = new SplitMix64((ulong)i * 0x1_0000_0001UL + (ulong)j);
        var sum = 0.0;
        for (var a = 0; a < d; a++)
        {
            delta[a] = (mix.NextDouble() - 0.5) * 1e-3;
            sum += delta[a] * delta[a];
        }
        return sum;
    }

    private static void Apply(double[] shift, int i, int j, int d, ReadOnlySpan<double> delta, double force)
    {
        for (var a = 0; a < d; a++)
        {
            shift[i * d + a] += delta[a] * force;
            shift[j * d + a] -= delta[a] * force;
        }
    }

    private static NodePositions Normalised(int n, int d, double[] position)
    {
        var result = new float[position.Length];
        if (n == 0) return new NodePositions(0, d, result);
        var half = 0.0;
        Span<double> middle = stackalloc double[3];
        for (var a = 0; a < d; a++)
        {
            double low = double.MaxValue, high = double.MinValue;
            for (var i = 0; i < n; i++)
            {
                low = Math.Min(low, position[i * d + a]);
                high = Math.Max(high, position[i * d + a]);
            }
            middle[a] = (low + high) / 2;
            half = Math.Max(half, (high - low) / 2);
        }
        var scale = half > 1e-12 ? 1 / half : 0;
        for (var i = 0; i < n; i++)
        {
            for (var a = 0; a < d; a++) result[i * d + a] = (float)Math.Clamp((position[i * d + a] - middle[a]) * scale, -1, 1);
        }
        return new NodePositions(n, d, result);
    }
}
