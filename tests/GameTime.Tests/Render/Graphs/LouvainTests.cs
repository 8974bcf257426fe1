using GameTime.Render.Graphs;

namespace GameTime.Tests.Render.Graphs;

public sealed class LouvainTests
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

    [Fact]
    public void Two_five_cliques_joined_by_one_weak_edge_are_two_communities()
    {
        var edges = Clique(0, 5, 10).Concat(Clique(5, 5, 10)).Append(new GraphEdge(4, 5, 1)).ToList();
        var result = Louvain.Detect(10, edges);
        Assert.Equal(2, result.CommunityCount);
        Assert.Equal([0, 0, 0, 0, 0, 1, 1, 1, 1, 1], result.Community);
        Assert.True(result.Modularity > 0.45, $"Q = {result.Modularity}");
    }

    [Fact]
    public void A_ring_of_six_cliques_splits_into_its_six_cliques()
    {
        var edges = new List<GraphEdge>();
        for (var c = 0; c < 6; c++)
        {
            edges.AddRange(Clique(c * 4, 4, 1));
            edges.Add(new GraphEdge(c * 4 + 3, (c + 1) % 6 * 4, 1));  // one edge to the next clique round the ring
        }
        var result = Louvain.Detect(24, edges);
        Assert.Equal(6, result.CommunityCount);
        for (var node = 0; node < 24; node++) Assert.Equal(node / 4, result.Community[node]);
    }

    [Fact]
    public void Weights_decide_the_split_of_a_square()
    {
        GraphEdge[] heavyAcross = [new(0, 1, 10), new(1, 2, 1), new(2, 3, 10), new(3, 0, 1)];
        GraphEdge[] heavyAround = [new(0, 1, 1), new(1, 2, 10), new(2, 3, 1), new(3, 0, 10)];
        Assert.Equal([0, 0, 1, 1], Louvain.Detect(4, heavyAcross).Community);
        Assert.Equal([0, 1, 1, 0], Louvain.Detect(4, heavyAround).Community);
    }

    [Fact]
    public void An_empty_graph_has_no_communities_and_zero_modularity()
    {
        var result = Louvain.Detect(0, []);
        Assert.Empty(result.Community);
        Assert.Equal(0, result.CommunityCount);
        Assert.Equal(0, result.Modularity);
    }

    [Fact]
    public void A_single_member_is_one_community()
    {
        var result = Louvain.Detect(1, []);
        Assert.Equal([0], result.Community);
        Assert.Equal(1, result.CommunityCount);
        Assert.Equal(0, result.Modularity);
    }

    [Fact]
    public void Isolated_members_each_stay_alone_after_the_connected_group()
    {
        var result = Louvain.Detect(5, [new(2, 3, 5), new(3, 4, 5), new(2, 4, 5)]);
        Assert.Equal([1, 2, 0, 0, 0], result.Community);
        Assert.Equal([3, 1, 1], result.Sizes());
    }

    [Fact]
    public void Modularity_of_two_triangles_joined_by_an_edge_is_five_fourteenths()
    {
        // m = 7; each triangle: inside 2*3 = 6, degree total 7, so Q = 2 * (6/14 - (7/14)^2) = 5/14
        var edges = Clique(0, 3, 1).Concat(Clique(3, 3, 1)).Append(new GraphEdge(2, 3, 1)).ToList();
        Assert.Equal(5.0 / 14, Louvain.Modularity(6, edges, [0, 0, 0, 1, 1, 1]), 12);
        Assert.Equal(0, Louvain.Modularity(6, edges, [0, 0, 0, 0, 0, 0]), 12);
        var found = Louvain.Detect(6, edges);
        Assert.Equal([0, 0, 0, 1, 1, 1], found.Community);
        Assert.Equal(5.0 / 14, found.Modularity, 12);
    }

    [Fact]
    public void Duplicate_pairs_add_up_and_self_pairs_and_zero_weights_count_for_nothing()
    {
        GraphEdge[] split = [new(0, 1, 3), new(0, 1, 3), new(2, 3, 6), new(1, 2, 1), new(1, 1, 100), new(0, 3, 0)];
        GraphEdge[] summed = [new(0, 1, 6), new(2, 3, 6), new(1, 2, 1)];
        var a = Louvain.Detect(4, split);
        var b = Louvain.Detect(4, summed);
        Assert.Equal(b.Community, a.Community);
        Assert.Equal(b.Modularity, a.Modularity, 12);
    }

    [Fact]
    public void The_same_graph_in_any_edge_order_gets_the_same_communities()
    {
        var graph = SampleCommunities.Typical();
        var forward = Louvain.Detect(graph.Nodes.Count, graph.Edges);
        var backward = Louvain.Detect(graph.Nodes.Count, graph.Edges.Reverse().Select(e => new GraphEdge(e.B, e.A, e.Weight)).ToList());
        Assert.Equal(forward.Community, backward.Community);
        Assert.Equal(forward.Modularity, backward.Modularity, 12);
    }

    [Fact]
    public void The_four_circles_of_the_sample_community_are_found_largest_first()
    {
        var graph = SampleCommunities.Typical();
        var result = Louvain.Detect(graph.Nodes.Count, graph.Edges);
        Assert.Equal([14, 11, 9, 6], result.Sizes());
        int[] expectedGroup = [.. Enumerable.Repeat(0, 14), .. Enumerable.Repeat(1, 11), .. Enumerable.Repeat(2, 9), .. Enumerable.Repeat(3, 6)];
        Assert.Equal(expectedGroup, result.Community);
    }

    [Fact]
    public void Renumbering_the_members_finds_the_same_groups()
    {
        var graph = SampleCommunities.Typical();
        var n = graph.Nodes.Count;
        var moved = new int[n];
        for (var i = 0; i < n; i++) moved[i] = (i * 17 + 5) % n;  // 17 is coprime with 40: a permutation
        var original = Louvain.Detect(n, graph.Edges).Community;
        var permuted = Louvain.Detect(n, graph.Edges.Select(e => new GraphEdge(moved[e.A], moved[e.B], e.Weight)).ToList()).Community;
        for (var a = 0; a < n; a++)
        {
            for (var b = 0; b < n; b++)
            {
                Assert.Equal(original[a] == original[b], permuted[moved[a]] == permuted[moved[b]]);
            }
        }
    }

    [Fact]
    public void An_edge_to_a_member_who_does_not_exist_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Louvain.Detect(3, [new(0, 3, 1)]));
}
