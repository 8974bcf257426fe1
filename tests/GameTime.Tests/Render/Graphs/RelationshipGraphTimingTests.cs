using System.Diagnostics;
using GameTime.Render.Graphs;
using Xunit.Abstractions;

namespace GameTime.Tests.Render.Graphs;

/// <summary>The 2D target: 200 members and 2,000 ties, layout + render. Prints the median; fails only if far off.</summary>
public sealed class RelationshipGraphTimingTests(ITestOutputHelper output)
{
    [Fact]
    public void Two_hundred_members_render_in_well_under_two_seconds()
    {
        var graph = SampleCommunities.Crowd(200, 2000);
        RelationshipGraphRenderer.Render(graph);  // warm-up: JIT and font loading
        var layout = new List<double>();
        var total = new List<double>();
        for (var run = 0; run < 5; run++)
        {
            var watch = Stopwatch.StartNew();
            GraphAnalysis.Of(graph, dimensions: 2);
            layout.Add(watch.Elapsed.TotalMilliseconds);
            watch.Restart();
            RelationshipGraphRenderer.Render(graph);
            total.Add(watch.Elapsed.TotalMilliseconds);
        }
        var median = total.Order().ElementAt(2);
        output.WriteLine($"analysis (Louvain + layout + backbone) median {layout.Order().ElementAt(2):0} ms; layout + render + PNG median {median:0} ms");
        Assert.True(median < 2000, $"median {median:0} ms");
    }
}
