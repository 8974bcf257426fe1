using System.Diagnostics;
using System.Globalization;
using GameTime.Render.Charts;
using Xunit.Abstractions;

namespace GameTime.Tests.Render.Charts;

/// <summary>
/// Median render time of each chart kind after a warm-up, printed for the record (run with a detailed console
/// logger to see it). The bound is loose on purpose: a shared machine is slow, but a chart that takes a second
/// to draw would hold up the admin command that posts it.
/// </summary>
public sealed class ChartRenderTimeTests(ITestOutputHelper output)
{
    private const int Runs = 15;
    private const double BoundMilliseconds = 1000;

    public static TheoryData<string> Kinds => ["duo-top50", "total-voice-top30", "unique-members-90-days", "win-rate", "stacked", "weekly-timeline", "weekday-heatmap"];

    private static Func<byte[]> Renderer(string kind) => kind switch
    {
        "duo-top50" => () => BarChartRenderer.Render(BarChartRendererTests.DuoTop50()),
        "total-voice-top30" => () => BarChartRenderer.Render(BarChartRendererTests.TotalVoiceTop30()),
        "unique-members-90-days" => () => BarChartRenderer.Render(BarChartRendererTests.UniqueMembersPerDay(90)),
        "win-rate" => () => GroupedBarChartRenderer.Render(GroupedAndStackedChartTests.WinRates(30)),
        "stacked" => () => StackedBarChartRenderer.Render(GroupedAndStackedChartTests.VoicePerMonth()),
        "weekly-timeline" => () => LineChartRenderer.Render(LineChartRendererTests.WeeklyTimeline(13)),
        "weekday-heatmap" => () => HeatmapRenderer.Render(HeatmapRendererTests.WeekdayActivity(40)),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Each_chart_kind_renders_well_under_a_second(string kind)
    {
        var render = Renderer(kind);
        for (var i = 0; i < 3; i++) render();
        var times = new double[Runs];
        for (var i = 0; i < Runs; i++)
        {
            var clock = Stopwatch.StartNew();
            render();
            times[i] = clock.Elapsed.TotalMilliseconds;
        }
        Array.Sort(times);
        var median = times[Runs / 2];
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{kind}: median {median:0.0} ms (min {times[0]:0.0}, max {times[^1]:0.0})"));
        Assert.True(median < BoundMilliseconds, $"{kind} took {median:0} ms");
    }
}
