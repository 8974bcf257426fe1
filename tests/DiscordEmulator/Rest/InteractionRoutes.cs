using System.Text.Json.Nodes;

namespace GameTime.DiscordEmulator;

/// <summary>
/// POST /interactions/{id}/{token}/callback and the interaction webhooks (@original, follow-ups): the 3 s deadline
/// (10062), one acknowledgement (40060), callback types allowed per interaction type, and the 15 min token.
/// </summary>
internal static class InteractionRoutes
{
    private const int Loading = 128;

    public static IEnumerable<RestRoute> Routes(RestState state)
    {
        yield return new RestRoute("POST", "/interactions/{interaction_id}/{token}/callback", call => Callback(state, call), auth: false, body: true);
        yield return new RestRoute("POST", "/webhooks/{application_id}/{token}", call => Followup(state, call), auth: false, body: true);
        const string Message = "/webhooks/{application_id}/{token}/messages/{message_id}";
        yield return new RestRoute("GET", Message, call =>
        {
            var (_, entry) = Target(state, call);
            return RestResult.Ok(MessageJson.Rest(entry, state.Options.ApplicationId));
        }, auth: false);
        yield return new RestRoute("PATCH", Message, call =>
        {
            var (interaction, entry) = Target(state, call);
            var channel = state.RequireChannel(interaction.ChannelId);
            MessageRoutes.Apply(state, channel, entry, call.BodyObject, call.Files, dispatch: !IsEphemeral(entry));
            interaction.Changed.Pulse();
            return RestResult.Ok(MessageJson.Rest(entry, state.Options.ApplicationId));
        }, auth: false, body: true);
        yield return new RestRoute("DELETE", Message, call =>
        {
            var (interaction, entry) = Target(state, call);
            if (IsEphemeral(entry))
            {
                entry.Deleted = true;
            }
            else
            {
                MessageRoutes.Delete(state, state.RequireChannel(interaction.ChannelId), entry);
            }
            interaction.Changed.Pulse();
            return RestResult.NoContent;
        }, auth: false);
    }

    private static bool IsEphemeral(MessageEntry entry) => (MessageRules.Int(entry.Json["flags"]) & MessageRules.Ephemeral) != 0;

