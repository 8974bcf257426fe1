namespace GameTime.Render.Gif;

/// <summary>What a viewer does with a frame's area before drawing the next one (GIF89a disposal method).</summary>
public enum GifDisposal
{
    Unspecified = 0,
    /// <summary>Leave the pixels in place: the next frame draws over them (changed-rectangle frames rely on it).</summary>
    Keep = 1,
    RestoreBackground = 2,
    RestorePrevious = 3,
}

/// <summary>
/// One image of a GIF: palette indices for a rectangle of the logical screen, row by row.
/// </summary>
/// <param name="Indices">Width x Height palette indices.</param>
public sealed record GifFrame(int Left, int Top, int Width, int Height, ReadOnlyMemory<byte> Indices)
{
    /// <summary>How long the frame stays on screen, in hundredths of a second.</summary>
    public int DelayCentiseconds { get; init; }

    /// <summary>Pixels with this index are not drawn (the previous frame shows through), or -1.</summary>
    public int TransparentIndex { get; init; } = -1;

    public GifDisposal Disposal { get; init; } = GifDisposal.Keep;

    /// <summary>A colour table for this frame alone; null uses the global one.</summary>
    public GifPalette? LocalPalette { get; init; }
}
