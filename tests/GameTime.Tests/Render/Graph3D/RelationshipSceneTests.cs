using GameTime.Render.Graph3D;
using GameTime.Render.Graphs;
using GameTime.Tests.Render.Gif;
using GameTime.Tests.Render.Graphs;
using SkiaSharp;

namespace GameTime.Tests.Render.Graph3D;

public sealed class RelationshipSceneTests
{
    private const double Hour = 3600;

    /// <summary>The colour the 2D picture gives a community: its palette slot, grey past the palette or when alone.</summary>
    private static SKColor TwoDColour(CommunityPartition partition, int community) =>
        community < CommunityPalette.Distinct && partition.Sizes()[community] >= 2 ? CommunityPalette.For(community) : CommunityPalette.Other;

    [Fact]
    public void Every_member_has_the_colour_of_its_group_in_the_2D_picture()
    {
        var graph = SampleCommunities.Typical();
        var partition = GraphAnalysis.Of(graph, dimensions: 2).Partition;

        var scene = RelationshipScene.From(graph);

        Assert.Equal(graph.Nodes, scene.Nodes.Select(n => n.Label));
        for (var i = 0; i < graph.Nodes.Count; i++) Assert.Equal(TwoDColour(partition, partition.Community[i]), scene.Nodes[i].Color);
        // the sample's four circles of friends (14, 11, 9, 6 members) come out as four colours, one per circle
        int[] circleStarts = [0, 14, 25, 34, 40];
        var circleColours = Enumerable.Range(0, 4).Select(c => scene.Nodes[circleStarts[c]].Color).ToArray();
        Assert.Equal(4, circleColours.Distinct().Count());
        Assert.DoesNotContain(CommunityPalette.Other, circleColours);
        for (var c = 0; c < 4; c++)
        {
            for (var i = circleStarts[c]; i < circleStarts[c + 1]; i++) Assert.Equal(circleColours[c], scene.Nodes[i].Color);
        }
    }

    [Fact]
    public void The_legend_names_the_groups_as_the_2D_legend_does()
    {
        var scene = RelationshipScene.From(SampleCommunities.Typical());

        Assert.Equal(
            [("Group 1", CommunityPalette.For(0)), ("Group 2", CommunityPalette.For(1)), ("Group 3", CommunityPalette.For(2)), ("Group 4", CommunityPalette.For(3))],
            scene.Legend.Select(g => (g.Name, g.Color)));
    }

    [Fact]
    public void Groups_past_the_palette_and_members_alone_are_folded_into_grey_legend_lines()
    {
        // eight trios of friends and two members who never met anyone: six colours, then two grey lines
        var edges = new List<GraphEdge>();
        for (var g = 0; g < 8; g++)
        {
            var a = g * 3;
            edges.AddRange([new(a, a + 1, Hour), new(a + 1, a + 2, Hour), new(a, a + 2, Hour)]);
        }
        var names = Enumerable.Range(0, 26).Select(i => $"m{i}").ToArray();

        var scene = RelationshipScene.From(new RelationshipGraph("t", "s", names, edges));

        Assert.Equal(
            ["Group 1", "Group 2", "Group 3", "Group 4", "Group 5", "Group 6", "6 in 2 more groups", "2 with no group"],
            scene.Legend.Select(g => g.Name));
        Assert.Equal(CommunityPalette.Distinct, scene.Legend.Select(g => g.Color).Where(c => c != CommunityPalette.Other).Distinct().Count());
        Assert.Equal(CommunityPalette.Other, scene.Nodes[24].Color);
        Assert.Equal(CommunityPalette.Other, scene.Nodes[25].Color);
        // 24 members in trios, 6 x 3 of them coloured
        Assert.Equal(18, scene.Nodes.Count(n => n.Color != CommunityPalette.Other));
    }

