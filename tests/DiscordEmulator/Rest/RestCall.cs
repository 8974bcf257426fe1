using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace GameTime.DiscordEmulator;

/// <summary>A file part of a multipart body: `files[n]`.</summary>
public sealed record UploadedFile(int Index, string FileName, string ContentType, byte[] Content);

/// <summary>One REST request as a route sees it: path values, the parsed JSON body (or payload_json), files and query.</summary>
internal sealed class RestCall(HttpContext http, RestRoute route, Dictionary<string, string> values)
{
    public HttpContext Http { get; } = http;

    public RestRoute Route { get; } = route;

    public IReadOnlyDictionary<string, string> Values { get; } = values;

    public JsonNode? Body { get; set; }

    public List<UploadedFile> Files { get; } = [];

    public string? AuditLogReason { get; set; }

    public JsonObject BodyObject => Body as JsonObject ?? throw RestError.InvalidForm("", "DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType");

    public string Value(string name) => Values[name];

    /// <summary>A snowflake path value; anything else is Discord's NUMBER_TYPE_COERCE.</summary>
    public ulong Id(string name)
    {
        string raw = Values[name];
        return ulong.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out ulong id) ? id
            : throw RestError.InvalidForm(name, "NUMBER_TYPE_COERCE", $"Value \"{raw}\" is not snowflake.");
    }

    public bool Has(string query) => Http.Request.Query.ContainsKey(query);

    public ulong? QueryId(string name)
    {
        string? raw = Http.Request.Query[name];
        if (raw is null)
        {
            return null;
        }
        return ulong.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out ulong id) ? id
            : throw RestError.InvalidForm(name, "NUMBER_TYPE_COERCE", $"Value \"{raw}\" is not snowflake.");
    }

    /// <summary>An integer query value in [min, max] or the default; outside the range is 50035 as on Discord.</summary>
    public int QueryInt(string name, int min, int max, int fallback)
    {
        string? raw = Http.Request.Query[name];
        if (raw is null)
        {
            return fallback;
        }
        if (!int.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value))
        {
            throw RestError.InvalidForm(name, "NUMBER_TYPE_COERCE", $"Value \"{raw}\" is not int.");
        }
        if (value < min || value > max)
        {
            throw RestError.InvalidForm(name, "NUMBER_TYPE_MAX", $"int value should be between {min} and {max}.");
        }
        return value;
    }

    public bool QueryBool(string name)
    {
        string? raw = Http.Request.Query[name];
        return raw is not null && (raw.Equals("true", StringComparison.OrdinalIgnoreCase) || raw == "1");
    }
}
