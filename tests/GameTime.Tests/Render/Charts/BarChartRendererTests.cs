using GameTime.Render;
using GameTime.Render.Charts;
using GameTime.Tests.Snapshots;

namespace GameTime.Tests.Render.Charts;

public sealed class BarChartRendererTests
{
    private static readonly IReadOnlyList<ReferenceLine> NoLines = [];
    private static readonly IReadOnlyList<CategoryMarker> NoMarkers = [];

    internal static BarChart DuoTop50() => new(
        ChartSamples.Heading("Top 50 member pairs with the most time spent together"),
        BarOrientation.Horizontal, "Hours spent together",
        Enumerable.Range(0, 50).Select(i => new Bar(ChartLabels.Pair(ChartSamples.Name(i), ChartSamples.Name(i * 3 + 1)), ChartSamples.Falling(i, 22, 0.95))).ToList(),
        ChartColor.Blue, NoLines, NoMarkers, ValueFormat: "0.0", ValueSuffix: " h");

    internal static BarChart TotalVoiceTop30() => new(
        ChartSamples.Heading("Top 30 members by total voice channel time"),
        BarOrientation.Vertical, "Hours in voice channels",
        Enumerable.Range(0, 30).Select(i => new Bar(ChartSamples.Name(i), ChartSamples.Falling(i, 212, 0.9))).ToList(),
        ChartColor.SkyBlue, NoLines, NoMarkers, ValueFormat: "0");

    internal static BarChart UniqueMembersPerDay(int days) => new(
        ChartSamples.Heading("Unique members per day"),
        BarOrientation.Vertical, "Members who joined a voice channel",
        ChartSamples.Days(days).Select((day, i) => new Bar(day, 6 + (i * 37 % 11) + (i % 7 >= 5 ? 6 : 0))).ToList(),
        ChartColor.SkyBlue, NoLines,
        days > 88 ? [new CategoryMarker(88, "Y11S4", ChartColor.Red)] : NoMarkers,
        IntegerTicks: true, ValueFormat: "0");

    [Fact]
    public void Duo_time_top_50_is_horizontal_largest_first_and_grows_tall_enough_to_read()
    {
        var png = BarChartRenderer.Render(DuoTop50());
        using var image = PngImage.Decode(png);
        Assert.Equal(1200, image.Width);
        Assert.True(image.Height > 1700, $"50 bars need room, got {image.Height} px");
        ImageSnapshot.Match(png, "chart-duo-top50");
    }

    [Fact]
    public void Total_voice_time_top_30_turns_names_upwards_so_every_name_shows()
    {
        ImageSnapshot.Match(BarChartRenderer.Render(TotalVoiceTop30()), "chart-total-voice-top30");
    }

    [Fact]
    public void Inactive_members_mark_the_7_day_threshold_with_a_dashed_labelled_line()
    {
        var chart = new BarChart(
            ChartSamples.Heading("Top 50 inactive members (days since their last voice session)"),
            BarOrientation.Horizontal, "Days inactive",
            Enumerable.Range(0, 18).Select(i => new Bar(ChartSamples.Name(i + 5), 41 - i * 2 - (i % 3))).ToList(),
            ChartColor.SkyBlue, [new ReferenceLine(7, "7-day threshold", ChartColor.Red)], NoMarkers, IntegerTicks: true, ValueFormat: "0");
        ImageSnapshot.Match(BarChartRenderer.Render(chart), "chart-inactive-members");
    }

    [Fact]
    public void Monthly_totals_print_each_value_above_its_bar()
    {
        var chart = new BarChart(
            ChartSamples.Heading("Total voice session time per month"),
            BarOrientation.Vertical, "Hours",
            [new Bar("2026-09", 1432.5), new Bar("2026-10", 1876.25), new Bar("2026-11", 1210), new Bar("2026-12", 96.5)],
            ChartColor.SkyBlue, NoLines, NoMarkers, ValueFormat: "#,0");
        ImageSnapshot.Match(BarChartRenderer.Render(chart), "chart-monthly-totals");
    }

    [Fact]
    public void Unique_members_over_90_days_thins_the_date_labels_and_marks_the_season_start()
    {
        ImageSnapshot.Match(BarChartRenderer.Render(UniqueMembersPerDay(90)), "chart-unique-members-90-days");
    }

