using System.Text;
using System.Text.Json.Nodes;
using GameTime.Features.Configuration;
using GameTime.Features.Data;
using GameTime.Features.Lfg;
using GameTime.Features.Members;
using GameTime.Gateway.Cache;
using GameTime.Gateway.Connection;
using GameTime.Gateway.Events;
using GameTime.Gateway.Protocol;
using GameTime.Tests.Gateway;
using GameTime.Tests.Interactions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace GameTime.Tests.Lfg;

/// <summary>
/// A guild as the gateway would fill the cache (real dispatch frames through the real DispatchProcessor), a migrated
/// database, a fake clock driving the debounce timers, and the auto-LFG service listening on the EventHub.
/// </summary>
internal sealed class LfgWorld : IAsyncDisposable
{
    public const ulong Guild = 7, Main = 100, Squad = 200, Untracked = 201;
    public const ulong Ash = 11, Tom = 12, Zoe = 13, Dima = 14, Eve = 15, Frank = 16, MusicBot = 99;

    private static readonly (ulong Id, string Name, bool Bot)[] People =
    [
        (Ash, "Ash Main", false), (Tom, "Tom 🔥", false), (Zoe, "Zoé Lefèvre", false), (Dima, "Дима", false),
        (Eve, "Eve", false), (Frank, "Frank", false), (MusicBot, "Jukebox", true),
    ];

    private readonly TempFolder _folder = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly DispatchProcessor _processor;
    private readonly Task _handlers;
    private readonly EventHub _events = new(NullLogger<EventHub>.Instance);
    private int _seq;

