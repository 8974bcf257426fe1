using System.Globalization;
using System.Text.Json.Nodes;

namespace GameTime.DiscordEmulator;

/// <summary>Messages written through REST, shaped like fx:rest/message_example.json and fx:gateway/message_create.json.</summary>
internal static class MessageJson
{
    // Create Message keeps only SUPPRESS_EMBEDS, SUPPRESS_NOTIFICATIONS, IS_VOICE_MESSAGE and IS_COMPONENTS_V2.
    private const int CreatableFlags = 4 | 4096 | 8192 | MessageRules.ComponentsV2;

    /// <summary>The gateway form of a new message (guild_id and member for guild channels) from a validated body.</summary>
    public static JsonObject Create(ChannelRef channel, ulong id, MemberEntry author, JsonObject body, JsonArray attachments, int type, int extraFlags = 0)
    {
        string content = MessageRules.Text(body["content"]) ?? "";
        var json = channel.Guild is { } guild
            ? EventJson.Message(guild, channel.Id, id, author, content, DateTimeOffset.UtcNow)
            : Direct(channel, id, author, content);
        json["type"] = type;
        ApplyAllowedMentions(json, body["allowed_mentions"] as JsonObject);
        json.Remove("nonce");
        if (body["nonce"] is { } nonce)
        {
            json["nonce"] = nonce.DeepClone();
        }
        json["tts"] = body["tts"] is JsonValue tts && tts.TryGetValue(out bool on) && on;
        json["embeds"] = Embeds(body["embeds"]);
        json["components"] = Components(body["components"]);
        json["flags"] = (MessageRules.Int(body["flags"]) & CreatableFlags) | extraFlags;
        json["attachments"] = attachments;
        if (body["message_reference"] is JsonObject reference && reference["message_id"] is { } replyTo)
        {
            json["type"] = type == 0 ? 19 : type;
            json["message_reference"] = new JsonObject
            {
                ["type"] = 0,
                ["channel_id"] = Json.Id(channel.Id),
                ["message_id"] = replyTo.DeepClone(),
                ["guild_id"] = Json.Id(channel.GuildId),
            };
        }
        return json;
    }

    /// <summary>
    /// `allowed_mentions` decides who is really mentioned: users only with parse "users" or listed in `users`,
    /// roles likewise, @everyone/@here only with parse "everyone". Without it every mention counts.
    /// </summary>
    private static void ApplyAllowedMentions(JsonObject json, JsonObject? allowed)
    {
        if (allowed is null)
        {
            return;
        }
        var parse = (allowed["parse"] as JsonArray ?? []).Select(p => MessageRules.Text(p)).ToHashSet();
        var users = (allowed["users"] as JsonArray ?? []).Select(u => u?.ToString()).ToHashSet();
        var roles = (allowed["roles"] as JsonArray ?? []).Select(r => r?.ToString()).ToHashSet();
        if (!parse.Contains("users") && json["mentions"] is JsonArray mentions)
        {
            json["mentions"] = Json.Array(mentions.Where(m => users.Contains((string?)m?["id"])).Select(m => m?.DeepClone()));
        }
        if (!parse.Contains("roles") && json["mention_roles"] is JsonArray mentionRoles)
        {
            json["mention_roles"] = Json.Array(mentionRoles.Where(r => roles.Contains((string?)r)).Select(r => r?.DeepClone()));
        }
        if (!parse.Contains("everyone"))
        {
            json["mention_everyone"] = false;
        }
    }

    /// <summary>The REST form: no guild_id or member, and `reactions` when there are any.</summary>
    public static JsonObject Rest(MessageEntry message, ulong botId)
    {
        var json = (JsonObject)message.Json.DeepClone();
        json.Remove("member");
        json.Remove("guild_id");
        if (message.Reactions.Count > 0)
        {
            json["reactions"] = Reactions(message, botId);
        }
        return json;
    }

    public static JsonObject Rest(JsonObject gatewayForm)
    {
        var json = (JsonObject)gatewayForm.DeepClone();
        json.Remove("member");
        json.Remove("guild_id");
        return json;
    }

    public static JsonArray Reactions(MessageEntry message, ulong botId) => Json.Array(message.Reactions.Select(r => (JsonNode?)new JsonObject
    {
        ["emoji"] = r.EmojiJson.DeepClone(),
        ["count"] = r.Users.Count,
        ["count_details"] = new JsonObject { ["burst"] = 0, ["normal"] = r.Users.Count },
        ["burst_colors"] = new JsonArray(),
        ["me_burst"] = false,
        ["burst_me"] = false,
        ["me"] = r.Users.Contains(botId),
        ["burst_count"] = 0,
    }));

