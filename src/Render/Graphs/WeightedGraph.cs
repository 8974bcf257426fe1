namespace GameTime.Render.Graphs;

/// <summary>
/// A symmetric weighted adjacency list built from undirected edges: duplicate pairs are summed, self-loops are
/// kept on the diagonal (Louvain's aggregated graphs need them), neighbours are sorted by index so every walk
/// over the graph happens in the same order on every run.
/// </summary>
internal sealed class WeightedGraph
{
    public int Count { get; }

    /// <summary>Neighbours of each node, ascending by index, each with the summed weight A[i,j] (A[i,i] for a self-loop).</summary>
    public (int Node, double Weight)[][] Neighbours { get; }

    /// <summary>k_i = sum over j of A[i,j], the self-loop counted once on the diagonal.</summary>
    public double[] Degree { get; }

    /// <summary>2m = the sum of all degrees.</summary>
    public double TotalDegree { get; }

    private WeightedGraph(int count, (int, double)[][] neighbours)
    {
        Count = count;
        Neighbours = neighbours;
        Degree = new double[count];
        for (var i = 0; i < count; i++)
        {
            foreach (var (_, weight) in neighbours[i]) Degree[i] += weight;
            TotalDegree += Degree[i];
        }
    }

    /// <summary>The graph of members: edges with a non-positive weight or A == B carry no time and are left out.</summary>
    public static WeightedGraph FromEdges(int nodeCount, IReadOnlyList<GraphEdge> edges)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(nodeCount);
        ArgumentNullException.ThrowIfNull(edges);
        var sums = new SortedDictionary<int, double>[nodeCount];
        for (var i = 0; i < nodeCount; i++) sums[i] = [];
        foreach (var edge in edges)
        {
            if ((uint)edge.A >= (uint)nodeCount || (uint)edge.B >= (uint)nodeCount)
                throw new ArgumentOutOfRangeException(nameof(edges), $"edge {edge.A}-{edge.B} names a node outside 0..{nodeCount - 1}");
            if (!Carries(edge)) continue;
            Add(sums[edge.A], edge.B, edge.Weight);
            Add(sums[edge.B], edge.A, edge.Weight);
        }
        return new WeightedGraph(nodeCount, Freeze(sums));
    }

    /// <summary>Whether an edge carries time: A == B, a weight that is not positive, infinite or NaN, counts for nothing.</summary>
    public static bool Carries(GraphEdge edge) => edge.A != edge.B && edge.Weight > 0 && double.IsFinite(edge.Weight);

    /// <summary>One node per community; A[c,d] sums the weights between them and A[c,c] the weight inside c.</summary>
    public WeightedGraph Aggregate(int[] community, int communityCount)
    {
        var sums = new SortedDictionary<int, double>[communityCount];
        for (var c = 0; c < communityCount; c++) sums[c] = [];
        for (var i = 0; i < Count; i++)
        {
            foreach (var (j, weight) in Neighbours[i]) Add(sums[community[i]], community[j], weight);
        }
        return new WeightedGraph(communityCount, Freeze(sums));
    }

    private static void Add(SortedDictionary<int, double> row, int node, double weight) =>
        row[node] = row.GetValueOrDefault(node) + weight;

    private static (int, double)[][] Freeze(SortedDictionary<int, double>[] sums)
    {
        var result = new (int, double)[sums.Length][];
        for (var i = 0; i < sums.Length; i++)
        {
            result[i] = new (int, double)[sums[i].Count];
            var k = 0;
            foreach (var (node, weight) in sums[i]) result[i][k++] = (node, weight);
        }
        return result;
    }
}
