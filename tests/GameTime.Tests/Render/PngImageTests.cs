using GameTime.Render;
using GameTime.Render.Graphs;
using SkiaSharp;

namespace GameTime.Tests.Render;

public sealed class PngImageTests
{
    /// <summary>Seeded noise with every channel value used: the worst case for the Sub filter's byte arithmetic.</summary>
    private static SKSurface Noise(int width, int height, byte? alpha)
    {
        var surface = PngImage.CreateSurface(width, height);
        var random = new SplitMix64(99);
        using var paint = new SKPaint { BlendMode = SKBlendMode.Src };
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var v = random.Next();
                paint.Color = new SKColor((byte)v, (byte)(v >> 8), (byte)(v >> 16), alpha ?? (byte)(v >> 24));
                surface.Canvas.DrawRect(x, y, 1, 1, paint);
            }
        }
        return surface;
    }

    private static SKColor[] Pixels(SKBitmap bitmap) => bitmap.Pixels;

    [Theory]
    [InlineData(1, 1)]
    [InlineData(37, 5)]     // rows that are not a whole number of vectors
    [InlineData(257, 3)]
    public void An_opaque_picture_decodes_to_exactly_the_pixels_drawn(int width, int height)
    {
        using var surface = Noise(width, height, alpha: 255);
        using var drawn = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        surface.ReadPixels(drawn.Info, drawn.GetPixels(), drawn.RowBytes, 0, 0);

        using var decoded = PngImage.Decode(PngImage.Encode(surface));

        Assert.Equal((width, height), (decoded.Width, decoded.Height));
        Assert.Equal(Pixels(drawn), Pixels(decoded));
    }

    [Fact]
    public void A_picture_with_transparent_pixels_keeps_its_alpha()
    {
        using var surface = Noise(41, 7, alpha: null);
        using var drawn = new SKBitmap(new SKImageInfo(41, 7, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        surface.ReadPixels(drawn.Info, drawn.GetPixels(), drawn.RowBytes, 0, 0);

        using var decoded = PngImage.Decode(PngImage.Encode(surface));

        Assert.Contains(Pixels(decoded), p => p.Alpha < 255);
        Assert.Equal(Pixels(drawn).Select(p => p.Alpha), Pixels(decoded).Select(p => p.Alpha));
    }
}
