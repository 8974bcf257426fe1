namespace GameTime.Render.Graphs;

/// <summary>
/// Everything a relationship picture (2D PNG or 3D GIF) needs besides drawing: the communities, the positions,
/// which edges are drawn, and each member's total time with others. Computed once from the view model.
/// </summary>
public sealed class GraphAnalysis
{
    private readonly double[] _totals;
    private readonly bool[] _drawn;

    private GraphAnalysis(RelationshipGraph graph, CommunityPartition partition, NodePositions positions,
        bool[] drawn, double[] totals)
    {
        Graph = graph;
        Partition = partition;
        Positions = positions;
        _drawn = drawn;
        _totals = totals;
        foreach (var edge in graph.Edges)
        {
            if (WeightedGraph.Carries(edge)) StrongestEdge = Math.Max(StrongestEdge, edge.Weight);
        }
        foreach (var d in drawn) DrawnCount += d ? 1 : 0;
    }

    public RelationshipGraph Graph { get; }
    public CommunityPartition Partition { get; }
    public NodePositions Positions { get; }

    /// <summary>The heaviest edge weight in seconds (0 with no edges): edge widths are a share of it.</summary>
    public double StrongestEdge { get; }

    public int DrawnCount { get; }

    /// <summary>True when edge <paramref name="edge"/> (index into Graph.Edges) belongs to the drawn backbone.</summary>
    public bool IsDrawn(int edge) => _drawn[edge];

    /// <summary>Seconds <paramref name="node"/> spent with anyone, over all edges (drawn or not).</summary>
    public double TotalSeconds(int node) => _totals[node];

    /// <summary>Members by total time, most first; equal totals keep node order.</summary>
    public IReadOnlyList<int> ByTotalTime() =>
        Enumerable.Range(0, Graph.Nodes.Count).OrderByDescending(i => _totals[i]).ThenBy(i => i).ToArray();

    public static GraphAnalysis Of(RelationshipGraph graph, int dimensions, int iterations = ForceLayout.DefaultIterations, ulong seed = 1)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var n = graph.Nodes.Count;
        var partition = Louvain.Detect(n, graph.Edges);
        var positions = ForceLayout.Compute(n, graph.Edges, dimensions, iterations, seed);
        var drawn = EdgeBackbone.ForPicture(n, graph.Edges);
        var totals = new double[n];
        foreach (var edge in graph.Edges)
        {
            if (!WeightedGraph.Carries(edge)) continue;
            totals[edge.A] += edge.Weight;
            totals[edge.B] += edge.Weight;
        }
        return new GraphAnalysis(graph, partition, positions, drawn, totals);
    }
}
