using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GameTime.DiscordEmulator;

/// <summary>The client commands that change or query the community: Update Voice State (op 4), Request Guild Members (op 8).</summary>
internal sealed partial class GatewayHub
{
    private const int MembersPerChunk = 1000;
    private const int MaxQueryResults = 100;
    private readonly Dictionary<ulong, DateTimeOffset> lastAllMembersRequest = [];

    public void UpdateVoiceState(GatewayConnection connection, JsonElement d)
    {
        lock (Sync)
        {
            if (connection.Session is not { } session)
            {
                return;
            }
            if (d.ValueKind != JsonValueKind.Object || ReadSnowflake(d, "guild_id") is not { } guildId
                || !d.TryGetProperty("channel_id", out var channelElement))
            {
                connection.CloseWith(CloseCodes.DecodeError);
                return;
            }
            ulong? channelId = channelElement.ValueKind == JsonValueKind.Null ? null : ReadSnowflake(d, "channel_id");
            // Discord ignores a request for a guild or channel the bot cannot see; so does the emulator.
            if (!Guilds.TryGetValue(guildId, out var guild) || !session.OnShard(guildId)
                || (channelId is { } id && guild.FindChannel(id) is not { Type: 2 }))
            {
                return;
            }
            bool selfMute = d.TryGetProperty("self_mute", out var mute) && mute.ValueKind == JsonValueKind.True;
            bool selfDeaf = d.TryGetProperty("self_deaf", out var deaf) && deaf.ValueKind == JsonValueKind.True;
            ulong botId = Options.ApplicationId;
            if (channelId is { } channel)
            {
                guild.VoiceStates[botId] = new EmulatedVoiceState(botId, channel, session.Id, selfMute, selfDeaf);
            }
            else
            {
                guild.VoiceStates.Remove(botId);
            }
            var state = GuildJson.VoiceState(botId, channelId, session.Id, selfMute, selfDeaf, guildId, guild.FindMember(botId));
            Fanout("VOICE_STATE_UPDATE", guildId, _ => Json.Write(state));
            if (channelId is not null)
            {
                SendTo(session, "VOICE_SERVER_UPDATE", Json.Write(EventJson.VoiceServerUpdate(guildId)));
            }
        }
    }

    public void RequestGuildMembers(GatewayConnection connection, JsonElement d)
    {
        lock (Sync)
        {
            if (connection.Session is not { } session)
            {
                return;
            }
            if (d.ValueKind != JsonValueKind.Object || ReadSnowflake(d, "guild_id") is not { } guildId)
            {
                connection.CloseWith(CloseCodes.DecodeError);
                return;
            }
            string? query = d.TryGetProperty("query", out var q) && q.ValueKind == JsonValueKind.String ? q.GetString() : null;
            List<ulong>? userIds = ReadUserIds(d);
            int limit = d.TryGetProperty("limit", out var l) && l.TryInt32(out int n) ? n : 0;
            string? nonce = d.TryGetProperty("nonce", out var nonceElement) && nonceElement.ValueKind == JsonValueKind.String
                && Encoding.UTF8.GetByteCount(nonceElement.GetString()!) <= 32 ? nonceElement.GetString() : null;   // a longer nonce is ignored
            bool presences = d.TryGetProperty("presences", out var p) && p.ValueKind == JsonValueKind.True && session.Has(Intents.GuildPresences);
            if (query is null && userIds is null)
            {
                connection.CloseWith(CloseCodes.DecodeError);
                return;
            }
            // No answer at all for an unknown guild, or for a full list without GUILD_MEMBERS (as Discord does).
            if (!Guilds.TryGetValue(guildId, out var guild) || !session.OnShard(guildId)
                || (query == "" && userIds is null && !session.Has(Intents.GuildMembers)))
            {
                return;
            }
            if (query == "" && limit == 0 && userIds is null && !AllowAllMembersRequest(guildId, out var retryAfter))
            {
                SendTo(session, "RATE_LIMITED", Json.Write(EventJson.RateLimited(8, retryAfter.TotalSeconds, guildId, nonce)));
                return;
            }
            SendChunks(session, guild, SelectMembers(guild, query, userIds, limit), userIds, presences, nonce);
        }
    }