    public LfgWorld()
    {
        Database = new Database(_folder.File("lfg.db"));
        Database.Migrate(Clock);
        Config = new GuildConfigStore(Database, Clock);
        Config.SetChannel(Guild, "Siege Squad", ConfigChannel.Main, Main);
        Config.AddVoiceChannel(Guild, "Siege Squad", Squad);
        Cooldowns = new LfgCooldownStore(Database, Clock);
        Members = new MemberStore(Database, Clock);
        Auto = NewAutoLfg();
        // The EventHub calls whichever service is current, so a "restart" swaps it without re-subscribing.
        _events.On<SiegePresenceChanged>((e, ct) => Auto.OnPresenceChangedAsync(e, ct));
        _processor = new DispatchProcessor(Cache, _events);
        _handlers = _events.RunAsync(_stop.Token);
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 12, 3, 23, 0, 0, TimeSpan.Zero));
    public Database Database { get; }
    public GuildCache Cache { get; } = new();
    public RecordingDiscordRest Rest { get; } = new();
    public GuildConfigStore Config { get; }
    public LfgCooldownStore Cooldowns { get; }
    public MemberStore Members { get; }
    public AutoLfg Auto { get; private set; }

    private AutoLfg NewAutoLfg() => new(Config, new LfgCooldownStore(Database, Clock), new MemberStore(Database, Clock), Cache, Rest, Clock,
        NullLogger<AutoLfg>.Instance);

    /// <summary>The bot restarts: a new service (empty memory, no timers) over the same database.</summary>
    public void Restart()
    {
        Auto.Dispose();
        Auto = NewAutoLfg();
    }

    /// <summary>GUILD_CREATE with who is in which voice channel and their Siege details (null: no Siege presence).</summary>
    public Task GuildCreateAsync(params (ulong User, ulong? Voice, string? Details)[] state)
    {
        var d = new JsonObject
        {
            ["id"] = Id(Guild), ["name"] = "Siege Squad", ["owner_id"] = Id(Ash),
            ["channels"] = new JsonArray(Channel(Main, 0, "siege"), Channel(Squad, 2, "Squad 1"), Channel(Untracked, 2, "AFK")),
            ["roles"] = new JsonArray(),
            ["members"] = new JsonArray([.. People.Select(p => (JsonNode)Member(p.Id, p.Name, p.Bot))]),
            ["voice_states"] = new JsonArray([.. state.Where(s => s.Voice is not null).Select(s =>
                (JsonNode)new JsonObject { ["user_id"] = Id(s.User), ["channel_id"] = Id(s.Voice!.Value), ["session_id"] = "s" + s.User })]),
            ["presences"] = new JsonArray([.. state.Where(s => s.Details is not null).Select(s =>
                (JsonNode)new JsonObject { ["user"] = new JsonObject { ["id"] = Id(s.User) }, ["status"] = "online", ["activities"] = JsonNode.Parse(Siege(s.Details!)) })]),
        };
        return DispatchAsync("GUILD_CREATE", d);
    }

    /// <summary>A PRESENCE_UPDATE as Discord sends it, with the member's whole activity list.</summary>
    public Task PresenceAsync(ulong user, string activitiesJson) => DispatchAsync("PRESENCE_UPDATE", new JsonObject
    {
        ["user"] = new JsonObject { ["id"] = Id(user) }, ["guild_id"] = Id(Guild), ["status"] = "online",
        ["activities"] = JsonNode.Parse(activitiesJson), ["client_status"] = new JsonObject { ["desktop"] = "online" },
    });

    public Task SiegeAsync(ulong user, string details, string? state = null) => PresenceAsync(user, Siege(details, state));

    public Task VoiceAsync(ulong user, ulong? channel) => DispatchAsync("VOICE_STATE_UPDATE", new JsonObject
    {
        ["guild_id"] = Id(Guild), ["channel_id"] = channel is { } c ? Id(c) : null, ["user_id"] = Id(user), ["session_id"] = "s" + user,
        ["member"] = Member(user, People.First(p => p.Id == user).Name, People.First(p => p.Id == user).Bot),
    });

    /// <summary>A Rainbow Six Siege rich presence (type 0) as the game reports it.</summary>
    public static string Siege(string details, string? state = null) => new JsonArray(new JsonObject
    {
        ["type"] = 0, ["name"] = "Rainbow Six Siege", ["details"] = details, ["state"] = state, ["application_id"] = "445956193924546560",
        ["timestamps"] = new JsonObject { ["start"] = 1764800000000 },
        ["assets"] = new JsonObject { ["large_image"] = "1234", ["large_text"] = "Rainbow Six Siege" },
    }).ToJsonString();

    /// <summary>Moves the fake clock and waits until every evaluation the timers started has finished.</summary>
    public async Task AdvanceAsync(TimeSpan by)
    {
        Clock.Advance(by);
        await Auto.WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(10));
    }

    public List<(ulong ChannelId, GameTime.Rest.Discord.JsonMessageBody Body)> Posts
    {
        get { lock (Rest.Messages) return [.. Rest.Messages]; }
    }

    private async Task DispatchAsync(string name, JsonObject d)
    {
        var payload = Encoding.UTF8.GetBytes(new JsonObject { ["t"] = name, ["s"] = ++_seq, ["op"] = 0, ["d"] = d }.ToJsonString());
        var frame = GatewayFrame.Read(payload, out _);
        _processor.Process(frame.Event, frame.Data(payload));
        await _events.DrainedAsync();
    }

    private static string Id(ulong id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static JsonObject Channel(ulong id, int type, string name) => new() { ["id"] = Id(id), ["type"] = type, ["name"] = name, ["position"] = 0 };

    private static JsonObject Member(ulong id, string name, bool bot) => new()
    {
        ["user"] = new JsonObject { ["id"] = Id(id), ["username"] = name.ToLowerInvariant(), ["global_name"] = name, ["bot"] = bot },
        ["roles"] = new JsonArray(),
    };

    public async ValueTask DisposeAsync()
    {
        Auto.Dispose();
        await _stop.CancelAsync();
        await _handlers;
        _stop.Dispose();
        _folder.Dispose();
    }
}
