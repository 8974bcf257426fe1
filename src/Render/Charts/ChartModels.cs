namespace GameTime.Render.Charts;

// View models of the analytics charts (community spec §5). Features fill them from the database;
// the renderers in this folder turn them into PNG bytes and know nothing of where the numbers came from.

/// <summary>An sRGB colour, 0xRRGGBB.</summary>
public readonly record struct ChartColor(uint Rgb)
{
    public static readonly ChartColor SkyBlue = new(0x87CEEB);
    public static readonly ChartColor Red = new(0xD62728);
    public static readonly ChartColor Green = new(0x2CA02C);
    public static readonly ChartColor Purple = new(0x9467BD);
    public static readonly ChartColor Blue = new(0x1F77B4);
    public static readonly ChartColor Gray = new(0x9E9E9E);
}

/// <summary>Title and subtitle every chart carries; the subtitle states the range, "From YYYY-MM-DD to YYYY-MM-DD".</summary>
public sealed record ChartHeading(string Title, string Subtitle);

/// <summary>A straight line across the value axis at <paramref name="Value"/>, dashed, with a legend label.</summary>
public sealed record ReferenceLine(double Value, string Label, ChartColor Color);

/// <summary>A dashed line at a category (for instance the first day of a season), labelled at the top.</summary>
public sealed record CategoryMarker(int CategoryIndex, string Label, ChartColor Color);

public enum BarOrientation
{
    /// <summary>Categories along x, values up (names rotated when they do not fit).</summary>
    Vertical,
    /// <summary>Categories down y, first bar at the top, values to the right.</summary>
    Horizontal,
}

public sealed record Bar(string Label, double Value, ChartColor? Color = null);

/// <summary>
/// One value per category: duo time, total voice time, inactive members, monthly totals, unique members per day,
/// in-server match rate. <paramref name="ValueFormat"/> is a .NET numeric format for value labels ("0.0", "0"), and
/// <paramref name="ValueSuffix"/> follows each one (" %"). Value labels are printed where they fit beside the bars.
/// </summary>
public sealed record BarChart(
    ChartHeading Heading,
    BarOrientation Orientation,
    string ValueAxisLabel,
    IReadOnlyList<Bar> Bars,
    ChartColor DefaultColor,
    IReadOnlyList<ReferenceLine> ReferenceLines,
    IReadOnlyList<CategoryMarker> Markers,
    bool IntegerTicks = false,
    string ValueFormat = "0.#",
    double? ValueAxisMax = null,
    double? TickStep = null,
    string ValueSuffix = "");

/// <summary>One named row of values, one per category of the chart it belongs to.</summary>
public sealed record Series(string Name, IReadOnlyList<double> Values, ChartColor? Color = null);

/// <summary>Several bars side by side per category (win rate in the server vs outside), horizontal.</summary>
public sealed record GroupedBarChart(
    ChartHeading Heading,
    string ValueAxisLabel,
    IReadOnlyList<string> Categories,
    IReadOnlyList<Series> Series,
    IReadOnlyList<ReferenceLine> ReferenceLines,
    string ValueFormat = "0",
    double? ValueAxisMax = null,
    double? TickStep = null,
    string ValueSuffix = "");

/// <summary>
/// Series stacked on each category (voice time per month per member, with "Other"), the first series at the bottom;
/// each column's total is printed above it in <paramref name="ValueFormat"/>.
/// </summary>
public sealed record StackedBarChart(
    ChartHeading Heading,
    string ValueAxisLabel,
    string LegendTitle,
    IReadOnlyList<string> Categories,
    IReadOnlyList<Series> Series,
    string ValueFormat = "#,0.#");

/// <summary>One panel of a line chart: its own title and series over the chart's shared x labels.</summary>
public sealed record LinePanel(string Title, IReadOnlyList<Series> Series);

/// <summary>Values over time (weekly timeline in three panels, one member's weekly minutes).</summary>
public sealed record LineChart(
    ChartHeading Heading,
    string ValueAxisLabel,
    IReadOnlyList<string> XLabels,
    IReadOnlyList<LinePanel> Panels);

/// <summary>
/// A matrix of counts (weekday activity, operators per member): Values[row][column], a sequential blue scale,
/// each non-zero cell printed; zero cells are left blank when <paramref name="MaskZeros"/> is set.
/// </summary>
public sealed record Heatmap(
    ChartHeading Heading,
    IReadOnlyList<string> RowLabels,
    IReadOnlyList<string> ColumnLabels,
    IReadOnlyList<IReadOnlyList<double>> Values,
    bool MaskZeros = true,
    string ValueFormat = "0");
