namespace GameTime.Render.Graphs;

/// <summary>
/// The result of community detection: <see cref="Community"/>[node] is 0 for the largest community, 1 for the next
/// (ties: the community holding the lower node index first); <see cref="Modularity"/> is Newman's Q of that split.
/// </summary>
public sealed record CommunityPartition(IReadOnlyList<int> Community, int CommunityCount, double Modularity)
{
    /// <summary>How many nodes each community holds, indexed by community (so descending).</summary>
    public IReadOnlyList<int> Sizes()
    {
        var sizes = new int[CommunityCount];
        foreach (var c in Community) sizes[c]++;
        return sizes;
    }
}

/// <summary>
/// Louvain community detection (Blondel et al. 2008) on the weighted graph of time together. Deterministic, unlike
/// python-louvain's shuffled visiting order: nodes are visited by index and a node moves only for a strictly better
/// gain, the lowest community index winning ties, so the same members always get the same colours.
/// </summary>
public static class Louvain
{
    // A gain this small is rounding noise; treating it as progress could make two nodes swap forever.
    private const double MinGain = 1e-12;

    public static CommunityPartition Detect(int nodeCount, IReadOnlyList<GraphEdge> edges)
    {
        var graph = WeightedGraph.FromEdges(nodeCount, edges);
        var membership = new int[nodeCount];
        for (var i = 0; i < nodeCount; i++) membership[i] = i;
        if (graph.TotalDegree <= 0) return Numbered(membership, graph);

        var level = graph;
        for (var round = 0; round < 100; round++)  // each round strictly raises Q; the cap only guards against rounding
        {
            var (community, count, moved) = MoveNodes(level);
            if (!moved) break;
            for (var i = 0; i < nodeCount; i++) membership[i] = community[membership[i]];
            level = level.Aggregate(community, count);
        }
        return Numbered(membership, graph);
    }

    /// <summary>Newman's modularity Q = sum over communities of in_c / 2m - (tot_c / 2m)^2; 0 for a graph with no weight.</summary>
    public static double Modularity(int nodeCount, IReadOnlyList<GraphEdge> edges, IReadOnlyList<int> community)
    {
        ArgumentNullException.ThrowIfNull(community);
        if (community.Count != nodeCount) throw new ArgumentException("one community per node", nameof(community));
        return Modularity(WeightedGraph.FromEdges(nodeCount, edges), community);
    }

    private static double Modularity(WeightedGraph graph, IReadOnlyList<int> community)
    {
        if (graph.TotalDegree <= 0) return 0;
        var communities = 0;
        foreach (var c in community) communities = Math.Max(communities, c + 1);
        var inside = new double[communities];
        var total = new double[communities];
        for (var i = 0; i < graph.Count; i++)
        {
            total[community[i]] += graph.Degree[i];
            foreach (var (j, weight) in graph.Neighbours[i])
            {
                if (community[j] == community[i]) inside[community[i]] += weight;
            }
        }
        var m2 = graph.TotalDegree;
        var q = 0.0;
        for (var c = 0; c < communities; c++) q += inside[c] / m2 - total[c] / m2 * (total[c] / m2);
        return q;
    }

    /// <summary>
    /// Phase 1: each node in turn leaves its community and joins the neighbouring one with the best modularity gain,
    /// until a full pass moves nobody. Returns the communities renumbered 0..count-1 by first node.
    /// </summary>
    private static (int[] Community, int Count, bool Moved) MoveNodes(WeightedGraph graph)
    {
        var n = graph.Count;
        var community = new int[n];
        var total = new double[n];
        for (var i = 0; i < n; i++)
        {
            community[i] = i;
            total[i] = graph.Degree[i];
        }
        var m2 = graph.TotalDegree;
        var linkTo = new double[n];          // weight from the current node to each community, reset after use
        var touched = new List<int>();
        var movedEver = false;
        for (var pass = 0; pass < 1000; pass++)
        {
            var movedThisPass = false;
            for (var i = 0; i < n; i++)
            {
                var home = community[i];
                var k = graph.Degree[i];
                foreach (var (j, weight) in graph.Neighbours[i])
                {
                    if (j == i) continue;
                    if (linkTo[community[j]] == 0) touched.Add(community[j]);
                    linkTo[community[j]] += weight;
                }
                total[home] -= k;
                // gain of joining c, up to a constant factor: k_i,c - tot_c * k_i / 2m
                var best = home;
                var bestGain = linkTo[home] - total[home] * k / m2;
                touched.Sort();
                foreach (var c in touched)
                {
                    var gain = linkTo[c] - total[c] * k / m2;
                    if (gain > bestGain + MinGain) (best, bestGain) = (c, gain);
                }
                total[best] += k;
                if (best != home)
                {
                    community[i] = best;
                    movedThisPass = true;
                }
                foreach (var c in touched) linkTo[c] = 0;
                touched.Clear();
            }
            if (!movedThisPass) break;
            movedEver = true;
        }
        var count = Renumber(community);
        return (community, count, movedEver);
    }

    /// <summary>Relabels communities 0, 1, 2... in order of their lowest node; returns how many there are.</summary>
    private static int Renumber(int[] community)
    {
        var map = new int[community.Length];
        Array.Fill(map, -1);
        var next = 0;
        for (var i = 0; i < community.Length; i++)
        {
            if (map[community[i]] < 0) map[community[i]] = next++;
            community[i] = map[community[i]];
        }
        return next;
    }

    /// <summary>The final numbering: by size, largest first; equal sizes keep the order of their lowest node.</summary>
    private static CommunityPartition Numbered(int[] membership, WeightedGraph graph)
    {
        var count = Renumber(membership);
        var sizes = new int[count];
        foreach (var c in membership) sizes[c]++;
        var order = new int[count];
        for (var c = 0; c < count; c++) order[c] = c;
        // c is already ordered by lowest node, so a stable sort by size keeps that as the tie-break
        var sorted = order.OrderByDescending(c => sizes[c]).ToArray();
        var rank = new int[count];
        for (var r = 0; r < count; r++) rank[sorted[r]] = r;
        var result = new int[membership.Length];
        for (var i = 0; i < membership.Length; i++) result[i] = rank[membership[i]];
        return new CommunityPartition(result, count, Modularity(graph, result));
    }
}
