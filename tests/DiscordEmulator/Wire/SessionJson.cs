using System.Text.Json.Nodes;

namespace GameTime.DiscordEmulator;

/// <summary>HELLO, READY, GUILD_CREATE and RESUMED, shaped like the real captures in fx:gateway/.</summary>
internal static class SessionJson
{
    public static string Hello(int heartbeatIntervalMs) => Frame.Op(10, Json.Write(new JsonObject
    {
        ["heartbeat_interval"] = heartbeatIntervalMs,
        ["_trace"] = new JsonArray((JsonNode?)"[\"gateway-prd-emu-local-1\",{\"micros\":0.0}]"),
    }));

    public static JsonObject BotUser(EmulatorOptions options) => new()
    {
        ["verified"] = true,
        ["username"] = options.BotUsername,
        ["primary_guild"] = null,
        ["mfa_enabled"] = true,
        ["id"] = Json.Id(options.ApplicationId),
        ["global_name"] = null,
        ["flags"] = 0,
        ["email"] = null,
        ["discriminator"] = GuildJson.BotDiscriminator(options.ApplicationId),
        ["clan"] = null,
        ["bot"] = true,
        ["avatar"] = null,
    };

    /// <summary>The application flags the portal toggles produce (the *_LIMITED flags of an unverified app) plus the command badge.</summary>
    public static int ApplicationFlags(EmulatorOptions options)
    {
        int flags = 1 << 23;
        flags |= (options.PrivilegedIntentsEnabled & Intents.GuildPresences) != 0 ? 1 << 13 : 0;
        flags |= (options.PrivilegedIntentsEnabled & Intents.GuildMembers) != 0 ? 1 << 15 : 0;
        flags |= (options.PrivilegedIntentsEnabled & Intents.MessageContent) != 0 ? 1 << 19 : 0;
        return flags;
    }

    public static JsonObject Ready(EmulatorOptions options, GatewaySession session, IEnumerable<EmulatedGuild> guilds, string resumeGatewayUrl)
    {
        var ready = new JsonObject
        {
            ["v"] = 10,
            ["user_settings"] = new JsonObject(),
            ["user"] = BotUser(options),
        };
        if (session.Shard is [var id, var count])
        {
            ready["shard"] = new JsonArray(id, count);
        }
        ready["session_type"] = "normal";
        ready["session_id"] = session.Id;
        ready["resume_gateway_url"] = resumeGatewayUrl;
        ready["relationships"] = new JsonArray();
        ready["private_channels"] = new JsonArray();
        ready["presences"] = new JsonArray();
        ready["guilds"] = Json.Array(guilds.Select(g => (JsonNode?)new JsonObject { ["unavailable"] = true, ["id"] = Json.Id(g.Id) }));
        ready["guild_join_requests"] = new JsonArray();
        ready["geo_ordered_rtc_regions"] = new JsonArray("frankfurt", "milan", "paris", "rotterdam", "london");
        ready["game_relationships"] = new JsonArray();
        ready["auth"] = new JsonObject();
        ready["application"] = new JsonObject { ["id"] = Json.Id(options.ApplicationId), ["flags"] = ApplicationFlags(options) };
        ready["_trace"] = Json.Trace("start_session", 111772);
        return ready;
    }

    public static JsonObject Resumed() => new() { ["_trace"] = Json.Trace("resume_session", 2411) };

    public static bool IsOnline(EmulatedGuild guild, ulong userId) =>
        guild.Presences.TryGetValue(userId, out var presence) && presence.Status is not ("offline" or "invisible");

    /// <summary>
    /// GUILD_CREATE as this session sees it: without GUILD_PRESENCES only the bot and voice-connected members (and no
    /// presences); with it, a large guild (member_count over large_threshold) leaves offline members out.
    /// </summary>
    public static JsonObject GuildCreate(EmulatedGuild guild, GatewaySession session, ulong botId)
    {
        bool presences = session.Has(Intents.GuildPresences);
        int memberCount = guild.MemberEntries.Count();
        bool large = memberCount > session.LargeThreshold;
        var members = guild.MemberEntries.Where(m =>
            m.Member.UserId == botId || guild.VoiceStates.ContainsKey(m.Member.UserId)
            || (presences && (!large || IsOnline(guild, m.Member.UserId)))).ToList();
        var channelsJson = Json.Array(guild.Channels.Select(c => (JsonNode?)GuildJson.Channel(c, guildId: null)));
        return new JsonObject
        {
            ["system_channel_id"] = Json.Id(guild.Channels.FirstOrDefault(c => c.Type == 0)?.Id),
            ["application_command_counts"] = new JsonObject(),
            ["name"] = guild.Name,
            ["explicit_content_filter"] = 2,
            ["system_channel_flags"] = 0,
            ["vanity_url_code"] = null,
            ["application_id"] = null,
            ["description"] = null,
            ["nsfw_level"] = 0,
            ["nsfw"] = false,
            ["max_video_channel_users"] = 25,
            ["max_stage_video_channel_users"] = 50,
            ["stage_instances"] = new JsonArray(),
            ["max_members"] = 25000000,
            ["splash"] = null,
            ["rules_channel_id"] = null,
            ["stickers"] = new JsonArray(),
            ["premium_subscription_count"] = 0,
            ["joined_at"] = Json.Timestamp(guild.CreatedAt),
            ["member_count"] = memberCount,
            ["mfa_level"] = 0,
            ["verification_level"] = 1,
            ["banner"] = null,
            ["emojis"] = Json.Array(guild.Emojis.Select(e => (JsonNode?)GuildJson.Emoji(e))),
            ["application_command_count"] = 0,
            ["discovery_splash"] = null,
            ["large"] = large,
            ["features"] = new JsonArray(),
            ["threads"] = new JsonArray(),
            ["channels"] = channelsJson,
            ["presences"] = presences
                ? Json.Array(guild.Presences.Values.Where(p => IsOnline(guild, p.UserId)).Select(p => (JsonNode?)PresenceJson.Presence(p, guildId: null)))
                : new JsonArray(),
            ["afk_channel_id"] = null,
            ["guild_scheduled_events"] = new JsonArray(),
            ["soundboard_sounds"] = new JsonArray(),
            ["embedded_activities"] = new JsonArray(),
            ["activity_instances"] = new JsonArray(),
            ["id"] = Json.Id(guild.Id),
            ["owner_id"] = Json.Id(guild.OwnerId),
            ["members"] = Json.Array(members.Select(m => (JsonNode?)GuildJson.Member(m))),
            ["premium_tier"] = 0,
            ["voice_states"] = Json.Array(guild.VoiceStates.Values.Select(v => (JsonNode?)GuildJson.VoiceState(v))),
            ["lazy"] = true,
            ["afk_timeout"] = 300,
            ["roles"] = Json.Array(guild.Roles.Select(r => (JsonNode?)GuildJson.Role(r))),
            ["default_message_notifications"] = 0,
            ["preferred_locale"] = "en-US",
            ["region"] = "deprecated",
            ["incidents_data"] = null,
            ["latest_onboarding_question_id"] = null,
            ["safety_alerts_channel_id"] = null,
            ["home_header"] = null,
            ["hub_type"] = null,
            ["inventory_settings"] = null,
            ["version"] = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(),
            ["unavailable"] = false,
            ["public_updates_channel_id"] = null,
            ["icon"] = null,
            ["premium_progress_bar_enabled"] = false,
        };
    }
}
