using System.Net;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GameTime.DiscordEmulator;

/// <summary>
/// A local Discord: the gateway (WebSocket, zlib-stream, heartbeats, resume, intents, limits) and the REST routes it
/// needs, served by Kestrel on 127.0.0.1, with a community model the test drives and records the test asserts on.
/// </summary>
public sealed partial class DiscordEmulator : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly GatewayHub hub;
    private readonly EmulatorRecords records;
    private readonly RestState rest;

    private DiscordEmulator(WebApplication app, GatewayHub hub, EmulatorRecords records, RestState rest, int port)
    {
        this.app = app;
        this.hub = hub;
        this.records = records;
        this.rest = rest;
        ApiBase = new Uri($"http://127.0.0.1:{port}/api");
        // Real resume_gateway_url values have no path ("wss://gateway-us-east1-c.discord.gg"); this server shares
        // one port with REST, so its gateway lives at /gateway (and /gateway/ for clients that append "/?v=10").
        GatewayUrl = new Uri($"ws://127.0.0.1:{port}/gateway");
        hub.GatewayUrl = GatewayUrl.ToString();
    }

    public EmulatorOptions Options => hub.Options;

    /// <summary>"http://127.0.0.1:{port}/api": the bot's DISCORD_API_BASE; routes live under /api/v10/.</summary>
    public Uri ApiBase { get; }

    /// <summary>"ws://127.0.0.1:{port}/gateway", the "url" of GET /api/v10/gateway/bot.</summary>
    public Uri GatewayUrl { get; }

    public static Task<DiscordEmulator> StartAsync(EmulatorOptions? options = null, CancellationToken cancellationToken = default) =>
        StartAsync(options, port: 0, cancellationToken);

    internal static async Task<DiscordEmulator> StartAsync(EmulatorOptions? options, int port, CancellationToken cancellationToken)
    {
        options ??= new EmulatorOptions();
        // The empty builder reads no configuration files: no appsettings watcher, nothing from the environment.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(DiscordEmulator).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseKestrelCore();
        builder.Services.AddRoutingCore();
        if (Environment.GetEnvironmentVariable("DISCORD_EMULATOR_LOG") == "1")
        {
            builder.Logging.AddConsole();
        }
        // Embedded in a test run: leave Ctrl+C and SIGTERM to the host process.
        builder.Services.AddSingleton<IHostLifetime, EmbeddedLifetime>();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;   // Discord answers as "cloudflare", not "Kestrel"
            kestrel.Listen(IPAddress.Loopback, port);
        });
        var app = builder.Build();
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.Zero });

        var records = new EmulatorRecords();
        var hub = new GatewayHub(options, records);
        app.Map("/gateway", hub.AcceptAsync);   // routing matches "/gateway/" too
        var rest = new RestState(hub) { Schema = options.ValidateOpenApi ? OpenApiSchema.Load(options.OpenApiPath) : null };
        RestApi.Map(app, hub, rest);

        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new DiscordEmulator(app, hub, records, rest, new Uri(address).Port);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in hub.Connections())
        {
            connection.Drop();
        }
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await app.StopAsync(deadline.Token).ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }

    // Faults, applied to every open connection.

    /// <summary>Aborts every TCP connection without a close frame.</summary>
    public Task DropConnectionAsync()
    {
        hub.Connections().ForEach(c => c.Drop());
        return Task.CompletedTask;
    }

    /// <summary>Default true; false leaves heartbeats unanswered (a zombie connection).</summary>
    public bool AckHeartbeats
    {
        get => hub.AckHeartbeats;
        set => hub.AckHeartbeats = value;
    }

    /// <summary>Op 1 from the server: the client must heartbeat at once.</summary>
    public Task RequestHeartbeatAsync() => Task.WhenAll(hub.Connections().Select(c => GatewayHub.SendOp(c, 1, "null")));

    /// <summary>Op 7: the client should reconnect and resume.</summary>
    public Task SendReconnectAsync() => Task.WhenAll(hub.Connections().Select(c => GatewayHub.SendOp(c, 7, "null")));

    /// <summary>Op 9; with <paramref name="resumable"/> false the sessions are gone for good.</summary>
    public Task SendInvalidSessionAsync(bool resumable) => Task.WhenAll(hub.InvalidateSessions(resumable));

    /// <summary>Closes every connection with <paramref name="closeCode"/> (fatal codes also end the session).</summary>
    public Task CloseAsync(int closeCode, string reason = "")
    {
        hub.Connections().ForEach(c => c.CloseWith(closeCode, reason));
        return Task.CompletedTask;
    }

    /// <summary>A binary message that breaks the client's zlib stream (invalid deflate block, then a flush marker).</summary>
    public Task SendCorruptFrameAsync()
    {
        List<Task> sent = [];
        foreach (var connection in hub.Connections())
        {
            var item = new Outgoing(OutgoingKind.Corrupt) { Sent = new(TaskCreationOptions.RunContinuationsAsynchronously) };
            connection.Enqueue(item);
            sent.Add(item.Sent.Task);
        }
        return Task.WhenAll(sent);
    }

    /// <summary>Every existing session becomes unknown: a later RESUME of it gets op 9 false.</summary>
    public void ExpireSessions() => hub.ExpireSessions();

    // Records.

    /// <summary>Every frame every client sent, in order.</summary>
    public IReadOnlyList<ClientFrame> Received => records.Received;

    /// <summary>IDENTIFY payloads received (whatever the outcome).</summary>
    public int IdentifyCount => records.IdentifyCount;

    /// <summary>RESUME payloads received (whatever the outcome).</summary>
    public int ResumeCount => records.ResumeCount;

    /// <summary>WebSocket connections accepted so far.</summary>
    public int ConnectionCount => records.ConnectionCount;

    /// <summary>Sessions that became ready (READY + GUILD_CREATEs sent, or RESUMED sent) so far.</summary>
    public int ReadyCount => records.ReadyCount;

    /// <summary>Every dispatch sent, replays included, in send order per connection.</summary>
    public IReadOnlyList<(string SessionId, long Seq, string Event)> Dispatched => records.Dispatched;

    /// <summary>A frame matching <paramref name="match"/>: one already received at once, else the next; TimeoutException names the condition.</summary>
    public Task<ClientFrame> WaitForFrameAsync(Func<ClientFrame, bool> match, TimeSpan timeout, [CallerArgumentExpression(nameof(match))] string matchText = "")
    {
        ArgumentNullException.ThrowIfNull(match);
        return records.WaitForFrameAsync(match, timeout, matchText);
    }

    /// <summary>
    /// The next session to become ready (READY and all its GUILD_CREATEs sent, or RESUMED sent). Each call takes one
    /// such event, oldest first, so a session that became ready before the call counts.
    /// </summary>
    public Task WaitForReadyAsync(TimeSpan timeout) => records.WaitForReadyAsync(timeout);

    /// <summary>
    /// The next connection close, oldest first (a close before the call counts): the code the client sent in its
    /// close frame (also when it answers a server close), or -1 when the TCP connection ended without one.
    /// </summary>
    public Task<int> WaitForCloseAsync(TimeSpan timeout) => records.WaitForCloseAsync(timeout);

    private sealed class EmbeddedLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
