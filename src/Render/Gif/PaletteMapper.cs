using System.Runtime.InteropServices;

namespace GameTime.Render.Gif;

/// <summary>
/// Maps pixels to the nearest palette colour (squared RGB distance, lowest index on ties), exactly as a search of
/// the whole palette would. To be quick it searches only the colours that can win inside the pixel's 16x16x16 cell
/// (Heckbert's locally sorted search), and keeps recent answers in a direct-mapped cache. Alpha is ignored.
/// Not thread-safe: one mapper per encoding.
/// </summary>
public sealed class PaletteMapper
{
    private const int CacheBits = 18;
    private const int CellShift = 4;
    private const int CellSize = 1 << CellShift;
    private readonly GifPalette _palette;
    private readonly uint[] _cacheKeys = new uint[1 << CacheBits];
    private readonly byte[] _cacheValues = new byte[1 << CacheBits];
    private readonly byte[]?[] _candidates = new byte[]?[1 << (3 * (8 - CellShift))];

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

    /// <summary>Maps every 4-byte pixel of <paramref name="pixels"/> (in the palette's byte order) to an index.</summary>
    public void Map(ReadOnlySpan<byte> pixels, Span<byte> indices)
    {
        var words = MemoryMarshal.Cast<byte, uint>(pixels);
        if (words.Length != indices.Length) throw new ArgumentException("one index per pixel is needed", nameof(indices));
        var last = uint.MaxValue;
        byte lastIndex = 0;
        for (var i = 0; i < words.Length; i++)
        {
            var rgb = words[i] & 0xFFFFFF;
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
        var cell = (r >> CellShift) | ((g >> CellShift) << (8 - CellShift)) | ((b >> CellShift) << (2 * (8 - CellShift)));
        var candidates = _candidates[cell] ??= Candidates(r & ~(CellSize - 1), g & ~(CellSize - 1), b & ~(CellSize - 1));
        var colors = _palette.Colors;
        var best = 0;
        var bestDistance = int.MaxValue;
        foreach (var i in candidates)
        {
            var distance = Distance(colors[i], r, g, b);
            // candidates ascend by index, so strict "<" keeps the lowest index on ties
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = i;
            }
        }
        return (byte)best;
    }

    /// <summary>The colours that are nearest to at least one point of the cell could be: those no farther from the cell than the best worst case.</summary>
    private byte[] Candidates(int r0, int g0, int b0)
    {
        var colors = _palette.Colors;
        var threshold = int.MaxValue;
        foreach (var c in colors)
        {
            threshold = Math.Min(threshold, Farthest((byte)c, r0) + Farthest((byte)(c >> 8), g0) + Farthest((byte)(c >> 16), b0));
        }
        var list = new List<byte>();
        for (var i = 0; i < colors.Length; i++)
        {
            var c = colors[i];
            if (Closest((byte)c, r0) + Closest((byte)(c >> 8), g0) + Closest((byte)(c >> 16), b0) <= threshold) list.Add((byte)i);
        }
        return [.. list];
    }

    private static int Closest(int value, int low)
    {
        var d = value < low ? low - value : value > low + CellSize - 1 ? value - (low + CellSize - 1) : 0;
        return d * d;
    }

    private static int Farthest(int value, int low)
    {
        var d = Math.Max(Math.Abs(value - low), Math.Abs(value - (low + CellSize - 1)));
        return d * d;
    }

    private static int Distance(uint c, int r, int g, int b)
    {
        int dr = (byte)c - r, dg = (byte)(c >> 8) - g, db = (byte)(c >> 16) - b;
        return (dr * dr) + (dg * dg) + (db * db);
    }
}
