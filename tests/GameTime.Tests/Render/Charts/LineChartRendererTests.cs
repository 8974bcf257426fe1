using GameTime.Render;
using GameTime.Render.Charts;
using GameTime.Tests.Snapshots;

namespace GameTime.Tests.Render.Charts;

public sealed class LineChartRendererTests
{
    private static Series Member(int rank, int weeks) => new(
        ChartLabels.Name(ChartSamples.Name(rank)),
        Enumerable.Range(0, weeks).Select(w => Math.Max(0, Math.Round(ChartSamples.Falling(rank, 900, 0.92) * (0.5 + ((w * 5 + rank * 3) % 7) / 8.0) - (w % 5 == rank % 5 ? 300 : 0)))).ToList());

    internal static LineChart WeeklyTimeline(int weeks) => new(
        ChartSamples.Heading("Weekly time played, top 30 members"),
        "Minutes per week", ChartSamples.Weeks(weeks),
        [
            new LinePanel("Top 1-10", Enumerable.Range(0, 10).Select(r => Member(r, weeks)).ToList()),
            new LinePanel("Top 11-20", Enumerable.Range(10, 10).Select(r => Member(r, weeks)).ToList()),
            new LinePanel("Top 21-30", Enumerable.Range(20, 10).Select(r => Member(r, weeks)).ToList()),
        ]);

    [Fact]
    public void Weekly_timeline_stacks_three_panels_of_ten_members_each_with_its_legend()
    {
        var png = LineChartRenderer.Render(WeeklyTimeline(13));
        using var image = PngImage.Decode(png);
        Assert.True(image.Height > 3 * 400, $"three panels need room, got {image.Height} px");
        ImageSnapshot.Match(png, "chart-weekly-timeline");
    }

    [Fact]
    public void One_members_timeline_is_a_single_panel()
    {
        var chart = new LineChart(ChartSamples.Heading("Weekly time played for Жёлудь (total: 152 hours)"), "Minutes per week",
            ChartSamples.Weeks(13), [new LinePanel("Жёлудь", [Member(3, 13) with { Color = ChartColor.Blue }])]);
        ImageSnapshot.Match(LineChartRenderer.Render(chart), "chart-member-timeline");
    }

    [Fact]
    public void Sixty_weeks_thin_the_date_labels_so_they_do_not_overlap()
    {
        var chart = new LineChart(ChartSamples.Heading("Weekly time played for Kiwi"), "Minutes per week",
            ChartSamples.Weeks(60), [new LinePanel("Kiwi", [Member(5, 60) with { Name = "Kiwi" }])]);
        ImageSnapshot.Match(LineChartRenderer.Render(chart), "chart-member-timeline-60-weeks");
    }

    [Fact]
    public void A_single_week_draws_dots_without_a_line()
    {
        var chart = new LineChart(ChartSamples.Heading("Weekly time played for Kiwi"), "Minutes per week",
            ChartSamples.Weeks(1), [new LinePanel("Kiwi", [new Series("Kiwi", [95])])]);
        ImageSnapshot.Match(LineChartRenderer.Render(chart), "chart-member-timeline-one-week");
    }

    [Fact]
    public void Panels_without_series_are_left_out_and_no_series_at_all_means_no_data()
    {
        var chart = new LineChart(ChartSamples.Heading("Weekly time played, top 30 members"), "Minutes per week",
            ChartSamples.Weeks(4), [new LinePanel("Top 1-10", []), new LinePanel("Top 11-20", [])]);
        ImageSnapshot.Match(LineChartRenderer.Render(chart), "chart-line-empty");
    }

    [Fact]
    public void A_series_that_does_not_match_the_weeks_is_refused_naming_its_panel()
    {
        var chart = new LineChart(ChartSamples.Heading("Weekly"), "Minutes", ChartSamples.Weeks(3),
            [new LinePanel("Top 1-10", [new Series("Kiwi", [1, 2, 3])]), new LinePanel("Top 11-20", [new Series("Doc", [1, double.NaN, 3])])]);
        var error = Assert.Throws<ArgumentException>(() => LineChartRenderer.Render(chart));
        Assert.Contains("series 'Doc'", error.Message, StringComparison.Ordinal);
    }
}
