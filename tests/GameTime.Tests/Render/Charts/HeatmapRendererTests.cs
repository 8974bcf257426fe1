using GameTime.Render;
using GameTime.Render.Charts;
using GameTime.Tests.Snapshots;

namespace GameTime.Tests.Render.Charts;

public sealed class HeatmapRendererTests
{
    private static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    internal static Heatmap WeekdayActivity(int members) => new(
        ChartSamples.Heading("Member activity by weekday (weeks with a voice session)"),
        Enumerable.Range(0, members).Select(ChartSamples.Name).ToList(),
        Weekdays,
        Enumerable.Range(0, members).Select(m => (IReadOnlyList<double>)Enumerable.Range(0, 7)
            .Select(d => (double)(m % 9 == 4 ? 0 : Math.Max(0, (m * 7 + d * 5 + m * m) % 14 - 3 + (d >= 5 ? 2 : 0)))).ToList()).ToList());

    internal static Heatmap Operators()
    {
        string[] operators = ["Ash", "Thermite", "Jäger", "Smoke", "Mute", "Sledge", "Thatcher", "Bandit", "Valkyrie", "Ace", "Mira", "Doc", "Rook", "Kapkan", "Frost", "Iana"];
        var members = Enumerable.Range(0, 24).Select(i => ChartLabels.Name(ChartSamples.Name(i), 14)).ToList();
        return new Heatmap(ChartSamples.Heading("Operators played per member"), operators, members,
            operators.Select((_, o) => (IReadOnlyList<double>)members.Select((_, m) => (double)Math.Max(0, (o * 11 + m * 7) % 23 - 9)).ToList()).ToList());
    }

    [Fact]
    public void Weekday_activity_shades_counts_in_blue_with_a_colour_bar_and_blank_zeros()
    {
        var png = HeatmapRenderer.Render(WeekdayActivity(40));
        using var image = PngImage.Decode(png);
        Assert.True(image.Height > 40 * 30, $"40 rows need room, got {image.Height} px");
        ImageSnapshot.Match(png, "chart-weekday-activity");
    }

    [Fact]
    public void Operator_heatmap_with_many_member_columns_widens_and_turns_their_names_upwards()
    {
        var png = HeatmapRenderer.Render(Operators());
        using var image = PngImage.Decode(png);
        Assert.True(image.Width >= 1200);
        ImageSnapshot.Match(png, "chart-operator-heatmap");
    }

    [Fact]
    public void One_member_one_row()
    {
        var chart = new Heatmap(ChartSamples.Heading("Member activity by weekday"), ["Αθηνά 🔥"], Weekdays, [[1, 0, 0, 2, 0, 5, 3]]);
        ImageSnapshot.Match(HeatmapRenderer.Render(chart), "chart-weekday-activity-one-member");
    }

    [Fact]
    public void No_members_render_the_no_data_picture()
    {
        var chart = new Heatmap(ChartSamples.Heading("Member activity by weekday"), [], Weekdays, []);
        ImageSnapshot.Match(HeatmapRenderer.Render(chart), "chart-heatmap-empty");
    }

    [Fact]
    public void The_darkest_cells_get_white_text_and_the_lightest_dark_text()
    {
        Assert.True(ChartPalette.NeedsLightText(ChartPalette.Blues(1)));
        Assert.False(ChartPalette.NeedsLightText(ChartPalette.Blues(0.1)));
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_days_is_refused_by_member()
    {
        var chart = new Heatmap(ChartSamples.Heading("Weekday"), ["Kiwi", "Doc"], Weekdays, [[1, 0, 0, 2, 0, 5, 3], [1, 2]]);
        var error = Assert.Throws<ArgumentException>(() => HeatmapRenderer.Render(chart));
        Assert.Equal("row 'Doc' has 2 values but the heatmap has 7 columns", error.Message);
    }

    [Fact]
    public void Rows_of_values_must_match_the_row_labels()
    {
        var chart = new Heatmap(ChartSamples.Heading("Weekday"), ["Kiwi", "Doc"], Weekdays, [[1, 0, 0, 2, 0, 5, 3]]);
        var error = Assert.Throws<ArgumentException>(() => HeatmapRenderer.Render(chart));
        Assert.Contains("1 rows of values but 2 row labels", error.Message, StringComparison.Ordinal);
    }
}
