using System.Globalization;
using SkiaSharp;

namespace GameTime.Render.Charts;

/// <summary>The value axis of a plot: gridlines at every tick, the tick labels and the axis title.</summary>
internal static class ValueAxis
{
    public const float TickGap = 10;

    /// <summary>A number as the axis prints it: thousands grouped, <paramref name="decimals"/> after the point.</summary>
    public static string Format(double value, int decimals) =>
        value.ToString(decimals == 0 ? "#,0" : "#,0." + new string('0', decimals), CultureInfo.InvariantCulture);

    /// <summary>A value label in the chart's .NET format (invariant culture, so goldens do not depend on the machine).</summary>
    public static string FormatValue(double value, string format, string suffix) =>
        value.ToString(format, CultureInfo.InvariantCulture) + suffix;

    public static float WidestTickLabel(ChartFonts fonts, NiceScale scale)
    {
        float widest = 0;
        foreach (var tick in scale.Ticks()) widest = Math.Max(widest, ChartCanvas.Measure(Format(tick, scale.Decimals), fonts.Tick));
        return widest;
    }

    /// <summary>Values running up the y axis (vertical bars, lines): horizontal gridlines, labels on the left.</summary>
    public static void DrawGridUp(ChartCanvas canvas, SKRect plot, NiceScale scale)
    {
        var ticks = scale.Ticks();
        var spacing = ticks.Count > 1 ? plot.Height / (ticks.Count - 1) : plot.Height;
        var every = Math.Max(1, (int)Math.Ceiling(ChartTheme.TickSize * 1.4f / spacing));
        for (var i = 0; i < ticks.Count; i++)
        {
            var y = scale.Map(ticks[i], plot.Bottom, plot.Top);
            canvas.Line(plot.Left, y, plot.Right, y, ChartTheme.Grid, 1.5f);
            if (i % every == 0) canvas.TextMiddle(Format(ticks[i], scale.Decimals), plot.Left - TickGap, y, canvas.Tick, ChartTheme.MutedText, SKTextAlign.Right);
        }
    }

    /// <summary>The axis title turned upwards, centred on the plot's height, left of the tick labels.</summary>
    public static void DrawTitleUp(ChartCanvas canvas, SKRect plot, string title, float x) =>
        canvas.TextUpwards(title, x, plot.MidY, canvas.AxisTitle, ChartTheme.Text, SKTextAlign.Center, plot.Height);

    /// <summary>Values running right along the x axis (horizontal bars): vertical gridlines, labels below.</summary>
    public static void DrawGridAcross(ChartCanvas canvas, SKRect plot, NiceScale scale, string title)
    {
        var labelBaseline = plot.Bottom + TickGap + ChartTheme.TickSize;
        var ticks = scale.Ticks();
        // a fixed step (every 5 %) can put labels closer than they are wide: keep every gridline, label every n-th
        var spacing = ticks.Count > 1 ? plot.Width / (ticks.Count - 1) : plot.Width;
        var every = Math.Max(1, (int)Math.Ceiling((WidestTickLabel(canvas.Fonts, scale) + 14) / spacing));
        for (var i = 0; i < ticks.Count; i++)
        {
            var x = scale.Map(ticks[i], plot.Left, plot.Right);
            canvas.Line(x, plot.Top, x, plot.Bottom, ChartTheme.Grid, 1.5f);
            if (i % every == 0) canvas.Text(Format(ticks[i], scale.Decimals), x, labelBaseline, canvas.Tick, ChartTheme.MutedText, SKTextAlign.Center);
        }
        canvas.Text(title, plot.MidX, labelBaseline + ChartTheme.AxisTitleSize * 1.6f, canvas.AxisTitle, ChartTheme.Text,
            SKTextAlign.Center, plot.Width);
    }

    /// <summary>Room below a horizontal plot for the tick labels and the axis title.</summary>
    public static float AcrossHeight => TickGap + ChartTheme.TickSize + ChartTheme.AxisTitleSize * 1.9f;

    /// <summary>The base line of the bars, drawn last so bars do not cover it.</summary>
    public static void DrawBaseline(ChartCanvas canvas, float x0, float y0, float x1, float y1) =>
        canvas.Line(x0, y0, x1, y1, ChartTheme.Axis, 2);
}