    private static List<MemberEntry> SelectMembers(EmulatedGuild guild, string? query, List<ulong>? userIds, int limit)
    {
        if (userIds is not null)
        {
            return [.. userIds.Take(MaxQueryResults).Select(guild.FindMember).OfType<MemberEntry>()];
        }
        if (query == "")
        {
            return limit == 0 ? [.. guild.MemberEntries] : [.. guild.MemberEntries.Take(limit)];
        }
        int max = limit is > 0 and <= MaxQueryResults ? limit : MaxQueryResults;
        return [.. guild.MemberEntries.Where(m =>
            m.Member.Username.StartsWith(query!, StringComparison.OrdinalIgnoreCase)
            || (m.Member.Nick?.StartsWith(query!, StringComparison.OrdinalIgnoreCase) ?? false)).Take(max)];
    }

    private static void SendChunks(GatewaySession session, EmulatedGuild guild, List<MemberEntry> members, List<ulong>? userIds, bool presences, string? nonce)
    {
        int chunkCount = Math.Max(1, (members.Count + MembersPerChunk - 1) / MembersPerChunk);
        for (int index = 0; index < chunkCount; index++)
        {
            var chunk = members.Skip(index * MembersPerChunk).Take(MembersPerChunk).ToList();
            var json = new JsonObject
            {
                ["members"] = Json.Array(chunk.Select(m => (JsonNode?)GuildJson.Member(m))),
                ["guild_id"] = Json.Id(guild.Id),
                ["chunk_index"] = index,
                ["chunk_count"] = chunkCount,
            };
            if (userIds is not null && index == 0)
            {
                json["not_found"] = Json.Ids(userIds.Where(id => guild.FindMember(id) is null));
            }
            if (presences)
            {
                json["presences"] = Json.Array(chunk.Where(m => SessionJson.IsOnline(guild, m.Member.UserId))
                    .Select(m => (JsonNode?)PresenceJson.Presence(guild.Presences[m.Member.UserId], guildId: null)));
            }
            if (nonce is not null)
            {
                json["nonce"] = nonce;
            }
            SendTo(session, "GUILD_MEMBERS_CHUNK", Json.Write(json));
        }
    }

    private bool AllowAllMembersRequest(ulong guildId, out TimeSpan retryAfter)
    {
        var now = DateTimeOffset.UtcNow;
        retryAfter = lastAllMembersRequest.TryGetValue(guildId, out var last) ? last + Options.RequestAllMembersWindow - now : TimeSpan.Zero;
        if (retryAfter > TimeSpan.Zero)
        {
            return false;
        }
        lastAllMembersRequest[guildId] = now;
        return true;
    }

    /// <summary>A dispatch for one session only (replies to its own commands).</summary>
    private static void SendTo(GatewaySession session, string eventName, string data)
    {
        var dispatch = session.Append(eventName, data);
        session.Connection?.Enqueue(Outgoing.Of(session.Id, dispatch));
    }

    private static List<ulong>? ReadUserIds(JsonElement d)
    {
        if (!d.TryGetProperty("user_ids", out var ids) || ids.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        IEnumerable<JsonElement> items = ids.ValueKind == JsonValueKind.Array ? ids.EnumerateArray() : [ids];
        return [.. items.Select(ParseSnowflake).OfType<ulong>()];
    }

    private static ulong? ReadSnowflake(JsonElement d, string name) =>
        d.TryGetProperty(name, out var element) ? ParseSnowflake(element) : null;

    // Snowflakes arrive as strings, but a client may send numbers; Discord takes both.
    private static ulong? ParseSnowflake(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String when ulong.TryParse(element.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out ulong id) => id,
        JsonValueKind.Number when element.TryGetUInt64(out ulong id) => id,
        _ => null,
    };
}
