using System.Globalization;
using GameTime.Render.Graphs;

namespace GameTime.Render.Graph3D;

/// <summary>
/// Turns the relationship view model into the rotating 3D scene, so the GIF shows the same groups, colours and
/// group names as the 2D picture: one Louvain partition, a 3D force layout, only the backbone ties drawn.
/// </summary>
public static class RelationshipScene
{
    public static RotatingGraph From(RelationshipGraph graph, ulong seed = 1)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var analysis = GraphAnalysis.Of(graph, dimensions: 3, seed: seed);
        var community = analysis.Partition.Community;

        var most = 0.0;
        for (var i = 0; i < graph.Nodes.Count; i++) most = Math.Max(most, analysis.TotalSeconds(i));
        var nodes = new GraphNode3D[graph.Nodes.Count];
        for (var i = 0; i < nodes.Length; i++)
        {
            var colour = CommunityPalette.For(GraphLegend.ColourIndex(analysis, community[i]));
            var p = analysis.Positions.Of(i);
            // disc radius is linear in Size, so the square root makes area follow time (as the 2D dots do) and keeps
            // a member with a tenth of the busiest one's time at a third of the size rather than a tenth
            var size = most > 0 ? (float)Math.Sqrt(analysis.TotalSeconds(i) / most) : 1f;
            nodes[i] = new GraphNode3D(graph.Nodes[i], colour, p[0], p[1], p[2], size);
        }

        var edges = new List<GraphEdge3D>(analysis.DrawnCount);
        for (var e = 0; e < graph.Edges.Count; e++)
        {
            if (!analysis.IsDrawn(e)) continue;
            var edge = graph.Edges[e];
            edges.Add(new GraphEdge3D(edge.A, edge.B, (float)(edge.Weight / analysis.StrongestEdge)));
        }
        return new RotatingGraph(graph.Title, graph.Subtitle, nodes, edges) { Legend = Legend(analysis) };
    }

    /// <summary>"Group n" for each coloured group as the 2D legend names it; the grey ones folded into two lines.</summary>
    private static List<GraphCommunity3D> Legend(GraphAnalysis analysis)
    {
        var sizes = analysis.Partition.Sizes();
        var legend = new List<GraphCommunity3D>();
        var (alone, moreGroups, moreMembers) = (0, 0, 0);
        for (var c = 0; c < sizes.Count; c++)
        {
            if (GraphLegend.ColourIndex(analysis, c) >= 0)
            {
                legend.Add(new GraphCommunity3D(string.Create(CultureInfo.InvariantCulture, $"Group {c + 1}"), CommunityPalette.For(c)));
            }
            else if (sizes[c] == 1) alone++;
            else (moreGroups, moreMembers) = (moreGroups + 1, moreMembers + sizes[c]);
        }
        // shorter than the 2D panel's wording: a legend column of the 720-pixel GIF holds about 20 characters
        if (moreGroups > 0)
        {
            var groups = moreGroups == 1 ? "group" : "groups";
            legend.Add(new GraphCommunity3D(string.Create(CultureInfo.InvariantCulture, $"{moreMembers} in {moreGroups} more {groups}"), CommunityPalette.Other));
        }
        if (alone > 0) legend.Add(new GraphCommunity3D(string.Create(CultureInfo.InvariantCulture, $"{alone} with no group"), CommunityPalette.Other));
        return legend;
    }
}
