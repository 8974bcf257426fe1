namespace GameTime.Render.Gif;

/// <summary>
/// A GIF colour table: up to 256 opaque RGB colours, optionally followed by one slot reserved for transparency.
/// GIF stores tables in power-of-two sizes; <see cref="Bits"/> is that size's exponent and unused slots are black.
/// </summary>
public sealed class GifPalette
{
    private readonly uint[] _colors;

    private GifPalette(uint[] colors, int transparentIndex)
    {
        _colors = colors;
        TransparentIndex = transparentIndex;
        var total = colors.Length + (transparentIndex >= 0 ? 1 : 0);
        Bits = 1;
        while ((1 << Bits) < total) Bits++;
    }

    /// <summary>Colours that pixels may take, packed as 0x00BBGGRR (the byte order of an RGBA pixel read as a little-endian uint).</summary>
    public ReadOnlySpan<uint> Colors => _colors;

    public int Count => _colors.Length;

    /// <summary>The index that means "leave the previous frame's pixel", or -1 when the palette has none.</summary>
    public int TransparentIndex { get; }

    /// <summary>Bits per index: the table holds 2^Bits entries (at least 2, as GIF requires).</summary>
    public int Bits { get; }

    public int TableSize => 1 << Bits;

    /// <param name="colors">Opaque colours as 0x00BBGGRR; at most 256, or 255 when <paramref name="withTransparentSlot"/>.</param>
    /// <param name="withTransparentSlot">Reserve the index after the colours for transparency (changed-rectangle frames need it).</param>
    public static GifPalette Create(ReadOnlySpan<uint> colors, bool withTransparentSlot)
    {
        var max = withTransparentSlot ? 255 : 256;
        if (colors.IsEmpty) throw new ArgumentException("a palette needs at least one colour", nameof(colors));
        if (colors.Length > max) throw new ArgumentException($"a palette holds at most {max} colours here, not {colors.Length}", nameof(colors));
        var copy = new uint[colors.Length];
        for (var i = 0; i < colors.Length; i++) copy[i] = colors[i] & 0xFFFFFF;
        return new GifPalette(copy, withTransparentSlot ? copy.Length : -1);
    }

    /// <summary>The same palette with red and blue exchanged: for pixels stored B, G, R, A.</summary>
    public GifPalette WithRedAndBlueSwapped()
    {
        var swapped = new uint[_colors.Length];
        for (var i = 0; i < swapped.Length; i++)
        {
            var c = _colors[i];
            swapped[i] = ((c & 0xFF) << 16) | (c & 0xFF00) | ((c >> 16) & 0xFF);
        }
        return new GifPalette(swapped, TransparentIndex);
    }

    public static uint Pack(byte red, byte green, byte blue) => red | ((uint)green << 8) | ((uint)blue << 16);

    /// <summary>The table as GIF writes it: 3 bytes (R, G, B) per slot, padded with black to <see cref="TableSize"/> slots.</summary>
    public byte[] ToTableBytes()
    {
        var table = new byte[TableSize * 3];
        for (var i = 0; i < _colors.Length; i++)
        {
            var c = _colors[i];
            table[i * 3] = (byte)c;
            table[(i * 3) + 1] = (byte)(c >> 8);
            table[(i * 3) + 2] = (byte)(c >> 16);
        }
        return table;
    }
}
