using System.IO.Compression;
using System.Text;

namespace GameTime.DiscordEmulator.Tests;

/// <summary>
/// The test side of zlib-stream: one inflate context for the whole connection. Messages are buffered until the data
/// ends with the sync-flush marker 00 00 FF FF, then everything buffered is inflated (spec 1.3).
/// </summary>
internal sealed class ZlibStreamInflater : IDisposable
{
    private readonly FeedStream feed = new();
    private readonly ZLibStream inflater;
    private readonly List<byte> pending = [];

    public ZlibStreamInflater() => inflater = new ZLibStream(feed, CompressionMode.Decompress);

    /// <summary>Adds one WebSocket message; returns the inflated text once the buffer ends at a flush, else null.</summary>
    public string? Push(ReadOnlySpan<byte> message)
    {
        pending.AddRange(message);
        if (!EndsWithSyncFlush(pending))
        {
            return null;
        }
        feed.Append([.. pending]);
        pending.Clear();
        using var output = new MemoryStream();
        byte[] buffer = new byte[8192];
        int read;
        while ((read = inflater.Read(buffer)) > 0)
        {
            output.Write(buffer, 0, read);
        }
        return Encoding.UTF8.GetString(output.ToArray());
    }

    public static bool EndsWithSyncFlush(IReadOnlyList<byte> data) =>
        data.Count >= 4 && data[^4] == 0x00 && data[^3] == 0x00 && data[^2] == 0xFF && data[^1] == 0xFF;

    public void Dispose()
    {
        inflater.Dispose();
        feed.Dispose();
    }

    /// <summary>A read-only stream over the bytes appended so far; reading past them returns 0 until more arrive.</summary>
    private sealed class FeedStream : Stream
    {
        private readonly Queue<byte[]> chunks = new();
        private int offset;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public void Append(byte[] chunk) => chunks.Enqueue(chunk);

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (chunks.Count == 0)
            {
                return 0;
            }
            byte[] chunk = chunks.Peek();
            int n = Math.Min(buffer.Length, chunk.Length - offset);
            chunk.AsSpan(offset, n).CopyTo(buffer);
            offset += n;
            if (offset == chunk.Length)
            {
                chunks.Dequeue();
                offset = 0;
            }
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
