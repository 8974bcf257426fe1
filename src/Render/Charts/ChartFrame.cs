using SkiaSharp;

namespace GameTime.Render.Charts;

/// <summary>The title block every chart starts with, and the picture shown when there is nothing to chart.</summary>
internal static class ChartFrame
{
    public const string NoDataText = "No data in this range";
    private const int NoDataHeight = 480;

    /// <summary>The y where the body starts under a heading (what <see cref="DrawHeading"/> returns).</summary>
    public static float HeadingBottom(ChartHeading heading) =>
        ChartTheme.Margin + ChartTheme.TitleSize * 0.8f
        + (string.IsNullOrWhiteSpace(heading.Subtitle) ? ChartTheme.TitleSize * 0.3f : ChartTheme.SubtitleSize * 1.8f) + 20;

    /// <summary>Draws the title and the range subtitle; returns the y where the chart's body may start.</summary>
    public static float DrawHeading(ChartCanvas canvas, ChartHeading heading)
    {
        var maxWidth = canvas.Width - 2 * ChartTheme.Margin;
        var titleBaseline = ChartTheme.Margin + ChartTheme.TitleSize * 0.8f;
        canvas.Text(heading.Title, ChartTheme.Margin, titleBaseline, canvas.Title, ChartTheme.Text, maxWidth: maxWidth);
        var bottom = titleBaseline + ChartTheme.TitleSize * 0.3f;
        if (!string.IsNullOrWhiteSpace(heading.Subtitle))
        {
            var subtitleBaseline = titleBaseline + ChartTheme.SubtitleSize * 1.5f;
            canvas.Text(heading.Subtitle, ChartTheme.Margin, subtitleBaseline, canvas.Subtitle, ChartTheme.MutedText, maxWidth: maxWidth);
            bottom = subtitleBaseline + ChartTheme.SubtitleSize * 0.3f;
        }
        return bottom + 20;
    }

    /// <summary>The heading over a plain panel saying there is nothing to show, so an empty range is never an error.</summary>
    public static byte[] NoData(ChartHeading heading)
    {
        using var fonts = new ChartFonts();
        using var canvas = new ChartCanvas(ChartTheme.Width, NoDataHeight, fonts);
        var top = DrawHeading(canvas, heading);
        var panel = new SKRect(ChartTheme.Margin, top, canvas.Width - ChartTheme.Margin, canvas.Height - ChartTheme.Margin);
        canvas.Fill(panel, ChartTheme.NoDataPanel);
        canvas.TextMiddle(NoDataText, panel.MidX, panel.MidY, canvas.Title, ChartTheme.MutedText, SKTextAlign.Center);
        return canvas.Encode();
    }
}
