using System.Text.Json.Nodes;

namespace GameTime.DiscordEmulator;

/// <summary>Guild objects shaped like real captures (fx:gateway/guild_create.json) with today's extra keys.</summary>
internal static class GuildJson
{
    public static JsonObject Role(EmulatedRole role)
    {
        var json = new JsonObject
        {
            ["id"] = Json.Id(role.Id),
            ["name"] = role.Name,
            ["description"] = null,
            ["permissions"] = role.Permissions,
            ["position"] = role.Position,
            ["color"] = role.Color,
            ["colors"] = new JsonObject { ["primary_color"] = role.Color, ["secondary_color"] = null, ["tertiary_color"] = null },
            ["hoist"] = role.Color != 0,
            ["managed"] = role.Managed,
            ["mentionable"] = false,
            ["icon"] = null,
            ["unicode_emoji"] = null,
            ["flags"] = 0,
            ["version"] = VersionOf(role.Id),
        };
        if (role.BotId is { } botId)
        {
            json["tags"] = new JsonObject { ["bot_id"] = Json.Id(botId) };
        }
        return json;
    }

    /// <summary>A channel; <paramref name="guildId"/> is null inside GUILD_CREATE, where Discord leaves it out.</summary>
    public static JsonObject Channel(EmulatedChannel channel, ulong? guildId)
    {
        var json = new JsonObject
        {
            ["id"] = Json.Id(channel.Id),
            ["type"] = channel.Type,
            ["name"] = channel.Name,
            ["position"] = channel.Position,
            ["permission_overwrites"] = new JsonArray(),
            ["parent_id"] = null,
            ["nsfw"] = false,
            ["flags"] = 0,
            ["rate_limit_per_user"] = 0,
            ["last_message_id"] = null,
            ["version"] = VersionOf(channel.Id),
        };
        if (channel.Type == 2)
        {
            json["bitrate"] = 64000;
            json["user_limit"] = 0;
            json["rtc_region"] = null;
            json["voice_background_display"] = null;
        }
        else
        {
            json["topic"] = null;
            json["icon_emoji"] = null;
            json["theme_color"] = null;
        }
        if (guildId is { } id)
        {
            json["guild_id"] = Json.Id(id);
        }
        return json;
    }

    public static JsonObject Emoji(EmulatedEmoji emoji) => new()
    {
        ["id"] = Json.Id(emoji.Id),
        ["name"] = emoji.Name,
        ["roles"] = new JsonArray(),
        ["require_colons"] = true,
        ["managed"] = false,
        ["animated"] = false,
        ["available"] = true,
        ["version"] = VersionOf(emoji.Id),
    };

    /// <summary>A user object as it appears inside members, messages and READY.</summary>
    public static JsonObject User(EmulatedMember member)
    {
        var json = new JsonObject
        {
            ["id"] = Json.Id(member.UserId),
            ["username"] = member.Username,
            ["global_name"] = member.GlobalName,
            ["avatar"] = member.Avatar,
            // Users migrated to unique names have "0"; bots kept their four digits.
            ["discriminator"] = member.Bot ? BotDiscriminator(member.UserId) : "0",
            ["public_flags"] = 0,
            ["flags"] = 0,
            ["banner"] = null,
            ["accent_color"] = null,
            ["avatar_decoration_data"] = null,
            ["collectibles"] = null,
            ["display_name_styles"] = null,
            ["banner_color"] = null,
            ["clan"] = null,
            ["primary_guild"] = null,
        };
        if (member.Bot)
        {
            json["bot"] = true;
        }
        return json;
    }

    public static string BotDiscriminator(ulong id) => (id % 9000 + 1000).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A guild member; <paramref name="withUser"/> is false for the partial member inside MESSAGE_CREATE.</summary>
    public static JsonObject Member(MemberEntry entry, bool withUser = true)
    {
        var json = new JsonObject();
        if (withUser)
        {
            json["user"] = User(entry.Member);
        }
        json["roles"] = Json.Ids(entry.Member.Roles ?? []);
        json["nick"] = entry.Member.Nick;
        json["avatar"] = null;
        json["banner"] = null;
        json["joined_at"] = Json.Timestamp(entry.JoinedAt);
        json["premium_since"] = null;
        json["deaf"] = false;
        json["mute"] = false;
        json["pending"] = false;
        json["flags"] = 0;
        json["communication_disabled_until"] = null;
        json["unusual_dm_activity_until"] = null;
        return json;
    }

    /// <summary>A voice state; inside GUILD_CREATE it has neither guild_id nor member.</summary>
    public static JsonObject VoiceState(ulong userId, ulong? channelId, string sessionId, bool selfMute, bool selfDeaf, ulong? guildId, MemberEntry? member)
    {
        var json = new JsonObject();
        if (member is not null)
        {
            json["member"] = Member(member);
        }
        json["user_id"] = Json.Id(userId);
        json["suppress"] = false;
        json["session_id"] = sessionId;
        json["self_video"] = false;
        json["self_mute"] = selfMute;
        json["self_deaf"] = selfDeaf;
        json["request_to_speak_timestamp"] = null;
        json["mute"] = false;
        if (guildId is { } id)
        {
            json["guild_id"] = Json.Id(id);
        }
        json["deaf"] = false;
        json["channel_id"] = Json.Id(channelId);
        return json;
    }

    public static JsonObject VoiceState(EmulatedVoiceState state) =>
        VoiceState(state.UserId, state.ChannelId, state.SessionId, state.SelfMute, state.SelfDeaf, null, null);

    // Discord's "version" keys are millisecond timestamps of the last change.
    private static long VersionOf(ulong id) => Snowflake.Time(id).ToUnixTimeMilliseconds();
}
