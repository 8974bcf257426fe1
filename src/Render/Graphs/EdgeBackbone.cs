namespace GameTime.Render.Graphs;

/// <summary>
/// Which edges the picture draws. A community of 40 regulars has hundreds of pairs; drawing them all is the grey
/// hairball of the original. The backbone keeps each member's strongest few ties (so nobody who has a friend is
/// drawn alone) plus every tie in the top share of all weights. Thinned edges still shape the layout and the
/// communities; they are only not drawn.
/// </summary>
public static class EdgeBackbone
{
    /// <summary>
    /// keep[e] is true when edge e is drawn: it is among the <paramref name="strongestPerNode"/> heaviest edges of
    /// either end (ties: lower edge index), or its weight is at least the <paramref name="quantile"/> of all weights.
    /// </summary>
    public static bool[] Select(int nodeCount, IReadOnlyList<GraphEdge> edges, int strongestPerNode, double quantile)
    {
        ArgumentNullException.ThrowIfNull(edges);
        ArgumentOutOfRangeException.ThrowIfNegative(strongestPerNode);
        ArgumentOutOfRangeException.ThrowIfLessThan(quantile, 0.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quantile, 1.0);
        var keep = new bool[edges.Count];
        var usable = new List<int>(edges.Count);
        for (var e = 0; e < edges.Count; e++)
        {
            var edge = edges[e];
            if ((uint)edge.A >= (uint)nodeCount || (uint)edge.B >= (uint)nodeCount)
                throw new ArgumentOutOfRangeException(nameof(edges), $"edge {edge.A}-{edge.B} names a node outside 0..{nodeCount - 1}");
            if (WeightedGraph.Carries(edge)) usable.Add(e);
        }
        if (usable.Count == 0) return keep;

        // heaviest first, lower index first on equal weight: the order every later choice follows
        var byWeight = usable.OrderByDescending(e => edges[e].Weight).ThenBy(e => e).ToArray();
        var threshold = edges[byWeight[(int)Math.Floor((1 - quantile) * (byWeight.Length - 1))]].Weight;
        var taken = new int[nodeCount];
        foreach (var e in byWeight)
        {
            var edge = edges[e];
            if (edge.Weight >= threshold && quantile < 1) keep[e] = true;
            if (taken[edge.A] < strongestPerNode || taken[edge.B] < strongestPerNode) keep[e] = true;
            taken[edge.A]++;
            taken[edge.B]++;
        }
        return keep;
    }

    /// <summary>The default for a picture of <paramref name="nodeCount"/> members: fewer ties each as the crowd grows.</summary>
    public static bool[] ForPicture(int nodeCount, IReadOnlyList<GraphEdge> edges) =>
        Select(nodeCount, edges, strongestPerNode: nodeCount <= 60 ? 3 : 2, quantile: 0.9);
}
