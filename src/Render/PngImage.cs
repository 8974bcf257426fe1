using SkiaSharp;

namespace GameTime.Render;

/// <summary>PNG in and out. Renderers draw on an <see cref="SKSurface"/> and hand back these bytes.</summary>
public static class PngImage
{
    public static byte[] Encode(SKSurface surface)
    {
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100)
            ?? throw new InvalidOperationException("Skia could not encode the image as PNG");
        return data.ToArray();
    }

    public static SKBitmap Decode(ReadOnlySpan<byte> png) =>
        SKBitmap.Decode(png) ?? throw new InvalidDataException("not a PNG Skia can decode");

    /// <summary>An RGBA surface of the given size (unpremultiplied pixels decode back exactly).</summary>
    public static SKSurface CreateSurface(int width, int height) =>
        SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul))
        ?? throw new InvalidOperationException($"Skia could not allocate a {width}x{height} surface");
}
