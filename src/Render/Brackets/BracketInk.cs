using GameTime.Render.Fonts;
using SkiaSharp;

namespace GameTime.Render.Brackets;

/// <summary>The fonts and paints one bracket render uses, made once and disposed together.</summary>
internal sealed class BracketInk : IDisposable
{
    public BracketInk(BracketMetrics metrics)
    {
        Name = new SKFont(FontLibrary.Regular, metrics.NameSize) { Subpixel = true };
        Winner = new SKFont(FontLibrary.Bold, metrics.NameSize) { Subpixel = true };
        Member = new SKFont(FontLibrary.Regular, metrics.MemberSize) { Subpixel = true };
        Small = new SKFont(FontLibrary.Regular, metrics.SmallSize) { Subpixel = true };
        Heading = new SKFont(FontLibrary.Bold, metrics.HeadingSize) { Subpixel = true };
        Title = new SKFont(FontLibrary.Bold, metrics.TitleSize) { Subpixel = true };
        Subtitle = new SKFont(FontLibrary.Regular, metrics.NameSize) { Subpixel = true };
    }

    public SKFont Name { get; }
    public SKFont Winner { get; }
    public SKFont Member { get; }
    public SKFont Small { get; }
    public SKFont Heading { get; }
    public SKFont Title { get; }
    public SKFont Subtitle { get; }

    public SKPaint Fill { get; } = new() { IsAntialias = true, Style = SKPaintStyle.Fill };
    public SKPaint Stroke { get; } = new() { IsAntialias = true, Style = SKPaintStyle.Stroke };

    public SKPaint Fills(SKColor color)
    {
        Fill.Color = color;
        return Fill;
    }

    public SKPaint Strokes(SKColor color, float width)
    {
        Stroke.Color = color;
        Stroke.StrokeWidth = width;
        Stroke.PathEffect = null;
        return Stroke;
    }

    /// <summary>The baseline that centres <paramref name="font"/>'s capital letters on <paramref name="centerY"/>.</summary>
    public static float Baseline(SKFont font, float centerY) => MathF.Round(centerY + (font.Metrics.CapHeight / 2));

    public void Dispose()
    {
        Name.Dispose();
        Winner.Dispose();
        Member.Dispose();
        Small.Dispose();
        Heading.Dispose();
        Title.Dispose();
        Subtitle.Dispose();
        Fill.Dispose();
        Stroke.Dispose();
    }
}
