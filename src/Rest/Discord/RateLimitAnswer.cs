using System.Net.Http.Headers;
using System.Text.Json;

namespace GameTime.Rest.Discord;

/// <summary>How long a 429 asks to wait, and whether it stops every route (global) or one bucket.</summary>
internal static class RateLimitAnswer
{
    private static readonly TimeSpan Fallback = TimeSpan.FromSeconds(1);

    /// <summary>Prefers the body's float <c>retry_after</c>; then the headers.</summary>
    public static (TimeSpan RetryAfter, bool Global) Read(string body, RateLimitHeaders headers, RetryConditionHeaderValue? retryAfterHeader)
    {
        JsonRestError? error = null;
        try
        {
            if (body.Length > 0) error = JsonSerializer.Deserialize(body, DiscordRestJson.Default.JsonRestError);
        }
        catch (JsonException)
        {
            // Cloudflare's own 429 page is HTML: fall back on the headers
        }
        var global = error?.Global == true || headers.Global || string.Equals(headers.Scope, "global", StringComparison.OrdinalIgnoreCase);
        var wait = (error?.RetryAfter is { } seconds ? RateLimitHeaders.Seconds(seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)) : null)
            ?? retryAfterHeader?.Delta
            ?? headers.ResetAfter
            ?? Fallback;
        return (wait, global);
    }
}
