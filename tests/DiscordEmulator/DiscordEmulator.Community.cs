using System.Text.Json;
using System.Text.Json.Nodes;

namespace GameTime.DiscordEmulator;

/// <summary>The community model and the pushes that change it and dispatch the matching events.</summary>
public sealed partial class DiscordEmulator
{
    private static readonly string[] Statuses = ["online", "idle", "dnd", "offline", "invisible"];
    private readonly Dictionary<ulong, ulong> messageAuthors = [];

    /// <summary>Adds a guild the bot is in (with @everyone and the bot's managed role); after connect it also dispatches GUILD_CREATE.</summary>
    public EmulatedGuild AddGuild(ulong guildId, string name)
    {
        lock (hub.Sync)
        {
            if (hub.Guilds.ContainsKey(guildId))
            {
                throw new ArgumentException($"Guild {guildId} already exists.", nameof(guildId));
            }
            var guild = new EmulatedGuild(hub, guildId, name);
            hub.Guilds.Add(guildId, guild);
            hub.Fanout("GUILD_CREATE", guildId, session => Json.Write(SessionJson.GuildCreate(guild, session, Options.ApplicationId)));
            return guild;
        }
    }

    public EmulatedGuild Guild(ulong guildId)
    {
        lock (hub.Sync)
        {
            return hub.Guilds.TryGetValue(guildId, out var guild) ? guild
                : throw new KeyNotFoundException($"The emulator has no guild {guildId}; add it with AddGuild first.");
        }
    }

    /// <summary>
    /// A guild outage: false dispatches GUILD_DELETE {id, unavailable: true} and keeps the guild out of new sessions'
    /// GUILD_CREATEs (READY still lists it); true ends it with a full GUILD_CREATE.
    /// </summary>
    public Task SetGuildAvailableAsync(ulong guildId, bool available)
    {
        lock (hub.Sync)
        {
            var guild = Guild(guildId);
            if (guild.Unavailable != available)
            {
                return Task.CompletedTask;
            }
            guild.Unavailable = !available;
            return Task.WhenAll(hub.Fanout(available ? "GUILD_CREATE" : "GUILD_DELETE", guildId, session => available
                ? Json.Write(SessionJson.GuildCreate(guild, session, Options.ApplicationId))
                : Json.Write(new JsonObject { ["id"] = Json.Id(guildId), ["unavailable"] = true })));
        }
    }

    public Task VoiceJoinAsync(ulong guildId, ulong userId, ulong channelId) => SetVoice(guildId, userId, channelId);

    public Task VoiceMoveAsync(ulong guildId, ulong userId, ulong channelId) => SetVoice(guildId, userId, channelId);

    public Task VoiceLeaveAsync(ulong guildId, ulong userId) => SetVoice(guildId, userId, null);

    public Task SetPresenceAsync(ulong guildId, ulong userId, string status, params EmulatedActivity[] activities)
    {
        if (!Statuses.Contains(status))
        {
            throw new ArgumentException($"Status must be one of {string.Join(", ", Statuses)}.", nameof(status));
        }
        lock (hub.Sync)
        {
            var guild = Guild(guildId);
            guild.RequireMember(userId);
            var presence = new EmulatedPresence(userId, status, activities ?? [], DateTimeOffset.UtcNow);
            guild.Presences[userId] = presence;
            return Send("PRESENCE_UPDATE", guildId, PresenceJson.Presence(presence, guildId));
        }
    }

    public Task MemberAddAsync(ulong guildId, EmulatedMember member)
    {
        lock (hub.Sync)
        {
            var guild = Guild(guildId);
            guild.AddMember(member);
            return Send("GUILD_MEMBER_ADD", guildId, EventJson.MemberAdd(guild.RequireMember(member.UserId), guildId));
        }
    }

    public Task MemberRemoveAsync(ulong guildId, ulong userId)
    {
        lock (hub.Sync)
        {
            var guild = Guild(guildId);
            var entry = guild.RequireMember(userId);
            guild.RemoveMember(userId);
            guild.VoiceStates.Remove(userId);
            guild.Presences.Remove(userId);
            return Send("GUILD_MEMBER_REMOVE", guildId, EventJson.MemberRemove(entry.Member, guildId));
        }
    }

