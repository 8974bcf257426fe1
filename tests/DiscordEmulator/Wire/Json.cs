using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GameTime.DiscordEmulator;

/// <summary>Small helpers for writing Discord-shaped JSON: string snowflakes, Discord's timestamp format, raw UTF-8 text.</summary>
internal static partial class Json
{
    // Discord sends non-ASCII text as raw UTF-8, not \u escapes.
    public static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);

    public static string? Id(ulong? id) => id is { } value ? Id(value) : null;

    /// <summary>Discord's format: microseconds and an explicit +00:00 offset.</summary>
    public static string Timestamp(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'ffffff'+00:00'", CultureInfo.InvariantCulture);

    public static string Write(JsonNode? node) => node is null ? "null" : RawSurrogates(node.ToJsonString(Options));

    // Even the relaxed encoder escapes characters outside the BMP (emoji) as \uD83D\uDD25 pairs; Discord sends them raw.
    private static string RawSurrogates(string json) => json.Contains("\\uD", StringComparison.OrdinalIgnoreCase)
        ? EscapedSurrogatePair().Replace(json, m => m.Groups[1].Value + (char)Convert.ToInt32(m.Groups[2].Value, 16) + (char)Convert.ToInt32(m.Groups[3].Value, 16))
        : json;

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<!\\)((?:\\\\)*)\\u(D[89AB][0-9A-F]{2})\\u(D[C-F][0-9A-F]{2})", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex EscapedSurrogatePair();

    public static JsonArray Array(IEnumerable<JsonNode?> items) => new([.. items]);

    public static JsonArray Ids(IEnumerable<ulong> ids) => Array(ids.Select(id => (JsonNode?)Id(id)));

    /// <summary>A 32-hex-digit random id, the shape of session_id.</summary>
    public static string RandomHex(int bytes = 16) => Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(bytes));

    /// <summary>The undocumented <c>_trace</c> array real HELLO/READY/RESUMED frames carry.</summary>
    public static JsonArray Trace(string step, int micros) => new(
        (JsonNode?)$"[\"gateway-prd-emu-local-1\",{{\"micros\":{micros},\"calls\":[\"{step}\",{{\"micros\":{micros / 2}}}]}}]");
}

/// <summary>Whole gateway frames. Every frame carries all four keys, in the order real Discord writes them.</summary>
internal static class Frame
{
    public static string Dispatch(string eventName, long seq, string data) =>
        $"{{\"t\":{JsonValue.Create(eventName).ToJsonString()},\"s\":{seq.ToString(CultureInfo.InvariantCulture)},\"op\":0,\"d\":{data}}}";

    public static string Op(int op, string data) =>
        $"{{\"t\":null,\"s\":null,\"op\":{op.ToString(CultureInfo.InvariantCulture)},\"d\":{data}}}";

    public static string HeartbeatAck { get; } = Op(11, "null");
}
