using System.Globalization;
using System.Net.Http.Headers;

namespace GameTime.Rest.Discord;

/// <summary>The X-RateLimit-* headers of one response; a missing or unreadable header is null.</summary>
internal readonly record struct RateLimitHeaders(int? Limit, int? Remaining, TimeSpan? ResetAfter, string? Bucket, string? Scope, bool Global)
{
    /// <summary>A 429 with this scope is a per-resource limit shared by everyone: it does not count as an invalid request.</summary>
    public bool SharedScope => string.Equals(Scope, "shared", StringComparison.OrdinalIgnoreCase);

    public static RateLimitHeaders Read(HttpResponseHeaders headers) => new(
        Int(headers, "X-RateLimit-Limit"),
        Int(headers, "X-RateLimit-Remaining"),
        Seconds(Value(headers, "X-RateLimit-Reset-After")),
        Value(headers, "X-RateLimit-Bucket"),
        Value(headers, "X-RateLimit-Scope"),
        string.Equals(Value(headers, "X-RateLimit-Global"), "true", StringComparison.OrdinalIgnoreCase));

    /// <summary>Fractional seconds as Discord writes them ("64.57"); negative or unreadable values are null.</summary>
    public static TimeSpan? Seconds(string? value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s >= 0 && s < TimeSpan.MaxValue.TotalSeconds
            ? TimeSpan.FromSeconds(s)
            : null;

    private static int? Int(HttpResponseHeaders headers, string name) =>
        int.TryParse(Value(headers, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static string? Value(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
