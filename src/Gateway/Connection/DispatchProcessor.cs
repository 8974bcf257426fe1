using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using GameTime.Gateway.Cache;
using GameTime.Gateway.Events;
using GameTime.Gateway.Protocol;
using GameTime.Gateway.Wire;

namespace GameTime.Gateway.Connection;

/// <summary>
/// Turns one dispatch into cache updates and feature events. The cache's own events are always read;
/// messages, reactions and interactions only while a feature listens. Everything else is skipped unparsed.
/// </summary>
internal sealed class DispatchProcessor(GuildCache cache, EventHub events, bool compactAfterGuildsLoaded = false)
{
    // Guilds named in the session's READY that have not arrived yet.
    private readonly HashSet<ulong> _loading = [];

    public bool Needs(DispatchEvent e) => e switch
    {
        DispatchEvent.Ready or DispatchEvent.GuildCreate or DispatchEvent.GuildUpdate or DispatchEvent.GuildDelete
            or DispatchEvent.ChannelCreate or DispatchEvent.ChannelUpdate or DispatchEvent.ChannelDelete
            or DispatchEvent.GuildRoleCreate or DispatchEvent.GuildRoleUpdate or DispatchEvent.GuildRoleDelete or DispatchEvent.GuildEmojisUpdate
            or DispatchEvent.GuildMemberAdd or DispatchEvent.GuildMemberUpdate or DispatchEvent.GuildMemberRemove
            or DispatchEvent.GuildMembersChunk or DispatchEvent.VoiceStateUpdate or DispatchEvent.PresenceUpdate => true,
        DispatchEvent.None or DispatchEvent.Unknown => false,
        _ => events.Wants(e),
    };

