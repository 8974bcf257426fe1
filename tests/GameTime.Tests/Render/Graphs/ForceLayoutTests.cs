using System.Diagnostics;
using GameTime.Render.Graphs;

namespace GameTime.Tests.Render.Graphs;

public sealed class ForceLayoutTests
{
    private static List<GraphEdge> Clique(int first, int size, double weight)
    {
        var edges = new List<GraphEdge>();
        for (var a = first; a < first + size; a++)
        {
            for (var b = a + 1; b < first + size; b++) edges.Add(new GraphEdge(a, b, weight));
        }
        return edges;
    }

    private static double Distance(NodePositions p, int a, int b)
    {
        var sum = 0.0;
        for (var axis = 0; axis < p.Dimensions; axis++) sum += Math.Pow(p[a, axis] - p[b, axis], 2);
        return Math.Sqrt(sum);
    }

    private static float[] Flat(NodePositions p) =>
        Enumerable.Range(0, p.Count).SelectMany(i => p.Of(i).ToArray()).ToArray();

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void The_same_input_gives_identical_positions(int dimensions)
    {
        var graph = SampleCommunities.Typical();
        var first = ForceLayout.Compute(graph.Nodes.Count, graph.Edges, dimensions);
        var second = ForceLayout.Compute(graph.Nodes.Count, graph.Edges, dimensions);
        Assert.Equal(Flat(first), Flat(second));
        Assert.Equal(dimensions, first.Dimensions);
    }

    [Fact]
    public void Another_seed_gives_another_picture()
    {
        var graph = SampleCommunities.Typical();
        Assert.NotEqual(Flat(ForceLayout.Compute(40, graph.Edges, 2, seed: 1)), Flat(ForceLayout.Compute(40, graph.Edges, 2, seed: 2)));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Positions_fill_minus_one_to_one_on_the_widest_axis(int dimensions)
    {
        var graph = SampleCommunities.Typical();
        var p = ForceLayout.Compute(graph.Nodes.Count, graph.Edges, dimensions);
        var all = Flat(p);
        Assert.All(all, v => Assert.InRange(v, -1f, 1f));
        Assert.Equal(1f, all.Max(Math.Abs), 4);
        for (var axis = 0; axis < dimensions; axis++)
        {
            var values = Enumerable.Range(0, p.Count).Select(i => p[i, axis]).ToArray();
            Assert.True(values.Max() - values.Min() > 0.8f, $"axis {axis} is flat: the layout did not use it");
        }
    }

    [Fact]
    public void Friends_end_up_closer_than_strangers()
    {
        var edges = Clique(0, 5, 10).Concat(Clique(5, 5, 10)).Append(new GraphEdge(4, 5, 1)).ToList();
        var p = ForceLayout.Compute(10, edges, 2);
        var inside = new List<double>();
        var across = new List<double>();
        for (var a = 0; a < 10; a++)
        {
            for (var b = a + 1; b < 10; b++) (a / 5 == b / 5 ? inside : across).Add(Distance(p, a, b));
        }
        Assert.True(inside.Max() < across.Average(), $"inside max {inside.Max():0.00}, across mean {across.Average():0.00}");
    }

    [Fact]
    public void Members_with_no_ties_do_not_squeeze_the_rest_into_a_corner()
    {
        // two separate cliques and three loners: gravity must keep everyone near, so each clique still spans the picture
        var edges = Clique(0, 6, 5).Concat(Clique(6, 6, 5)).ToList();
        var p = ForceLayout.Compute(15, edges, 2);
        foreach (var first in new[] { 0, 6 })
        {
            var span = 0.0;
            for (var a = first; a < first + 6; a++)
            {
                for (var b = a + 1; b < first + 6; b++) span = Math.Max(span, Distance(p, a, b));
            }
            Assert.True(span > 0.3, $"clique at {first} spans only {span:0.00} of a 2-wide picture");
        }
    }

    [Fact]
    public void No_members_and_one_member_are_handled()
    {
        Assert.Equal(0, ForceLayout.Compute(0, [], 2).Count);
        var one = ForceLayout.Compute(1, [], 3);
        Assert.Equal([0f, 0f, 0f], one.Of(0).ToArray());
    }

    [Fact]
    public void Renumbered_members_still_get_a_valid_layout()
    {
        var graph = SampleCommunities.Typical();
        var n = graph.Nodes.Count;
        var edges = graph.Edges.Select(e => new GraphEdge((e.B * 17 + 5) % n, (e.A * 17 + 5) % n, e.Weight)).Reverse().ToList();
        var p = ForceLayout.Compute(n, edges, 2);
        Assert.All(Flat(p), v => Assert.True(float.IsFinite(v) && Math.Abs(v) <= 1));
    }

    [Fact]
    public void Only_two_or_three_dimensions_are_accepted() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ForceLayout.Compute(3, [], 4));

    [Fact]
    public void Two_hundred_members_and_two_thousand_ties_lay_out_in_well_under_a_second()
    {
        var graph = SampleCommunities.Crowd(200, 2000);
        ForceLayout.Compute(200, graph.Edges, 2);  // warm-up (JIT)
        var watch = Stopwatch.StartNew();
        ForceLayout.Compute(200, graph.Edges, 2);
        Assert.True(watch.ElapsedMilliseconds < 1000, $"{watch.ElapsedMilliseconds} ms");
    }
}
