namespace GameTime.Render.Gif;

/// <summary>The byte order of a 4-byte pixel.</summary>
public enum GifPixelOrder
{
    Rgba,
    /// <summary>Skia's native order on little-endian machines, where it draws several times faster.</summary>
    Bgra,
}

/// <summary>Frames drawn on demand, so an animation never holds more than one RGBA frame in memory.</summary>
public interface IGifFrameSource
{
    int Width { get; }
    int Height { get; }
    int FrameCount { get; }

    int DelayCentiseconds(int frame);

    GifPixelOrder PixelOrder => GifPixelOrder.Rgba;

    /// <summary>Frame <paramref name="frame"/> as Width x Height pixels in <see cref="PixelOrder"/> (alpha ignored); valid until the next call.</summary>
    ReadOnlySpan<byte> Draw(int frame);
}

public sealed record GifAnimationOptions
{
    /// <summary>0 loops forever; null plays once.</summary>
    public int? LoopCount { get; init; } = 0;

    /// <summary>Store only the rectangle that changed since the previous frame (costs one palette slot for transparency).</summary>
    public bool EncodeChangedRectangles { get; init; } = true;

    /// <summary>
    /// At most this many colours (2..256; one fewer when a slot goes to transparency). Fewer colours repeat more,
    /// which LZW rewards: a busy animation shrinks by a sixth from 256 to 128 with no visible change.
    /// </summary>
    public int MaxColors { get; init; } = 256;

    /// <summary>How many evenly spaced frames choose the shared palette; each is drawn twice. 0 samples every frame.</summary>
    public int PaletteSampleFrames { get; init; }
}

/// <summary>One RGBA frame held in memory.</summary>
public sealed record GifRgbaFrame(ReadOnlyMemory<byte> Rgba, int DelayCentiseconds);

/// <summary>
/// RGBA frames to an animated GIF: one palette shared by all frames (chosen from a sample, so colours never flicker
/// between frames), nearest-colour mapping, and per frame only the rectangle that changed.
/// </summary>
public static class AnimatedGif
{
    public static byte[] Encode(int width, int height, IReadOnlyList<GifRgbaFrame> frames, GifAnimationOptions? options = null)
    {
        using var output = new MemoryStream();
        Encode(output, new ListSource(width, height, frames), options);
        return output.ToArray();
    }

    public static void Encode(Stream output, IGifFrameSource source, GifAnimationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(source);
        options ??= new GifAnimationOptions();
        if (source.FrameCount < 1) throw new ArgumentException("an animation needs at least one frame", nameof(source));
        if (options.MaxColors is < 2 or > 256) throw new ArgumentOutOfRangeException(nameof(options), "MaxColors is 2..256");
        var pixels = source.Width * source.Height;

        var histogram = new ColorHistogram();
        foreach (var frame in SampleFrames(source.FrameCount, options.PaletteSampleFrames))
        {
            histogram.Add(Checked(source.Draw(frame), pixels));
        }
        var rectangles = options.EncodeChangedRectangles && source.FrameCount > 1;
        // the palette is chosen and searched in the source's byte order; only the file's table needs RGB
        var sourcePalette = MedianCutQuantizer.Build(histogram, rectangles ? options.MaxColors - 1 : options.MaxColors, rectangles);
        var mapper = new PaletteMapper(sourcePalette);
        var palette = source.PixelOrder == GifPixelOrder.Bgra ? sourcePalette.WithRedAndBlueSwapped() : sourcePalette;

        var encoder = new GifEncoder(output, source.Width, source.Height, palette, options.LoopCount);
        var previous = new byte[pixels];
        var current = new byte[pixels];
        for (var frame = 0; frame < source.FrameCount; frame++)
        {
            mapper.Map(Checked(source.Draw(frame), pixels), current);
            var delay = source.DelayCentiseconds(frame);
            var image = frame == 0 || !rectangles
                ? new GifFrame(0, 0, source.Width, source.Height, current.ToArray())
                : ChangedRectangle.Between(previous, current, source.Width, source.Height, palette.TransparentIndex);
            encoder.WriteFrame(image with { DelayCentiseconds = delay, Disposal = GifDisposal.Keep });
            (previous, current) = (current, previous);
        }
        encoder.Finish();
    }

    /// <summary>Evenly spaced frame numbers, first and last included; every frame when <paramref name="samples"/> is 0 or enough.</summary>
    internal static IEnumerable<int> SampleFrames(int frameCount, int samples)
    {
        if (samples <= 0 || samples >= frameCount)
        {
            for (var i = 0; i < frameCount; i++) yield return i;
            yield break;
        }
        for (var i = 0; i < samples; i++) yield return samples == 1 ? 0 : (int)((long)i * (frameCount - 1) / (samples - 1));
    }

    private static ReadOnlySpan<byte> Checked(ReadOnlySpan<byte> rgba, int pixels) =>
        rgba.Length == pixels * 4 ? rgba : throw new InvalidOperationException($"a frame must have {pixels * 4} RGBA bytes, not {rgba.Length}");

    private sealed class ListSource(int width, int height, IReadOnlyList<GifRgbaFrame> frames) : IGifFrameSource
    {
        public int Width { get; } = width;
        public int Height { get; } = height;
        public int FrameCount => frames.Count;
        public int DelayCentiseconds(int frame) => frames[frame].DelayCentiseconds;
        public ReadOnlySpan<byte> Draw(int frame) => frames[frame].Rgba.Span;
    }
}
