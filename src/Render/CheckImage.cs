using GameTime.Render.Fonts;
using SkiaSharp;

namespace GameTime.Render;

/// <summary>
/// The picture `gametime check` draws to prove the render path works on this machine: the bundled fonts
/// (Latin with accents, Greek, Cyrillic), shapes, anti-aliasing and the PNG encoder.
/// </summary>
public static class CheckImage
{
    public const int Width = 480;
    public const int Height = 120;
    public static readonly SKColor Background = new(0x31, 0x33, 0x38);
    public const string Sample = "GameTime · Zoë Ñandú · Ωμέγα · Жёлудь";

    public static byte[] Render()
    {
        using var surface = PngImage.CreateSurface(Width, Height);
        var canvas = surface.Canvas;
        canvas.Clear(Background);

        using var accent = new SKPaint { Color = new SKColor(0x58, 0x65, 0xF2), IsAntialias = true };
        canvas.DrawRoundRect(new SKRect(16, 16, 104, 104), 12, 12, accent);

        using var text = new SKPaint { Color = SKColors.White, IsAntialias = true };
        using var title = new SKFont(FontLibrary.Bold, 22);
        using var body = new SKFont(FontLibrary.Regular, 16);
        canvas.DrawText("gametime check", 124, 48, SKTextAlign.Left, title, text);
        canvas.DrawText(Sample, 124, 84, SKTextAlign.Left, body, text);
        return PngImage.Encode(surface);
    }
}