    /// <summary>Applies an edit body: present keys replace (null clears), flags may toggle SUPPRESS_EMBEDS or set IS_COMPONENTS_V2.</summary>
    public static void Edit(JsonObject json, JsonObject body, JsonArray? attachments)
    {
        if (body.ContainsKey("content"))
        {
            json["content"] = MessageRules.Text(body["content"]) ?? "";
        }
        if (body.ContainsKey("embeds"))
        {
            json["embeds"] = Embeds(body["embeds"]);
        }
        if (body.ContainsKey("components"))
        {
            json["components"] = Components(body["components"]);
        }
        if (body["flags"] is JsonValue)
        {
            int old = MessageRules.Int(json["flags"]);
            int asked = MessageRules.Int(body["flags"]);
            json["flags"] = (old & ~4) | (asked & 4) | (asked & MessageRules.ComponentsV2);
        }
        if (attachments is not null)
        {
            json["attachments"] = attachments;
        }
        // Any edit ends a deferred answer's LOADING (128) state.
        json["flags"] = MessageRules.Int(json["flags"]) & ~128;
        json["edited_timestamp"] = Json.Timestamp(DateTimeOffset.UtcNow);
    }

    /// <summary>
    /// The message's attachments: each `files[n]` becomes one (its `attachments[]` entry with id n gives description),
    /// and on edit an `attachments` list keeps only the old ones it names. Null when nothing changes.
    /// </summary>
    public static JsonArray? Attachments(ChannelRef channel, JsonObject body, IReadOnlyList<UploadedFile> files, JsonArray? existing)
    {
        var refs = body["attachments"] as JsonArray;
        if (refs is null && files.Count == 0)
        {
            return existing is null ? [] : null;
        }
        var errors = new ErrorTree();
        var result = new JsonArray();
        if (existing is not null)
        {
            foreach (var old in existing)
            {
                bool kept = refs is null || refs.Any(r => IdText(r?["id"]) == (string?)old?["id"]);
                if (kept)
                {
                    result.Add(old!.DeepClone());
                }
            }
        }
        for (int i = 0; refs is not null && i < refs.Count; i++)
        {
            string? id = IdText(refs[i]?["id"]);
            bool isOld = existing?.Any(o => (string?)o?["id"] == id) == true;
            bool isNew = files.Any(f => f.Index.ToString(CultureInfo.InvariantCulture) == id);
            if (!isOld && !isNew)
            {
                errors.Add($"attachments.{i}.id", "ATTACHMENT_NOT_FOUND", "Unknown attachment");
            }
        }
        errors.ThrowIfAny();
        foreach (var file in files.OrderBy(f => f.Index))
        {
            var reference = refs?.FirstOrDefault(r => IdText(r?["id"]) == file.Index.ToString(CultureInfo.InvariantCulture)) as JsonObject;
            string name = MessageRules.Text(reference?["filename"]) ?? file.FileName;
            ulong id = Snowflake.Next();
            string url = $"https://cdn.discordapp.com/attachments/{channel.Id}/{id}/{Uri.EscapeDataString(name)}";
            var attachment = new JsonObject
            {
                ["id"] = Json.Id(id),
                ["filename"] = name,
                ["size"] = file.Content.Length,
                ["url"] = url,
                ["proxy_url"] = url.Replace("cdn.discordapp.com", "media.discordapp.net", StringComparison.Ordinal),
                ["content_type"] = file.ContentType,
                ["content_scan_version"] = 0,
            };
            if (MessageRules.Text(reference?["description"]) is { } description)
            {
                attachment["description"] = description;
            }
            result.Add(attachment);
        }
        if (result.Count > 10)
        {
            throw new RestError(400, 30015, "Maximum number of attachments in a message reached (10)");
        }
        return result;
    }

    private static string? IdText(JsonNode? node) => node is JsonValue value
        ? value.TryGetValue(out string? text) ? text : value.TryGetValue(out long number) ? number.ToString(CultureInfo.InvariantCulture) : null
        : null;

    private static JsonArray Embeds(JsonNode? embeds) => Json.Array((embeds as JsonArray ?? []).Select(e =>
    {
        var embed = (JsonObject)e!.DeepClone();
        embed["type"] ??= "rich";
        embed["content_scan_version"] = 0;
        return (JsonNode?)embed;
    }));

    // Discord numbers every component that has no id, depth first, from 1.
    private static JsonArray Components(JsonNode? components)
    {
        var copy = (components as JsonArray ?? []).DeepClone().AsArray();
        int next = 1;
        void Number(JsonArray list)
        {
            foreach (var item in list.OfType<JsonObject>())
            {
                item["id"] ??= next;
                next++;
                if (item["components"] is JsonArray children)
                {
                    Number(children);
                }
                if (item["component"] is JsonObject child)
                {
                    child["id"] ??= next;
                    next++;
                }
            }
        }
        Number(copy);
        return copy;
    }

    private static JsonObject Direct(ChannelRef channel, ulong id, MemberEntry author, string content) => new()
    {
        ["type"] = 0,
        ["tts"] = false,
        ["timestamp"] = Json.Timestamp(DateTimeOffset.UtcNow),
        ["pinned"] = false,
        ["mentions"] = new JsonArray(),
        ["mention_roles"] = new JsonArray(),
        ["mention_everyone"] = false,
        ["id"] = Json.Id(id),
        ["flags"] = 0,
        ["embeds"] = new JsonArray(),
        ["edited_timestamp"] = null,
        ["content"] = content,
        ["components"] = new JsonArray(),
        ["channel_type"] = channel.Type,
        ["channel_id"] = Json.Id(channel.Id),
        ["author"] = GuildJson.User(author.Member),
        ["attachments"] = new JsonArray(),
    };
}
