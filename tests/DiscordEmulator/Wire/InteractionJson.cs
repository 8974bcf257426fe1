using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace GameTime.DiscordEmulator;

/// <summary>INTERACTION_CREATE payloads shaped like fx:gateway/interaction_create_*.json.</summary>
internal static class InteractionJson
{
    /// <summary>A token shaped like Discord's: "aW50ZXJhY3Rpb246" ("interaction:") + id + random, base64url.</summary>
    public static string Token(ulong id) =>
        Convert.ToBase64String(Encoding.ASCII.GetBytes($"interaction:{id}:{Json.RandomHex(48)}")).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static JsonObject Create(RestState state, EmulatedGuild guild, EmulatedChannel channel, MemberEntry member, ulong id, string token,
        int type, JsonObject data, JsonObject? message)
    {
        string memberPermissions = Permissions.Text(Permissions.Of(guild, member));
        var memberJson = GuildJson.Member(member);
        memberJson["permissions"] = memberPermissions;
        var json = new JsonObject
        {
            ["app_permissions"] = Permissions.Text(Permissions.Of(guild, state.BotEntry(guild))),
            ["application_id"] = Json.Id(state.Options.ApplicationId),
            ["attachment_size_limit"] = 10485760,
            ["authorizing_integration_owners"] = new JsonObject { ["0"] = Json.Id(guild.Id) },
            ["channel"] = Channel(channel, guild.Id, memberPermissions),
            ["channel_id"] = Json.Id(channel.Id),
            ["context"] = 0,
            ["data"] = data,
            ["entitlement_sku_ids"] = new JsonArray(),
            ["entitlements"] = new JsonArray(),
            ["guild"] = new JsonObject { ["features"] = new JsonArray(), ["id"] = Json.Id(guild.Id), ["locale"] = "en-US" },
            ["guild_id"] = Json.Id(guild.Id),
            ["guild_locale"] = "en-US",
            ["id"] = Json.Id(id),
            ["locale"] = "en-US",
            ["member"] = memberJson,
            ["token"] = token,
            ["type"] = type,
            ["version"] = 1,
        };
        if (message is not null)
        {
            json["message"] = message;
        }
        return json;
    }

    /// <summary>The partial channel inside an interaction or `resolved`: with the member's permissions there.</summary>
    public static JsonObject Channel(EmulatedChannel channel, ulong guildId, string permissions)
    {
        var json = GuildJson.Channel(channel, guildId);
        json.Remove("version");
        json.Remove("permission_overwrites");
        json["permissions"] = permissions;
        return json;
    }

    /// <summary>`resolved` for the user, channel, role and mentionable options (nested ones included), or null when none.</summary>
    public static JsonObject? Resolved(RestState state, EmulatedGuild guild, JsonArray? options)
    {
        JsonObject users = [], members = [], roles = [], channels = [];
        void Walk(JsonArray? list)
        {
            foreach (var option in (list ?? []).OfType<JsonObject>())
            {
                Walk(option["options"] as JsonArray);
                int type = MessageRules.Int(option["type"]);
                if (type is not (6 or 7 or 8 or 9) || MessageRules.Text(option["value"]) is not { } raw
                    || !ulong.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out ulong id))
                {
                    continue;
                }
                if (type is 6 or 9 && (guild.FindMember(id) ?? state.FindUser(id)) is { } entry)
                {
                    users[raw] = GuildJson.User(entry.Member);
                    if (guild.FindMember(id) is { } member)
                    {
                        var partial = GuildJson.Member(member, withUser: false);
                        partial["permissions"] = Permissions.Text(Permissions.Of(guild, member));
                        members[raw] = partial;
                    }
                }
                else if (type is 8 or 9 && guild.Roles.FirstOrDefault(r => r.Id == id) is { } role)
                {
                    roles[raw] = GuildJson.Role(role);
                }
                else if (type == 7 && guild.FindChannel(id) is { } channel)
                {
                    channels[raw] = Channel(channel, guild.Id, Permissions.Text(Permissions.All));
                }
                else
                {
                    throw new ArgumentException($"Option \"{(string?)option["name"]}\" names {id}, which guild {guild.Id} has no such {(type == 7 ? "channel" : type == 8 ? "role" : "member or role")} for.", nameof(options));
                }
            }
        }
        Walk(options);
        var resolved = new JsonObject();
        foreach (var (key, map) in new[] { ("users", users), ("members", members), ("roles", roles), ("channels", channels) })
        {
            if (map.Count > 0)
            {
                resolved[key] = map;
            }
        }
        return resolved.Count == 0 ? null : resolved;
    }

    /// <summary>`interaction_metadata` on a message that answers an interaction.</summary>
    public static JsonObject Metadata(EmulatedInteraction interaction, MemberEntry user)
    {
        var json = new JsonObject
        {
            ["id"] = Json.Id(interaction.Id),
            ["type"] = interaction.Type,
            ["user"] = GuildJson.User(user.Member),
            ["authorizing_integration_owners"] = new JsonObject { ["0"] = Json.Id(interaction.GuildId) },
        };
        if (interaction.Type == 2)
        {
            json["name"] = (string?)interaction.Payload["data"]?["name"];
            json["command_type"] = 1;
        }
        if (interaction.MessageId is { } messageId)
        {
            json["interacted_message_id"] = Json.Id(messageId);
        }
        return json;
    }
}
