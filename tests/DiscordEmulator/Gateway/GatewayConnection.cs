using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace GameTime.DiscordEmulator;

/// <summary>
/// One gateway WebSocket: a reader loop that enforces the client-side rules (4096-byte frames, 120 frames a minute,
/// identify first, heartbeats on time) and one writer that sends everything else in order.
/// </summary>
internal sealed partial class GatewayConnection : IDisposable
{
    private const int MaxFrameBytes = 4096;
    private static readonly TimeSpan CloseHandshakeTimeout = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan JoinIdle = TimeSpan.FromMilliseconds(30);

    private readonly GatewayHub hub;
    private readonly HttpContext context;
    private readonly WebSocket socket;
    private readonly FrameEncoder encoder;
    private readonly Channel<Outgoing> outbox = Channel.CreateUnbounded<Outgoing>(new UnboundedChannelOptions { SingleReader = true });
    private readonly SemaphoreSlim sendLock = new(1, 1);
    private readonly CancellationTokenSource lifetime = new();
    private readonly SlidingWindow sendWindow;
    private readonly SlidingWindow presenceWindow = new(5, TimeSpan.FromSeconds(20));
    private long lastHeartbeat = Stopwatch.GetTimestamp();
    private volatile bool closing;
    private volatile bool closeSent;
    private int clientCloseCode = -1;

    public GatewayConnection(GatewayHub hub, HttpContext context, WebSocket socket, int id, bool zlibStream)
    {
        this.hub = hub;
        this.context = context;
        this.socket = socket;
        Id = id;
        encoder = new FrameEncoder(zlibStream, hub.Options.SplitPayloads, hub.Options.JoinPayloads);
        sendWindow = new SlidingWindow(hub.Options.SendLimitPerMinute, TimeSpan.FromMinutes(1));
    }

    public int Id { get; }

    /// <summary>The session this connection identified or resumed; guarded by the hub's lock.</summary>
    public GatewaySession? Session { get; set; }

    public FrameEncoder Encoder => encoder;

    /// <summary>Runs the connection to its end; <paramref name="refuseWith"/> closes at once (bad v/encoding/compress).</summary>
    public async Task RunAsync(int? refuseWith)
    {
        Task writer = WriteLoopAsync();
        Task? watchdog = null;
        if (refuseWith is { } code)
        {
            CloseWith(code);
        }
        else
        {
            Enqueue(Outgoing.Text(SessionJson.Hello(hub.Options.HeartbeatIntervalMs)));
            watchdog = WatchHeartbeatsAsync();
        }
        await ReadLoopAsync().ConfigureAwait(false);
        await lifetime.CancelAsync().ConfigureAwait(false);
        outbox.Writer.TryComplete();
        await writer.ConfigureAwait(false);
        if (watchdog is not null)
        {
            await watchdog.ConfigureAwait(false);
        }
        hub.ConnectionEnded(this, clientCloseCode);
    }

    public void Enqueue(Outgoing item)
    {
        if (!outbox.Writer.TryWrite(item))
        {
            item.Sent?.TrySetResult();
        }
    }

    /// <summary>Queues a close frame; the client's payloads after this are recorded but not acted on.</summary>
    public void CloseWith(int code, string? reason = null)
    {
        if (closing)
        {
            return;
        }
        closing = true;
        hub.ServerClosing(this, code);
        Enqueue(new Outgoing(OutgoingKind.Close, CloseCode: code, Reason: reason ?? CloseCodes.Reason(code)));
    }

    public void Drop()
    {
        closing = true;
        Enqueue(new Outgoing(OutgoingKind.Drop));
    }

    public void Dispose()
    {
        encoder.Dispose();
        sendLock.Dispose();
        lifetime.Dispose();
    }

