using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;

namespace GameTime.DiscordEmulator;

/// <summary>
/// Request bodies checked against Discord's OpenAPI document (shared/fixtures/discord/openapi.json): the request
/// schema of the route's operation, with the subset of JSON Schema the document uses ($ref, type (also as a list,
/// with "null"), nullable, properties, required, additionalProperties, min/maxLength, min/maxItems, minimum/maximum,
/// enum, const, allOf, anyOf, oneOf). Failures answer 400/50035 with the failing paths, as Discord does.
/// </summary>
internal sealed class OpenApiSchema
{
    private const string DocumentPath = "shared/fixtures/discord/openapi.json";
    private static readonly ConcurrentDictionary<string, Lazy<OpenApiSchema>> Loaded = new();

    private readonly JsonObject schemas;
    private readonly Dictionary<string, JsonObject> requestBodies = [];

    private OpenApiSchema(string path, JsonObject document)
    {
        Path = path;
        schemas = document["components"]?["schemas"] as JsonObject ?? [];
        foreach (var (template, item) in document["paths"] as JsonObject ?? [])
        {
            foreach (var (method, operation) in item as JsonObject ?? [])
            {
                // Path items also hold "parameters" (an array) beside the operations.
                if (operation is JsonObject op && op["requestBody"]?["content"]?["application/json"]?["schema"] is JsonObject schema)
                {
                    requestBodies[Key(method.ToUpperInvariant(), template)] = schema;
                }
            }
        }
    }

    /// <summary>The file the schema came from.</summary>
    public string Path { get; }

    /// <summary>
    /// The document at <paramref name="path"/>, else the first "shared/fixtures/discord/openapi.json" found walking up
    /// from the test binaries (shared/ sits beside the repository); null when there is none. Parsed once per process.
    /// </summary>
    public static OpenApiSchema? Load(string? path)
    {
        path ??= Find(AppContext.BaseDirectory) ?? Find(Directory.GetCurrentDirectory());
        if (path is null || !File.Exists(path))
        {
            return null;
        }
        return Loaded.GetOrAdd(System.IO.Path.GetFullPath(path),
            full => new Lazy<OpenApiSchema>(() => new OpenApiSchema(full, JsonNode.Parse(File.ReadAllText(full))!.AsObject()))).Value;
    }

    /// <summary>Validates a route's body; throws 50035 with every failing path.</summary>
    public void Validate(RestRoute route, JsonNode? body)
    {
        if (!requestBodies.TryGetValue(Key(route.Method, route.Template), out var schema))
        {
            return;
        }
        var errors = new ErrorTree();
        Check(schema, body, "", errors);
        errors.ThrowIfAny();
    }

    public bool Covers(string method, string template) => requestBodies.ContainsKey(Key(method, template));

    private static string? Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            string candidate = System.IO.Path.Combine(dir.FullName, DocumentPath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }

    // Path parameters are wildcards: "/channels/{channel_id}" and "/channels/{id}" are one route.
    private static string Key(string method, string template) =>
        method + " " + string.Join('/', template.Split('/').Select(s => s.StartsWith('{') ? "{}" : s));

