using System.Text.Json.Nodes;

namespace GameTime.DiscordEmulator;

/// <summary>Interactions the test performs as a user: each dispatches INTERACTION_CREATE and returns a handle on the bot's answers.</summary>
public sealed partial class DiscordEmulator
{
    /// <summary>
    /// A slash command (type 2). <paramref name="options"/> as Discord sends them ([{name, type, value}], nested for
    /// subcommands); user/channel/role/mentionable values get their `resolved` entries. The command id is the
    /// registered one when the bot registered <paramref name="name"/>.
    /// </summary>
    public Task<EmulatedInteraction> SlashCommandAsync(ulong guildId, ulong channelId, ulong userId, string name, JsonArray? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return InteractAsync(guildId, channelId, userId, 2, null, guild =>
        {
            var data = CommandData(guildId, name);
            if (options is not null)
            {
                if (rest.Commands.Find(guildId, name) is { } registered)
                {
                    CheckOptions(name, registered["options"] as JsonArray, options);
                }
                data["options"] = options.DeepClone();
            }
            if (InteractionJson.Resolved(rest, guild, options) is { } resolved)
            {
                data["resolved"] = resolved;
            }
            return data;
        });
    }

    /// <summary>
    /// A click or selection (type 3) on a component of message <paramref name="messageId"/> (a stored message, or an
    /// ephemeral one the bot sent). <paramref name="componentType"/>: 2 button, 3 string select, 5–8 other selects.
    /// </summary>
    public Task<EmulatedInteraction> ComponentAsync(ulong guildId, ulong channelId, ulong userId, ulong messageId, string customId,
        int componentType = 2, string[]? values = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(customId);
        return InteractAsync(guildId, channelId, userId, 3, messageId, guild =>
        {
            var data = new JsonObject { ["component_type"] = componentType, ["custom_id"] = customId };
            if (values is not null || componentType != 2)
            {
                data["values"] = Json.Array((values ?? []).Select(v => (JsonNode?)v));
            }
            // User, role, mentionable and channel selects resolve their values like the matching option types.
            int? optionType = componentType switch { 5 => 6, 6 => 8, 7 => 9, 8 => 7, _ => null };
            if (optionType is { } type && values is { Length: > 0 }
                && InteractionJson.Resolved(rest, guild, Json.Array(values.Select(v => (JsonNode?)new JsonObject { ["name"] = customId, ["type"] = type, ["value"] = v }))) is { } resolved)
            {
                data["resolved"] = resolved;
            }
            return data;
        });
    }

