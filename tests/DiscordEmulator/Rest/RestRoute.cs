using System.Text.Json.Nodes;

namespace GameTime.DiscordEmulator;

/// <summary>What a route answers: a status and a JSON body, or none (204 carries no Content-Type).</summary>
internal sealed record RestResult(int Status, JsonNode? Body)
{
    public static RestResult Ok(JsonNode body) => new(200, body);

    public static RestResult NoContent { get; } = new(204, null);
}

/// <summary>
/// One REST route: "POST /channels/{channel_id}/messages". Its key (method + template) names its rate-limit bucket;
/// its major parameter (channel, guild, webhook, interaction) splits the bucket per resource, as on Discord.
/// </summary>
internal sealed class RestRoute
{
    private static readonly string[] Majors = ["channel_id", "guild_id", "interaction_id"];
    private readonly string[] segments;

    public RestRoute(string method, string template, Func<RestCall, RestResult> handler, bool auth = true, bool body = false)
    {
        Method = method;
        Template = template;
        Handler = handler;
        Auth = auth;
        HasBody = body;
        segments = template.Trim('/').Split('/');
        // Interaction callbacks and interaction webhooks are exempt from the global limit and need no bot token.
        GlobalExempt = template.StartsWith("/interactions/", StringComparison.Ordinal) || template.StartsWith("/webhooks/", StringComparison.Ordinal);
    }

    public string Method { get; }

    public string Template { get; }

    public Func<RestCall, RestResult> Handler { get; }

    public bool Auth { get; }

    public bool HasBody { get; }

    public bool GlobalExempt { get; }

    public string Key => Method + " " + Template;

    /// <summary>The major parameter's value(s): channel, guild, webhook id + token, or the interaction id.</summary>
    public string Major(IReadOnlyDictionary<string, string> values)
    {
        if (Template.StartsWith("/webhooks/", StringComparison.Ordinal))
        {
            return values["application_id"] + "/" + values["token"];
        }
        foreach (string name in Majors)
        {
            if (values.TryGetValue(name, out string? value))
            {
                return value;
            }
        }
        return "";
    }

    /// <summary>Matches decoded path segments; literal segments ("@me") must be equal, "{name}" captures.</summary>
    public bool TryMatch(string[] path, out Dictionary<string, string> values)
    {
        values = [];
        if (path.Length != segments.Length)
        {
            return false;
        }
        for (int i = 0; i < path.Length; i++)
        {
            string segment = segments[i];
            if (segment.StartsWith('{'))
            {
                if (path[i].Length == 0)
                {
                    return false;
                }
                values[segment[1..^1]] = path[i];
            }
            else if (segment != path[i])
            {
                return false;
            }
        }
        return true;
    }
}
