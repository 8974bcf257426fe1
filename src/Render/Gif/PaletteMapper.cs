using System.Runtime.InteropServices;

namespace GameTime.Render.Gif;

/// <summary>
/// Maps RGBA pixels to the nearest palette colour (squared RGB distance, lowest index on ties). Flat graphics repeat
/// the same few colours, so answers are kept in a small direct-mapped cache; alpha is ignored (frames are opaque).
/// Not thread-safe: one mapper per encoding.
/// </summary>
public sealed class PaletteMapper
{
    private const int CacheBits = 16;
    private readonly GifPalette _palette;
    private readonly uint[] _cacheKeys = new uint[1 << CacheBits];
    private readonly byte[] _cacheValues = new byte[1 << CacheBits];

    public PaletteMapper(GifPalette palette)
    {
        ArgumentNullException.ThrowIfNull(palette);
        _palette = palette;
        // 0xFFFFFFFF never equals a masked 24-bit colour, so it marks an empty slot
        _cacheKeys.AsSpan().Fill(uint.MaxValue);
    }

    public GifPalette Palette => _palette;

    /// <summary>The index of the palette colour nearest to <paramref name="rgb"/> (0x00BBGGRR).</summary>
    public byte Nearest(uint rgb)
    {
        rgb &= 0xFFFFFF;
        var slot = (int)((rgb * 2654435761u) >> (32 - CacheBits));
        if (_cacheKeys[slot] == rgb) return _cacheValues[slot];
        var index = Search(rgb);
        _cacheKeys[slot] = rgb;
        _cacheValues[slot] = index;
        return index;
    }

    /// <summary>Maps every RGBA pixel of <paramref name="rgba"/> to an index in <paramref name="indices"/>.</summary>
    public void Map(ReadOnlySpan<byte> rgba, Span<byte> indices)
    {
        var pixels = MemoryMarshal.Cast<byte, uint>(rgba);
        if (pixels.Length != indices.Length) throw new ArgumentException("one index per RGBA pixel is needed", nameof(indices));
        var last = uint.MaxValue;
        byte lastIndex = 0;
        for (var i = 0; i < pixels.Length; i++)
        {
            var rgb = pixels[i] & 0xFFFFFF;
            if (rgb != last)
            {
                last = rgb;
                lastIndex = Nearest(rgb);
            }
            indices[i] = lastIndex;
        }
    }

    private byte Search(uint rgb)
    {
        int r = (byte)rgb, g = (byte)(rgb >> 8), b = (byte)(rgb >> 16);
        var colors = _palette.Colors;
        var best = 0;
        var bestDistance = int.MaxValue;
        for (var i = 0; i < colors.Length; i++)
        {
            var c = colors[i];
            int dr = (byte)c - r, dg = (byte)(c >> 8) - g, db = (byte)(c >> 16) - b;
            var distance = (dr * dr) + (dg * dg) + (db * db);
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = i;
                if (distance == 0) break;
            }
        }
        return (byte)best;
    }
}
