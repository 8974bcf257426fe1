using System.Text.Json.Nodes;

namespace GameTime.DiscordEmulator;

/// <summary>GET/PUT /applications/{app}/commands and /applications/{app}/guilds/{g}/commands (bulk overwrite).</summary>
internal static class CommandRoutes
{
    public static IEnumerable<RestRoute> Routes(RestState state)
    {
        yield return new RestRoute("GET", "/applications/{application_id}/commands", call => List(state, call, null));
        yield return new RestRoute("PUT", "/applications/{application_id}/commands", call => Overwrite(state, call, null), body: true);
        yield return new RestRoute("GET", "/applications/{application_id}/guilds/{guild_id}/commands", call => List(state, call, Guild(state, call)));
        yield return new RestRoute("PUT", "/applications/{application_id}/guilds/{guild_id}/commands", call => Overwrite(state, call, Guild(state, call)), body: true);
    }

    private static ulong Guild(RestState state, RestCall call) => state.RequireGuild(call.Id("guild_id")).Id;

    private static void RequireApplication(RestState state, RestCall call)
    {
        if (call.Id("application_id") != state.Options.ApplicationId)
        {
            // Discord answers a foreign application id with 403 Missing Access.
            throw new RestError(403, 50001, "Missing Access");
        }
    }

    private static RestResult List(RestState state, RestCall call, ulong? guildId)
    {
        RequireApplication(state, call);
        return RestResult.Ok(Json.Array(state.Commands.Scope(guildId).Select(c => (JsonNode?)c.DeepClone())));
    }

    /// <summary>Validates the whole list, then replaces the scope; a command keeps its id when its name and type stay.</summary>
    private static RestResult Overwrite(RestState state, RestCall call, ulong? guildId)
    {
        RequireApplication(state, call);
        if (call.Body is not JsonArray commands)
        {
            throw RestError.InvalidForm("", "BASE_TYPE_ARRAY", "Must be an array.");
        }
        var errors = new ErrorTree();
        for (int i = 0; i < commands.Count; i++)
        {
            if (commands[i] is JsonObject command)
            {
                CommandRules.Check(command, i.ToString(System.Globalization.CultureInfo.InvariantCulture), errors);
            }
            else
            {
                errors.Add(i.ToString(System.Globalization.CultureInfo.InvariantCulture), "DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType");
            }
        }
        // Per scope: 100 chat input, 15 user and 15 message commands, names unique per type.
        foreach (var group in commands.OfType<JsonObject>().GroupBy(c => c["type"] is null ? 1 : MessageRules.Int(c["type"])))
        {
            int max = group.Key == 1 ? CommandRules.MaxPerScope : 15;
            if (group.Count() > max)
            {
                errors.Add("", "APPLICATION_COMMANDS_TOO_MANY", $"Maximum number of application commands of type {group.Key} reached ({max}).");
            }
            foreach (var duplicate in group.GroupBy(c => MessageRules.Text(c["name"])).Where(g => g.Count() > 1))
            {
                errors.Add("", "APPLICATION_COMMANDS_DUPLICATE_NAME", $"Application command names must be unique: \"{duplicate.Key}\".");
            }
        }
        errors.ThrowIfAny();
        var old = state.Commands.Scope(guildId);
        var stored = new List<JsonObject>();
        foreach (var command in commands.OfType<JsonObject>())
        {
            int type = command["type"] is null ? 1 : MessageRules.Int(command["type"]);
            string name = MessageRules.Text(command["name"])!;
            var previous = old.Find(c => (string?)c["name"] == name && MessageRules.Int(c["type"]) == type);
            stored.Add(Stored(state, command, type, guildId, previous));
        }
        state.Commands.Replace(guildId, stored);
        return RestResult.Ok(Json.Array(stored.Select(c => (JsonNode?)c.DeepClone())));
    }

    private static JsonObject Stored(RestState state, JsonObject command, int type, ulong? guildId, JsonObject? previous)
    {
        var json = new JsonObject
        {
            ["id"] = (string?)previous?["id"] ?? Json.Id(Snowflake.Next()),
            ["type"] = type,
            ["application_id"] = Json.Id(state.Options.ApplicationId),
            ["version"] = Json.Id(Snowflake.Next()),
            ["default_member_permissions"] = command["default_member_permissions"]?.DeepClone(),
            ["name"] = MessageRules.Text(command["name"]),
            ["description"] = MessageRules.Text(command["description"]) ?? "",
            ["dm_permission"] = true,
            ["contexts"] = command["contexts"]?.DeepClone(),
            ["integration_types"] = command["integration_types"]?.DeepClone() ?? new JsonArray(0),
            ["nsfw"] = command["nsfw"] is JsonValue n && n.TryGetValue(out bool nsfw) && nsfw,
        };
        if (command["options"] is JsonArray options)
        {
            json["options"] = options.DeepClone();
        }
        if (guildId is { } id)
        {
            json["guild_id"] = Json.Id(id);
        }
        return json;
    }
}
