namespace GameTime.Rest.Discord;

/// <summary>The limits <see cref="DiscordRestClient"/> keeps; the defaults suit production.</summary>
public sealed record DiscordRestOptions
{
    /// <summary>Time allowed for one HTTP exchange, not counting the waits for rate limits.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Tries of an idempotent call that meets server errors (5xx) or network errors.</summary>
    public int MaxAttempts { get; init; } = 4;

    /// <summary>The first wait before such a retry; it doubles each time, up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan FirstBackoff { get; init; } = TimeSpan.FromSeconds(0.5);

    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(8);

    /// <summary>429 answers one call may meet before it gives up (each is waited out first).</summary>
    public int MaxRateLimitRetries { get; init; } = 10;

    /// <summary>
    /// Discord bans the IP at 10,000 answers of 401/403/429 in ten minutes; the client refuses to send from this
    /// many on.
    /// </summary>
    public int InvalidRequestThreshold { get; init; } = 2500;

    /// <summary>Discord's global limit per bot.</summary>
    public int GlobalRequestsPerSecond { get; init; } = 50;
}