    public async Task<ulong> MessageCreateAsync(ulong guildId, ulong channelId, ulong authorId, string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length is 0 or > 4000)
        {
            throw new ArgumentException("A message needs 1–4000 characters of content (2000 unless the author has Nitro).", nameof(content));
        }
        ulong messageId;
        Task sent;
        lock (hub.Sync)
        {
            var guild = Guild(guildId);
            guild.RequireChannel(channelId, type: 0);
            var author = guild.RequireMember(authorId);
            messageId = Snowflake.Next();
            messageAuthors[messageId] = authorId;
            var message = EventJson.Message(guild, channelId, messageId, author, content, DateTimeOffset.UtcNow);
            rest.Messages.Add(new MessageEntry(messageId, channelId, guildId, authorId, (JsonObject)message.DeepClone()));
            sent = SendMessage("MESSAGE_CREATE", guildId, message);
        }
        await sent.ConfigureAwait(false);
        return messageId;
    }

    public Task ReactionAddAsync(ulong guildId, ulong channelId, ulong messageId, ulong userId, string emoji) =>
        React(add: true, guildId, channelId, messageId, userId, emoji);

    public Task ReactionRemoveAsync(ulong guildId, ulong channelId, ulong messageId, ulong userId, string emoji) =>
        React(add: false, guildId, channelId, messageId, userId, emoji);

    /// <summary>Dispatches any event as given, filtered by the intent its name needs; MESSAGE_CREATE/UPDATE content is blanked as usual.</summary>
    public Task DispatchAsync(string eventName, string dataJson, ulong? guildId = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventName);
        JsonNode? data;
        try
        {
            data = JsonNode.Parse(dataJson);
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"dataJson is not valid JSON: {e.Message}", nameof(dataJson), e);
        }
        lock (hub.Sync)
        {
            if (eventName is "MESSAGE_CREATE" or "MESSAGE_UPDATE" && data is JsonObject message)
            {
                return SendMessage(eventName, guildId, message);
            }
            // GUILD_MEMBER_UPDATE about the bot itself arrives even without GUILD_MEMBERS.
            bool aboutBot = eventName == "GUILD_MEMBER_UPDATE" && (string?)data?["user"]?["id"] == Json.Id(Options.ApplicationId);
            string text = Json.Write(data);
            return Task.WhenAll(hub.Fanout(eventName, guildId, _ => text, ungated: aboutBot));
        }
    }

    private int burstIndex;

    /// <summary><paramref name="count"/> real-shaped MESSAGE_CREATE or PRESENCE_UPDATE events for the first guild, queued at once.</summary>
    public async Task BurstAsync(int count, string eventName = "MESSAGE_CREATE") =>
        await (await PrepareBurstAsync(count, eventName).ConfigureAwait(false)).SendAsync().ConfigureAwait(false);

    /// <summary>
    /// Builds, serialises and compresses a burst for every connected session, and holds it there until
    /// <see cref="PreparedBurst.SendAsync"/>, so a benchmark times only the delivery. Completes once every connection has it
    /// compressed. Sequence numbers are taken now, the community model (presences) is updated now, and nothing else
    /// (heartbeat ACKs included) reaches those connections until the burst is sent: send it soon.
    /// </summary>
    public async Task<PreparedBurst> PrepareBurstAsync(int count, string eventName = "MESSAGE_CREATE")
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (eventName is not ("MESSAGE_CREATE" or "PRESENCE_UPDATE"))
        {
            throw new ArgumentException("A burst is of MESSAGE_CREATE or PRESENCE_UPDATE.", nameof(eventName));
        }
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        List<Task> encoded, sent;
        lock (hub.Sync)
        {
            var guild = hub.Guilds.Values.FirstOrDefault() ?? throw new InvalidOperationException("A burst needs a guild; add one with AddGuild.");
            var people = guild.MemberEntries.Where(m => !m.Member.Bot).ToList();
            if (people.Count == 0)
            {
                throw new InvalidOperationException($"A burst needs a human member in guild {guild.Id}.");
            }
            var events = new List<BurstEvent>(count);
            for (int i = 0; i < count; i++)
            {
                // The index runs on across bursts, so no presence repeats the member's previous one (clients may drop repeats).
                int index = burstIndex++;
                var who = people[index % people.Count];
                events.Add(eventName == "MESSAGE_CREATE" ? BurstMessage(guild, who, index) : BurstPresence(guild, who, index));
            }
            // A human's message without MESSAGE_CONTENT arrives blanked, as MessageDispatch does it.
            (encoded, sent) = hub.Stage(eventName, guild.Id, count,
                (session, i) => events[i].Blanked is null || session.Has(Intents.MessageContent) ? events[i].Full : events[i].Blanked,
                release.Task);
        }
        await Task.WhenAll(encoded).ConfigureAwait(false);
        return new PreparedBurst(eventName, count, release, Task.WhenAll(sent));
    }

    /// <summary>The dispatch's data as sent, and as sent to a session without MESSAGE_CONTENT (null: the same).</summary>
    private sealed record BurstEvent(string Full, string? Blanked);

    private BurstEvent BurstMessage(EmulatedGuild guild, MemberEntry author, int index)
    {
        var channel = guild.Channels.FirstOrDefault(c => c.Type == 0)
            ?? throw new InvalidOperationException($"A burst needs a text channel in guild {guild.Id}.");
        ulong id = Snowflake.Next();
        messageAuthors[id] = author.Member.UserId;
        var message = EventJson.Message(guild, channel.Id, id, author, $"burst message {index + 1}", DateTimeOffset.UtcNow);
        return new BurstEvent(Json.Write(message), Json.Write(EventJson.Blank(message)));
    }

    private static BurstEvent BurstPresence(EmulatedGuild guild, MemberEntry member, int index)
    {
        string[] details = ["in MENU", "RANKED match 2 of 9", "STANDARD match", "Playing SHOOTING RANGE"];
        var presence = new EmulatedPresence(member.Member.UserId, Statuses[index % 3],
            // A state unique to the event: a presence equal to the member's previous one may be dropped by a client.
            [new EmulatedActivity("Rainbow Six Siege", 0, details[index % details.Length], $"Update {index + 1}")], DateTimeOffset.UtcNow);
        guild.Presences[member.Member.UserId] = presence;
        return new BurstEvent(Json.Write(PresenceJson.Presence(presence, guild.Id)), null);
    }

    private Task SetVoice(ulong guildId, ulong userId, ulong? channelId)
    {
        lock (hub.Sync)
        {
            var guild = Guild(guildId);
            var member = guild.RequireMember(userId);
            guild.VoiceStates.TryGetValue(userId, out var current);
            if (channelId is { } id)
            {
                guild.RequireChannel(id, type: 2);
                current = new EmulatedVoiceState(userId, id, current?.SessionId ?? Json.RandomHex(), false, false);
                guild.VoiceStates[userId] = current;
            }
            else if (current is null || !guild.VoiceStates.Remove(userId))
            {
                throw new InvalidOperationException($"User {userId} is not in a voice channel of guild {guildId}.");
            }
            return Send("VOICE_STATE_UPDATE", guildId, GuildJson.VoiceState(userId, channelId, current.SessionId, false, false, guildId, member));
        }
    }

    private Task React(bool add, ulong guildId, ulong channelId, ulong messageId, ulong userId, string emoji)
    {
        ArgumentException.ThrowIfNullOrEmpty(emoji);
        lock (hub.Sync)
        {
            var guild = Guild(guildId);
            guild.RequireChannel(channelId, type: 0);
            var user = guild.RequireMember(userId);
            ulong? author = messageAuthors.TryGetValue(messageId, out ulong a) ? a : null;
            // A stored message keeps the reaction, so GET …/reactions and the message's `reactions` show it.
            var channel = new ChannelRef(channelId, 0, guild, null);
            if (rest.Messages.Find(messageId) is { Deleted: false } stored && stored.ChannelId == channelId && ReactionRoutes.TryParse(channel, emoji) is not null)
            {
                if (add)
                {
                    ReactionRoutes.Add(rest, channel, stored, emoji, userId, dispatch: false);
                }
                else
                {
                    ReactionRoutes.Remove(rest, channel, stored, emoji, userId, dispatch: false);
                }
                author = stored.AuthorId;
            }
            string eventName = add ? "MESSAGE_REACTION_ADD" : "MESSAGE_REACTION_REMOVE";
            return Send(eventName, guildId, EventJson.Reaction(add, guildId, channelId, messageId, user, emoji, author));
        }
    }

    private Task Send(string eventName, ulong guildId, JsonObject data)
    {
        string text = Json.Write(data);
        return Task.WhenAll(hub.Fanout(eventName, guildId, _ => text));
    }

    private Task SendMessage(string eventName, ulong? guildId, JsonObject message) => MessageDispatch.Send(hub, eventName, guildId, message);
}
