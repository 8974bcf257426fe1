using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace GameTime.DiscordEmulator;

/// <summary>Discord's rules for application commands (spec 3.3): names, descriptions, options, choices, sizes.</summary>
internal static partial class CommandRules
{
    public const int MaxPerScope = 100;

    public static void Check(JsonObject command, string path, ErrorTree errors)
    {
        int type = command["type"] is null ? 1 : MessageRules.Int(command["type"]);
        string? name = MessageRules.Text(command["name"]);
        if (type == 1)
        {
            CheckName(ErrorTree.Join(path, "name"), name, errors);
            errors.Length(ErrorTree.Join(path, "description"), MessageRules.Text(command["description"]), 1, 100);
            CheckOptions(command["options"] as JsonArray, ErrorTree.Join(path, "options"), errors);
        }
        else
        {
            errors.Length(ErrorTree.Join(path, "name"), name, 1, 32);
            if (!string.IsNullOrEmpty(MessageRules.Text(command["description"])))
            {
                errors.Add(ErrorTree.Join(path, "description"), "APPLICATION_COMMAND_INVALID_DESCRIPTION", "Context menu commands cannot have description");
            }
        }
        if (Size(command) > 8000)
        {
            errors.Add(path, "APPLICATION_COMMAND_TOO_LARGE", "Command exceeds maximum size (8000)");
        }
    }

    private static void CheckName(string path, string? name, ErrorTree errors)
    {
        if (name is null || !NamePattern().IsMatch(name))
        {
            errors.Add(path, "APPLICATION_COMMAND_INVALID_NAME", $"Command name is invalid");
        }
        else if (name.Any(char.IsUpper))
        {
            errors.Add(path, "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid");
        }
    }

    private static void CheckOptions(JsonArray? options, string path, ErrorTree errors)
    {
        if (options is null)
        {
            return;
        }
        errors.MaxItems(path, options, 25);
        bool optionalSeen = false;
        HashSet<string> names = [];
        for (int i = 0; i < options.Count; i++)
        {
            string optionPath = ErrorTree.Join(path, i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (options[i] is not JsonObject option)
            {
                errors.Add(optionPath, "DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType");
                continue;
            }
            int type = MessageRules.Int(option["type"]);
            string? name = MessageRules.Text(option["name"]);
            CheckName(ErrorTree.Join(optionPath, "name"), name, errors);
            if (name is not null && !names.Add(name))
            {
                errors.Add(ErrorTree.Join(optionPath, "name"), "APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS", "Option name already exists");
            }
            errors.Length(ErrorTree.Join(optionPath, "description"), MessageRules.Text(option["description"]), 1, 100);
            if (type is < 1 or > 11)
            {
                errors.Add(ErrorTree.Join(optionPath, "type"), "BASE_TYPE_CHOICES", "Value must be one of (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11).");
            }
            bool required = option["required"] is JsonValue r && r.TryGetValue(out bool req) && req;
            if (type is 1 or 2)
            {
                CheckOptions(option["options"] as JsonArray, ErrorTree.Join(optionPath, "options"), errors);
                continue;
            }
            if (required && optionalSeen)
            {
                errors.Add(ErrorTree.Join(optionPath, "required"), "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID", "Required options must be placed before non-required options");
            }
            optionalSeen |= !required;
            bool autocomplete = option["autocomplete"] is JsonValue a && a.TryGetValue(out bool auto) && auto;
            if (option["choices"] is JsonArray choices)
            {
                if (autocomplete && choices.Count > 0)
                {
                    errors.Add(ErrorTree.Join(optionPath, "autocomplete"), "APPLICATION_COMMAND_AUTOCOMPLETE_AND_CHOICES", "Autocomplete and choices cannot both be set");
                }
                errors.MaxItems(ErrorTree.Join(optionPath, "choices"), choices, 25);
                for (int c = 0; c < choices.Count; c++)
                {
                    string choicePath = ErrorTree.Join(optionPath, $"choices.{c}");
                    errors.Length(ErrorTree.Join(choicePath, "name"), MessageRules.Text(choices[c]?["name"]), 1, 100);
                    if (type == 3)
                    {
                        errors.Length(ErrorTree.Join(choicePath, "value"), MessageRules.Text(choices[c]?["value"]), 1, 100);
                    }
                }
            }
            foreach (string key in new[] { "min_length", "max_length" })
            {
                if (option[key] is JsonValue v && (!v.TryGetValue(out int length) || length is < 0 or > 6000))
                {
                    errors.Add(ErrorTree.Join(optionPath, key), "NUMBER_TYPE_MAX", "int value should be between 0 and 6000.");
                }
            }
        }
    }

    /// <summary>Names, descriptions, choice names and values of the whole command, localizations counting the longest.</summary>
    public static int Size(JsonObject command)
    {
        static int Longest(JsonNode? text, JsonNode? localizations) =>
            Math.Max(MessageRules.Text(text)?.Length ?? 0,
                (localizations as JsonObject)?.Select(p => MessageRules.Text(p.Value)?.Length ?? 0).DefaultIfEmpty(0).Max() ?? 0);
        static int Options(JsonArray? options) => (options ?? []).OfType<JsonObject>().Sum(o =>
            Longest(o["name"], o["name_localizations"]) + Longest(o["description"], o["description_localizations"])
            + (o["choices"] as JsonArray ?? []).OfType<JsonObject>().Sum(c => Longest(c["name"], c["name_localizations"]) + (c["value"]?.ToString().Length ?? 0))
            + Options(o["options"] as JsonArray));
        return Longest(command["name"], command["name_localizations"]) + Longest(command["description"], command["description_localizations"])
            + Options(command["options"] as JsonArray);
    }

    [GeneratedRegex(@"^[-_'\p{L}\p{N}\p{IsDevanagari}\p{IsThai}]{1,32}$")]
    private static partial Regex NamePattern();
}
