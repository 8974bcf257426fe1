namespace GameTime.Render.Gif;

/// <summary>
/// GIF's variable-length LZW. Codes start one bit wider than the minimum code size and grow to 12 bits; when the
/// table reaches 4095 entries a CLEAR code starts it afresh (giflib's rule, which every decoder accepts). The code
/// width grows at the same moment the decoder, one entry behind, grows its own. Reuse one instance per encoding:
/// the hash table is kept between images.
/// </summary>
internal sealed class LzwEncoder
{
    private const int MaxBits = 12;
    private const int TableLimit = 4095;
    private const int HashBits = 13;
    private const int HashMask = (1 << HashBits) - 1;

    // open addressing: key = prefix code << 8 | next index, value = the code standing for that string
    private readonly int[] _keys = new int[1 << HashBits];
    private readonly short[] _values = new short[1 << HashBits];

    private SubBlockWriter _blocks = null!;
    private int _bits;
    private int _nextCode;
    private uint _accumulator;
    private int _accumulated;

    /// <summary>Writes the LZW minimum code size, the compressed <paramref name="indices"/> in sub-blocks and the terminator.</summary>
    public void Write(Stream output, ReadOnlySpan<byte> indices, int minCodeSize)
    {
        if (indices.IsEmpty) throw new ArgumentException("an image has at least one pixel", nameof(indices));
        ArgumentOutOfRangeException.ThrowIfLessThan(minCodeSize, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minCodeSize, 8);
        output.WriteByte((byte)minCodeSize);
        _blocks = new SubBlockWriter(output);
        _accumulator = 0;
        _accumulated = 0;

        var clear = 1 << minCodeSize;
        var end = clear + 1;
        Reset(minCodeSize);
        Emit(clear);

        int prefix = indices[0];
        for (var i = 1; i < indices.Length; i++)
        {
            int pixel = indices[i];
            var key = (prefix << 8) | pixel;
            var slot = Find(key);
            if (_keys[slot] == key)
            {
                prefix = _values[slot];
                continue;
            }
            Emit(prefix);
            if (_nextCode >= TableLimit)
            {
                Emit(clear);
                Reset(minCodeSize);
            }
            else
            {
                _keys[slot] = key;
                _values[slot] = (short)_nextCode++;
            }
            prefix = pixel;
        }
        Emit(prefix);
        Emit(end);
        if (_accumulated > 0) _blocks.Write((byte)_accumulator);
        _blocks.End();
    }

    private void Reset(int minCodeSize)
    {
        _keys.AsSpan().Fill(-1);
        _bits = minCodeSize + 1;
        _nextCode = (1 << minCodeSize) + 2;
    }

    private int Find(int key)
    {
        var slot = (int)(((uint)key * 2654435761u) >> (32 - HashBits));
        while (_keys[slot] != -1 && _keys[slot] != key) slot = (slot + 1) & HashMask;
        return slot;
    }

    private void Emit(int code)
    {
        _accumulator |= (uint)code << _accumulated;
        _accumulated += _bits;
        while (_accumulated >= 8)
        {
            _blocks.Write((byte)_accumulator);
            _accumulator >>= 8;
            _accumulated -= 8;
        }
        // the decoder has now added the entry numbered _nextCode - 1; once codes reach 2^bits it reads wider codes
        if (_nextCode >= (1 << _bits) && _bits < MaxBits) _bits++;
    }
}