    /// <summary>An autocomplete request (type 4): <paramref name="options"/> must contain one option with "focused": true (possibly nested).</summary>
    public Task<EmulatedInteraction> AutocompleteAsync(ulong guildId, ulong channelId, ulong userId, string name, JsonArray options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!HasFocused(options))
        {
            throw new ArgumentException("An autocomplete interaction needs one option with \"focused\": true.", nameof(options));
        }
        return InteractAsync(guildId, channelId, userId, 4, null, _ =>
        {
            var data = CommandData(guildId, name);
            data["version"] = Json.Id(Snowflake.Next());
            data["options"] = options.DeepClone();
            return data;
        });
    }

    /// <summary>Autocomplete of one string option being typed: {name: <paramref name="option"/>, type 3, value: <paramref name="typed"/>, focused}.</summary>
    public Task<EmulatedInteraction> AutocompleteAsync(ulong guildId, ulong channelId, ulong userId, string name, string option, string typed) =>
        AutocompleteAsync(guildId, channelId, userId, name, [new JsonObject { ["type"] = 3, ["name"] = option, ["value"] = typed, ["focused"] = true }]);

    /// <summary>
    /// A modal submit (type 5): each text input's custom_id and value, in action rows as the legacy layout returns them.
    /// <paramref name="messageId"/> is the component message the modal was opened from, if any.
    /// </summary>
    public Task<EmulatedInteraction> ModalSubmitAsync(ulong guildId, ulong channelId, ulong userId, string customId,
        IReadOnlyDictionary<string, string> values, ulong? messageId = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        return InteractAsync(guildId, channelId, userId, 5, messageId, _ =>
        {
            int id = 1;
            var rows = new JsonArray();
            foreach (var (inputId, value) in values)
            {
                rows.Add(new JsonObject
                {
                    ["type"] = 1,
                    ["id"] = id++,
                    ["components"] = new JsonArray(new JsonObject { ["type"] = 4, ["id"] = id++, ["custom_id"] = inputId, ["value"] = value }),
                });
            }
            return new JsonObject { ["custom_id"] = customId, ["components"] = rows };
        });
    }

    /// <summary>Every interaction dispatched so far.</summary>
    public IReadOnlyList<EmulatedInteraction> Interactions
    {
        get { lock (hub.Sync) { return [.. rest.Interactions.Values]; } }
    }

    private async Task<EmulatedInteraction> InteractAsync(ulong guildId, ulong channelId, ulong userId, int type, ulong? messageId,
        Func<EmulatedGuild, JsonObject> data)
    {
        EmulatedInteraction interaction;
        Task sent;
        lock (hub.Sync)
        {
            var guild = Guild(guildId);
            var channel = guild.FindChannel(channelId) ?? throw new ArgumentException($"Guild {guildId} has no channel {channelId}.", nameof(channelId));
            var member = guild.RequireMember(userId);
            JsonObject? message = null;
            if (messageId is { } mid)
            {
                var entry = InteractionRoutes.FindMessage(rest, mid)
                    ?? throw new ArgumentException($"The emulator has no message {mid} (send it first, or let the bot send it).", nameof(messageId));
                message = MessageJson.Rest(entry, Options.ApplicationId);
            }
            else if (type == 3)
            {
                throw new ArgumentException("A component interaction needs the message the component is on.", nameof(messageId));
            }
            ulong id = Snowflake.Next();
            string token = InteractionJson.Token(id);
            var payload = InteractionJson.Create(rest, guild, channel, member, id, token, type, data(guild), message);
            interaction = new EmulatedInteraction(hub.Sync, id, token, type, guildId, channelId, userId, messageId, rest.Now, payload);
            rest.Interactions[id] = interaction;
            string text = Json.Write(payload);
            sent = Task.WhenAll(hub.Fanout("INTERACTION_CREATE", guildId, _ => text));
        }
        await sent.ConfigureAwait(false);
        return interaction;
    }

    private JsonObject CommandData(ulong guildId, string name)
    {
        var command = rest.Commands.Find(guildId, name);
        var data = new JsonObject
        {
            ["id"] = (string?)command?["id"] ?? Json.Id(Snowflake.Next()),
            ["name"] = name,
            ["type"] = 1,
        };
        if (command?["guild_id"] is { } scope)
        {
            data["guild_id"] = scope.DeepClone();
        }
        return data;
    }

    /// <summary>Discord only sends options the registered command defines, with their types: a test that sends others is wrong.</summary>
    private static void CheckOptions(string command, JsonArray? defined, JsonArray given)
    {
        foreach (var option in given.OfType<JsonObject>())
        {
            string? name = MessageRules.Text(option["name"]);
            var definition = (defined ?? []).OfType<JsonObject>().FirstOrDefault(d => MessageRules.Text(d["name"]) == name)
                ?? throw new ArgumentException($"Command \"{command}\" as the bot registered it has no option \"{name}\".", nameof(given));
            if (MessageRules.Int(definition["type"]) != MessageRules.Int(option["type"]))
            {
                throw new ArgumentException($"Option \"{name}\" of \"{command}\" is registered with type {MessageRules.Int(definition["type"])}, not {MessageRules.Int(option["type"])}.", nameof(given));
            }
            if (option["options"] is JsonArray nested)
            {
                CheckOptions(command, definition["options"] as JsonArray, nested);
            }
        }
    }

    private static bool HasFocused(JsonArray options) =>
        options.OfType<JsonObject>().Any(o => o["focused"] is JsonValue v && v.TryGetValue(out bool f) && f || o["options"] is JsonArray inner && HasFocused(inner));
}