    /// <summary>Applies the dispatch; returns READY's data when it is a READY (the session needs it).</summary>
    public JsonReady? Process(DispatchEvent e, ReadOnlySpan<byte> data)
    {
        switch (e)
        {
            case DispatchEvent.Ready:
                var ready = Read(data, GatewayJson.Default.JsonReady);
                cache.BotUserId = ready.User.Id;
                cache.ApplicationId = ready.Application?.Id ?? ready.User.Id;
                events.Publish(new SessionReady(ready.User.Id, cache.ApplicationId, ready.Guilds.Length));
                _loading.Clear();
                foreach (var g in ready.Guilds) _loading.Add(g.Id);
                if (_loading.Count == 0) Loaded(0);
                return ready;
            case DispatchEvent.Resumed:
                events.Publish(new SessionResumed());
                break;
            case DispatchEvent.GuildCreate or DispatchEvent.GuildUpdate:
                var guild = Read(data, GatewayJson.Default.JsonGuild);
                cache.ApplyGuild(guild);
                if (e == DispatchEvent.GuildCreate && !guild.Unavailable)
                    events.Publish(new GuildAvailable(guild.Id, guild.Name ?? "", cache.MemberCount(guild.Id)));
                if (e == DispatchEvent.GuildCreate && _loading.Remove(guild.Id) && _loading.Count == 0)
                    Loaded(cache.GuildIds.Count);
                break;
            case DispatchEvent.GuildDelete:
                var gone = Read(data, GatewayJson.Default.JsonGuildDelete);
                cache.RemoveGuild(gone.Id, gone.Unavailable);
                events.Publish(new GuildGone(gone.Id, gone.Unavailable));
                break;
            case DispatchEvent.ChannelCreate or DispatchEvent.ChannelUpdate or DispatchEvent.ChannelDelete:
                cache.ApplyChannel(Read(data, GatewayJson.Default.JsonChannel), deleted: e == DispatchEvent.ChannelDelete);
                break;
            case DispatchEvent.GuildRoleCreate or DispatchEvent.GuildRoleUpdate or DispatchEvent.GuildRoleDelete:
                cache.ApplyRole(Read(data, GatewayJson.Default.JsonRoleEvent), deleted: e == DispatchEvent.GuildRoleDelete);
                break;
            case DispatchEvent.GuildEmojisUpdate:
                var emojis = Read(data, GatewayJson.Default.JsonEmojisUpdate);
                cache.ApplyEmojis(emojis.GuildId, emojis.Emojis);
                break;
            case DispatchEvent.GuildMemberAdd or DispatchEvent.GuildMemberUpdate:
                var member = Read(data, GatewayJson.Default.JsonMember);
                if (member.User is not { } user) break;
                var name = cache.ApplyMember(member.GuildId, member);
                if (e == DispatchEvent.GuildMemberAdd) events.Publish(new MemberJoined(member.GuildId, user.Id, name, user.Bot));
                else events.Publish(new MemberUpdated(member.GuildId, user.Id, name));
                break;
            case DispatchEvent.GuildMemberRemove:
                var removed = Read(data, GatewayJson.Default.JsonMemberRemove);
                string? leftName = cache.TryGetMember(removed.GuildId, removed.User.Id, out var known) ? known.DisplayName : null;
                cache.RemoveMember(removed.GuildId, removed.User.Id);
                events.Publish(new MemberLeft(removed.GuildId, removed.User.Id, leftName));
                break;
            case DispatchEvent.GuildMembersChunk:
                var chunk = Read(data, GatewayJson.Default.JsonMembersChunk);
                foreach (var m in chunk.Members) cache.ApplyMember(chunk.GuildId, m);
                foreach (var p in chunk.Presences ?? []) cache.ApplyPresence(chunk.GuildId, p);
                break;
            case DispatchEvent.VoiceStateUpdate:
                ProcessVoiceState(Read(data, GatewayJson.Default.JsonVoiceState));
                break;
            case DispatchEvent.PresenceUpdate:
                var presence = Read(data, GatewayJson.Default.JsonPresence);
                if (presence.GuildId is not { } presenceGuild) break;
                var (before, after) = cache.ApplyPresence(presenceGuild, presence);
                if (before != after) events.Publish(new SiegePresenceChanged(presenceGuild, presence.User.Id, before, after));
                break;
            case DispatchEvent.MessageCreate:
                var message = Read(data, GatewayJson.Default.JsonMessage);
                if (message.GuildId is not { } messageGuild) break;
                events.Publish(new MessageReceived(messageGuild, message.ChannelId, message.Id, message.Author.Id,
                    GuildCache.DisplayName(message.Member, message.Author), message.Author.Bot, message.Content ?? "",
                    message.Mentions?.Select(u => u.Id).ToArray() ?? [], message.MessageReference?.MessageId));
                break;
            case DispatchEvent.MessageReactionAdd or DispatchEvent.MessageReactionRemove:
                var reaction = Read(data, GatewayJson.Default.JsonReaction);
                if (reaction.GuildId is not { } reactionGuild) break;
                bool isBot = reaction.Member?.User?.Bot
                    ?? (cache.TryGetMember(reactionGuild, reaction.UserId, out var reactor) && reactor.IsBot);
                events.Publish(new ReactionChanged(e == DispatchEvent.MessageReactionAdd, reactionGuild, reaction.ChannelId,
                    reaction.MessageId, reaction.UserId, reaction.Emoji.Name ?? "", reaction.Emoji.Id, isBot));
                break;
            case DispatchEvent.InteractionCreate:
                events.Publish(new InteractionReceived(data.ToArray()));
                break;
            case DispatchEvent.VoiceServerUpdate:
                var server = Read(data, GatewayJson.Default.JsonVoiceServer);
                events.Publish(new VoiceServerChanged(server.GuildId, server.Token, server.Endpoint));
                break;
        }
        return null;
    }

    private void Loaded(int guilds)
    {
        if (compactAfterGuildsLoaded) GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        events.Publish(new GuildsLoaded(guilds));
    }

    private void ProcessVoiceState(JsonVoiceState state)
    {
        if (state.GuildId is not { } guildId) return;
        var before = cache.ApplyVoiceState(guildId, state);
        if (before == state.ChannelId) return; // mute/deafen/stream toggles are not moves
        string name = cache.TryGetMember(guildId, state.UserId, out var member) ? member.DisplayName
            : state.Member?.User is { } u ? GuildCache.DisplayName(state.Member, u) : state.UserId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        events.Publish(new VoiceStateChanged(guildId, state.UserId, name, member.IsBot, before, state.ChannelId, state.SessionId));
    }

    private static T Read<T>(ReadOnlySpan<byte> data, JsonTypeInfo<T> type) =>
        JsonSerializer.Deserialize(data, type) ?? throw new JsonException($"null data for {typeof(T).Name}");
}
