using GameTime.Render.Text;
using SkiaSharp;

namespace GameTime.Render.Charts;

/// <summary>
/// A chart being drawn: the surface, the fonts and the few primitives every chart uses. Every string drawn
/// goes through <see cref="SafeText"/>, so members' emoji never print as boxes and long names are cut to fit.
/// </summary>
internal sealed class ChartCanvas : IDisposable
{
    private readonly SKSurface _surface;
    private readonly SKPaint _fill = new() { IsAntialias = true, Style = SKPaintStyle.Fill };
    private readonly SKPaint _stroke = new() { IsAntialias = true, Style = SKPaintStyle.Stroke };
    private readonly SKPaint _text = new() { IsAntialias = true };

    public ChartCanvas(int width, int height, ChartFonts fonts)
    {
        Fonts = fonts;
        Width = width;
        Height = height;
        _surface = PngImage.CreateSurface(width, height);
        Canvas.Clear(ChartTheme.Background);
    }

    public int Width { get; }
    public int Height { get; }
    public SKCanvas Canvas => _surface.Canvas;

    public ChartFonts Fonts { get; }
    public SKFont Title => Fonts.Title;
    public SKFont Subtitle => Fonts.Subtitle;
    public SKFont AxisTitle => Fonts.AxisTitle;
    public SKFont Tick => Fonts.Tick;
    public SKFont Value => Fonts.Value;
    public SKFont Legend => Fonts.Legend;
    public SKFont LegendTitle => Fonts.LegendTitle;
    public SKFont MarkerLabel => Fonts.MarkerLabel;

    /// <summary>Width of <paramref name="text"/> as it will be drawn (after unsupported characters are dropped).</summary>
    public static float Measure(string text, SKFont font) => font.MeasureText(SafeText.Drawable(text, font.Typeface));

    /// <summary>Draws text with its baseline at <paramref name="y"/>, shortened with an ellipsis past <paramref name="maxWidth"/>.</summary>
    public void Text(string text, float x, float y, SKFont font, SKColor color, SKTextAlign align = SKTextAlign.Left,
        float maxWidth = float.MaxValue)
    {
        var drawable = maxWidth < float.MaxValue ? SafeText.Fit(text, font, maxWidth) : SafeText.Drawable(text, font.Typeface);
        if (drawable.Length == 0) return;
        _text.Color = color;
        Canvas.DrawText(drawable, x, y, align, font, _text);
    }

    /// <summary>Text on a patch of the background colour, so a gridline or reference line passing behind never crosses it.</summary>
    public void LabelOnGround(string text, float x, float baseline, SKFont font, SKColor color, SKTextAlign align)
    {
        var drawable = SafeText.Drawable(text, font.Typeface);
        var width = font.MeasureText(drawable);
        var left = align switch { SKTextAlign.Center => x - width / 2, SKTextAlign.Right => x - width, _ => x };
        Fill(new SKRect(left - 2, baseline - CapHeight(font) - 3, left + width + 2, baseline + 4), ChartTheme.Background);
        Text(drawable, x, baseline, font, color, align);
    }

    /// <summary>Text centred vertically on <paramref name="middleY"/> (labels beside bars and cells).</summary>
    public void TextMiddle(string text, float x, float middleY, SKFont font, SKColor color, SKTextAlign align = SKTextAlign.Left,
        float maxWidth = float.MaxValue) => Text(text, x, middleY + CapHeight(font) / 2, font, color, align, maxWidth);

    /// <summary>Text turned 90° counter-clockwise, reading upwards, its end at (<paramref name="x"/>, <paramref name="y"/>).</summary>
    public void TextUpwards(string text, float x, float y, SKFont font, SKColor color, SKTextAlign align = SKTextAlign.Right,
        float maxWidth = float.MaxValue)
    {
        Canvas.Save();
        Canvas.Translate(x, y);
        Canvas.RotateDegrees(-90);
        Text(text, 0, CapHeight(font) / 2, font, color, align, maxWidth);
        Canvas.Restore();
    }

    /// <summary>Height of a capital letter above the baseline, to centre a line of text on a point.</summary>
    public static float CapHeight(SKFont font) => font.Metrics.CapHeight > 0 ? font.Metrics.CapHeight : font.Size * 0.72f;

    public void Fill(SKRect rect, SKColor color)
    {
        _fill.Color = color;
        Canvas.DrawRect(rect, _fill);
    }

    public void Circle(float x, float y, float radius, SKColor fill, SKColor rim)
    {
        _fill.Color = fill;
        Canvas.DrawCircle(x, y, radius, _fill);
        Stroke(rim, 1.5f);
        Canvas.DrawCircle(x, y, radius, _stroke);
    }

    public void Line(float x0, float y0, float x1, float y1, SKColor color, float width = 1, bool dashed = false)
    {
        Stroke(color, width, dashed);
        Canvas.DrawLine(x0, y0, x1, y1, _stroke);
    }

    public void Polyline(ReadOnlySpan<SKPoint> points, SKColor color, float width)
    {
        if (points.Length < 2) return;
        using var path = new SKPath();
        path.MoveTo(points[0]);
        for (var i = 1; i < points.Length; i++) path.LineTo(points[i]);
        Stroke(color, width);
        _stroke.StrokeJoin = SKStrokeJoin.Round;
        Canvas.DrawPath(path, _stroke);
    }

    public void Outline(SKRect rect, SKColor color, float width = 1)
    {
        Stroke(color, width);
        Canvas.DrawRect(rect, _stroke);
    }

    private void Stroke(SKColor color, float width, bool dashed = false)
    {
        _stroke.Color = color;
        _stroke.StrokeWidth = width;
        _stroke.PathEffect?.Dispose();
        _stroke.PathEffect = dashed ? SKPathEffect.CreateDash([10, 6], 0) : null;
    }

    public byte[] Encode() => PngImage.Encode(_surface);

    public void Dispose()
    {
        _stroke.PathEffect?.Dispose();
        _fill.Dispose();
        _stroke.Dispose();
        _text.Dispose();
        _surface.Dispose();
    }
}
