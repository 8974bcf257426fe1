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
        var pulls = new List<(int A, int B, double Strength)>();
        for (var i = 0; i < n; i++)
        {
            foreach (var (j, weight) in graph.Neighbours[i])
            {
                if (j > i) pulls.Add((i, j, Math.Sqrt(weight / strongest)));
            }
        }

        // one array per axis keeps the all-pairs loop on plain doubles (z stays 0 in 2D)
        var three = d == 3;
        var x = new double[n];
        var y = new double[n];
        var z = new double[n];
        for (var i = 0; i < n; i++)
        {
            x[i] = position[i * d];
            y[i] = position[i * d + 1];
            if (three) z[i] = position[i * d + 2];
        }
        var dx = new double[n];
        var dy = new double[n];
        var dz = new double[n];
        const double Start = 0.2;
        for (var step = 0; step < iterations; step++)
        {
            Array.Clear(dx);
            Array.Clear(dy);
            Array.Clear(dz);
            for (var i = 0; i < n; i++)
            {
                double xi = x[i], yi = y[i], zi = z[i], fx = 0, fy = 0, fz = 0;
                for (var j = i + 1; j < n; j++)
                {
                    double ex = xi - x[j], ey = yi - y[j], ez = zi - z[j];
                    var distance2 = ex * ex + ey * ey + ez * ez;
                    if (distance2 < 1e-12) distance2 = Nudge(i, j, three, out ex, out ey, out ez);
                    var force = k2 / distance2;  // (k²/dist) along the unit vector = k²/dist² along the offset
                    fx += ex * force;
                    fy += ey * force;
                    fz += ez * force;
                    dx[j] -= ex * force;
                    dy[j] -= ey * force;
                    dz[j] -= ez * force;
                }
                // gravity: a spring to the centre so loners and separate groups stay in the picture
                dx[i] += fx - Gravity * xi / k;
                dy[i] += fy - Gravity * yi / k;
                dz[i] += fz - Gravity * zi / k;
            }
            foreach (var (a, b, strength) in pulls)
            {
                double ex = x[a] - x[b], ey = y[a] - y[b], ez = z[a] - z[b];
                var force = strength * Math.Sqrt(ex * ex + ey * ey + ez * ez) / k;  // (d²/k) along the unit vector
                dx[a] -= ex * force;
                dy[a] -= ey * force;
                dz[a] -= ez * force;
                dx[b] += ex * force;
                dy[b] += ey * force;
                dz[b] += ez * force;
            }
            var temperature = Start * (1 - (double)step / iterations) + 0.002;
            for (var i = 0; i < n; i++)
            {
                var length = Math.Sqrt(dx[i] * dx[i] + dy[i] * dy[i] + dz[i] * dz[i]);
                if (length < 1e-15) continue;
                var move = Math.Min(length, temperature) / length;
                x[i] += dx[i] * move;
                y[i] += dy[i] * move;
                z[i] += dz[i] * move;
            }
        }
        for (var i = 0; i < n; i++)
        {
            position[i * d] = x[i];
            position[i * d + 1] = y[i];
            if (three) position[i * d + 2] = z[i];
        }
    }

    /// <summary>Two nodes on the same spot get a tiny push in a direction fixed by their indices.</summary>
    private static double Nudge(int i, int j, bool three, out double ex, out double ey, out double ez)
    {
        var mix = new SplitMix64((ulong)i * 0x1_0000_0001UL + (ulong)j);
        ex = (mix.NextDouble() - 0.5) * 1e-3;
        ey = (mix.NextDouble() - 0.5) * 1e-3;
        ez = three ? (mix.NextDouble() - 0.5) * 1e-3 : 0;
        return ex * ex + ey * ey + ez * ez;
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
