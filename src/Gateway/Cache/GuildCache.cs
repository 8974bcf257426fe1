using System.Globalization;
using GameTime.Gateway.Wire;

namespace GameTime.Gateway.Cache;

/// <summary>
/// Exactly what the features read, per guild: channels, roles, custom emoji (name and id), members (display name, roles,
/// avatar), who is in which voice channel, and each member's Rainbow Six Siege presence. Written by the gateway's
/// reader as events arrive; read from any thread through methods that copy out what they return.
/// </summary>
public sealed class GuildCache
{
    private readonly Dictionary<ulong, GuildState> _guilds = [];
    private readonly Lock _gate = new();

    public ulong BotUserId { get; internal set; }
    public ulong ApplicationId { get; internal set; }

    private sealed class GuildState(ulong id)
    {
        public readonly ulong Id = id;
        public string Name = "";
        public ulong OwnerId;
        public bool Available;
        public readonly Dictionary<ulong, CachedChannel> Channels = [];
        public readonly Dictionary<ulong, CachedRole> Roles = [];
        public readonly Dictionary<string, string> Emojis = new(StringComparer.Ordinal);   // name → "<:name:id>"
        public readonly MemberTable Members = new();
        public readonly Dictionary<ulong, ulong> VoiceChannelOf = [];
        public readonly Dictionary<ulong, SiegeActivity> Siege = [];
    }

    // ---- reads ----

    public IReadOnlyList<ulong> GuildIds
    {
        get { lock (_gate) return [.. _guilds.Keys]; }
    }

    public string? GuildName(ulong guildId)
    {
        lock (_gate) return _guilds.TryGetValue(guildId, out var g) ? g.Name : null;
    }

    public ulong? GuildOwner(ulong guildId)
    {
        lock (_gate) return _guilds.TryGetValue(guildId, out var g) ? g.OwnerId : null;
    }

    public int MemberCount(ulong guildId)
    {
        lock (_gate) return _guilds.TryGetValue(guildId, out var g) ? g.Members.Count : 0;
    }

    public int TotalMembers
    {
        get { lock (_gate) return _guilds.Values.Sum(g => g.Members.Count); }
    }

    public bool TryGetMember(ulong guildId, ulong userId, out CachedMember member)
    {
        lock (_gate)
        {
            if (_guilds.TryGetValue(guildId, out var g)) return g.Members.TryGet(userId, out member);
        }
        member = default;
        return false;
    }

    public IReadOnlyList<CachedMember> Members(ulong guildId)
    {
        lock (_gate) return _guilds.TryGetValue(guildId, out var g) ? g.Members.All() : [];
    }

    public bool TryGetChannel(ulong guildId, ulong channelId, out CachedChannel channel)
    {
        lock (_gate)
        {
            if (_guilds.TryGetValue(guildId, out var g)) return g.Channels.TryGetValue(channelId, out channel);
        }
        channel = default;
        return false;
    }

    public IReadOnlyList<CachedChannel> Channels(ulong guildId)
    {
        lock (_gate) return _guilds.TryGetValue(guildId, out var g) ? [.. g.Channels.Values.OrderBy(c => c.Position)] : [];
    }

    public IReadOnlyList<CachedRole> Roles(ulong guildId)
    {
        lock (_gate) return _guilds.TryGetValue(guildId, out var g) ? [.. g.Roles.Values.OrderByDescending(r => r.Position)] : [];
    }

    /// <summary>The guild's usable custom emoji with exactly this name, as message text ("&lt;:Gold:123&gt;"), or null.</summary>
    public string? CustomEmoji(ulong guildId, string name)
    {
        lock (_gate) return _guilds.TryGetValue(guildId, out var g) ? g.Emojis.GetValueOrDefault(name) : null;
    }

    /// <summary>The voice channel a member is in, or null.</summary>
    public ulong? VoiceChannelOf(ulong guildId, ulong userId)
    {
        lock (_gate)
            return _guilds.TryGetValue(guildId, out var g) && g.VoiceChannelOf.TryGetValue(userId, out var c) ? c : null;
    }