    private static RestResult Callback(RestState state, RestCall call)
    {
        ulong id = call.Id("interaction_id");
        if (!state.Interactions.TryGetValue(id, out var interaction) || interaction.Token != call.Value("token"))
        {
            throw RestError.UnknownInteraction();
        }
        var now = state.Now;
        if (now - interaction.SentAt > state.Options.InteractionDeadline)
        {
            throw RestError.UnknownInteraction();
        }
        if (interaction.Callback is not null)
        {
            throw new RestError(400, 40060, "Interaction has already been acknowledged.");
        }
        var body = call.BodyObject;
        if (body["type"] is not JsonValue)
        {
            throw RestError.InvalidForm("type", "BASE_TYPE_REQUIRED", "This field is required");
        }
        int type = MessageRules.Int(body["type"]);
        int[] allowed = interaction.Type switch
        {
            2 => [4, 5, 9],
            3 => [4, 5, 6, 7, 9],
            4 => [8],
            _ => interaction.MessageId is null ? [4, 5] : [4, 5, 6, 7],   // a modal submit; 6/7 only when the modal came from a component
        };
        if (!allowed.Contains(type))
        {
            throw RestError.InvalidForm("type", "INTERACTION_RESPONSE_TYPE_INVALID",
                $"Interaction response type {type} is not allowed for interaction type {interaction.Type}; allowed: {string.Join(", ", allowed)}.");
        }
        var data = body["data"] as JsonObject;
        var channel = state.RequireChannel(interaction.ChannelId);
        var user = state.RequireGuild(interaction.GuildId).FindMember(interaction.UserId)
            ?? new MemberEntry(new EmulatedMember(interaction.UserId, "user"), DateTimeOffset.UnixEpoch);
        void Decorate(JsonObject json)
        {
            json["interaction_metadata"] = InteractionJson.Metadata(interaction, user);
            json["application_id"] = Json.Id(state.Options.ApplicationId);
            json["webhook_id"] = Json.Id(state.Options.ApplicationId);
        }
        int messageType = interaction.Type is 2 or 4 ? 20 : 0;
        switch (type)
        {
            case 4:
            {
                var message = data ?? throw MessageRules.EmptyMessage();
                bool ephemeral = (MessageRules.Int(message["flags"]) & MessageRules.Ephemeral) != 0;
                var entry = MessageRoutes.Post(state, channel, message, call.Files, messageType, Decorate, dispatch: !ephemeral,
                    extraFlags: ephemeral ? MessageRules.Ephemeral : 0);
                interaction.OriginalEntry = entry;
                break;
            }
            case 5:
            {
                int flags = MessageRules.Int(data?["flags"]);
                if ((flags & ~MessageRules.Ephemeral) != 0)
                {
                    throw RestError.InvalidForm("data.flags", "INTERACTION_RESPONSE_FLAGS_INVALID", "A deferred answer takes only the EPHEMERAL flag.");
                }
                bool ephemeral = flags != 0;
                var entry = MessageRoutes.Post(state, channel, [], [], messageType, Decorate, dispatch: !ephemeral,
                    extraFlags: Loading | (ephemeral ? MessageRules.Ephemeral : 0), allowEmpty: true);
                interaction.OriginalEntry = entry;
                break;
            }
            case 6:
                interaction.OriginalEntry = ComponentMessage(state, interaction);
                break;
            case 7:
            {
                var entry = ComponentMessage(state, interaction);
                MessageRoutes.Apply(state, channel, entry, data ?? [], call.Files, dispatch: !IsEphemeral(entry));
                interaction.OriginalEntry = entry;
                break;
            }
            case 8:
                CheckChoices(data);
                break;
            case 9:
                CheckModal(data);
                break;
        }
        var record = new InteractionCallback(type, (JsonObject?)data?.DeepClone(), (JsonObject)body.DeepClone(), now - interaction.SentAt,
            [.. call.Files.Select(f => f.FileName)]);
        interaction.SetCallback(record);
        if (!call.QueryBool("with_response"))
        {
            return RestResult.NoContent;
        }
        return RestResult.Ok(WithResponse(state, interaction, type));
    }

    private static JsonObject WithResponse(RestState state, EmulatedInteraction interaction, int type)
    {
        var info = new JsonObject { ["id"] = Json.Id(interaction.Id), ["type"] = interaction.Type };
        var resource = new JsonObject { ["type"] = type };
        if (interaction.OriginalEntry is { } entry && type is 4 or 5 or 7)
        {
            info["response_message_id"] = Json.Id(entry.Id);
            info["response_message_loading"] = type == 5;
            info["response_message_ephemeral"] = IsEphemeral(entry);
            resource["message"] = MessageJson.Rest(entry, state.Options.ApplicationId);
        }
        return new JsonObject { ["interaction"] = info, ["resource"] = resource };
    }

    private static MessageEntry ComponentMessage(RestState state, EmulatedInteraction interaction)
    {
        ulong messageId = interaction.MessageId ?? throw RestError.UnknownMessage();
        return FindMessage(state, messageId) ?? throw RestError.UnknownMessage();
    }

    /// <summary>A stored message, or an ephemeral one that lives only on an interaction.</summary>
    public static MessageEntry? FindMessage(RestState state, ulong messageId) =>
        state.Messages.Find(messageId) ?? state.Interactions.Values
            .SelectMany(i => i.FollowupEntries.Append(i.OriginalEntry))
            .FirstOrDefault(m => m is not null && m.Id == messageId);

