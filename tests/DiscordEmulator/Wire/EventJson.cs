using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace GameTime.DiscordEmulator;

/// <summary>Dispatch payloads for community events, shaped like fx:gateway/message_create.json and friends.</summary>
internal static partial class EventJson
{
    public static JsonObject MemberAdd(MemberEntry entry, ulong guildId)
    {
        var json = GuildJson.Member(entry);
        json["guild_id"] = Json.Id(guildId);
        return json;
    }

    public static JsonObject MemberRemove(EmulatedMember member, ulong guildId) => new()
    {
        ["user"] = GuildJson.User(member),
        ["guild_id"] = Json.Id(guildId),
    };

    /// <summary>A guild message. Mentions are parsed from the content (&lt;@id&gt;, &lt;@&amp;role&gt;, @everyone).</summary>
    public static JsonObject Message(EmulatedGuild guild, ulong channelId, ulong messageId, MemberEntry author, string content, DateTimeOffset at)
    {
        var mentioned = UserMention().Matches(content).Select(m => ulong.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))
            .Distinct().Select(guild.FindMember).OfType<MemberEntry>();
        var mentionRoles = RoleMention().Matches(content).Select(m => m.Groups[1].Value).Distinct();
        return new JsonObject
        {
            ["type"] = 0,
            ["tts"] = false,
            ["timestamp"] = Json.Timestamp(at),
            ["pinned"] = false,
            ["nonce"] = Json.Id(messageId),
            ["mentions"] = Json.Array(mentioned.Select(m =>
            {
                var user = GuildJson.User(m.Member);
                user["member"] = GuildJson.Member(m, withUser: false);
                return (JsonNode?)user;
            })),
            ["mention_roles"] = Json.Array(mentionRoles.Select(r => (JsonNode?)r)),
            ["mention_everyone"] = content.Contains("@everyone", StringComparison.Ordinal) || content.Contains("@here", StringComparison.Ordinal),
            ["member"] = GuildJson.Member(author, withUser: false),
            ["id"] = Json.Id(messageId),
            ["flags"] = 0,
            ["embeds"] = new JsonArray(),
            ["edited_timestamp"] = null,
            ["content"] = content,
            ["components"] = new JsonArray(),
            ["channel_type"] = guild.FindChannel(channelId)?.Type ?? 0,
            ["channel_id"] = Json.Id(channelId),
            ["author"] = GuildJson.User(author.Member),
            ["attachments"] = new JsonArray(),
            ["guild_id"] = Json.Id(guild.Id),
        };
    }

    /// <summary>The message as a session without MESSAGE_CONTENT sees it: content, embeds, attachments, components and poll emptied.</summary>
    public static JsonObject Blank(JsonObject message)
    {
        var copy = (JsonObject)message.DeepClone();
        copy["content"] = "";
        copy["embeds"] = new JsonArray();
        copy["attachments"] = new JsonArray();
        copy["components"] = new JsonArray();
        copy.Remove("poll");
        return copy;
    }

    /// <summary>The reaction emoji: "👍" (unicode), "name:id" or "a:name:id" (custom).</summary>
    public static JsonObject Emoji(string emoji)
    {
        string[] parts = emoji.Split(':');
        bool animated = parts is ["a", _, _];
        if (parts.Length is 2 or 3 && ulong.TryParse(parts[^1], out ulong id) && (parts.Length == 2 || animated))
        {
            return new JsonObject { ["name"] = parts[^2], ["id"] = Json.Id(id), ["animated"] = animated };
        }
        return new JsonObject { ["name"] = emoji, ["id"] = null };
    }

    public static JsonObject Reaction(bool add, ulong guildId, ulong channelId, ulong messageId, MemberEntry user, string emoji, ulong? messageAuthorId)
    {
        var json = new JsonObject
        {
            ["user_id"] = Json.Id(user.Member.UserId),
            ["type"] = 0,
            ["message_id"] = Json.Id(messageId),
        };
        if (add)
        {
            if (messageAuthorId is { } author)
            {
                json["message_author_id"] = Json.Id(author);
            }
            json["member"] = GuildJson.Member(user);
        }
        json["emoji"] = Emoji(emoji);
        json["channel_id"] = Json.Id(channelId);
        json["burst"] = false;
        if (add)
        {
            json["burst_colors"] = new JsonArray();
        }
        json["guild_id"] = Json.Id(guildId);
        return json;
    }

    public static JsonObject RateLimited(int opcode, double retryAfterSeconds, ulong guildId, string? nonce)
    {
        var meta = new JsonObject { ["guild_id"] = Json.Id(guildId) };
        if (nonce is not null)
        {
            meta["nonce"] = nonce;
        }
        return new JsonObject { ["opcode"] = opcode, ["retry_after"] = Math.Round(retryAfterSeconds, 3), ["meta"] = meta };
    }

    public static JsonObject VoiceServerUpdate(ulong guildId) => new()
    {
        ["token"] = Json.RandomHex(8),
        ["guild_id"] = Json.Id(guildId),
        // Voice is not emulated yet: an address nothing listens on.
        ["endpoint"] = "127.0.0.1:0",
    };

    [GeneratedRegex(@"<@!?(\d{15,20})>")]
    private static partial Regex UserMention();

    [GeneratedRegex(@"<@&(\d{15,20})>")]
    private static partial Regex RoleMention();
}
