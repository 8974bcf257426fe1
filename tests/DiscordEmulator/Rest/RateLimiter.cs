using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace GameTime.DiscordEmulator;

/// <summary>Which limit a 429 reports in X-RateLimit-Scope.</summary>
public enum RateLimitScope
{
    User,
    Global,
    Shared,
}

/// <summary>The rate-limit verdict for one request: the headers to send and, when limited, the 429 body.</summary>
internal sealed record RateLimitVerdict(Dictionary<string, string> Headers, int? RetryStatus, JsonObject? Body, RateLimitScope? Scope);

/// <summary>
/// Discord's REST limits: fixed-window buckets keyed by bucket hash + major parameter, a global per-second limit
/// (interaction routes exempt), and 429s the test injects. Every answer carries the X-RateLimit-* headers.
/// </summary>
internal sealed class RateLimiter(EmulatorOptions options)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, Window> buckets = [];
    private readonly List<Injected> injected = [];
    private Window global = new(DateTimeOffset.MinValue, 0);

    public void Inject(RateLimitScope scope, TimeSpan retryAfter, Func<string, string, bool>? match, int count)
    {
        lock (gate)
        {
            injected.Add(new Injected(scope, retryAfter, match, count));
        }
    }

    public RateLimitVerdict Check(RestRoute? route, IReadOnlyDictionary<string, string>? values, string method, string path)
    {
        var now = options.Time.GetUtcNow();
        var limit = route is null ? options.DefaultRouteLimit : options.RouteLimits.GetValueOrDefault(route.Key, options.DefaultRouteLimit);
        string hash = Hash(limit.Group ?? route?.Key ?? "unknown");
        string key = hash + ":" + (route is null || values is null ? "" : route.Major(values));
        lock (gate)
        {
            if (!buckets.TryGetValue(key, out var window) || now >= window.Start + limit.Window)
            {
                window = new Window(now, 0);
            }
            var reset = window.Start + limit.Window;
            var headers = new Dictionary<string, string>
            {
                ["X-RateLimit-Limit"] = limit.Limit.ToString(CultureInfo.InvariantCulture),
                ["X-RateLimit-Bucket"] = hash,
            };

            var forced = injected.Find(i => i.Match?.Invoke(method, path) ?? true);
            if (forced is not null)
            {
                forced.Count--;
                if (forced.Count <= 0)
                {
                    injected.Remove(forced);
                }
                return Limited(headers, forced.Scope, forced.RetryAfter, now, Math.Max(0, limit.Limit - window.Count), reset);
            }

            bool enforce = options.RateLimitsEnabled;
            if (enforce && route is not null && !route.GlobalExempt)
            {
                if (now >= global.Start + TimeSpan.FromSeconds(1))
                {
                    global = new Window(now, 0);
                }
                if (global.Count >= options.GlobalRateLimitPerSecond)
                {
                    return Limited(headers, RateLimitScope.Global, global.Start + TimeSpan.FromSeconds(1) - now, now, 0, reset);
                }
            }
            if (enforce && window.Count >= limit.Limit)
            {
                buckets[key] = window;
                return Limited(headers, RateLimitScope.User, reset - now, now, 0, reset);
            }
            window = window with { Count = window.Count + 1 };
            buckets[key] = window;
            if (route is not null && !route.GlobalExempt)
            {
                global = global with { Count = global.Count + 1 };
            }
            AddWindow(headers, Math.Max(0, limit.Limit - window.Count), reset, now);
            return new RateLimitVerdict(headers, null, null, null);
        }
    }

    private static RateLimitVerdict Limited(Dictionary<string, string> headers, RateLimitScope scope, TimeSpan retryAfter, DateTimeOffset now, int remaining, DateTimeOffset reset)
    {
        double seconds = Math.Max(0.001, Math.Round(retryAfter.TotalSeconds, 3));
        headers["Retry-After"] = ((int)Math.Ceiling(seconds)).ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Scope"] = scope.ToString().ToLowerInvariant();
        var body = new JsonObject
        {
            ["message"] = scope == RateLimitScope.Shared ? "The resource is being rate limited." : "You are being rate limited.",
            ["retry_after"] = seconds,
            ["global"] = scope == RateLimitScope.Global,
        };
        if (scope == RateLimitScope.Global)
        {
            // A global 429 carries no bucket headers, only the global flag.
            headers.Remove("X-RateLimit-Limit");
            headers.Remove("X-RateLimit-Bucket");
            headers["X-RateLimit-Global"] = "true";
        }
        else
        {
            var until = scope == RateLimitScope.User ? now + TimeSpan.FromSeconds(seconds) : reset;
            AddWindow(headers, scope == RateLimitScope.User ? 0 : remaining, until, now);
        }
        return new RateLimitVerdict(headers, 429, body, scope);
    }

    private static void AddWindow(Dictionary<string, string> headers, int remaining, DateTimeOffset reset, DateTimeOffset now)
    {
        headers["X-RateLimit-Remaining"] = remaining.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Reset"] = (reset.ToUnixTimeMilliseconds() / 1000.0).ToString("0.000", CultureInfo.InvariantCulture);
        headers["X-RateLimit-Reset-After"] = Math.Max(0, (reset - now).TotalSeconds).ToString("0.000", CultureInfo.InvariantCulture);
    }

    // Discord's bucket hashes are opaque 32-hex strings, the same for every major parameter value.
    private static string Hash(string name) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)).AsSpan(0, 16));

    private sealed record Window(DateTimeOffset Start, int Count);

    private sealed class Injected(RateLimitScope scope, TimeSpan retryAfter, Func<string, string, bool>? match, int count)
    {
        public RateLimitScope Scope { get; } = scope;

        public TimeSpan RetryAfter { get; } = retryAfter;

        public Func<string, string, bool>? Match { get; } = match;

        public int Count { get; set; } = count;
    }
}