    private void Check(JsonNode? schemaNode, JsonNode? value, string path, ErrorTree errors)
    {
        if (schemaNode is not JsonObject schema)
        {
            return;
        }
        if (MessageRules.Text(schema["$ref"]) is { } reference)
        {
            Check(schemas[reference["#/components/schemas/".Length..]], value, path, errors);
        }
        foreach (var part in schema["allOf"] as JsonArray ?? [])
        {
            Check(part, value, path, errors);
        }
        if ((schema["anyOf"] ?? schema["oneOf"]) is JsonArray branches)
        {
            CheckBranches(branches, value, path, errors);
        }
        if (!CheckType(schema, value, path, errors) || value is null)
        {
            return;
        }
        if (schema["enum"] is JsonArray choices && !choices.Any(c => JsonNode.DeepEquals(c, value)))
        {
            errors.Add(path, "BASE_TYPE_CHOICES", $"Value must be one of ({string.Join(", ", choices.Select(c => c?.ToJsonString()))}).");
        }
        if (schema["const"] is { } constant && !JsonNode.DeepEquals(constant, value))
        {
            errors.Add(path, "BASE_TYPE_CHOICES", $"Value must be one of ({constant.ToJsonString()}).");
        }
        switch (value)
        {
            case JsonObject obj:
                CheckObject(schema, obj, path, errors);
                break;
            case JsonArray array:
                if (Number(schema["maxItems"]) is { } maxItems && array.Count > maxItems)
                {
                    errors.Add(path, "BASE_TYPE_MAX_LENGTH", $"Must be {maxItems} or fewer in length.");
                }
                if (Number(schema["minItems"]) is { } minItems && array.Count < minItems)
                {
                    errors.Add(path, "BASE_TYPE_MIN_LENGTH", $"Must be {minItems} or more in length.");
                }
                for (int i = 0; schema["items"] is not null && i < array.Count; i++)
                {
                    Check(schema["items"], array[i], ErrorTree.Join(path, i.ToString(CultureInfo.InvariantCulture)), errors);
                }
                break;
            case JsonValue scalar when scalar.TryGetValue(out string? text):
                int length = text.EnumerateRunes().Count();
                if (Number(schema["maxLength"]) is { } max && length > max)
                {
                    errors.Add(path, "BASE_TYPE_MAX_LENGTH", $"Must be {max} or fewer in length.");
                }
                if (Number(schema["minLength"]) is { } min && length < min)
                {
                    errors.Add(path, "BASE_TYPE_MIN_LENGTH", $"Must be {min} or more in length.");
                }
                if (MessageRules.Text(schema["format"]) == "snowflake" && !ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out _))
                {
                    errors.Add(path, "NUMBER_TYPE_COERCE", $"Value \"{text}\" is not snowflake.");
                }
                break;
            case JsonValue scalar when scalar.TryGetValue(out double number):
                if (Number(schema["maximum"]) is { } maximum && number > maximum)
                {
                    errors.Add(path, "NUMBER_TYPE_MAX", $"int value should be less than or equal to {maximum.ToString(CultureInfo.InvariantCulture)}.");
                }
                if (Number(schema["minimum"]) is { } minimum && number < minimum)
                {
                    errors.Add(path, "NUMBER_TYPE_MIN", $"int value should be greater than or equal to {minimum.ToString(CultureInfo.InvariantCulture)}.");
                }
                break;
        }
    }

    private void CheckObject(JsonObject schema, JsonObject obj, string path, ErrorTree errors)
    {
        var properties = schema["properties"] as JsonObject;
        foreach (var required in schema["required"] as JsonArray ?? [])
        {
            if (MessageRules.Text(required) is { } name && !obj.ContainsKey(name))
            {
                errors.Required(ErrorTree.Join(path, name));
            }
        }
        foreach (var (key, child) in obj)
        {
            string childPath = ErrorTree.Join(path, key);
            if (properties?[key] is JsonObject propertySchema)
            {
                Check(propertySchema, child, childPath, errors);
            }
            else if (schema["additionalProperties"] is JsonValue allowed && allowed.TryGetValue(out bool ok) && !ok)
            {
                errors.Add(childPath, "UNKNOWN_FIELD", "This field is not allowed here.");
            }
            else if (schema["additionalProperties"] is JsonObject extra)
            {
                Check(extra, child, childPath, errors);
            }
        }
    }

    /// <summary>anyOf/oneOf: valid when a branch is; else the errors of the branch that came closest.</summary>
    private void CheckBranches(JsonArray branches, JsonNode? value, string path, ErrorTree errors)
    {
        ErrorTree? closest = null;
        foreach (var branch in branches)
        {
            var trial = new ErrorTree();
            Check(branch, value, path, trial);
            if (trial.IsEmpty)
            {
                return;
            }
            if (closest is null || Distance(trial, path) < Distance(closest, path)
                || (Distance(trial, path) == Distance(closest, path) && Depth(trial) > Depth(closest)))
            {
                closest = trial;
            }
        }
        if (closest is not null)
        {
            errors.Merge(closest);
        }
    }

    // A branch whose "type" discriminator differs is far off, whatever else matches (option and component unions).
    private static int Distance(ErrorTree tree, string path) =>
        tree.Paths.Count + (tree.Paths.Contains(ErrorTree.Join(path, "type")) ? 1000 : 0);

    // Errors deeper in the value mean the branch matched its outer shape (e.g. the right callback type).
    private static int Depth(ErrorTree tree) => tree.Paths.Max(p => p.Length == 0 ? 0 : p.Split('.').Length);

    /// <summary>The value's JSON type is among the schema's types; a snowflake string also accepts a non-negative integer.</summary>
    private static bool CheckType(JsonObject schema, JsonNode? value, string path, ErrorTree errors)
    {
        List<string> types = schema["type"] switch
        {
            JsonArray list => [.. list.Select(t => (string?)t ?? "")],
            JsonValue one when one.TryGetValue(out string? t) => [t],
            _ => [],
        };
        if (types.Count == 0)
        {
            return true;
        }
        bool nullable = types.Contains("null") || (schema["nullable"] is JsonValue n && n.TryGetValue(out bool isNullable) && isNullable);
        if (value is null)
        {
            if (!nullable)
            {
                errors.Add(path, "BASE_TYPE_REQUIRED", "This field is required");
                return false;
            }
            return true;
        }
        bool snowflake = MessageRules.Text(schema["format"]) == "snowflake";
        bool matches = types.Any(type => type switch
        {
            "object" => value is JsonObject,
            "array" => value is JsonArray,
            "string" => value is JsonValue s && (s.TryGetValue(out string? _) || (snowflake && s.TryGetValue(out ulong _))),
            // Discord coerces digit strings to numbers: "32" is a valid int64 (default_member_permissions, permissions).
            "integer" => value is JsonValue i && ((i.TryGetValue(out double d) && Math.Floor(d) == d)
                || (i.TryGetValue(out string? digits) && long.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))),
            "number" => value is JsonValue num && (num.TryGetValue(out double _)
                || (num.TryGetValue(out string? numeric) && double.TryParse(numeric, NumberStyles.Float, CultureInfo.InvariantCulture, out _))),
            "boolean" => value is JsonValue b && b.TryGetValue(out bool _),
            _ => false,
        });
        if (!matches)
        {
            string expected = types.FirstOrDefault(t => t != "null") ?? "null";
            var (code, message) = expected switch
            {
                "object" => ("DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType"),
                "array" => ("BASE_TYPE_ARRAY", "Must be an array."),
                "integer" or "number" => ("NUMBER_TYPE_COERCE", $"Value {value.ToJsonString()} is not {(expected == "integer" ? "int" : "a number")}."),
                "boolean" => ("BASE_TYPE_BOOLEAN", "Must be either true or false."),
                _ => ("BASE_TYPE_STRING", $"Could not interpret \"{value.ToJsonString()}\" as string."),
            };
            errors.Add(path, code, message);
        }
        return matches;
    }

    private static double? Number(JsonNode? node) => node is JsonValue value && value.TryGetValue(out double number) ? number : null;
}
