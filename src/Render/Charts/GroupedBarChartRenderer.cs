using SkiaSharp;

namespace GameTime.Render.Charts;

/// <summary>
/// Draws a <see cref="GroupedBarChart"/>: for each category (a member) one horizontal bar per series side by side
/// (win rate in the server, win rate outside), a legend naming the series, the image growing with the categories.
/// </summary>
public static class GroupedBarChartRenderer
{
    private const float BarThickness = 20;
    private const float BarGap = 3;
    private const float GroupGap = 16;
    private const float MaxCategoryLabel = 420;

    public static byte[] Render(GroupedBarChart chart)
    {
        Validate(chart);
        if (chart.Categories.Count == 0 || chart.Series.Count == 0) return ChartFrame.NoData(chart.Heading);
        using var fonts = new ChartFonts();
        return Draw(chart, fonts);
    }

    /// <summary>Throws <see cref="ArgumentException"/> naming the first thing wrong with <paramref name="chart"/>.</summary>
    public static void Validate(GroupedBarChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ChartValidation.Heading(chart.Heading, "grouped bar chart");
        ChartValidation.Labels(chart.Categories, "the grouped bar chart's categories");
        ChartValidation.SeriesList(chart.Series, chart.Categories.Count, "grouped bar chart", allowNegative: true);
        ChartValidation.ReferenceLines(chart.ReferenceLines, "grouped bar chart");
        ChartValidation.AxisOverrides(chart.ValueAxisMax, chart.TickStep, "grouped bar chart");
    }

    private static byte[] Draw(GroupedBarChart chart, ChartFonts fonts)
    {
        var width = ChartTheme.Width;
        var legend = chart.Series.Select((series, i) => new LegendEntry(series.Name, ChartPalette.SeriesColor(series, i), LegendMark.Swatch))
            .Concat(chart.ReferenceLines.Select(line => new LegendEntry(line.Label, line.Color.ToSk(), LegendMark.DashedLine)))
            .ToList();
        var legendTop = ChartFrame.HeadingBottom(chart.Heading);
        var legendHeight = Legend.RowsHeight(legend, fonts.Legend, width - 2 * ChartTheme.Margin);

        string ValueLabel(double value) => ValueAxis.FormatValue(value, chart.ValueFormat, chart.ValueSuffix);
        double low = 0, high = 0;
        float valueWidth = 0;
        foreach (var series in chart.Series)
        {
            foreach (var value in series.Values)
            {
                low = Math.Min(low, value);
                high = Math.Max(high, value);
                valueWidth = Math.Max(valueWidth, ChartCanvas.Measure(ValueLabel(value), fonts.Value));
            }
        }
        foreach (var line in chart.ReferenceLines) high = Math.Max(high, line.Value);
        var scale = NiceScale.For(low, high, 8, fixedMax: chart.ValueAxisMax, fixedStep: chart.TickStep);

        var labelWidth = Math.Min(MaxCategoryLabel, chart.Categories.Max(label => ChartCanvas.Measure(label, fonts.Tick)));
        var groupHeight = chart.Series.Count * (BarThickness + BarGap) - BarGap + GroupGap;
        var plotTop = legendTop + legendHeight + 8;
        var plot = new SKRect(ChartTheme.Margin + labelWidth + ValueAxis.TickGap, plotTop,
            width - ChartTheme.Margin - valueWidth - 12, plotTop + chart.Categories.Count * groupHeight);
        var height = (int)Math.Ceiling(plot.Bottom + ValueAxis.AcrossHeight + ChartTheme.Margin);

        using var canvas = new ChartCanvas(width, height, fonts);
        ChartFrame.DrawHeading(canvas, chart.Heading);
        Legend.DrawRows(canvas, legend, ChartTheme.Margin, legendTop, width - 2 * ChartTheme.Margin);
        ValueAxis.DrawGridAcross(canvas, plot, scale, chart.ValueAxisLabel);

        var zero = scale.Map(0, plot.Left, plot.Right);
        float BarTop(int category, int series) => plot.Top + category * groupHeight + GroupGap / 2 + series * (BarThickness + BarGap);
        for (var c = 0; c < chart.Categories.Count; c++)
        {
            canvas.TextMiddle(chart.Categories[c], plot.Left - ValueAxis.TickGap, plot.Top + (c + 0.5f) * groupHeight, canvas.Tick,
                ChartTheme.Text, SKTextAlign.Right, MaxCategoryLabel);
            for (var s = 0; s < chart.Series.Count; s++)
            {
                var end = scale.Map(chart.Series[s].Values[c], plot.Left, plot.Right);
                var top = BarTop(c, s);
                canvas.Fill(new SKRect(Math.Min(zero, end), top, Math.Max(zero, end), top + BarThickness), ChartPalette.SeriesColor(chart.Series[s], s));
            }
        }
        foreach (var line in chart.ReferenceLines)
        {
            var x = scale.Map(line.Value, plot.Left, plot.Right);
            canvas.Line(x, plot.Top, x, plot.Bottom, line.Color.ToSk(), 2.5f, dashed: true);
        }
        for (var c = 0; c < chart.Categories.Count; c++)
        {
            for (var s = 0; s < chart.Series.Count; s++)
            {
                var value = chart.Series[s].Values[c];
                var end = Math.Max(zero, scale.Map(value, plot.Left, plot.Right));
                var baseline = BarTop(c, s) + BarThickness / 2 + ChartCanvas.CapHeight(canvas.Value) / 2;
                canvas.LabelOnGround(ValueLabel(value), end + 6, baseline, canvas.Value, ChartTheme.MutedText, SKTextAlign.Left);
            }
        }
        ValueAxis.DrawBaseline(canvas, zero, plot.Top, zero, plot.Bottom);
        ValueAxis.DrawBaseline(canvas, plot.Left, plot.Bottom, plot.Right, plot.Bottom);
        return canvas.Encode();
    }
}
