using SkiaSharp;

namespace GameTime.Render.Charts;

/// <summary>
/// Draws a <see cref="BarChart"/>: vertical bars (total voice time, monthly totals, unique members per day) or
/// horizontal bars, largest first at the top (duo time, inactive members, in-server match rate), whose image
/// grows taller with the number of bars so every name stays readable.
/// </summary>
public static class BarChartRenderer
{
    private const float VerticalPlotHeight = 540;
    private const float RowPitch = 32;
    private const float BarShare = 0.72f;
    private const float MaxCategoryLabel = 440;
    private const float MarkerStrip = 30;
    private const float MinHorizontalPlot = 260;
    private const float MaxBarThickness = 48;

    public static byte[] Render(BarChart chart)
    {
        Validate(chart);
        if (chart.Bars.Count == 0) return ChartFrame.NoData(chart.Heading);
        using var fonts = new ChartFonts();
        return chart.Orientation == BarOrientation.Horizontal ? Horizontal(chart, fonts) : Vertical(chart, fonts);
    }

    /// <summary>Throws <see cref="ArgumentException"/> naming the first thing wrong with <paramref name="chart"/>.</summary>
    public static void Validate(BarChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ChartValidation.Heading(chart.Heading, "bar chart");
        if (chart.Bars is null || chart.Markers is null) throw new ArgumentException("the bar chart's bars and markers must not be null (pass empty lists)");
        for (var i = 0; i < chart.Bars.Count; i++)
        {
            var bar = chart.Bars[i] ?? throw new ArgumentException($"bar {i} is null");
            if (bar.Label is null) throw new ArgumentException($"bar {i} has no label");
            ChartValidation.Finite(bar.Value, $"the value of bar '{bar.Label}'");
        }
        ChartValidation.ReferenceLines(chart.ReferenceLines, "bar chart");
        foreach (var marker in chart.Markers)
        {
            if (marker?.Label is null) throw new ArgumentException("the bar chart has a category marker without a label");
            if (marker.CategoryIndex < 0 || marker.CategoryIndex >= chart.Bars.Count)
            {
                throw new ArgumentException($"marker '{marker.Label}' points at category {marker.CategoryIndex}, but there are {chart.Bars.Count} bars");
            }
        }
        ChartValidation.AxisOverrides(chart.ValueAxisMax, chart.TickStep, "bar chart");
    }

    private static NiceScale Scale(BarChart chart, int maxIntervals)
    {
        double low = 0, high = 0;
        foreach (var bar in chart.Bars)
        {
            low = Math.Min(low, bar.Value);
            high = Math.Max(high, bar.Value);
        }
        foreach (var line in chart.ReferenceLines) high = Math.Max(high, line.Value);
        return NiceScale.For(low, high, maxIntervals, chart.IntegerTicks, chart.ValueAxisMax, chart.TickStep);
    }

    private static List<LegendEntry> LegendEntries(BarChart chart) =>
        chart.ReferenceLines.Select(line => new LegendEntry(line.Label, line.Color.ToSk(), LegendMark.DashedLine)).ToList();

    private static string ValueLabel(BarChart chart, double value) => ValueAxis.FormatValue(value, chart.ValueFormat, chart.ValueSuffix);

    private static byte[] Vertical(BarChart chart, ChartFonts fonts)
    {
        var width = ChartTheme.Width;
        var legend = LegendEntries(chart);
        var legendTop = ChartFrame.HeadingBottom(chart.Heading);
        var legendHeight = Legend.RowsHeight(legend, fonts.Legend, width - 2 * ChartTheme.Margin);
        var scale = Scale(chart, 6);
        var left = ChartTheme.Margin + ChartTheme.AxisTitleSize * 1.4f + ValueAxis.WidestTickLabel(fonts, scale) + ValueAxis.TickGap;
        var right = width - ChartTheme.Margin - 24;
        var slot = (right - left) / chart.Bars.Count;
        var labels = chart.Bars.Select(bar => bar.Label).ToList();
        var plan = CategoryLabels.Plan(labels, slot, fonts.Tick);
        var showValues = chart.Bars.All(bar => ChartCanvas.Measure(ValueLabel(chart, bar.Value), fonts.Value) + 4 <= slot);
        var plotTop = legendTop + legendHeight + (chart.Markers.Count > 0 ? MarkerStrip : 0) + (showValues ? ChartTheme.ValueSize + 10 : 0);
        var plot = new SKRect(left, plotTop, right, plotTop + VerticalPlotHeight);
        var height = (int)Math.Ceiling(plot.Bottom + plan.Height + ChartTheme.Margin);

        using var canvas = new ChartCanvas(width, height, fonts);
        ChartFrame.DrawHeading(canvas, chart.Heading);
        Legend.DrawRows(canvas, legend, ChartTheme.Margin, legendTop, width - 2 * ChartTheme.Margin);
        ValueAxis.DrawGridUp(canvas, plot, scale);
        ValueAxis.DrawTitleUp(canvas, plot, chart.ValueAxisLabel, ChartTheme.Margin + ChartTheme.AxisTitleSize * 0.5f);

        float Centre(int i) => plot.Left + slot * (i + 0.5f);
        var zero = scale.Map(0, plot.Bottom, plot.Top);
        var barWidth = Math.Clamp(slot * BarShare, 1, MaxBarThickness * 2.5f);
        for (var i = 0; i < chart.Bars.Count; i++)
        {
            var bar = chart.Bars[i];
            var top = scale.Map(bar.Value, plot.Bottom, plot.Top);
            var x = Centre(i);
            canvas.Fill(new SKRect(x - barWidth / 2, Math.Min(top, zero), x + barWidth / 2, Math.Max(top, zero)), (bar.Color ?? chart.DefaultColor).ToSk());
        }
        foreach (var line in chart.ReferenceLines)
        {
            var y = scale.Map(line.Value, plot.Bottom, plot.Top);
            canvas.Line(plot.Left, y, plot.Right, y, line.Color.ToSk(), 2.5f, dashed: true);
        }
        foreach (var marker in chart.Markers)
        {
            var x = Centre(marker.CategoryIndex);
            canvas.Line(x, plot.Top - MarkerStrip + 4, x, plot.Bottom, marker.Color.ToSk(), 2, dashed: true);
            // the label reads to the right of its line unless that would run off the picture
            var labelWidth = ChartCanvas.Measure(marker.Label, canvas.MarkerLabel);
            var rightward = x + 5 + labelWidth <= width - 8;
            canvas.Text(marker.Label, rightward ? x + 5 : x - 5, plot.Top - MarkerStrip + ChartTheme.MarkerLabelSize, canvas.MarkerLabel,
                marker.Color.ToSk(), rightward ? SKTextAlign.Left : SKTextAlign.Right);
        }
        if (showValues)
        {
            for (var i = 0; i < chart.Bars.Count; i++)
            {
                var top = Math.Min(scale.Map(chart.Bars[i].Value, plot.Bottom, plot.Top), zero);
                canvas.LabelOnGround(ValueLabel(chart, chart.Bars[i].Value), Centre(i), top - 6, canvas.Value, ChartTheme.Text, SKTextAlign.Center);
            }
        }
        ValueAxis.DrawBaseline(canvas, plot.Left, zero, plot.Right, zero);
        ValueAxis.DrawBaseline(canvas, plot.Left, plot.Top, plot.Left, plot.Bottom);
        CategoryLabels.Draw(canvas, labels, plan, Centre, plot.Bottom);
        return canvas.Encode();
    }