    private static void CheckChoices(JsonObject? data)
    {
        var errors = new ErrorTree();
        if (data?["choices"] is not JsonArray choices)
        {
            errors.Required("data.choices");
        }
        else
        {
            errors.MaxItems("data.choices", choices, 25);
            for (int i = 0; i < choices.Count; i++)
            {
                errors.Length($"data.choices.{i}.name", MessageRules.Text(choices[i]?["name"]), 1, 100);
                if (choices[i]?["value"] is JsonValue value && value.TryGetValue(out string? text))
                {
                    errors.MaxLength($"data.choices.{i}.value", text, 100);
                }
                else if (choices[i]?["value"] is null)
                {
                    errors.Required($"data.choices.{i}.value");
                }
            }
        }
        errors.ThrowIfAny();
    }

    private static void CheckModal(JsonObject? data)
    {
        var errors = new ErrorTree();
        errors.Length("data.custom_id", MessageRules.Text(data?["custom_id"]), 1, 100);
        errors.Length("data.title", MessageRules.Text(data?["title"]), 1, 45);
        var components = data?["components"] as JsonArray;
        if (components is null || components.Count is 0 or > 5)
        {
            errors.Add("data.components", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 5 in length.");
        }
        errors.ThrowIfAny();
    }

    private static RestResult Followup(RestState state, RestCall call)
    {
        var interaction = Interaction(state, call);
        if (interaction.Callback is null)
        {
            throw RestError.UnknownWebhook();
        }
        var channel = state.RequireChannel(interaction.ChannelId);
        var body = call.BodyObject;
        // Right after a deferred answer, the first follow-up edits the "thinking…" original instead.
        if (interaction.Callback.Type == 5 && interaction.OriginalEntry is { Deleted: false } loading
            && (MessageRules.Int(loading.Json["flags"]) & Loading) != 0)
        {
            MessageRoutes.Apply(state, channel, loading, body, call.Files, dispatch: !IsEphemeral(loading));
            interaction.Changed.Pulse();
            return RestResult.Ok(MessageJson.Rest(loading, state.Options.ApplicationId));
        }
        bool ephemeral = (MessageRules.Int(body["flags"]) & MessageRules.Ephemeral) != 0;
        var entry = MessageRoutes.Post(state, channel, body, call.Files, 0, json =>
        {
            json["application_id"] = Json.Id(state.Options.ApplicationId);
            json["webhook_id"] = Json.Id(state.Options.ApplicationId);
        }, dispatch: !ephemeral, extraFlags: ephemeral ? MessageRules.Ephemeral : 0);
        interaction.FollowupEntries.Add(entry);
        interaction.Changed.Pulse();
        return RestResult.Ok(MessageJson.Rest(entry, state.Options.ApplicationId));
    }

    /// <summary>The interaction of a webhook route: 10015 for an unknown token, 50027 once the 15 minutes are over.</summary>
    private static EmulatedInteraction Interaction(RestState state, RestCall call)
    {
        string token = call.Value("token");
        var interaction = state.Interactions.Values.FirstOrDefault(i => i.Token == token);
        if (interaction is null || call.Value("application_id") != Json.Id(state.Options.ApplicationId))
        {
            throw RestError.UnknownWebhook();
        }
        if (state.Now - interaction.SentAt > state.Options.InteractionTokenLifetime)
        {
            throw new RestError(401, 50027, "Invalid Webhook Token");
        }
        return interaction;
    }

    private static (EmulatedInteraction Interaction, MessageEntry Message) Target(RestState state, RestCall call)
    {
        var interaction = Interaction(state, call);
        string raw = call.Value("message_id");
        MessageEntry? entry = raw == "@original" ? interaction.OriginalEntry
            : interaction.FollowupEntries.Find(f => Json.Id(f.Id) == raw) ?? (interaction.OriginalEntry is { } o && Json.Id(o.Id) == raw ? o : null);
        if (raw != "@original" && !ulong.TryParse(raw, out _))
        {
            throw RestError.InvalidForm("message_id", "NUMBER_TYPE_COERCE", $"Value \"{raw}\" is not snowflake.");
        }
        return entry is { Deleted: false } ? (interaction, entry) : throw RestError.UnknownMessage();
    }
}
