using SkiaSharp;

namespace GameTime.Render.Charts;

/// <summary>
/// Draws a <see cref="LineChart"/>: one panel under another (the weekly timeline's top 1-10, 11-20, 21-30; or one
/// member's weeks), each with its own value axis and a legend beside it, a dot on every point, x labels thinned.
/// </summary>
public static class LineChartRenderer
{
    private const float PlotHeight = 360;
    private const float PanelTitleHeight = 44;
    private const float PanelGap = 28;
    private const float LegendMaxWidth = 270;
    private const float LineWidth = 3;

    public static byte[] Render(LineChart chart)
    {
        Validate(chart);
        var panels = chart.Panels.Where(panel => panel.Series.Count > 0).ToList();
        if (chart.XLabels.Count == 0 || panels.Count == 0) return ChartFrame.NoData(chart.Heading);
        using var fonts = new ChartFonts();
        return Draw(chart, panels, fonts);
    }

    /// <summary>Throws <see cref="ArgumentException"/> naming the first thing wrong with <paramref name="chart"/>.</summary>
    public static void Validate(LineChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ChartValidation.Heading(chart.Heading, "line chart");
        ChartValidation.Labels(chart.XLabels, "the line chart's x labels");
        if (chart.Panels is null) throw new ArgumentException("the line chart's panels must not be null (pass an empty list)");
        for (var p = 0; p < chart.Panels.Count; p++)
        {
            var panel = chart.Panels[p];
            if (panel?.Title is null) throw new ArgumentException($"panel {p} of the line chart has no title");
            ChartValidation.SeriesList(panel.Series, chart.XLabels.Count, $"line chart (panel '{panel.Title}')", allowNegative: true);
        }
    }

    private static byte[] Draw(LineChart chart, List<LinePanel> panels, ChartFonts fonts)
    {
        var width = ChartTheme.Width;
        var legends = panels.Select(panel =>
            panel.Series.Select((series, i) => new LegendEntry(series.Name, ChartPalette.SeriesColor(series, i), LegendMark.LineAndDot)).ToList()).ToList();
        var legendWidth = legends.Max(entries => Legend.ColumnWidth(null, entries, fonts, LegendMaxWidth));
        var scales = panels.Select(panel => PanelScale(panel)).ToList();
        var tickWidth = scales.Max(scale => ValueAxis.WidestTickLabel(fonts, scale));
        var left = ChartTheme.Margin + ChartTheme.AxisTitleSize * 1.4f + tickWidth + ValueAxis.TickGap;
        var right = width - ChartTheme.Margin - legendWidth - 28;
        var count = chart.XLabels.Count;
        // points sit in the middle of equal slots, so the first and last labels have room either side
        var slot = (right - left) / count;
        var plan = CategoryLabels.Plan(chart.XLabels, slot, fonts.Tick, mayTurn: false);
        var panelHeights = panels.Select((panel, p) =>
            PanelTitleHeight + Math.Max(PlotHeight + plan.Height, Legend.ColumnHeight(null, legends[p].Count))).ToList();
        var top = ChartFrame.HeadingBottom(chart.Heading);
        var height = (int)Math.Ceiling(top + panelHeights.Sum() + PanelGap * (panels.Count - 1) + ChartTheme.Margin);

        using var canvas = new ChartCanvas(width, height, fonts);
        ChartFrame.DrawHeading(canvas, chart.Heading);
        float X(int i) => left + slot * (i + 0.5f);
        var radius = Math.Clamp(slot / 4, 2.5f, 5.5f);
        for (var p = 0; p < panels.Count; p++)
        {
            var panel = panels[p];
            var scale = scales[p];
            canvas.Text(panel.Title, left, top + PanelTitleHeight - 14, canvas.LegendTitle, ChartTheme.Text, maxWidth: right - left);
            var plot = new SKRect(left, top + PanelTitleHeight, right, top + PanelTitleHeight + PlotHeight);
            ValueAxis.DrawGridUp(canvas, plot, scale);
            ValueAxis.DrawTitleUp(canvas, plot, chart.ValueAxisLabel, ChartTheme.Margin + ChartTheme.AxisTitleSize * 0.5f);
            var points = new SKPoint[count];
            for (var s = 0; s < panel.Series.Count; s++)
            {
                var color = ChartPalette.SeriesColor(panel.Series[s], s);
                for (var i = 0; i < count; i++) points[i] = new SKPoint(X(i), scale.Map(panel.Series[s].Values[i], plot.Bottom, plot.Top));
                canvas.Polyline(points, color, LineWidth);
                foreach (var point in points) canvas.Circle(point.X, point.Y, radius, color, ChartTheme.Background);
            }
            ValueAxis.DrawBaseline(canvas, plot.Left, scale.Map(Math.Max(0, scale.Min), plot.Bottom, plot.Top), plot.Right,
                scale.Map(Math.Max(0, scale.Min), plot.Bottom, plot.Top));
            ValueAxis.DrawBaseline(canvas, plot.Left, plot.Top, plot.Left, plot.Bottom);
            CategoryLabels.Draw(canvas, chart.XLabels, plan, X, plot.Bottom);
            Legend.DrawColumn(canvas, null, legends[p], right + 28, plot.Top, legendWidth);
            top += panelHeights[p] + PanelGap;
        }
        return canvas.Encode();
    }

    private static NiceScale PanelScale(LinePanel panel)
    {
        double low = 0, high = 0;
        foreach (var series in panel.Series)
        {
            foreach (var value in series.Values)
            {
                low = Math.Min(low, value);
                high = Math.Max(high, value);
            }
        }
        return NiceScale.For(low, high, 5);
    }
}
