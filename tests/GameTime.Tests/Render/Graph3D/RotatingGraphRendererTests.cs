using System.Diagnostics;
using GameTime.Render.Graph3D;
using GameTime.Tests.Render.Gif;
using GameTime.Tests.Snapshots;
using Xunit.Abstractions;

namespace GameTime.Tests.Render.Graph3D;

public sealed class RotatingGraphRendererTests(ITestOutputHelper output)
{
    private static readonly RotatingGraphOptions s_short = new() { FrameCount = 12 };

    [Fact]
    public void The_animation_has_one_frame_per_step_of_a_full_turn_and_loops()
    {
        var gif = RotatingGraphRenderer.Render(SampleGraphs.Community(30, 80, 4), new RotatingGraphOptions { FrameCount = 60, DelayCentiseconds = 8 });

        var decoded = DecodedGif.From(gif);
        Assert.Equal((720, 720), (decoded.Width, decoded.Height));
        Assert.Equal(60, decoded.Frames.Count);
        Assert.All(decoded.Frames, frame => Assert.Equal(80, frame.DurationMilliseconds));
        Assert.Equal(-1, decoded.RepetitionCount);
        // the scene turns: a quarter turn later the picture is different
        Assert.NotEqual(decoded.Frames[0].Pixels, decoded.Frames[15].Pixels);
    }

    [Fact]
    public void The_title_and_legend_stay_still_while_the_scene_turns()
    {
        var decoded = DecodedGif.From(RotatingGraphRenderer.Render(SampleGraphs.Community(30, 80, 4), s_short));
        static uint[] Band(uint[] pixels, int from, int to) => pixels[(from * 720)..(to * 720)];
        for (var i = 1; i < decoded.Frames.Count; i++)
        {
            Assert.Equal(Band(decoded.Frames[0].Pixels, 0, 76), Band(decoded.Frames[i].Pixels, 0, 76));
            Assert.Equal(Band(decoded.Frames[0].Pixels, 690, 720), Band(decoded.Frames[i].Pixels, 690, 720));
        }
    }

    [Fact]
    public void The_first_frame_matches_the_reviewed_golden()
    {
        var gif = RotatingGraphRenderer.Render(SampleGraphs.Community(40, 160, 6), s_short);
        ImageSnapshot.Match(DecodedGif.FramePng(gif, 0), "graph3d-community-first-frame");
        ImageSnapshot.Match(DecodedGif.FramePng(gif, 3), "graph3d-community-quarter-turn");
    }

    [Fact]
    public void An_empty_graph_is_one_frame_that_says_there_is_no_data()
    {
        var gif = RotatingGraphRenderer.Render(new RotatingGraph("3D relationship graph with communities", "last 90 days", [], []));
        var decoded = DecodedGif.From(gif);
        Assert.Single(decoded.Frames);
        ImageSnapshot.Match(DecodedGif.FramePng(gif, 0), "graph3d-no-data");
    }

    [Fact]
    public void One_member_without_edges_renders()
    {
        var graph = new RotatingGraph("Graph", "one member", [new GraphNode3D("Solo 🎧", SkiaSharp.SKColors.Orange, 0.3f, 0.2f, -0.1f, 0.5f)], []);
        var decoded = DecodedGif.From(RotatingGraphRenderer.Render(graph, s_short));
        Assert.Equal(12, decoded.Frames.Count);
        // the disc is drawn in the middle of the scene, in its orange
        var pixels = decoded.Frames[0].Pixels;
        var middle = from y in Enumerable.Range(370, 50) from x in Enumerable.Range(340, 40) select pixels[(y * 720) + x];
        Assert.Contains(middle, p => (byte)p > 200 && (byte)(p >> 8) is > 120 and < 200 && (byte)(p >> 16) < 60);
    }

    [Fact]
    public void The_same_graph_always_gives_the_same_bytes()
    {
        var graph = SampleGraphs.Community(25, 60, 3);
        Assert.Equal(RotatingGraphRenderer.Render(graph, s_short), RotatingGraphRenderer.Render(graph, s_short));
    }

    [Fact]
    public void An_edge_to_a_missing_node_is_refused()
    {
        var graph = SampleGraphs.Community(5, 4, 2) with { Edges = [new GraphEdge3D(0, 9, 1)] };
        Assert.Throws<ArgumentException>(() => RotatingGraphRenderer.Render(graph, s_short));
    }

    [Fact]
    public void Two_hundred_members_and_two_thousand_pairs_over_sixty_frames_fit_under_discords_8_mb()
    {
        var graph = SampleGraphs.Community(200, 2000, 8);
        Assert.Equal(2000, graph.Edges.Count);
        var clock = Stopwatch.StartNew();
        var gif = RotatingGraphRenderer.Render(graph);
        clock.Stop();
        output.WriteLine($"200 nodes, 2000 edges, 60 frames 720x720: {clock.ElapsedMilliseconds} ms, {gif.Length / 1024.0 / 1024.0:F2} MB");

        Assert.True(gif.Length < 8_000_000, $"the GIF is {gif.Length / 1024.0 / 1024.0:F2} MB");
        Assert.Equal(60, DecodedGif.From(gif).Frames.Count);
    }
}
