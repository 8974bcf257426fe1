using GameTime.Render.Graphs;

namespace GameTime.Tests.Render.Graphs;

public sealed class EdgeBackboneTests
{
    [Fact]
    public void Every_member_with_a_tie_keeps_their_strongest_one()
    {
        var graph = SampleCommunities.Crowd(200, 2000);
        var keep = EdgeBackbone.ForPicture(200, graph.Edges);
        for (var node = 0; node < 200; node++)
        {
            var strongest = graph.Edges.Select((e, i) => (e, i)).Where(x => x.e.A == node || x.e.B == node)
                .OrderByDescending(x => x.e.Weight).ThenBy(x => x.i).Select(x => x.i).DefaultIfEmpty(-1).First();
            if (strongest >= 0) Assert.True(keep[strongest], $"member {node} lost their strongest tie");
        }
    }

    [Fact]
    public void A_crowd_is_thinned_to_a_readable_few_hundred_lines()
    {
        var graph = SampleCommunities.Crowd(200, 2000);
        var drawn = EdgeBackbone.ForPicture(200, graph.Edges).Count(k => k);
        Assert.InRange(drawn, 200, 600);
    }

    [Fact]
    public void Weak_ties_between_busy_members_are_thinned_and_strong_ones_kept()
    {
        // a 5-clique: weights 1..10; each member keeps its single strongest, plus the top 10 % by weight
        var edges = new List<GraphEdge>();
        var w = 1;
        for (var a = 0; a < 5; a++)
        {
            for (var b = a + 1; b < 5; b++) edges.Add(new GraphEdge(a, b, w++));
        }
        var keep = EdgeBackbone.Select(5, edges, strongestPerNode: 1, quantile: 0.9);
        Assert.True(keep[9]);   // 3-4, weight 10: strongest of all
        Assert.False(keep[0]);  // 0-1, weight 1: no one's strongest
        Assert.True(keep.Count(k => k) < edges.Count);
    }

    [Fact]
    public void Quantile_zero_keeps_every_tie_and_empty_ties_are_never_drawn()
    {
        GraphEdge[] edges = [new(0, 1, 5), new(1, 2, 0), new(2, 2, 9), new(0, 2, 1)];
        Assert.Equal([true, false, false, true], EdgeBackbone.Select(3, edges, strongestPerNode: 0, quantile: 0));
    }
}
