using GameTime.Render.Charts;
using GameTime.Tests.Snapshots;

namespace GameTime.Tests.Render.Charts;

public sealed class GroupedAndStackedChartTests
{
    internal static GroupedBarChart WinRates(int members)
    {
        var inServer = Enumerable.Range(0, members).Select(i => 78 - i * 2.5 - (i % 3) * 4.0).ToList();
        var outside = Enumerable.Range(0, members).Select(i => 48 + (i * 13 % 17) * 1.5).ToList();
        var names = Enumerable.Range(0, members).Select(i => ChartLabels.Name(ChartSamples.Name(i)) + (inServer[i] > outside[i] ? " *" : "")).ToList();
        return new GroupedBarChart(
            ChartSamples.Heading("Win rate in the server vs outside (* wins more in the server)"),
            "Matches won (%)", names,
            [new Series("In a voice session", inServer, ChartColor.Green), new Series("Outside", outside, ChartColor.Red)],
            [new ReferenceLine(50, "50 %", ChartColor.Blue)], ValueAxisMax: 100, TickStep: 10, ValueSuffix: " %");
    }

    internal static StackedBarChart VoicePerMonth()
    {
        var months = new[] { "2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11", "2026-12" };
        var series = Enumerable.Range(0, 15)
            .Select(m => new Series(ChartLabels.Name(ChartSamples.Name(m)), months.Select((_, i) => Math.Round(ChartSamples.Falling(m, 60, 0.88) * (0.6 + (i + m) % 4 * 0.2), 1)).ToList()))
            .Append(new Series("Other", months.Select((_, i) => 40.0 + i * 6).ToList(), ChartColor.Gray))
            .ToList();
        return new StackedBarChart(ChartSamples.Heading("Voice time per month"), "Hours in voice channels", "Member", months, series);
    }

    [Fact]
    public void Win_rates_in_and_out_show_two_bars_per_member_with_a_legend()
    {
        ImageSnapshot.Match(GroupedBarChartRenderer.Render(WinRates(14)), "chart-win-rate-in-vs-out");
    }

    [Fact]
    public void Win_rates_for_one_member_still_draw_both_bars()
    {
        ImageSnapshot.Match(GroupedBarChartRenderer.Render(WinRates(1)), "chart-win-rate-one-member");
    }

    [Fact]
    public void A_series_shorter_than_the_categories_is_refused_by_name()
    {
        var chart = WinRates(3) with { Series = [new Series("In a voice session", [60, 55, 50]), new Series("Outside", [40, 45])] };
        var error = Assert.Throws<ArgumentException>(() => GroupedBarChartRenderer.Render(chart));
        Assert.Equal("series 'Outside' has 2 values but the grouped bar chart has 3 categories", error.Message);
    }

    [Fact]
    public void No_members_render_the_no_data_picture()
    {
        var chart = WinRates(1) with { Categories = [], Series = [new Series("In a voice session", []), new Series("Outside", [])] };
        ImageSnapshot.Match(GroupedBarChartRenderer.Render(chart), "chart-win-rate-empty");
    }

    [Fact]
    public void Voice_time_per_month_stacks_15_members_and_other_with_a_titled_legend()
    {
        ImageSnapshot.Match(StackedBarChartRenderer.Render(VoicePerMonth()), "chart-voice-per-month-stacked");
    }

    [Fact]
    public void One_month_and_one_member_stacks_a_single_column()
    {
        var chart = new StackedBarChart(ChartSamples.Heading("Voice time per month"), "Hours in voice channels", "Member",
            ["2026-12"], [new Series("Ωμέγα 🎮", [12.5])]);
        ImageSnapshot.Match(StackedBarChartRenderer.Render(chart), "chart-voice-per-month-one-member");
    }

    [Fact]
    public void A_negative_part_of_a_stack_is_refused()
    {
        var chart = new StackedBarChart(ChartSamples.Heading("Voice time per month"), "Hours", "Member", ["2026-11", "2026-12"],
            [new Series("Kiwi", [3, -1])]);
        var error = Assert.Throws<ArgumentException>(() => StackedBarChartRenderer.Render(chart));
        Assert.Contains("value 1 of series 'Kiwi'", error.Message, StringComparison.Ordinal);
        Assert.Contains("cannot be negative", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stack_with_an_infinite_value_is_refused()
    {
        var chart = new StackedBarChart(ChartSamples.Heading("Voice time per month"), "Hours", "Member", ["2026-12"],
            [new Series("Kiwi", [double.PositiveInfinity])]);
        Assert.Throws<ArgumentException>(() => StackedBarChartRenderer.Render(chart));
    }
}
