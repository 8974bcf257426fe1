using System.Text.Json.Nodes;

namespace GameTime.DiscordEmulator;

/// <summary>POST/PATCH/DELETE/GET /channels/{id}/messages[/{mid}] and the history query, with their gateway events.</summary>
internal static class MessageRoutes
{
    public static IEnumerable<RestRoute> Routes(RestState state)
    {
        yield return new RestRoute("GET", "/channels/{channel_id}/messages", call => History(state, call));
        yield return new RestRoute("POST", "/channels/{channel_id}/messages", call => Create(state, call), body: true);
        yield return new RestRoute("GET", "/channels/{channel_id}/messages/{message_id}", call =>
        {
            var channel = state.RequireChannel(call.Id("channel_id"));
            return RestResult.Ok(MessageJson.Rest(state.Messages.Require(channel.Id, call.Id("message_id")), state.Options.ApplicationId));
        });
        yield return new RestRoute("PATCH", "/channels/{channel_id}/messages/{message_id}", call => Edit(state, call), body: true);
        yield return new RestRoute("DELETE", "/channels/{channel_id}/messages/{message_id}", call =>
        {
            var channel = state.RequireChannel(call.Id("channel_id"));
            Delete(state, channel, state.Messages.Require(channel.Id, call.Id("message_id")));
            return RestResult.NoContent;
        });
    }

    /// <summary>Validates a body for a new message (limits, then "empty message"); throws 50035 or 50006.</summary>
    public static void CheckNew(JsonObject body, int files)
    {
        var errors = new ErrorTree();
        MessageRules.Check(body, errors);
        errors.ThrowIfAny();
        if (!MessageRules.HasSomething(body, files))
        {
            throw MessageRules.EmptyMessage();
        }
    }

    /// <summary>Stores a new bot message and dispatches MESSAGE_CREATE (unless <paramref name="dispatch"/> is false).</summary>
    public static MessageEntry Post(RestState state, ChannelRef channel, JsonObject body, IReadOnlyList<UploadedFile> files, int type = 0,
        Action<JsonObject>? decorate = null, bool dispatch = true, int extraFlags = 0, bool allowEmpty = false)
    {
        if (!allowEmpty)
        {
            CheckNew(body, files.Count);
        }
        var attachments = MessageJson.Attachments(channel, body, files, existing: null) ?? [];
        ulong id = Snowflake.Next();
        var json = MessageJson.Create(channel, id, state.BotEntry(channel.Guild), body, attachments, type, extraFlags);
        decorate?.Invoke(json);
        var entry = new MessageEntry(id, channel.Id, channel.GuildId, state.Options.ApplicationId, json);
        if (dispatch)
        {
            state.Messages.Add(entry);
            state.SendMessage("MESSAGE_CREATE", channel.GuildId, json);
        }
        return entry;
    }

    /// <summary>Applies an edit to a stored message and dispatches MESSAGE_UPDATE; only the author may change content.</summary>
    public static void Apply(RestState state, ChannelRef channel, MessageEntry message, JsonObject body, IReadOnlyList<UploadedFile> files, bool dispatch = true)
    {
        bool changesContent = body.ContainsKey("content") || body.ContainsKey("embeds") || body.ContainsKey("components")
            || body.ContainsKey("attachments") || files.Count > 0;
        if (changesContent && message.AuthorId != state.Options.ApplicationId)
        {
            throw new RestError(403, 50005, "Cannot edit a message authored by another user");
        }
        var errors = new ErrorTree();
        MessageRules.Check(body, errors);
        errors.ThrowIfAny();
        var attachments = MessageJson.Attachments(channel, body, files, message.Json["attachments"] as JsonArray);
        var edited = (JsonObject)message.Json.DeepClone();
        MessageJson.Edit(edited, body, attachments);
        if (!MessageRules.HasSomething(edited, 0, keepsAttachments: (edited["attachments"] as JsonArray)?.Count > 0))
        {
            throw MessageRules.EmptyMessage();
        }
        message.Json = edited;
        message.EditCount++;
        if (dispatch)
        {
            state.Messages.Changed.Pulse();
            state.SendMessage("MESSAGE_UPDATE", channel.GuildId, edited);
        }
    }

    public static void Delete(RestState state, ChannelRef channel, MessageEntry message)
    {
        message.Deleted = true;
        state.Messages.Changed.Pulse();
        var data = new JsonObject { ["id"] = Json.Id(message.Id), ["channel_id"] = Json.Id(channel.Id) };
        if (channel.GuildId is { } guildId)
        {
            data["guild_id"] = Json.Id(guildId);
        }
        state.Send("MESSAGE_DELETE", channel.GuildId, data);
    }

    private static RestResult Create(RestState state, RestCall call)
    {
        var channel = state.RequireChannel(call.Id("channel_id"));
        CheckReference(state, channel, call.BodyObject);
        var entry = Post(state, channel, call.BodyObject, call.Files);
        return RestResult.Ok(MessageJson.Rest(entry, state.Options.ApplicationId));
    }

    /// <summary>A reply to a message that does not exist fails unless fail_if_not_exists is false.</summary>
    private static void CheckReference(RestState state, ChannelRef channel, JsonObject body)
    {
        if (body["message_reference"] is not JsonObject reference || reference["message_id"]?.ToString() is not { } raw)
        {
            return;
        }
        bool mustExist = reference["fail_if_not_exists"] is not JsonValue flag || !flag.TryGetValue(out bool value) || value;
        bool exists = ulong.TryParse(raw, out ulong id) && state.Messages.Find(id) is { Deleted: false } target && target.ChannelId == channel.Id;
        if (mustExist && !exists)
        {
            throw RestError.InvalidForm("message_reference", "MESSAGE_REFERENCE_UNKNOWN_MESSAGE", "Unknown message");
        }
    }

    private static RestResult Edit(RestState state, RestCall call)
    {
        var channel = state.RequireChannel(call.Id("channel_id"));
        var message = state.Messages.Require(channel.Id, call.Id("message_id"));
        Apply(state, channel, message, call.BodyObject, call.Files);
        return RestResult.Ok(MessageJson.Rest(message, state.Options.ApplicationId));
    }

    /// <summary>GET history: before/after/around (one at most), limit 1–100 (default 50), newest first.</summary>
    private static RestResult History(RestState state, RestCall call)
    {
        var channel = state.RequireChannel(call.Id("channel_id"));
        int limit = call.QueryInt("limit", 1, 100, 50);
        ulong? before = call.QueryId("before"), after = call.QueryId("after"), around = call.QueryId("around");
        var all = state.Messages.InChannel(channel.Id).ToList();
        IEnumerable<MessageEntry> page;
        if (around is { } middle)
        {
            int half = limit / 2;
            var older = all.Where(m => m.Id < middle).TakeLast(limit - half - (all.Exists(m => m.Id == middle) ? 1 : 0));
            var self = all.Where(m => m.Id == middle);
            var newer = all.Where(m => m.Id > middle).Take(half);
            page = older.Concat(self).Concat(newer);
        }
        else if (after is { } start)
        {
            page = all.Where(m => m.Id > start).Take(limit);
        }
        else
        {
            page = all.Where(m => before is not { } end || m.Id < end).TakeLast(limit);
        }
        return RestResult.Ok(Json.Array(page.Reverse().Select(m => (JsonNode?)MessageJson.Rest(m, state.Options.ApplicationId))));
    }
}
