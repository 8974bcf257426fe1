using System.Buffers;
using System.IO.Compression;

namespace GameTime.Gateway.Transport;

/// <summary>
/// Inflates a gateway connection's zlib-stream: one inflate context for the whole connection, fed with
/// WebSocket messages; a payload is complete when the bytes received so far end with the sync-flush tail
/// 00 00 FF FF. A payload may span several messages. Create a new instance for every connection.
/// </summary>
public sealed class ZlibStreamInflater : IDisposable
{
    private static ReadOnlySpan<byte> SyncFlushTail => [0x00, 0x00, 0xFF, 0xFF];

    private readonly FeedStream _feed = new();
    private readonly ZLibStream _zlib;
    private readonly ArrayBufferWriter<byte> _pending = new(16 * 1024);
    private readonly int _maxPayloadBytes;

    public ZlibStreamInflater(int maxPayloadBytes)
    {
        _maxPayloadBytes = maxPayloadBytes;
        _zlib = new ZLibStream(_feed, CompressionMode.Decompress, leaveOpen: true);
    }

    /// <summary>
    /// Adds one WebSocket message. Returns true when the compressed bytes so far end a flush, after writing
    /// everything they inflate to into <paramref name="output"/> (one or more JSON payloads).
    /// </summary>
    /// <exception cref="InvalidDataException">The stream is corrupt, or a payload is larger than allowed.</exception>
    public bool TryInflate(ReadOnlySpan<byte> message, IBufferWriter<byte> output)
    {
        if (_pending.WrittenCount + message.Length > _maxPayloadBytes)
            throw new InvalidDataException($"compressed payload over {_maxPayloadBytes} bytes");
        _pending.Write(message);
        if (!_pending.WrittenSpan.EndsWith(SyncFlushTail)) return false;

        _feed.Set(_pending.WrittenMemory);
        long total = 0;
        int read;
        do
        {
            var span = output.GetSpan(16 * 1024);
            read = _zlib.Read(span);
            output.Advance(read);
            total += read;
            if (total > _maxPayloadBytes) throw new InvalidDataException($"inflated payload over {_maxPayloadBytes} bytes");
        }
        while (read > 0);

        _pending.ResetWrittenCount();
        return true;
    }

    public void Dispose()
    {
        _zlib.Dispose();
        _feed.Dispose();
    }

    /// <summary>A read-only stream over the current message; reads 0 when it is used up, until the next Set.</summary>
    private sealed class FeedStream : Stream
    {
        private ReadOnlyMemory<byte> _data;

        public void Set(ReadOnlyMemory<byte> data) => _data = data;

        public override int Read(Span<byte> buffer)
        {
            int n = Math.Min(buffer.Length, _data.Length);
            _data.Span[..n].CopyTo(buffer);
            _data = _data[n..];
            return n;
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