    [Fact]
    public void Match_rate_colours_each_bar_by_threshold_with_lines_at_50_65_and_80_percent()
    {
        static ChartColor ByRate(double rate) =>
            rate >= 80 ? ChartColor.Green : rate >= 65 ? ChartColor.Purple : rate >= 50 ? ChartColor.Blue : ChartColor.Red;
        var bars = Enumerable.Range(0, 24).Select(i => 97 - i * 3.4 - (i % 4)).Select((rate, i) => new Bar(ChartSamples.Name(i), rate, ByRate(rate))).ToList();
        var chart = new BarChart(
            ChartSamples.Heading("Share of matches played in the server"),
            BarOrientation.Horizontal, "Matches played during a voice session (%)", bars, ChartColor.Blue,
            [new ReferenceLine(50, "50 %", ChartColor.Blue), new ReferenceLine(65, "65 %", ChartColor.Purple), new ReferenceLine(80, "80 %", ChartColor.Green)],
            NoMarkers, ValueFormat: "0", ValueAxisMax: 100, TickStep: 5, ValueSuffix: " %");
        ImageSnapshot.Match(BarChartRenderer.Render(chart), "chart-match-rate");
    }

    [Fact]
    public void One_member_draws_a_single_bar_on_a_readable_axis()
    {
        var chart = new BarChart(ChartSamples.Heading("Top 30 members by total voice channel time"), BarOrientation.Vertical, "Hours",
            [new Bar("Жёлудь 🎧", 3.25)], ChartColor.SkyBlue, NoLines, NoMarkers, ValueFormat: "0.0");
        ImageSnapshot.Match(BarChartRenderer.Render(chart), "chart-bar-one-member");
    }

    [Fact]
    public void Very_long_and_non_latin_names_are_cut_with_an_ellipsis_and_emoji_left_out()
    {
        var chart = new BarChart(ChartSamples.Heading("Top member pairs"), BarOrientation.Horizontal, "Hours spent together",
            [
                new Bar(ChartLabels.Pair(ChartSamples.LongName, "Παναγιώτης Παπαδόπουλος"), 12.5),
                new Bar("🔥 Blaze 🔥 - Дмитрий Соколов", 9),
                new Bar("Zoë Ñandú - Søren Åberg", 4.75),
                new Bar(ChartLabels.Pair("🎮🎮", "José María"), 1.5),
            ],
            ChartColor.Blue, NoLines, NoMarkers, ValueFormat: "0.0");
        ImageSnapshot.Match(BarChartRenderer.Render(chart), "chart-bar-long-names");
    }

    [Theory]
    [InlineData(BarOrientation.Vertical)]
    [InlineData(BarOrientation.Horizontal)]
    public void No_bars_render_the_no_data_picture_with_the_title(BarOrientation orientation)
    {
        var chart = new BarChart(ChartSamples.Heading("Top 50 inactive members"), orientation, "Days", [], ChartColor.SkyBlue,
            [new ReferenceLine(7, "7-day threshold", ChartColor.Red)], NoMarkers);
        ImageSnapshot.Match(BarChartRenderer.Render(chart), "chart-bar-empty");
    }

    [Fact]
    public void A_bar_that_is_not_a_number_is_refused_by_name()
    {
        var chart = TotalVoiceTop30() with { Bars = [new Bar("Ranger", 2), new Bar("Kiwi", double.NaN)] };
        var error = Assert.Throws<ArgumentException>(() => BarChartRenderer.Render(chart));
        Assert.Contains("'Kiwi'", error.Message, StringComparison.Ordinal);
        Assert.Contains("not a finite number", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_marker_past_the_last_category_is_refused()
    {
        var chart = UniqueMembersPerDay(10) with { Markers = [new CategoryMarker(10, "Y11S4", ChartColor.Red)] };
        var error = Assert.Throws<ArgumentException>(() => BarChartRenderer.Render(chart));
        Assert.Contains("category 10, but there are 10 bars", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zero_tick_step_is_refused()
    {
        var chart = TotalVoiceTop30() with { TickStep = 0 };
        Assert.Throws<ArgumentException>(() => BarChartRenderer.Render(chart));
    }
}
