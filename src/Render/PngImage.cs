using SkiaSharp;

namespace GameTime.Render;

/// <summary>PNG in and out. Renderers draw on an <see cref="SKSurface"/> and hand back these bytes.</summary>
public static class PngImage
{
    public static byte[] Encode(SKSurface surface)
    {
        using var pixels = surface.PeekPixels()
            ?? throw new InvalidOperationException("the surface has no readable pixels");
        return Encode(pixels);
    }

    // Skia's default PNG settings (every filter tried per row, zlib 6) spent 120-155 ms of a 64-entry bracket's
    // 210 ms; with the Sub filter and zlib 3 still about 33. Every renderer draws on an opaque background, so PngWriter
    // takes those (11 ms); anything else (transparent pixels to unpremultiply, other layouts) stays with Skia.
    private static readonly SKPngEncoderOptions Fast = new(SKPngEncoderFilterFlags.Sub, 3);

    public static byte[] Encode(SKPixmap pixels)
    {
        ArgumentNullException.ThrowIfNull(pixels);
        var (width, height, rowBytes) = (pixels.Width, pixels.Height, pixels.RowBytes);
        if (pixels.ColorType == SKColorType.Rgba8888 && width > 0 && height > 0)
        {
            var rgba = pixels.GetPixelSpan();
            if (PngWriter.IsOpaque(rgba, width, height, rowBytes)) return PngWriter.Encode(rgba, width, height, rowBytes);
        }
        using var data = pixels.Encode(Fast)
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