    /// <summary>Everyone in a voice channel, with their Siege presence if they have one.</summary>
    public IReadOnlyList<(CachedMember Member, SiegeActivity? Siege)> VoiceChannelMembers(ulong guildId, ulong channelId)
    {
        lock (_gate)
        {
            if (!_guilds.TryGetValue(guildId, out var g)) return [];
            var list = new List<(CachedMember, SiegeActivity?)>();
            foreach (var (userId, channel) in g.VoiceChannelOf)
            {
                if (channel != channelId) continue;
                if (!g.Members.TryGet(userId, out var member))
                    member = new CachedMember(userId, userId.ToString(CultureInfo.InvariantCulture), [], null, false);
                list.Add((member, g.Siege.GetValueOrDefault(userId)));
            }
            return list;
        }
    }

    /// <summary>Every (member, channel) in voice in the guild.</summary>
    public IReadOnlyList<(ulong UserId, ulong ChannelId)> VoiceStates(ulong guildId)
    {
        lock (_gate) return _guilds.TryGetValue(guildId, out var g) ? [.. g.VoiceChannelOf.Select(kv => (kv.Key, kv.Value))] : [];
    }

    public SiegeActivity? SiegePresence(ulong guildId, ulong userId)
    {
        lock (_gate) return _guilds.TryGetValue(guildId, out var g) ? g.Siege.GetValueOrDefault(userId) : null;
    }

    // ---- writes (the gateway reader) ----

    internal void ApplyGuild(JsonGuild guild)
    {
        lock (_gate)
        {
            var g = Guild(guild.Id);
            g.Available = !guild.Unavailable;
            if (guild.Name is not null) g.Name = guild.Name;
            if (guild.OwnerId != 0) g.OwnerId = guild.OwnerId;
            if (guild.Roles is { } roles)
            {
                g.Roles.Clear();
                foreach (var role in roles) g.Roles[role.Id] = ToRole(role);
            }
            if (guild.Emojis is { } emojis) SetEmojis(g, emojis);
            if (guild.Channels is { } channels)
            {
                g.Channels.Clear();
                foreach (var channel in channels) g.Channels[channel.Id] = ToChannel(channel);
            }
            if (guild.Members is { } members)
            {
                foreach (var member in members) UpsertMember(g, member);
                g.Members.TrimExcess();
            }
            if (guild.VoiceStates is { } voice)
            {
                // GUILD_CREATE carries the whole truth: who is not listed is not in voice.
                g.VoiceChannelOf.Clear();
                foreach (var state in voice)
                {
                    if (state.ChannelId is { } c) g.VoiceChannelOf[state.UserId] = c;
                    if (state.Member is { } m) UpsertMember(g, m);
                }
            }
            if (guild.Presences is { } presences)
            {
                g.Siege.Clear();
                foreach (var presence in presences)
                {
                    if (SiegeActivity.From(presence.Activities) is { } siege) g.Siege[presence.User.Id] = siege;
                }
            }
        }
    }

    /// <summary>Marks a guild unavailable (outage) or forgets it (the bot was removed).</summary>
    internal void RemoveGuild(ulong guildId, bool unavailable)
    {
        lock (_gate)
        {
            if (!unavailable) _guilds.Remove(guildId);
            else if (_guilds.TryGetValue(guildId, out var g)) g.Available = false;
        }
    }

    internal void ApplyChannel(JsonChannel channel, bool deleted)
    {
        if (channel.GuildId is not { } guildId) return; // DMs are not cached
        lock (_gate)
        {
            var g = Guild(guildId);
            if (deleted) g.Channels.Remove(channel.Id);
            else g.Channels[channel.Id] = ToChannel(channel);
        }
    }

