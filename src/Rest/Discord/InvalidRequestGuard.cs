using System.Net;

namespace GameTime.Rest.Discord;

/// <summary>
/// Discord bans an IP (through Cloudflare) after 10,000 answers of 401, 403 or 429 in ten minutes; a 429 of scope
/// "shared" does not count. This guard counts them in a sliding ten-minute window and refuses to send once the
/// count reaches a threshold well below the ban. After a 401 to the bot token it refuses everything: the token
/// is invalid and each further try would only count towards the ban.
/// </summary>
internal sealed class InvalidRequestGuard(TimeProvider clock, int threshold)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    private readonly Queue<DateTimeOffset> _invalid = new();
    private bool _tokenRejected;

    /// <summary>Throws instead of letting <paramref name="route"/> be sent when sending could lead to a ban.</summary>
    public void ThrowIfRefused(RestRoute route)
    {
        lock (_invalid)
        {
            if (_tokenRejected)
                throw new DiscordApiException(HttpStatusCode.Unauthorized, 0,
                    "not sent: Discord rejected the bot token earlier (401 Unauthorized); no request is sent until the token is fixed and the bot restarted",
                    route.ToString());
            var count = Count(clock.GetUtcNow());
            if (count >= threshold)
                throw new DiscordRestRefusedException(
                    $"{route}: not sent: {count} answers in the last 10 minutes were 401/403/429; Discord bans the IP at 10,000, so this client stops at {threshold} until older ones leave the window");
        }
    }

    /// <summary>Counts an answer; a 401 to a request made with the bot token stops all further requests.</summary>
    public void Record(HttpStatusCode status, RateLimitHeaders headers, RestRoute route)
    {
        var invalid = status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
            || (status == HttpStatusCode.TooManyRequests && !headers.SharedScope);
        if (!invalid) return;
        lock (_invalid)
        {
            _invalid.Enqueue(clock.GetUtcNow());
            if (status == HttpStatusCode.Unauthorized && !route.TokenInUrl) _tokenRejected = true;
        }
    }

    /// <summary>Invalid answers in the last ten minutes.</summary>
    public int InvalidCount
    {
        get
        {
            lock (_invalid) return Count(clock.GetUtcNow());
        }
    }

    private int Count(DateTimeOffset now)
    {
        while (_invalid.Count > 0 && now - _invalid.Peek() >= Window) _invalid.Dequeue();
        return _invalid.Count;
    }
}
