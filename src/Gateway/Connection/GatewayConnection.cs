using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;
using System.Threading.Channels;
using GameTime.Gateway.Protocol;
using GameTime.Gateway.Transport;
using Microsoft.Extensions.Logging;

namespace GameTime.Gateway.Connection;

/// <summary>
/// One WebSocket connection to the gateway: one reader loop (inflate, peek, dispatch), one writer (rate
/// limited), and a heartbeat timer that sends on its own, so nothing the features do can delay it.
/// </summary>
internal sealed partial class GatewayConnection(
    WebSocket socket,
    GatewayOptions options,
    SessionState session,
    DispatchProcessor processor,
    ChannelReader<(GatewayOpcode Op, byte[] Frame)> outbound,
    bool resume,
    IdentifyGate identifyGate,
    int shardId,
    int shardCount,
    TimeProvider clock,
    ILogger log) : IDisposable
{
    private const int MaxFrameBytes = 4096;
    private const int ReceiveChunk = 32 * 1024;

    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly SendLimiter _limiter = SendLimiter.ForGateway(clock);
    private readonly SendLimiter _presenceLimiter = SendLimiter.ForPresence(clock);
    private readonly TaskCompletionSource _live = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool _acked = true;
    private volatile bool _zombie;
    private bool _healthy;

    private DateTimeOffset _lastBeatAt;

    /// <summary>Time from the last heartbeat to its ACK.</summary>
    public TimeSpan? Latency { get; private set; }

    public void Dispose() => _sendLock.Dispose();

    public async Task<ConnectionEnd> RunAsync(CancellationToken stop)
    {
        using var lifetime = CancellationTokenSource.CreateLinkedTokenSource(stop);
        var background = new List<Task>();
        ConnectionEnd end;
        try
        {
            end = await ReadLoopAsync(background, lifetime.Token);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            end = new ConnectionEnd(Reconnect.Stop, "shutting down");
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or InvalidDataException or JsonException
                                   or OperationCanceledException or ObjectDisposedException)
        {
            end = _zombie
                ? new ConnectionEnd(Reconnect.Resume, "no heartbeat ACK since the last heartbeat (zombie connection)")
                : new ConnectionEnd(Reconnect.Resume, $"connection failed: {ex.Message}");
            if (!_zombie) LogBrokenConnection(ex);
        }
        await lifetime.CancelAsync();
        await CloseAsync(end);
        try { await Task.WhenAll(background); }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException) { }
        return end with { Healthy = _healthy };
    }

    private async Task<ConnectionEnd> ReadLoopAsync(List<Task> background, CancellationToken ct)
    {
        var chunk = ArrayPool<byte>.Shared.Rent(ReceiveChunk);
        var message = new ArrayBufferWriter<byte>(ReceiveChunk);
        var inflated = new ArrayBufferWriter<byte>(ReceiveChunk);
        using var inflater = options.Compress ? new ZlibStreamInflater(options.MaxPayloadBytes) : null;
        try
        {
            while (true)
            {
                var first = await socket.ReceiveAsync(chunk.AsMemory(), ct);
                if (first.MessageType == WebSocketMessageType.Close) return Closed();
                ReadOnlySpan<byte> received;
                if (first.EndOfMessage)
                {
                    received = chunk.AsSpan(0, first.Count); // one frame, the usual case: no copy
                }
                else
                {
                    message.ResetWrittenCount();
                    message.Write(chunk.AsSpan(0, first.Count));
                    ValueWebSocketReceiveResult next;
                    do
                    {
                        next = await socket.ReceiveAsync(chunk.AsMemory(), ct);
                        if (next.MessageType == WebSocketMessageType.Close) return Closed();
                        if (message.WrittenCount + next.Count > options.MaxPayloadBytes)
                            throw new InvalidDataException($"gateway message over {options.MaxPayloadBytes} bytes");
                        message.Write(chunk.AsSpan(0, next.Count));
                    }
                    while (!next.EndOfMessage);
                    received = message.WrittenSpan;
                }

                if (inflater is not null && first.MessageType == WebSocketMessageType.Binary)
                {
                    inflated.ResetWrittenCount();
                    if (!inflater.TryInflate(received, inflated)) continue; // the payload continues in the next message
                    received = inflated.WrittenSpan;
                }

                if (HandlePayloads(received, background, ct) is { } end) return end;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    /// <summary>Handles every payload in the bytes (one, or several when messages were joined).</summary>
    private ConnectionEnd? HandlePayloads(ReadOnlySpan<byte> utf8, List<Task> background, CancellationToken ct)
    {
        while (true)
        {
            int start = 0;
            while (start < utf8.Length && utf8[start] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t') start++;
            if (start == utf8.Length) return null;
            utf8 = utf8[start..];

            var frame = GatewayFrame.Read(utf8, out int consumed);
            if (Handle(frame, utf8[..consumed], background, ct) is { } end) return end;
            utf8 = utf8[consumed..];
        }
    }

    private ConnectionEnd? Handle(in GatewayFrame frame, ReadOnlySpan<byte> payload, List<Task> background, CancellationToken ct)
    {
        switch ((GatewayOpcode)frame.Op)
        {
            case GatewayOpcode.Dispatch:
                HandleDispatch(frame, payload);
                return null;
            case GatewayOpcode.Hello:
                var hello = JsonSerializer.Deserialize(frame.Data(payload), Wire.GatewayJson.Default.JsonHello)!;
                var interval = TimeSpan.FromMilliseconds(hello.HeartbeatInterval);
                if (interval <= TimeSpan.Zero) throw new InvalidDataException("HELLO without a heartbeat interval");
                background.Add(HeartbeatLoopAsync(interval, ct));
                background.Add(StartSessionAsync(ct));
                return null;
            case GatewayOpcode.HeartbeatAck:
                _acked = true;
                Latency = clock.GetUtcNow() - _lastBeatAt;
                return null;
            case GatewayOpcode.Heartbeat:
                background.Add(SendHeartbeatAsync(ct));
                return null;
            case GatewayOpcode.Reconnect:
                return new ConnectionEnd(Reconnect.Resume, "the gateway asked to reconnect (op 7)");
            case GatewayOpcode.InvalidSession:
                bool resumable = frame.Data(payload) is [(byte)'t', ..];
                return resumable
                    ? new ConnectionEnd(Reconnect.Resume, "invalid session (op 9), resumable")
                    : new ConnectionEnd(Reconnect.Identify, "invalid session (op 9)", WaitBeforeIdentify: true);
            default:
                LogUnknownOpcode(frame.Op);
                return null;
        }
    }

    private void HandleDispatch(in GatewayFrame frame, ReadOnlySpan<byte> payload)
    {
        if (frame.Sequence is { } seq && session.Sequence is { } last && seq <= last)
            return; // already handled before a resume: never deliver an event twice

        if (processor.Needs(frame.Event))
        {
            try
            {
                if (processor.Process(frame.Event, frame.Data(payload)) is { } ready)
                {
                    session.Start(ready.SessionId, Uri.TryCreate(ready.ResumeGatewayUrl, UriKind.Absolute, out var url) ? url : null);
                    MarkLive();
                }
            }
            catch (JsonException ex)
            {
                // A well-formed payload of an unexpected shape: skip this event, keep the connection.
                LogBadDispatch(DispatchEvents.WireName(frame.Event), ex.Message);
            }
        }
        if (frame.Event == DispatchEvent.Resumed) MarkLive();
        if (frame.Sequence is { } s) session.Sequence = s;
    }

    private void MarkLive()
    {
        _healthy = true;
        _live.TrySetResult();
    }

    private async Task StartSessionAsync(CancellationToken ct)
    {
        if (resume && session.CanResume)
        {
            await SendAsync(OutboundFrames.Resume(options.Token, session.SessionId!, session.Sequence!.Value), heartbeat: false, ct);
        }
        else
        {
            await SendAsync(OutboundFrames.Identify(options, shardId, shardCount), heartbeat: false, ct);
            identifyGate.Sent(shardId);
        }

        // Nothing else may go out before the session is live (4003), then the queued frames in order.
        await _live.Task.WaitAsync(ct);
        await foreach (var (op, frame) in outbound.ReadAllAsync(ct))
        {
            if (op == GatewayOpcode.PresenceUpdate) await _presenceLimiter.TakeAsync(heartbeat: false, ct);
            await SendAsync(frame, heartbeat: false, ct);
        }
    }

    private async Task HeartbeatLoopAsync(TimeSpan interval, CancellationToken ct)
    {
        // The first beat waits interval × jitter so a fleet of reconnecting clients spreads out.
        await Task.Delay(interval * Random.Shared.NextDouble(), clock, ct);
        while (!ct.IsCancellationRequested)
        {
            if (!_acked)
            {
                _zombie = true;
                LogZombie(interval);
                socket.Abort();
                return;
            }
            await SendHeartbeatAsync(ct);
            await Task.Delay(interval, clock, ct);
        }
    }

    private Task SendHeartbeatAsync(CancellationToken ct)
    {
        _acked = false;
        _lastBeatAt = clock.GetUtcNow();
        return SendAsync(OutboundFrames.Heartbeat(session.Sequence), heartbeat: true, ct);
    }

    private async Task SendAsync(byte[] frame, bool heartbeat, CancellationToken ct)
    {
        if (frame.Length > MaxFrameBytes)
            throw new ArgumentException($"a gateway frame may be at most {MaxFrameBytes} bytes; this one has {frame.Length}", nameof(frame));
        await _limiter.TakeAsync(heartbeat, ct);
        await _sendLock.WaitAsync(ct);
        try
        {
            await socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, ct);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private ConnectionEnd Closed()
    {
        int? code = (int?)socket.CloseStatus;
        var action = CloseCodes.ActionFor(code);
        return new ConnectionEnd(action, CloseCodes.Describe(code), code);
    }

    private async Task CloseAsync(ConnectionEnd end)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived)) return;
        // 1000 ends the session for good; any other code keeps it resumable for a few minutes.
        var status = end.Action == Reconnect.Resume ? (WebSocketCloseStatus)4000 : WebSocketCloseStatus.NormalClosure;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try
        {
            // CloseAsync, not CloseOutputAsync: it reads (and drops) what the server still sends until its close reply.
            // Disposing a socket with unread bytes makes the kernel answer with a TCP reset, and a reset can destroy our
            // own close frame before the server reads it, so Discord would see an abnormal end instead of 4000.
            await socket.CloseAsync(status, end.Reason.Length > 100 ? end.Reason[..100] : end.Reason, timeout.Token);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            socket.Abort();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "gateway connection broke")]
    private partial void LogBrokenConnection(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "no heartbeat ACK within {Interval}: treating the connection as dead")]
    private partial void LogZombie(TimeSpan interval);

    [LoggerMessage(Level = LogLevel.Debug, Message = "ignoring unknown gateway opcode {Op}")]
    private partial void LogUnknownOpcode(int op);

    [LoggerMessage(Level = LogLevel.Warning, Message = "skipped a {Event} dispatch of unexpected shape: {Problem}")]
    private partial void LogBadDispatch(string @event, string problem);
}
