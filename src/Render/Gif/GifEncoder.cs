using System.Buffers.Binary;
using System.Text;

namespace GameTime.Render.Gif;

/// <summary>
/// Writes a GIF89a stream: header, logical screen with a global colour table, the NETSCAPE2.0 looping extension,
/// then for each frame a graphic control extension (delay, transparency, disposal), an image descriptor and LZW data.
/// Call <see cref="Finish"/> to write the trailer.
/// </summary>
public sealed class GifEncoder
{
    private readonly Stream _output;
    private readonly GifPalette _global;
    private readonly LzwEncoder _lzw = new();
    private bool _finished;

    /// <param name="loopCount">0 loops forever; N repeats N more times; null writes no looping extension (plays once).</param>
    public GifEncoder(Stream output, int width, int height, GifPalette globalPalette, int? loopCount = 0)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(globalPalette);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(width, ushort.MaxValue);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(height, ushort.MaxValue);
        if (loopCount is < 0 or > ushort.MaxValue) throw new ArgumentOutOfRangeException(nameof(loopCount));
        _output = output;
        _global = globalPalette;
        Width = width;
        Height = height;

        Write("GIF89a"u8);
        WriteUInt16(width);
        WriteUInt16(height);
        // global table present, colour resolution and table size both from the palette's bits, not sorted
        var bits = globalPalette.Bits - 1;
        _output.WriteByte((byte)(0x80 | (bits << 4) | bits));
        _output.WriteByte(0); // background colour index
        _output.WriteByte(0); // square pixels
        Write(globalPalette.ToTableBytes());

        if (loopCount is { } loops)
        {
            Write([0x21, 0xFF, 0x0B]);
            Write(Encoding.ASCII.GetBytes("NETSCAPE2.0"));
            Write([0x03, 0x01]);
            WriteUInt16(loops);
            _output.WriteByte(0);
        }
    }

    public int Width { get; }
    public int Height { get; }

    public void WriteFrame(GifFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ObjectDisposedException.ThrowIf(_finished, this);
        if (frame.Width < 1 || frame.Height < 1 || frame.Left < 0 || frame.Top < 0
            || frame.Left + frame.Width > Width || frame.Top + frame.Height > Height)
        {
            throw new ArgumentException($"frame {frame.Width}x{frame.Height} at ({frame.Left},{frame.Top}) is not inside the {Width}x{Height} screen", nameof(frame));
        }
        var indices = frame.Indices.Span;
        if (indices.Length != frame.Width * frame.Height) throw new ArgumentException("a frame needs one index per pixel", nameof(frame));
        var palette = frame.LocalPalette ?? _global;
        if (frame.TransparentIndex >= palette.TableSize) throw new ArgumentException("the transparent index is outside the colour table", nameof(frame));
        if (palette.TableSize < 256 && indices.IndexOfAnyInRange((byte)palette.TableSize, byte.MaxValue) >= 0)
        {
            throw new ArgumentException($"an index is outside the {palette.TableSize}-entry colour table", nameof(frame));
        }
        if (frame.DelayCentiseconds is < 0 or > ushort.MaxValue) throw new ArgumentException("the delay does not fit GIF's 16 bits", nameof(frame));

        // graphic control extension
        Write([0x21, 0xF9, 0x04]);
        var transparent = frame.TransparentIndex >= 0;
        _output.WriteByte((byte)(((int)frame.Disposal << 2) | (transparent ? 1 : 0)));
        WriteUInt16(frame.DelayCentiseconds);
        _output.WriteByte(transparent ? (byte)frame.TransparentIndex : (byte)0);
        _output.WriteByte(0);

        // image descriptor, not interlaced
        _output.WriteByte(0x2C);
        WriteUInt16(frame.Left);
        WriteUInt16(frame.Top);
        WriteUInt16(frame.Width);
        WriteUInt16(frame.Height);
        if (frame.LocalPalette is { } local)
        {
            _output.WriteByte((byte)(0x80 | (local.Bits - 1)));
            Write(local.ToTableBytes());
        }
        else
        {
            _output.WriteByte(0);
        }
        _lzw.Write(_output, indices, Math.Max(2, palette.Bits));
    }

    /// <summary>Writes the trailer; the stream then holds a complete GIF.</summary>
    public void Finish()
    {
        if (_finished) return;
        _output.WriteByte(0x3B);
        _output.Flush();
        _finished = true;
    }

    private void Write(ReadOnlySpan<byte> bytes) => _output.Write(bytes);

    private void WriteUInt16(int value)
    {
        Span<byte> bytes = stackalloc byte[2];
        BinaryPrimitives.WriteUInt16LittleEndian(bytes, (ushort)value);
        _output.Write(bytes);
    }
}