    [Fact]
    public void Only_the_backbone_is_drawn_and_widths_are_shares_of_the_strongest_tie()
    {
        var graph = SampleCommunities.Crowd(200, 2000);
        var analysis = GraphAnalysis.Of(graph, dimensions: 3);

        var scene = RelationshipScene.From(graph);

        var drawn = Enumerable.Range(0, graph.Edges.Count).Where(analysis.IsDrawn).Select(e => (graph.Edges[e].A, graph.Edges[e].B)).ToArray();
        Assert.Equal(drawn, scene.Edges.Select(e => (e.A, e.B)));
        Assert.True(scene.Edges.Count < graph.Edges.Count / 2, $"{scene.Edges.Count} of {graph.Edges.Count} ties drawn: the hairball is back");
        Assert.Equal(1f, scene.Edges.Max(e => e.Width));
        Assert.All(scene.Edges, e => Assert.InRange(e.Width, 0f, 1f));
    }

    [Fact]
    public void Widths_and_sizes_follow_time_together()
    {
        // Ann and Bo: 4 h; Cy and Di: 1 h
        var graph = new RelationshipGraph("t", "s", ["Ann", "Bo", "Cy", "Di"], [new(0, 1, 4 * Hour), new(2, 3, Hour)]);

        var scene = RelationshipScene.From(graph);

        Assert.Equal([(0, 1, 1f), (2, 3, 0.25f)], scene.Edges.Select(e => (e.A, e.B, e.Width)));
        // a quarter of the busiest member's time: half the size (area follows time)
        Assert.Equal([1f, 1f, 0.5f, 0.5f], scene.Nodes.Select(n => n.Size));
        Assert.Equal([CommunityPalette.For(0), CommunityPalette.For(0), CommunityPalette.For(1), CommunityPalette.For(1)], scene.Nodes.Select(n => n.Color));
    }

    [Fact]
    public void Positions_fill_the_cube_in_all_three_dimensions()
    {
        var scene = RelationshipScene.From(SampleCommunities.Typical());

        Assert.All(scene.Nodes, n =>
        {
            Assert.InRange(n.X, -1f, 1f);
            Assert.InRange(n.Y, -1f, 1f);
            Assert.InRange(n.Z, -1f, 1f);
        });
        // a flat layout would show as a line edge-on every half turn
        Assert.True(scene.Nodes.Max(n => n.Z) - scene.Nodes.Min(n => n.Z) > 0.5f);
    }

    [Fact]
    public void An_empty_graph_gives_an_empty_scene_that_renders_the_no_data_frame()
    {
        var scene = RelationshipScene.From(new RelationshipGraph("Who plays with whom", "nobody yet", [], []));

        Assert.Empty(scene.Nodes);
        Assert.Empty(scene.Edges);
        Assert.Empty(scene.Legend);
        Assert.Equal("Who plays with whom", scene.Title);
        Assert.Single(DecodedGif.From(RotatingGraphRenderer.Render(scene)).Frames);
    }

    [Fact]
    public void One_member_is_a_full_size_grey_disc_with_no_group()
    {
        var scene = RelationshipScene.From(new RelationshipGraph("t", "s", ["Жёлудь 🌰"], []));

        var node = Assert.Single(scene.Nodes);
        Assert.Equal(("Жёлудь 🌰", CommunityPalette.Other, 1f), (node.Label, node.Color, node.Size));
        Assert.Empty(scene.Edges);
        Assert.Equal([("1 with no group", CommunityPalette.Other)], scene.Legend.Select(g => (g.Name, g.Color)));
    }

    [Fact]
    public void The_same_graph_and_seed_give_the_same_scene_and_another_seed_only_moves_it()
    {
        var graph = SampleCommunities.Typical();

        var first = RelationshipScene.From(graph, seed: 5);
        var again = RelationshipScene.From(graph, seed: 5);
        var other = RelationshipScene.From(graph, seed: 6);

        Assert.Equal(first.Nodes, again.Nodes);
        Assert.Equal(first.Edges, again.Edges);
        Assert.Equal(first.Legend, again.Legend);
        Assert.NotEqual(first.Nodes.Select(n => (n.X, n.Y, n.Z)), other.Nodes.Select(n => (n.X, n.Y, n.Z)));
        Assert.Equal(first.Nodes.Select(n => n.Color), other.Nodes.Select(n => n.Color));
    }
}
