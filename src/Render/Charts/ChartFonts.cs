using GameTime.Render.Fonts;
using SkiaSharp;

namespace GameTime.Render.Charts;

/// <summary>The fonts of one render, made before the canvas so the layout can be measured to size the image.</summary>
internal sealed class ChartFonts : IDisposable
{
    public SKFont Title { get; } = Make(FontLibrary.Bold, ChartTheme.TitleSize);
    public SKFont Subtitle { get; } = Make(FontLibrary.Regular, ChartTheme.SubtitleSize);
    public SKFont AxisTitle { get; } = Make(FontLibrary.Regular, ChartTheme.AxisTitleSize);
    public SKFont Tick { get; } = Make(FontLibrary.Regular, ChartTheme.TickSize);
    public SKFont Value { get; } = Make(FontLibrary.Regular, ChartTheme.ValueSize);
    public SKFont Legend { get; } = Make(FontLibrary.Regular, ChartTheme.LegendSize);
    public SKFont LegendTitle { get; } = Make(FontLibrary.Bold, ChartTheme.LegendSize);
    public SKFont MarkerLabel { get; } = Make(FontLibrary.Bold, ChartTheme.MarkerLabelSize);

    private static SKFont Make(SKTypeface typeface, float size) => new(typeface, size) { Subpixel = true };

    public void Dispose()
    {
        Title.Dispose();
        Subtitle.Dispose();
        AxisTitle.Dispose();
        Tick.Dispose();
        Value.Dispose();
        Legend.Dispose();
        LegendTitle.Dispose();
        MarkerLabel.Dispose();
    }
}
