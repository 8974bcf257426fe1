using SkiaSharp;

namespace GameTime.Render.Charts;

/// <summary>
/// Draws a <see cref="StackedBarChart"/>: one column per category (a month) with the series stacked from the first
/// at the bottom, each column's total above it and a titled legend beside the plot, top of the stack first.
/// </summary>
public static class StackedBarChartRenderer
{
    private const float PlotHeight = 600;
    private const float BarShare = 0.7f;
    private const float MaxBarWidth = 150;
    private const float LegendMaxWidth = 280;

    public static byte[] Render(StackedBarChart chart)
    {
        Validate(chart);
        if (chart.Categories.Count == 0 || chart.Series.Count == 0) return ChartFrame.NoData(chart.Heading);
        using var fonts = new ChartFonts();
        return Draw(chart, fonts);
    }

    /// <summary>Throws <see cref="ArgumentException"/> naming the first thing wrong with <paramref name="chart"/>.</summary>
    public static void Validate(StackedBarChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ChartValidation.Heading(chart.Heading, "stacked bar chart");
        ChartValidation.Labels(chart.Categories, "the stacked bar chart's categories");
        if (chart.LegendTitle is null) throw new ArgumentException("the stacked bar chart's legend title must not be null");
        // a negative part has no place in a stack of parts of a whole
        ChartValidation.SeriesList(chart.Series, chart.Categories.Count, "stacked bar chart", allowNegative: false);
    }

    private static byte[] Draw(StackedBarChart chart, ChartFonts fonts)
    {
        var width = ChartTheme.Width;
        var totals = new double[chart.Categories.Count];
        foreach (var series in chart.Series)
        {
            for (var c = 0; c < totals.Length; c++) totals[c] += series.Values[c];
        }
        var scale = NiceScale.For(0, totals.Max(), 6);

        // the legend lists the top of the stack first, as a reader meets the colours from above
        var legend = chart.Series.Select((series, i) => new LegendEntry(series.Name, ChartPalette.SeriesColor(series, i), LegendMark.Swatch))
            .Reverse().ToList();
        var legendTitle = string.IsNullOrWhiteSpace(chart.LegendTitle) ? null : chart.LegendTitle;
        var legendWidth = Legend.ColumnWidth(legendTitle, legend, fonts, LegendMaxWidth);
        var top = ChartFrame.HeadingBottom(chart.Heading) + ChartTheme.ValueSize + 10;
        var left = ChartTheme.Margin + ChartTheme.AxisTitleSize * 1.4f + ValueAxis.WidestTickLabel(fonts, scale) + ValueAxis.TickGap;
        var right = width - ChartTheme.Margin - legendWidth - 28;
        var slot = (right - left) / chart.Categories.Count;
        var plan = CategoryLabels.Plan(chart.Categories, slot, fonts.Tick);
        var plot = new SKRect(left, top, right, top + PlotHeight);
        var legendHeight = Legend.ColumnHeight(legendTitle, legend.Count);
        var height = (int)Math.Ceiling(Math.Max(plot.Bottom + plan.Height, top + legendHeight) + ChartTheme.Margin);

        using var canvas = new ChartCanvas(width, height, fonts);
        ChartFrame.DrawHeading(canvas, chart.Heading);
        ValueAxis.DrawGridUp(canvas, plot, scale);
        ValueAxis.DrawTitleUp(canvas, plot, chart.ValueAxisLabel, ChartTheme.Margin + ChartTheme.AxisTitleSize * 0.5f);
        Legend.DrawColumn(canvas, legendTitle, legend, right + 28, top, legendWidth);

        float Centre(int i) => plot.Left + slot * (i + 0.5f);
        var barWidth = Math.Clamp(slot * BarShare, 1, MaxBarWidth);
        var showTotals = totals.All(total => ChartCanvas.Measure(ValueAxis.FormatValue(total, chart.ValueFormat, ""), fonts.Value) + 4 <= slot);
        for (var c = 0; c < chart.Categories.Count; c++)
        {
            double below = 0;
            var x = Centre(c);
            for (var s = 0; s < chart.Series.Count; s++)
            {
                var value = chart.Series[s].Values[c];
                if (value <= 0) continue;
                var bottom = scale.Map(below, plot.Bottom, plot.Top);
                below += value;
                var segmentTop = scale.Map(below, plot.Bottom, plot.Top);
                var segment = new SKRect(x - barWidth / 2, segmentTop, x + barWidth / 2, bottom);
                canvas.Fill(segment, ChartPalette.SeriesColor(chart.Series[s], s));
                // a hairline of background between neighbours keeps two similar colours apart
                if (segment.Height > 3) canvas.Line(segment.Left, segmentTop, segment.Right, segmentTop, ChartTheme.Background, 1);
            }
            if (showTotals)
            {
                canvas.Text(ValueAxis.FormatValue(totals[c], chart.ValueFormat, ""), x, scale.Map(totals[c], plot.Bottom, plot.Top) - 6,
                    canvas.Value, ChartTheme.Text, SKTextAlign.Center);
            }
        }
        ValueAxis.DrawBaseline(canvas, plot.Left, plot.Bottom, plot.Right, plot.Bottom);
        ValueAxis.DrawBaseline(canvas, plot.Left, plot.Top, plot.Left, plot.Bottom);
        CategoryLabels.Draw(canvas, chart.Categories, plan, Centre, plot.Bottom);
        return canvas.Encode();
    }
}