    private async Task ReadLoopAsync()
    {
        byte[] buffer = new byte[MaxFrameBytes + 1];
        try
        {
            while (true)
            {
                int length = 0;
                long total = 0;
                ValueWebSocketReceiveResult result;
                do
                {
                    // Past the limit keep reading (to find the end of the message) but keep only the first bytes.
                    Memory<byte> room = length < buffer.Length ? buffer.AsMemory(length) : new byte[MaxFrameBytes];
                    result = await socket.ReceiveAsync(room, CancellationToken.None).ConfigureAwait(false);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        await OnClientCloseAsync().ConfigureAwait(false);
                        return;
                    }
                    total += result.Count;
                    length = (int)Math.Min(total, buffer.Length);
                }
                while (!result.EndOfMessage);
                OnMessage(buffer.AsSpan(0, length), total);
            }
        }
        catch (Exception e) when (e is WebSocketException or IOException or OperationCanceledException or ObjectDisposedException)
        {
            // TCP gone without a close frame (or we aborted after a close the client never answered): code stays -1.
        }
    }

    private async Task OnClientCloseAsync()
    {
        clientCloseCode = (int?)socket.CloseStatus ?? 1005;
        if (closeSent)
        {
            return;
        }
        closing = true;
        await sendLock.WaitAsync().ConfigureAwait(false);
        try
        {
            // Echo the client's code, completing the close handshake as RFC 6455 asks.
            await socket.CloseOutputAsync(socket.CloseStatus ?? WebSocketCloseStatus.NormalClosure, socket.CloseStatusDescription, CancellationToken.None).ConfigureAwait(false);
            closeSent = true;
        }
        catch (Exception e) when (e is WebSocketException or IOException or OperationCanceledException or ObjectDisposedException)
        {
        }
        finally
        {
            sendLock.Release();
        }
    }

    private void OnMessage(ReadOnlySpan<byte> bytes, long total)
    {
        var now = DateTimeOffset.UtcNow;
        string text = Encoding.UTF8.GetString(bytes);
        JsonDocument? document = total <= MaxFrameBytes ? TryParse(text) : null;
        using (document)
        {
            int op = document is not null && document.RootElement.TryGetProperty("op", out var opElement) && opElement.TryInt32(out int value) ? value : -1;
            hub.Records.AddFrame(new ClientFrame(Id, op, text, now));
            if (closing)
            {
                return;
            }
            if (!sendWindow.TryHit(now))
            {
                CloseWith(CloseCodes.RateLimited);
                return;
            }
            if (total > MaxFrameBytes || op < 0)
            {
                CloseWith(CloseCodes.DecodeError);   // too big, not JSON, or no integer op
                return;
            }
            var data = document!.RootElement.TryGetProperty("d", out var d) ? d : default;
            try
            {
                HandleOp(op, data, now);
            }
            catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or KeyNotFoundException)
            {
                // An emulator bug must not kill the socket silently: fail the way Discord does on its own errors.
                Console.Error.WriteLine($"discord emulator: op {op} failed: {e}");
                CloseWith(CloseCodes.UnknownError);
            }
        }
    }

    private static JsonDocument? TryParse(string text)
    {
        try
        {
            var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                return document;
            }
            document.Dispose();
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private void HandleOp(int op, JsonElement data, DateTimeOffset now)
    {
        switch (op)
        {
            case 1:
                Interlocked.Exchange(ref lastHeartbeat, Stopwatch.GetTimestamp());
                if (hub.AckHeartbeats)
                {
                    Enqueue(Outgoing.Text(Frame.HeartbeatAck));
                }
                return;
            case 2:
                hub.Records.CountIdentify();
                hub.Identify(this, data);
                return;
            case 6:
                hub.Records.CountResume();
                hub.Resume(this, data);
                return;
            case 3 or 4 or 8 or 31 or 43 when Session is null:
                CloseWith(CloseCodes.NotAuthenticated);
                return;
            case 3:
                // Presence updates are only recorded; they have their own, tighter limit.
                if (!presenceWindow.TryHit(now))
                {
                    CloseWith(CloseCodes.RateLimited);
                }
                return;
            case 4:
                hub.UpdateVoiceState(this, data);
                return;
            case 8:
                hub.RequestGuildMembers(this, data);
                return;
            case 31 or 43:
                return;   // soundboard sounds / channel info: valid opcodes the emulator does not answer yet
            default:
                CloseWith(CloseCodes.UnknownOpcode);
                return;
        }
    }

    private async Task WatchHeartbeatsAsync()
    {
        // Discord allows some slack past the interval before it gives up on a silent client.
        var timeout = TimeSpan.FromMilliseconds(hub.Options.HeartbeatIntervalMs * hub.Options.HeartbeatSlack);
        try
        {
            while (!closing)
            {
                var since = Stopwatch.GetElapsedTime(Interlocked.Read(ref lastHeartbeat));
                if (since >= timeout)
                {
                    CloseWith(CloseCodes.SessionTimedOut);   // 4009 also ends the session
                    return;
                }
                await Task.Delay(timeout - since, lifetime.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