    private static byte[] Horizontal(BarChart chart, ChartFonts fonts)
    {
        var width = ChartTheme.Width;
        var legend = LegendEntries(chart);
        var legendTop = ChartFrame.HeadingBottom(chart.Heading);
        var legendHeight = Legend.RowsHeight(legend, fonts.Legend, width - 2 * ChartTheme.Margin);
        var labelWidth = Math.Min(MaxCategoryLabel, chart.Bars.Max(bar => ChartCanvas.Measure(bar.Label, fonts.Tick)));
        var valueWidth = chart.Bars.Max(bar => ChartCanvas.Measure(ValueLabel(chart, bar.Value), fonts.Value)) + 12;
        var plotTop = legendTop + legendHeight + 8;
        var left = ChartTheme.Margin + labelWidth + ValueAxis.TickGap;
        // a few bars get thicker rows rather than a thin strip under the heading
        var pitch = Math.Max(RowPitch, MinHorizontalPlot / chart.Bars.Count);
        var plot = new SKRect(left, plotTop, width - ChartTheme.Margin - valueWidth, plotTop + chart.Bars.Count * pitch);
        var height = (int)Math.Ceiling(plot.Bottom + ValueAxis.AcrossHeight + ChartTheme.Margin);

        using var canvas = new ChartCanvas(width, height, fonts);
        ChartFrame.DrawHeading(canvas, chart.Heading);
        Legend.DrawRows(canvas, legend, ChartTheme.Margin, legendTop, width - 2 * ChartTheme.Margin);
        var scale = Scale(chart, 8);
        ValueAxis.DrawGridAcross(canvas, plot, scale, chart.ValueAxisLabel);

        float Middle(int i) => plot.Top + pitch * (i + 0.5f);
        var zero = scale.Map(0, plot.Left, plot.Right);
        var thickness = Math.Min(pitch * BarShare, MaxBarThickness);
        for (var i = 0; i < chart.Bars.Count; i++)
        {
            var bar = chart.Bars[i];
            var end = scale.Map(bar.Value, plot.Left, plot.Right);
            var y = Middle(i);
            canvas.Fill(new SKRect(Math.Min(zero, end), y - thickness / 2, Math.Max(zero, end), y + thickness / 2), (bar.Color ?? chart.DefaultColor).ToSk());
            canvas.TextMiddle(bar.Label, plot.Left - ValueAxis.TickGap, y, canvas.Tick, ChartTheme.Text, SKTextAlign.Right, MaxCategoryLabel);
        }
        foreach (var line in chart.ReferenceLines)
        {
            var x = scale.Map(line.Value, plot.Left, plot.Right);
            canvas.Line(x, plot.Top, x, plot.Bottom, line.Color.ToSk(), 2.5f, dashed: true);
        }
        foreach (var marker in chart.Markers)
        {
            var y = Middle(marker.CategoryIndex) - pitch / 2;
            canvas.Line(plot.Left, y, plot.Right, y, marker.Color.ToSk(), 2, dashed: true);
            canvas.Text(marker.Label, plot.Right - 4, y - 4, canvas.MarkerLabel, marker.Color.ToSk(), SKTextAlign.Right);
        }
        for (var i = 0; i < chart.Bars.Count; i++)
        {
            var end = Math.Max(zero, scale.Map(chart.Bars[i].Value, plot.Left, plot.Right));
            var baseline = Middle(i) + ChartCanvas.CapHeight(canvas.Value) / 2;
            canvas.LabelOnGround(ValueLabel(chart, chart.Bars[i].Value), end + 6, baseline, canvas.Value, ChartTheme.MutedText, SKTextAlign.Left);
        }
        ValueAxis.DrawBaseline(canvas, zero, plot.Top, zero, plot.Bottom);
        ValueAxis.DrawBaseline(canvas, plot.Left, plot.Bottom, plot.Right, plot.Bottom);
        return canvas.Encode();
    }
}