    internal void ApplyRole(JsonRoleEvent e, bool deleted)
    {
        lock (_gate)
        {
            var g = Guild(e.GuildId);
            if (deleted) g.Roles.Remove(e.RoleId);
            else if (e.Role is { } role) g.Roles[role.Id] = ToRole(role);
        }
    }

    /// <summary>GUILD_EMOJIS_UPDATE carries the guild's whole list.</summary>
    internal void ApplyEmojis(ulong guildId, JsonGuildEmoji[] emojis)
    {
        lock (_gate) SetEmojis(Guild(guildId), emojis);
    }

    private static void SetEmojis(GuildState g, JsonGuildEmoji[] emojis)
    {
        g.Emojis.Clear();
        foreach (var emoji in emojis)
        {
            if (emoji is not { Id: { } id, Name: { Length: > 0 } name, Available: true }) continue;
            // Two emoji may share a name: the first listed wins.
            g.Emojis.TryAdd(name, string.Create(CultureInfo.InvariantCulture, $"<{(emoji.Animated ? "a" : "")}:{name}:{id}>"));
        }
    }

    /// <summary>Adds or updates a member; returns their display name.</summary>
    internal string ApplyMember(ulong guildId, JsonMember member)
    {
        lock (_gate) return UpsertMember(Guild(guildId), member);
    }

    internal void RemoveMember(ulong guildId, ulong userId)
    {
        lock (_gate)
        {
            if (!_guilds.TryGetValue(guildId, out var g)) return;
            g.Members.Remove(userId);
            g.Siege.Remove(userId);
        }
    }

    /// <summary>Applies a voice state; returns the channel the member was in before.</summary>
    internal ulong? ApplyVoiceState(ulong guildId, JsonVoiceState state)
    {
        lock (_gate)
        {
            var g = Guild(guildId);
            ulong? before = g.VoiceChannelOf.TryGetValue(state.UserId, out var b) ? b : null;
            if (state.ChannelId is { } after) g.VoiceChannelOf[state.UserId] = after;
            else g.VoiceChannelOf.Remove(state.UserId);
            if (state.Member is { } m) UpsertMember(g, m);
            return before;
        }
    }

    /// <summary>Applies a presence; returns the Siege activity before and after.</summary>
    internal (SiegeActivity? Before, SiegeActivity? After) ApplyPresence(ulong guildId, JsonPresence presence)
    {
        var after = SiegeActivity.From(presence.Activities);
        lock (_gate)
        {
            var g = Guild(guildId);
            var before = g.Siege.GetValueOrDefault(presence.User.Id);
            if (after is null) g.Siege.Remove(presence.User.Id);
            else g.Siege[presence.User.Id] = after;
            return (before, after);
        }
    }

    private GuildState Guild(ulong guildId)
    {
        if (!_guilds.TryGetValue(guildId, out var g)) _guilds[guildId] = g = new GuildState(guildId);
        return g;
    }

    private static string UpsertMember(GuildState g, JsonMember member)
    {
        var user = member.User;
        if (user is null) return "";
        var name = DisplayName(member, user);
        g.Members.Upsert(user.Id, name, member.Roles, member.Avatar ?? user.Avatar, user.Bot);
        return name;
    }

    /// <summary>What Discord shows: the server nickname, else the global display name, else the username.</summary>
    public static string DisplayName(JsonMember? member, JsonUser user) =>
        NonEmpty(member?.Nick) ?? NonEmpty(user.GlobalName) ?? NonEmpty(user.Username) ?? user.Id.ToString(CultureInfo.InvariantCulture);

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    private static CachedRole ToRole(JsonRole role) =>
        new(role.Id, role.Name, ulong.TryParse(role.Permissions, NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : 0, role.Position);

    private static CachedChannel ToChannel(JsonChannel channel) =>
        new(channel.Id, channel.Name ?? "", channel.Type is >= 0 and <= 255 && Enum.IsDefined((ChannelKind)channel.Type) ? (ChannelKind)channel.Type : ChannelKind.Other,
            channel.ParentId, channel.Position);
}
