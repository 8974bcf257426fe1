using System.Text.Json.Nodes;

namespace GameTime.DiscordEmulator;

/// <summary>Where a guild reports changes made after clients connected (implemented by the gateway).</summary>
internal interface IGuildEvents
{
    object Sync { get; }
    EmulatorOptions Options { get; }
    void Dispatch(string eventName, ulong? guildId, Func<GatewaySession, JsonNode?> payload);
}

/// <summary>One guild of the emulated community. Every method is safe to call while clients are connected.</summary>
public sealed class EmulatedGuild
{
    // Permissions of @everyone in a fresh guild, and of the bot's managed role (the 2.6 set plus VIEW_CHANNEL etc.).
    private const string EveryonePermissions = "2248473465835073";
    private const string BotPermissions = "2269727295925328";

    private readonly IGuildEvents events;
    private readonly List<EmulatedRole> roles = [];
    private readonly List<EmulatedChannel> channels = [];
    private readonly List<EmulatedEmoji> emojis = [];
    private readonly OrderedDictionary<ulong, MemberEntry> members = [];

    internal EmulatedGuild(IGuildEvents events, ulong id, string name)
    {
        this.events = events;
        Id = id;
        Name = name;
        CreatedAt = DateTimeOffset.UtcNow;
        // @everyone's role id is the guild id, as on Discord.
        roles.Add(new EmulatedRole(id, "@everyone", 0, 0, EveryonePermissions, false, null));
        ulong botRole = Snowflake.Next();
        roles.Add(new EmulatedRole(botRole, events.Options.BotUsername, 0, 1, BotPermissions, true, events.Options.ApplicationId));
        members.Add(events.Options.ApplicationId, new MemberEntry(
            new EmulatedMember(events.Options.ApplicationId, events.Options.BotUsername, Roles: [botRole], Bot: true), CreatedAt));
    }

    public ulong Id { get; }

    public string Name { get; }

    internal DateTimeOffset CreatedAt { get; }

    /// <summary>In an outage (see <see cref="DiscordEmulator.SetGuildAvailableAsync"/>).</summary>
    internal bool Unavailable { get; set; }

    internal Dictionary<ulong, EmulatedVoiceState> VoiceStates { get; } = [];

    internal Dictionary<ulong, EmulatedPresence> Presences { get; } = [];

    /// <summary>Every member, the bot included (it is a member of each of its guilds).</summary>
    public IReadOnlyCollection<EmulatedMember> Members
    {
        get { lock (events.Sync) { return [.. members.Values.Select(entry => entry.Member)]; } }
    }

    internal IReadOnlyList<EmulatedRole> Roles => roles;

    internal IReadOnlyList<EmulatedChannel> Channels => channels;

    internal IReadOnlyList<EmulatedEmoji> Emojis => emojis;

    internal IEnumerable<MemberEntry> MemberEntries => members.Values;

    /// <summary>The guild owner: the first human member, else the application owner.</summary>
    internal ulong OwnerId => members.Values.FirstOrDefault(entry => !entry.Member.Bot)?.Member.UserId ?? events.Options.OwnerId;

    public ulong AddRole(string name, int color = 0, ulong? id = null) => AddRole(name, color, id, "0");

    /// <summary>A role with <paramref name="permissions"/> (a decimal string of bits: MANAGE_GUILD = 32, ADMINISTRATOR = 8).</summary>
    public ulong AddRole(string name, int color, ulong? id, string permissions)
    {
        if (!ulong.TryParse(permissions, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _))
        {
            throw new ArgumentException("Permissions are a decimal string of bits, e.g. \"32\" for MANAGE_GUILD.", nameof(permissions));
        }
        lock (events.Sync)
        {
            var role = new EmulatedRole(NewId(id), name, color, roles.Count, permissions, false, null);
            roles.Add(role);
            events.Dispatch("GUILD_ROLE_CREATE", Id, _ => new JsonObject { ["guild_id"] = Json.Id(Id), ["role"] = GuildJson.Role(role) });
            return role.Id;
        }
    }

