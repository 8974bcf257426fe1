using System.IO.Compression;
using System.Text;

namespace GameTime.DiscordEmulator;

/// <summary>One WebSocket message: UTF-8 JSON text, or binary (compressed) bytes.</summary>
internal readonly record struct WireMessage(byte[] Bytes, bool Binary);

/// <summary>
/// Turns frames into WebSocket messages for one connection: plain text; zlib-stream (one compressor for the whole
/// connection, a sync flush after every payload so each ends with 00 00 FF FF); or payload compression (identify
/// <c>compress: true</c>: large dispatches compressed on their own). Split/Join cut zlib-stream output across messages.
/// </summary>
internal sealed class FrameEncoder : IDisposable
{
    // Payload compression only pays off for big payloads; Discord compresses the large ones (READY, GUILD_CREATE).
    private const int PayloadCompressionThreshold = 1024;

    private readonly bool split;
    private readonly bool join;
    private readonly MemoryStream sink = new();
    private readonly ZLibStream? deflater;
    private byte[]? heldTail;

    public FrameEncoder(bool zlibStream, bool split, bool join)
    {
        this.split = split;
        this.join = join;
        if (zlibStream)
        {
            // Optimal = zlib level 6, Discord's default: the stream starts 78 9C like the real one.
            deflater = new ZLibStream(sink, CompressionLevel.Optimal, leaveOpen: true);
        }
    }

    public bool ZlibStream => deflater is not null;

    /// <summary>Set by IDENTIFY <c>compress: true</c>; ignored under zlib-stream, which replaces it.</summary>
    public bool PayloadCompression { get; set; }

    public bool HasHeldTail => heldTail is not null;

    public IReadOnlyList<WireMessage> Encode(string frame, bool isDispatch)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(frame);
        if (deflater is null)
        {
            return PayloadCompression && isDispatch && utf8.Length > PayloadCompressionThreshold
                ? [new WireMessage(CompressAlone(utf8), Binary: true)]
                : [new WireMessage(utf8, Binary: false)];
        }
        deflater.Write(utf8);
        deflater.Flush();   // Z_SYNC_FLUSH: ends the payload with 00 00 FF FF, keeps the context
        byte[] compressed = sink.ToArray();
        sink.SetLength(0);
        return Cut(compressed);
    }

    /// <summary>The held-back end of the last payload (Join mode), to send alone when nothing follows soon.</summary>
    public WireMessage? TakeHeldTail()
    {
        if (heldTail is null)
        {
            return null;
        }
        var message = new WireMessage(heldTail, Binary: true);
        heldTail = null;
        return message;
    }

    /// <summary>Deflate data with a reserved block type (BTYPE 11), then a sync-flush marker so the client inflates it and fails.</summary>
    public static WireMessage Corrupt() => new([0x06, 0xAB, 0xCD, 0xEF, 0x00, 0x00, 0xFF, 0xFF], Binary: true);

    public void Dispose()
    {
        deflater?.Dispose();
        sink.Dispose();
    }

    private List<WireMessage> Cut(byte[] compressed)
    {
        int half = compressed.Length / 2;
        if (join)
        {
            if (heldTail is null)
            {
                // Hold back this payload's second half; the next message carries it plus the whole next payload.
                heldTail = compressed[half..];
                return [new WireMessage(compressed[..half], true)];
            }
            byte[] joined = [.. heldTail, .. compressed];
            heldTail = null;
            return [new WireMessage(joined, true)];
        }
        return split
            ? [new WireMessage(compressed[..half], true), new WireMessage(compressed[half..], true)]
            : [new WireMessage(compressed, true)];
    }

    private static byte[] CompressAlone(byte[] utf8)
    {
        using var output = new MemoryStream();
        using (var z = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            z.Write(utf8);
        }
        return output.ToArray();
    }
}
