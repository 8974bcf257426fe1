using System.Collections.Concurrent;
using GameTime.App;
using GameTime.App.Logging;
using GameTime.DiscordEmulator;
using GameTime.Gateway;
using GameTime.Gateway.Cache;
using GameTime.Gateway.Events;
using GameTime.Rest.Discord;
using Microsoft.Extensions.Logging;

namespace GameTime.Tests.EndToEnd;

/// <summary>
/// The real gateway client, connected over loopback to the Discord emulator, with every event it
/// delivers recorded in order. Waits are bounded; nothing sleeps a fixed time.
/// </summary>
public sealed class GatewayHarness : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);
    public const ulong GuildId = 900000000000000100;
    public const ulong General = 900000000000000201, Squad1 = 900000000000000301, Squad2 = 900000000000000302;
    public const ulong Alice = 900000000000001001, Bob = 900000000000001002, Chloe = 900000000000001003;

    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<object> _events = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private Task _handlers = Task.CompletedTask;

    private GatewayHarness(DiscordEmulator.DiscordEmulator emulator) => Emulator = emulator;

    public DiscordEmulator.DiscordEmulator Emulator { get; }
    public GuildCache Cache { get; } = new();
    public GatewayClient Client { get; private set; } = null!;
    public Task Running { get; private set; } = Task.CompletedTask;
    public StringWriter Log { get; } = new();
    private DiscordRestClient _rest = null!;

    /// <summary>Heartbeats every second so the tests exercise them, with 5 intervals of slack: on a loaded 2-core CI machine
    /// a beat can be late by more than Discord's half interval, and a 4009 in the middle of a test loses its interaction.</summary>
    internal static EmulatorOptions FastHeartbeats => new() { HeartbeatIntervalMs = 1000, HeartbeatSlack = 5 };

    public static async Task<GatewayHarness> StartAsync(EmulatorOptions? options = null, bool compress = true, bool seed = true,
        bool connect = true, string? clientToken = null)
    {
        var emulator = await DiscordEmulator.DiscordEmulator.StartAsync(options ?? FastHeartbeats);
        var harness = new GatewayHarness(emulator);
        if (seed) SeedGuild(emulator);
        harness.Create(compress, clientToken ?? emulator.Options.BotToken);
        if (connect) await harness.ConnectAsync();
        return harness;
    }

    public static void SeedGuild(DiscordEmulator.DiscordEmulator emulator)
    {
        var guild = emulator.AddGuild(GuildId, "Siege Test Squad");
        guild.AddTextChannel("general", General);
        guild.AddVoiceChannel("Squad 1", Squad1);
        guild.AddVoiceChannel("Squad 2", Squad2);
        var ranked = guild.AddRole("Diamond");
        guild.AddMember(new EmulatedMember(Alice, "alice", "Alice", Roles: [ranked], Avatar: "0123456789abcdef0123456789abcdef"));
        guild.AddMember(new EmulatedMember(Bob, "bob", "Bøb Ñandú"));
        guild.AddMember(new EmulatedMember(Chloe, "chloe", Nick: "Хлоя"));
    }

    private void Create(bool compress, string token)
    {
        var logs = new LineLoggerFactory(LogLevel.Debug, Log, TimeProvider.System, journald: false);
        var events = new EventHub(new Logger<EventHub>(logs));
        Subscribe<SessionReady>(events);
        Subscribe<SessionResumed>(events);
        Subscribe<GuildAvailable>(events);
        Subscribe<VoiceStateChanged>(events);
        Subscribe<SiegePresenceChanged>(events);
        Subscribe<MemberJoined>(events);
        Subscribe<MemberLeft>(events);
        Subscribe<MessageReceived>(events);
        Subscribe<ReactionChanged>(events);
        _rest = new DiscordRestClient(Emulator.ApiBase, token, "test");
        Client = new GatewayClient(
            new GatewayOptions { Token = token, Compress = compress },
            new RestGatewayInfoSource(_rest), Cache, events, TimeProvider.System, logs);
        _handlers = events.RunAsync(_stop.Token);
    }

    private void Subscribe<T>(EventHub hub) where T : class, IGatewayEvent =>
        hub.On<T>((e, _) =>
        {
            _events.Enqueue(e);
            _arrived.Release();
            return Task.CompletedTask;
        });

    public async Task ConnectAsync()
    {
        Running = Client.RunAsync(_stop.Token);
        await Next<SessionReady>();
        await Emulator.WaitForReadyAsync(Patience);
    }

    /// <summary>The next event of type T (events of other types before it are passed over and kept in <see cref="Seen"/>).</summary>
    public async Task<T> Next<T>(Func<T, bool>? match = null) where T : class
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            while (_events.TryDequeue(out var e))
            {
                Seen.Add(e);
                if (e is T t && (match is null || match(t))) return t;
            }
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || !await _arrived.WaitAsync(left))
                throw new TimeoutException($"no {typeof(T).Name} within {Patience}; client log:\n{Log}");
        }
    }

    /// <summary>Every event taken out of the queue so far, in arrival order.</summary>
    public List<object> Seen { get; } = [];

    /// <summary>Waits until <paramref name="count"/> messages have arrived in total; returns their ids in arrival order.</summary>
    public async Task<List<ulong>> Messages(int count)
    {
        while (Seen.OfType<MessageReceived>().Count() < count) await Next<MessageReceived>();
        return [.. Seen.OfType<MessageReceived>().Select(m => m.MessageId)];
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try { await Running.WaitAsync(Patience); }
        catch (Exception ex) when (ex is GameTime.Gateway.Protocol.GatewayFatalException or OperationCanceledException) { }
        await _handlers;
        _rest.Dispose();
        await Emulator.DisposeAsync();
        _stop.Dispose();
        _arrived.Dispose();
    }
}