    public ulong AddTextChannel(string name, ulong? id = null) => AddChannel(name, 0, id);

    public ulong AddVoiceChannel(string name, ulong? id = null) => AddChannel(name, 2, id);

    /// <summary>A custom emoji (the features look up rank emojis by name).</summary>
    public ulong AddEmoji(string name, ulong? id = null)
    {
        lock (events.Sync)
        {
            var emoji = new EmulatedEmoji(NewId(id), name);
            emojis.Add(emoji);
            DispatchEmojis();
            return emoji.Id;
        }
    }

    /// <summary>Deletes a custom emoji, as a moderator would in Server Settings → Emoji; false if there is none with that id.</summary>
    public bool RemoveEmoji(ulong id)
    {
        lock (events.Sync)
        {
            if (emojis.RemoveAll(e => e.Id == id) == 0) return false;
            DispatchEmojis();
            return true;
        }
    }

    // GUILD_EMOJIS_UPDATE carries the whole list after every change (GUILD_EXPRESSIONS intent).
    private void DispatchEmojis() => events.Dispatch("GUILD_EMOJIS_UPDATE", Id, _ => new JsonObject
    {
        ["guild_id"] = Json.Id(Id),
        ["emojis"] = Json.Array(emojis.Select(GuildJson.Emoji)),
    });

    /// <summary>Adds to the model only; <see cref="DiscordEmulator.MemberAddAsync"/> also dispatches GUILD_MEMBER_ADD.</summary>
    public EmulatedMember AddMember(EmulatedMember member)
    {
        ArgumentNullException.ThrowIfNull(member);
        lock (events.Sync)
        {
            foreach (ulong role in member.Roles ?? [])
            {
                if (!roles.Exists(r => r.Id == role))
                {
                    throw new ArgumentException($"Role {role} does not exist in guild {Id} ({Name}); add it with AddRole first.", nameof(member));
                }
            }
            members[member.UserId] = new MemberEntry(member, DateTimeOffset.UtcNow);
            return member;
        }
    }

    internal MemberEntry? FindMember(ulong userId) => members.GetValueOrDefault(userId);

    internal MemberEntry RequireMember(ulong userId) =>
        FindMember(userId) ?? throw new ArgumentException($"User {userId} is not a member of guild {Id} ({Name}).", nameof(userId));

    internal bool RemoveMember(ulong userId) => members.Remove(userId);

    /// <summary>Replaces a member's roles, keeping the membership's join time.</summary>
    internal MemberEntry SetMemberRoles(ulong userId, ulong[] memberRoles)
    {
        var entry = members[userId];
        var updated = entry with { Member = entry.Member with { Roles = memberRoles } };
        members[userId] = updated;
        return updated;
    }

    internal EmulatedChannel RequireChannel(ulong channelId, int type) =>
        channels.Find(c => c.Id == channelId && c.Type == type)
        ?? throw new ArgumentException($"Guild {Id} ({Name}) has no {(type == 2 ? "voice" : "text")} channel {channelId}.", nameof(channelId));

    internal EmulatedChannel? FindChannel(ulong channelId) => channels.Find(c => c.Id == channelId);

    private ulong AddChannel(string name, int type, ulong? id)
    {
        lock (events.Sync)
        {
            var channel = new EmulatedChannel(NewId(id), name, type, channels.Count(c => c.Type == type));
            channels.Add(channel);
            events.Dispatch("CHANNEL_CREATE", Id, _ => GuildJson.Channel(channel, Id));
            return channel.Id;
        }
    }

    private ulong NewId(ulong? id)
    {
        ulong value = id ?? Snowflake.Next();
        if (roles.Exists(r => r.Id == value) || channels.Exists(c => c.Id == value) || emojis.Exists(e => e.Id == value))
        {
            throw new ArgumentException($"Id {value} is already used in guild {Id} ({Name}).", nameof(id));
        }
        return value;
    }
}
