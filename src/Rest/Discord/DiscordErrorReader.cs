using System.Text;
using System.Text.Json;

namespace GameTime.Rest.Discord;

/// <summary>
/// Turns Discord's error answer <c>{code, message, errors?}</c> into a <see cref="DiscordApiException"/> whose
/// message names the first fields Discord rejected, e.g. "Invalid Form Body: content: Must be 2000 or fewer in length."
/// </summary>
internal static class DiscordErrorReader
{
    private const int MaxFieldErrors = 3;

    public static async Task<DiscordApiException> ReadAsync(HttpResponseMessage response, RestRoute route, CancellationToken ct)
    {
        var text = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
        return FromBody(response.StatusCode, response.ReasonPhrase, text, route);
    }

    public static DiscordApiException FromBody(System.Net.HttpStatusCode status, string? reasonPhrase, string text, RestRoute route)
    {
        JsonRestError? error = null;
        try
        {
            if (text.Length > 0) error = JsonSerializer.Deserialize(text, DiscordRestJson.Default.JsonRestError);
        }
        catch (JsonException)
        {
            // not Discord's JSON (a proxy's HTML page, say): report the status alone
        }
        if (error is null) return new DiscordApiException(status, 0, reasonPhrase ?? "error", route.ToString());

        var message = new StringBuilder(error.Message ?? reasonPhrase ?? "error");
        if (error.Errors is { ValueKind: JsonValueKind.Object } errors)
        {
            var fields = new List<string>();
            CollectLeaves(errors, "", fields);
            if (fields.Count > 0) message.Append(": ").AppendJoin("; ", fields);
        }
        return new DiscordApiException(status, error.Code, message.ToString(), route.ToString());
    }

    // Depth first, in Discord's order: "embeds.0.title: Must be 256 or fewer in length."
    private static void CollectLeaves(JsonElement node, string path, List<string> into)
    {
        foreach (var property in node.EnumerateObject())
        {
            if (into.Count >= MaxFieldErrors) return;
            if (property.NameEquals("_errors") && property.Value.ValueKind == JsonValueKind.Array)
            {
                foreach (var leaf in property.Value.EnumerateArray())
                {
                    if (into.Count >= MaxFieldErrors) return;
                    var text = leaf.ValueKind == JsonValueKind.Object && leaf.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String
                        ? m.GetString()
                        : leaf.ToString();
                    into.Add(path.Length == 0 ? text ?? "" : $"{path}: {text}");
                }
            }
            else if (property.Value.ValueKind == JsonValueKind.Object)
            {
                CollectLeaves(property.Value, path.Length == 0 ? property.Name : path + "." + property.Name, into);
            }
        }
    }
}
