using System.Text.Json.Nodes;

namespace GameTime.DiscordEmulator;

/// <summary>An error answer thrown from deep inside a route: Discord's body {message, code, errors?} with its status.</summary>
internal sealed class RestError(int status, int code, string message, JsonObject? errors = null) : Exception(message)
{
    public int Status { get; } = status;

    public int Code { get; } = code;

    public JsonObject Body
    {
        get
        {
            var body = new JsonObject { ["message"] = Message, ["code"] = Code };
            if (errors is not null)
            {
                body["errors"] = errors.DeepClone();
            }
            return body;
        }
    }

    public static RestError NotFound(int code, string what) => new(404, code, what);

    public static RestError UnknownChannel() => NotFound(10003, "Unknown Channel");

    public static RestError UnknownGuild() => NotFound(10004, "Unknown Guild");

    public static RestError UnknownMember() => NotFound(10007, "Unknown Member");

    public static RestError UnknownMessage() => NotFound(10008, "Unknown Message");

    public static RestError UnknownRole() => NotFound(10011, "Unknown Role");

    public static RestError UnknownUser() => NotFound(10013, "Unknown User");

    // Reactions with a bad emoji answer 400, not 404.
    public static RestError UnknownEmoji() => new(400, 10014, "Unknown Emoji");

    public static RestError UnknownWebhook() => NotFound(10015, "Unknown Webhook");

    public static RestError UnknownInteraction() => NotFound(10062, "Unknown interaction");

    /// <summary>400/50035 "Invalid Form Body" with the tree of <paramref name="errors"/>.</summary>
    public static RestError InvalidForm(ErrorTree errors) => new(400, 50035, "Invalid Form Body", errors.Root);

    /// <summary>400/50035 with one error at <paramref name="path"/> ("embeds.0.title").</summary>
    public static RestError InvalidForm(string path, string code, string message)
    {
        var tree = new ErrorTree();
        tree.Add(path, code, message);
        return InvalidForm(tree);
    }
}

/// <summary>
/// Discord's `errors` tree: it mirrors the request body (array indices as string keys) and puts
/// {"_errors":[{code, message}]} at each failing leaf; a request-level error sits at the root.
/// </summary>
internal sealed class ErrorTree
{
    public JsonObject Root { get; } = [];

    public bool IsEmpty => Root.Count == 0;

    /// <summary>The failing paths, "embeds.0.title", for messages and records.</summary>
    public List<string> Paths { get; } = [];

    private List<(string Path, string Code, string Message)> Entries { get; } = [];

    /// <summary>Adds every error of <paramref name="other"/> (a trial branch of anyOf/oneOf).</summary>
    public void Merge(ErrorTree other)
    {
        foreach (var (path, code, message) in other.Entries)
        {
            Add(path, code, message);
        }
    }

    public void Add(string path, string code, string message)
    {
        Paths.Add(path);
        Entries.Add((path, code, message));
        var node = Root;
        foreach (string key in path.Length == 0 ? [] : path.Split('.'))
        {
            if (node[key] is not JsonObject child)
            {
                child = [];
                node[key] = child;
            }
            node = child;
        }
        if (node["_errors"] is not JsonArray list)
        {
            list = [];
            node["_errors"] = list;
        }
        list.Add(new JsonObject { ["code"] = code, ["message"] = message });
    }

    public void ThrowIfAny()
    {
        if (!IsEmpty)
        {
            throw RestError.InvalidForm(this);
        }
    }

    public static string Join(string path, string key) => path.Length == 0 ? key : path + "." + key;

    public void MaxLength(string path, string? value, int max)
    {
        if (value is not null && value.Length > max)
        {
            Add(path, "BASE_TYPE_MAX_LENGTH", $"Must be {max} or fewer in length.");
        }
    }

    public void Length(string path, string? value, int min, int max)
    {
        if (value is null || value.Length < min || value.Length > max)
        {
            Add(path, "BASE_TYPE_BAD_LENGTH", $"Must be between {min} and {max} in length.");
        }
    }

    public void MaxItems(string path, JsonArray? items, int max)
    {
        if (items is not null && items.Count > max)
        {
            Add(path, "BASE_TYPE_MAX_LENGTH", $"Must be {max} or fewer in length.");
        }
    }

    public void Required(string path) => Add(path, "BASE_TYPE_REQUIRED", "This field is required");
}
