using System.Text.Json.Nodes;

namespace GameTime.DiscordEmulator;

/// <summary>Discord's limits on a message body (spec section 4): content, embeds, legacy component layout.</summary>
internal static class MessageRules
{
    public const int Ephemeral = 64;
    public const int ComponentsV2 = 32768;

    /// <summary>Adds every broken limit of <paramref name="body"/> to <paramref name="errors"/> under <paramref name="prefix"/>.</summary>
    public static void Check(JsonObject body, ErrorTree errors, string prefix = "")
    {
        string P(string key) => ErrorTree.Join(prefix, key);
        errors.MaxLength(P("content"), Text(body["content"]), 2000);
        if (body["embeds"] is JsonArray embeds)
        {
            errors.MaxItems(P("embeds"), embeds, 10);
            int total = 0;
            for (int i = 0; i < embeds.Count; i++)
            {
                total += CheckEmbed(embeds[i] as JsonObject, errors, P($"embeds.{i}"));
            }
            if (total > 6000)
            {
                errors.Add(P("embeds"), "MAX_EMBED_SIZE_EXCEEDED", "Embed size exceeds maximum size of 6000");
            }
        }
        if (body["components"] is JsonArray components && (Int(body["flags"]) & ComponentsV2) == 0)
        {
            CheckLegacyComponents(components, errors, P("components"));
        }
    }

    /// <summary>Content, an embed, a component, a file or a poll: else 50006.</summary>
    public static bool HasSomething(JsonObject body, int files, bool keepsAttachments = false) =>
        !string.IsNullOrEmpty(Text(body["content"]))
        || (body["embeds"] as JsonArray)?.Count > 0
        || (body["components"] as JsonArray)?.Count > 0
        || (body["sticker_ids"] as JsonArray)?.Count > 0
        || body["poll"] is JsonObject
        || files > 0
        || keepsAttachments;

    public static RestError EmptyMessage() => new(400, 50006, "Cannot send an empty message");

    private static int CheckEmbed(JsonObject? embed, ErrorTree errors, string path)
    {
        if (embed is null)
        {
            errors.Add(path, "DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType");
            return 0;
        }
        string? title = Text(embed["title"]), description = Text(embed["description"]);
        string? footer = Text(embed["footer"]?["text"]), author = Text(embed["author"]?["name"]);
        errors.MaxLength(ErrorTree.Join(path, "title"), title, 256);
        errors.MaxLength(ErrorTree.Join(path, "description"), description, 4096);
        errors.MaxLength(ErrorTree.Join(path, "footer.text"), footer, 2048);
        errors.MaxLength(ErrorTree.Join(path, "author.name"), author, 256);
        int total = (title?.Length ?? 0) + (description?.Length ?? 0) + (footer?.Length ?? 0) + (author?.Length ?? 0);
        if (embed["fields"] is JsonArray fields)
        {
            errors.MaxItems(ErrorTree.Join(path, "fields"), fields, 25);
            for (int i = 0; i < fields.Count; i++)
            {
                string fieldPath = ErrorTree.Join(path, $"fields.{i}");
                string? name = Text(fields[i]?["name"]), value = Text(fields[i]?["value"]);
                if (name is null)
                {
                    errors.Required(ErrorTree.Join(fieldPath, "name"));
                }
                if (value is null)
                {
                    errors.Required(ErrorTree.Join(fieldPath, "value"));
                }
                errors.MaxLength(ErrorTree.Join(fieldPath, "name"), name, 256);
                errors.MaxLength(ErrorTree.Join(fieldPath, "value"), value, 1024);
                total += (name?.Length ?? 0) + (value?.Length ?? 0);
            }
        }
        return total;
    }

    private static void CheckLegacyComponents(JsonArray rows, ErrorTree errors, string path)
    {
        errors.MaxItems(path, rows, 5);
        HashSet<string> customIds = [];
        for (int r = 0; r < rows.Count; r++)
        {
            string rowPath = ErrorTree.Join(path, r.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (Int(rows[r]?["type"]) != 1)
            {
                errors.Add(ErrorTree.Join(rowPath, "type"), "UNION_TYPE_CHOICES", "Value of field \"type\" must be one of (1,).");
                continue;
            }
            var children = rows[r]?["components"] as JsonArray ?? [];
            if (children.Count == 0)
            {
                errors.Add(ErrorTree.Join(rowPath, "components"), "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 5 in length.");
            }
            bool hasSelect = children.Any(c => Int(c?["type"]) is 3 or 5 or 6 or 7 or 8);
            if (children.Count > 5 || (hasSelect && children.Count > 1))
            {
                errors.Add(ErrorTree.Join(rowPath, "components"), "COMPONENT_LAYOUT_WIDTH_EXCEEDED",
                    "The specified component exceeds the maximum width");
            }
            for (int c = 0; c < children.Count; c++)
            {
                CheckComponent(children[c] as JsonObject, errors, ErrorTree.Join(rowPath, $"components.{c}"), customIds);
            }
        }
    }

    private static void CheckComponent(JsonObject? component, ErrorTree errors, string path, HashSet<string> customIds)
    {
        if (component is null)
        {
            errors.Add(path, "DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType");
            return;
        }
        int type = Int(component["type"]);
        bool link = type == 2 && Int(component["style"]) is 5 or 6;
        string? customId = Text(component["custom_id"]);
        if (!link)
        {
            if (customId is null)
            {
                errors.Required(ErrorTree.Join(path, "custom_id"));
            }
            else
            {
                errors.Length(ErrorTree.Join(path, "custom_id"), customId, 1, 100);
                if (!customIds.Add(customId))
                {
                    errors.Add(ErrorTree.Join(path, "custom_id"), "COMPONENT_CUSTOM_ID_DUPLICATED", "Component custom id cannot be duplicated");
                }
            }
        }
        if (type == 2)
        {
            errors.MaxLength(ErrorTree.Join(path, "label"), Text(component["label"]), 80);
            errors.MaxLength(ErrorTree.Join(path, "url"), Text(component["url"]), 512);
        }
        if (type is 3 or 5 or 6 or 7 or 8)
        {
            errors.MaxLength(ErrorTree.Join(path, "placeholder"), Text(component["placeholder"]), 150);
            if (Int(component["max_values"]) > 25)
            {
                errors.Add(ErrorTree.Join(path, "max_values"), "NUMBER_TYPE_MAX", "int value should be less than or equal to 25.");
            }
        }
        if (type == 3)
        {
            var options = component["options"] as JsonArray;
            if (options is null || options.Count == 0)
            {
                errors.Add(ErrorTree.Join(path, "options"), "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 25 in length.");
            }
            else
            {
                errors.MaxItems(ErrorTree.Join(path, "options"), options, 25);
                for (int i = 0; i < options.Count; i++)
                {
                    string optionPath = ErrorTree.Join(path, $"options.{i}");
                    errors.Length(ErrorTree.Join(optionPath, "label"), Text(options[i]?["label"]), 1, 100);
                    errors.Length(ErrorTree.Join(optionPath, "value"), Text(options[i]?["value"]), 1, 100);
                    errors.MaxLength(ErrorTree.Join(optionPath, "description"), Text(options[i]?["description"]), 100);
                }
            }
        }
    }

    public static int Int(JsonNode? node) => node is JsonValue value && value.TryGetValue(out int number) ? number : 0;

    public static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue(out string? text) ? text : null;
}
