using System.Text.Json.Nodes;

namespace GameTime.DiscordEmulator;

/// <summary>A channel a message can live in: a guild channel or a DM with one user.</summary>
internal sealed record ChannelRef(ulong Id, int Type, EmulatedGuild? Guild, ulong? RecipientId)
{
    public ulong? GuildId => Guild?.Id;
}

/// <summary>
/// What the REST side keeps beside the community model: messages, DM channels, commands, interactions, the request
/// log and the rate limiter. Mutations run under the hub's lock (<see cref="Sync"/>), like the gateway's.
/// </summary>
internal sealed class RestState(GatewayHub hub)
{
    public GatewayHub Hub { get; } = hub;

    public EmulatorOptions Options => Hub.Options;

    public object Sync => Hub.Sync;

    public DateTimeOffset Now => Options.Time.GetUtcNow();

    public MessageStore Messages { get; } = new();

    public CommandCatalog Commands { get; } = new();

    public Dictionary<ulong, EmulatedInteraction> Interactions { get; } = [];

    /// <summary>DM channel id by recipient user id.</summary>
    public Dictionary<ulong, ulong> DmChannels { get; } = [];

    public RestRecords Records { get; } = new();

    public RateLimiter Limiter { get; } = new(hub.Options);

    public OpenApiSchema? Schema { get; set; }

    public EmulatedGuild RequireGuild(ulong guildId) =>
        Hub.Guilds.TryGetValue(guildId, out var guild) ? guild : throw RestError.UnknownGuild();

    public ChannelRef? FindChannel(ulong channelId)
    {
        foreach (var guild in Hub.Guilds.Values)
        {
            if (guild.FindChannel(channelId) is { } channel)
            {
                return new ChannelRef(channel.Id, channel.Type, guild, null);
            }
        }
        foreach (var (user, dm) in DmChannels)
        {
            if (dm == channelId)
            {
                return new ChannelRef(dm, 1, null, user);
            }
        }
        return null;
    }

    public ChannelRef RequireChannel(ulong channelId) => FindChannel(channelId) ?? throw RestError.UnknownChannel();

    /// <summary>Any member entry of the user in any guild (users exist for the emulator only as members).</summary>
    public MemberEntry? FindUser(ulong userId) =>
        Hub.Guilds.Values.Select(g => g.FindMember(userId)).FirstOrDefault(m => m is not null);

    public MemberEntry BotEntry(EmulatedGuild? guild) =>
        guild?.FindMember(Options.ApplicationId) ?? new MemberEntry(new EmulatedMember(Options.ApplicationId, Options.BotUsername, Bot: true), DateTimeOffset.UnixEpoch);

    /// <summary>Dispatches a message event (content blanked for sessions without MESSAGE_CONTENT unless readable anyway).</summary>
    public void SendMessage(string eventName, ulong? guildId, JsonObject message) => MessageDispatch.Send(Hub, eventName, guildId, message);

    public void Send(string eventName, ulong? guildId, JsonObject data)
    {
        string text = Json.Write(data);
        Hub.Fanout(eventName, guildId, _ => text);
    }
}
