using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace GameTime.DiscordEmulator.Tests;

/// <summary>
/// A bare gateway client for the tests: a raw ClientWebSocket, a background reader that inflates zlib-stream and
/// queues each payload, and helpers to send frames and await what comes back. It knows none of the product's code.
/// </summary>
internal sealed class GatewayTestClient : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private readonly ClientWebSocket socket = new();
    private readonly Channel<JsonObject> payloads = Channel.CreateUnbounded<JsonObject>();
    private readonly TaskCompletionSource<(int Code, string Reason)> closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ZlibStreamInflater? inflater;
    private Task? pump;

    private GatewayTestClient(bool zlib)
    {
        inflater = zlib ? new ZlibStreamInflater() : null;
    }

    /// <summary>Every WebSocket message as received: (bytes, binary?).</summary>
    public List<(byte[] Bytes, bool Binary)> Messages { get; } = [];

    public DiscordEmulator? Emulator { get; private init; }

    public static async Task<GatewayTestClient> ConnectAsync(DiscordEmulator emulator, string query = "v=10&encoding=json", string path = "/gateway")
    {
        var client = new GatewayTestClient(query.Contains("compress=zlib-stream", StringComparison.Ordinal)) { Emulator = emulator };
        var uri = new Uri($"ws://127.0.0.1:{emulator.GatewayUrl.Port}{path}?{query}");
        using var cts = new CancellationTokenSource(Timeout);
        await client.socket.ConnectAsync(uri, cts.Token);
        client.pump = Task.Run(client.PumpAsync);   // off the test framework's synchronization context
        return client;
    }

    /// <summary>Connects and reads HELLO.</summary>
    public static async Task<GatewayTestClient> HelloAsync(DiscordEmulator emulator, string query = "v=10&encoding=json")
    {
        var client = await ConnectAsync(emulator, query);
        var hello = await client.NextAsync();
        Assert.Equal(10, (int)hello["op"]!);
        return client;
    }

    public Task SendAsync(string json) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    public Task SendAsync(JsonObject frame) => SendAsync(frame.ToJsonString());

    public Task HeartbeatAsync(long? seq = null) => SendAsync($"{{\"op\":1,\"d\":{(seq is { } s ? s.ToString(System.Globalization.CultureInfo.InvariantCulture) : "null")}}}");

    public static JsonObject Identify(string token, int intents, JsonObject? extra = null)
    {
        var d = new JsonObject
        {
            ["token"] = token,
            ["intents"] = intents,
            ["properties"] = new JsonObject { ["os"] = "linux", ["browser"] = "gametime-tests", ["device"] = "gametime-tests" },
        };
        foreach (var (key, value) in extra ?? [])
        {
            d[key] = value?.DeepClone();
        }
        return new JsonObject { ["op"] = 2, ["d"] = d };
    }

    /// <summary>Identifies and reads READY plus one GUILD_CREATE per guild; returns READY's d and the GUILD_CREATE d's.</summary>
    public async Task<(JsonObject Ready, List<JsonObject> Guilds)> IdentifyAsync(int intents = Intent.All, JsonObject? extra = null)
    {
        await SendAsync(Identify(Emulator!.Options.BotToken, intents, extra));
        var ready = await NextDispatchAsync("READY");
        var guilds = new List<JsonObject>();
        if ((intents & Intent.Guilds) != 0)
        {
            int count = ready["d"]!["guilds"]!.AsArray().Count;
            for (int i = 0; i < count; i++)
            {
                guilds.Add((await NextDispatchAsync("GUILD_CREATE"))["d"]!.AsObject());
            }
        }
        return (ready["d"]!.AsObject(), guilds);
    }

    public Task ResumeAsync(string sessionId, long seq) =>
        SendAsync(new JsonObject { ["op"] = 6, ["d"] = new JsonObject { ["token"] = Emulator!.Options.BotToken, ["session_id"] = sessionId, ["seq"] = seq } });

    /// <summary>The next payload of any kind.</summary>
    public async Task<JsonObject> NextAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? Timeout);
        var read = payloads.Reader.ReadAsync(cts.Token).AsTask();
        var done = await Task.WhenAny(read, closed.Task);
        if (done == read || read.IsCompletedSuccessfully)
        {
            return await read;
        }
        await cts.CancelAsync();
        var (code, reason) = await closed.Task;
        throw new InvalidOperationException($"The emulator closed the connection ({code} {reason}) instead of sending a payload.");
    }

    /// <summary>The next dispatch (op 0), skipping heartbeat ACKs and other control frames; optionally of one event.</summary>
    public async Task<JsonObject> NextDispatchAsync(string? eventName = null)
    {
        while (true)
        {
            var payload = await NextAsync();
            if ((int)payload["op"]! == 0 && (eventName is null || (string?)payload["t"] == eventName))
            {
                return payload;
            }
            if ((int)payload["op"]! == 0)
            {
                throw new InvalidOperationException($"Expected {eventName}, got {payload["t"]}: {payload.ToJsonString()[..Math.Min(300, payload.ToJsonString().Length)]}");
            }
        }
    }

    /// <summary>Closes from the client side with <paramref name="code"/> (the server answers; see ClosedAsync).</summary>
    public async Task CloseAsync(int code)
    {
        using var cts = new CancellationTokenSource(Timeout);
        await socket.CloseOutputAsync((WebSocketCloseStatus)code, "", cts.Token);
        await closed.Task.WaitAsync(Timeout);
    }

    /// <summary>Waits for the server's close frame (answering it) and returns its code and reason.</summary>
    public async Task<(int Code, string Reason)> ClosedAsync() => await closed.Task.WaitAsync(Timeout);

    public async ValueTask DisposeAsync()
    {
        if (socket.State == WebSocketState.Open)
        {
            try
            {
                using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await socket.CloseOutputAsync((WebSocketCloseStatus)4000, "test done", cts.Token);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
            }
        }
        socket.Abort();
        if (pump is not null)
        {
            await pump;
        }
        socket.Dispose();
        inflater?.Dispose();
    }

    private async Task PumpAsync()
    {
        var buffer = new byte[1 << 16];
        try
        {
            while (true)
            {
                using var message = new MemoryStream();
                ValueWebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer.AsMemory(), CancellationToken.None);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        closed.TrySetResult(((int?)socket.CloseStatus ?? 1005, socket.CloseStatusDescription ?? ""));
                        await socket.CloseOutputAsync(socket.CloseStatus ?? WebSocketCloseStatus.NormalClosure, "", CancellationToken.None);
                        return;
                    }
                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);
                byte[] bytes = message.ToArray();
                bool binary = result.MessageType == WebSocketMessageType.Binary;
                lock (Messages)
                {
                    Messages.Add((bytes, binary));
                }
                string? text = !binary ? Encoding.UTF8.GetString(bytes) : inflater is not null ? inflater.Push(bytes) : InflateAlone(bytes);
                foreach (string json in text is null ? [] : JsonPayloads.Split(text))
                {
                    payloads.Writer.TryWrite(JsonPayloads.Object(json));
                }
            }
        }
        catch (Exception e) when (e is WebSocketException or ObjectDisposedException or OperationCanceledException or InvalidDataException)
        {
            closed.TrySetResult((-1, $"{e.GetType().Name}: {e.Message}"));
        }
    }

    // Payload compression (identify compress:true): each binary message is a complete zlib stream on its own.
    private static string InflateAlone(byte[] bytes)
    {
        using var input = new MemoryStream(bytes);
        using var z = new System.IO.Compression.ZLibStream(input, System.IO.Compression.CompressionMode.Decompress);
        using var reader = new StreamReader(z, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}

internal static class Intent
{
    public const int Guilds = 1;
    public const int GuildMembers = 2;
    public const int GuildVoiceStates = 128;
    public const int GuildPresences = 256;
    public const int GuildMessages = 512;
    public const int GuildMessageReactions = 1024;
    public const int MessageContent = 32768;

    /// <summary>What the bot asks for (spec 1.7: 1923 + MESSAGE_CONTENT).</summary>
    public const int All = 34691;
}
