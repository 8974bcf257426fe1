using System.Text;

namespace GameTime.Rest.Discord;

/// <summary>
/// One request's route. <see cref="Template"/> plus <see cref="Major"/> names its rate-limit bucket until Discord
/// tells the bucket hash; <see cref="Path"/> is what is sent; <see cref="ToString"/> is what errors and logs show
/// (never a token).
/// </summary>
internal sealed class RestRoute
{
    private readonly string _display;

    private RestRoute(HttpMethod method, string template, string major, string path, string display, bool idempotent, bool tokenInUrl)
    {
        Method = method;
        Template = template;
        Major = major;
        Path = path;
        _display = display;
        Idempotent = idempotent;
        TokenInUrl = tokenInUrl;
    }

    public HttpMethod Method { get; }

    /// <summary>The path with its parameters named, e.g. <c>channels/{channel_id}/messages</c>.</summary>
    public string Template { get; }

    /// <summary>
    /// The value of the major parameter, the one that scopes a bucket: channel_id, guild_id, webhook_id with its
    /// token, or (no major is documented for callbacks) the interaction id. "" when the route has none.
    /// </summary>
    public string Major { get; }

    /// <summary>Relative to <c>{apiBase}/v10/</c>, escaped, with its query string.</summary>
    public string Path { get; }

    /// <summary>Repeating it cannot do a thing twice, so a 5xx or a network error may be retried.</summary>
    public bool Idempotent { get; }

    /// <summary>
    /// Authenticated by the interaction or webhook token in the URL, not the bot token: exempt from the global
    /// limit, sent without the Authorization header, and a 401 there is about that token only.
    /// </summary>
    public bool TokenInUrl { get; }

    /// <summary>METHOD + template: the key Discord's bucket hash is learned for.</summary>
    public string RouteKey => Method.Method + " " + Template;

    public override string ToString() => Method.Method + " /" + _display;

    /// <summary>
    /// Fills <paramref name="template"/>'s parameters, in order, with <paramref name="values"/> (already escaped,
    /// except tokens, which are escaped here and hidden from <see cref="ToString"/>).
    /// <paramref name="idempotent"/> defaults to "not a POST".
    /// </summary>
    public static RestRoute Create(HttpMethod method, string template, string[] values, string query = "", bool? idempotent = null)
    {
        var path = new StringBuilder();
        var display = new StringBuilder();
        string major = "", webhookId = "";
        bool tokenInUrl = false;
        int next = 0, at = 0;
        while (at < template.Length)
        {
            var open = template.IndexOf('{', at);
            if (open < 0)
            {
                path.Append(template, at, template.Length - at);
                display.Append(template, at, template.Length - at);
                break;
            }
            path.Append(template, at, open - at);
            display.Append(template, at, open - at);
            var close = template.IndexOf('}', open);
            var name = template[(open + 1)..close];
            if (next >= values.Length) throw new ArgumentException($"no value for {{{name}}} in {template}", nameof(values));
            var value = values[next++];
            if (name.EndsWith("_token", StringComparison.Ordinal))
            {
                ArgumentException.ThrowIfNullOrEmpty(value, nameof(values));
                tokenInUrl = true;
                path.Append(Uri.EscapeDataString(value));
                display.Append(":token");
                if (webhookId.Length > 0) major = webhookId + "/" + value;
            }
            else
            {
                path.Append(value);
                display.Append(value);
                switch (name)
                {
                    case "channel_id" or "guild_id" or "interaction_id": major = value; break;
                    case "webhook_id": webhookId = value; major = value; break;
                }
            }
            at = close + 1;
        }
        if (next != values.Length) throw new ArgumentException($"{values.Length} values for {next} parameters of {template}", nameof(values));
        return new(method, template, major, path + query, display + query, idempotent ?? method != HttpMethod.Post, tokenInUrl);
    }

    public static string Snowflake(ulong id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
