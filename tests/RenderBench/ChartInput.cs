using GameTime.Render.Charts;
using GameTime.Render.Graphs;

namespace GameTime.RenderBench;

/// <summary>The total voice time chart of the 30 busiest members (horizontal bars, one value label each).</summary>
internal static class ChartInput
{
    public static BarChart Create(ulong seed = 30)
    {
        var random = new SplitMix64(seed);
        var hours = 420.0;
        var bars = new List<Bar>();
        for (var i = 0; i < 30; i++)
        {
            bars.Add(new Bar(BenchNames.Name(i), Math.Round(hours, 1)));
            hours *= 0.85 + (0.13 * random.NextDouble());
        }
        return new BarChart(new ChartHeading("Total voice time: top 30 members", "From 2026-09-04 to 2026-12-03"),
            BarOrientation.Horizontal, "Hours", bars, ChartColor.SkyBlue, [], []);
    }
}
