namespace GameTime.DiscordEmulator;

/// <summary>How the emulated Discord behaves. Defaults match real Discord where Discord has a value.</summary>
public sealed record EmulatorOptions
{
    // Shaped like a real token: three base64url parts. The client must send exactly this (REST: "Authorization: Bot <token>", gateway: raw token).
    public string BotToken { get; init; } = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GEmuLa.dGhpcy1pcy1hLWZha2UtZW11bGF0b3ItdG9rZW4";
    public ulong ApplicationId { get; init; } = 1234567890123456789;   // also the bot user id
    public string BotUsername { get; init; } = "GameTime";
    public ulong OwnerId { get; init; } = 111111111111111111;           // application owner (applications/@me)
    public int HeartbeatIntervalMs { get; init; } = 41250;
    public int PrivilegedIntentsEnabled { get; init; } = 2 | 256 | 32768;  // the "portal" toggles
    public int SessionStartTotal { get; init; } = 1000;
    public int SessionStartRemaining { get; init; } = 1000;
    public int MaxConcurrency { get; init; } = 1;
    public int RecommendedShards { get; init; } = 1;
    public bool SplitPayloads { get; init; }   // zlib-stream: send every payload as 2 WebSocket messages
    public bool JoinPayloads { get; init; }    // zlib-stream: sometimes send the tail of one payload + the head of the next in one message
    public TimeSpan ResumeWindow { get; init; } = TimeSpan.FromMinutes(2);  // after that a resume gets 4009

    // Additions beyond the agreed surface: windows a test may shorten so it need not wait as long as Discord makes you.

    /// <summary>Each identify bucket (shard_id % max_concurrency) allows one IDENTIFY per this window; an extra one gets op 9 false.</summary>
    public TimeSpan IdentifyWindow { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Asking for all members (op 8, query "", limit 0) is allowed once per guild per this window; more gets RATE_LIMITED.</summary>
    public TimeSpan RequestAllMembersWindow { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Client frames allowed per connection per minute (Discord: 120); one more closes with 4008.</summary>
    public int SendLimitPerMinute { get; init; } = 120;

    /// <summary>How many heartbeat intervals of silence the gateway allows before it closes with 4009 (Discord gives some slack past one).</summary>
    public double HeartbeatSlack { get; init; } = 1.5;

    // REST and interactions.

    /// <summary>The clock for interaction deadlines, token lifetimes and rate-limit windows; a test may pass a FakeTimeProvider.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>An interaction must be answered within this (Discord: 3 s), else 10062.</summary>
    public TimeSpan InteractionDeadline { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>The interaction token works this long for @original and follow-ups (Discord: 15 min), then 50027.</summary>
    public TimeSpan InteractionTokenLifetime { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>False: headers are still sent but no bucket or global limit ever answers 429 (benchmarks); injected limits still apply.</summary>
    public bool RateLimitsEnabled { get; init; } = true;

    /// <summary>Requests per second per bot across all routes (Discord: 50); interaction callbacks and webhooks are exempt.</summary>
    public int GlobalRateLimitPerSecond { get; init; } = 50;

    /// <summary>Per-route buckets by "METHOD /template" (see <see cref="BucketLimit.DiscordDefaults"/>); others get <see cref="DefaultRouteLimit"/>.</summary>
    public IReadOnlyDictionary<string, BucketLimit> RouteLimits { get; init; } = BucketLimit.DiscordDefaults;

    public BucketLimit DefaultRouteLimit { get; init; } = new(50, TimeSpan.FromSeconds(1));

    /// <summary>Cloudflare's ban: this many 401/403/429 answers (shared 429s aside) within <see cref="InvalidRequestWindow"/> block every request.</summary>
    public int InvalidRequestLimit { get; init; } = 10_000;

    public TimeSpan InvalidRequestWindow { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Validate request bodies against the OpenAPI request schema of the route (shared/fixtures/discord/openapi.json).</summary>
    public bool ValidateOpenApi { get; init; } = true;

    /// <summary>Where openapi.json is; null: found by walking up from the test binaries to the "shared" folder beside the repository.</summary>
    public string? OpenApiPath { get; init; }
}

/// <summary>A rate-limit bucket: <see cref="Limit"/> requests per <see cref="Window"/>; routes with the same <see cref="Group"/> share a bucket hash.</summary>
public sealed record BucketLimit(int Limit, TimeSpan Window, string? Group = null)
{
    /// <summary>What Discord answers today for the routes a bot uses most (each keyed per major parameter).</summary>
    public static IReadOnlyDictionary<string, BucketLimit> DiscordDefaults { get; } = new Dictionary<string, BucketLimit>
    {
        ["POST /channels/{channel_id}/messages"] = new(5, TimeSpan.FromSeconds(5)),
        ["PATCH /channels/{channel_id}/messages/{message_id}"] = new(5, TimeSpan.FromSeconds(5)),
        ["DELETE /channels/{channel_id}/messages/{message_id}"] = new(5, TimeSpan.FromSeconds(1)),
        ["PUT /channels/{channel_id}/messages/{message_id}/reactions/{emoji}/@me"] = new(1, TimeSpan.FromSeconds(0.25), "reactions"),
        ["DELETE /channels/{channel_id}/messages/{message_id}/reactions/{emoji}/@me"] = new(1, TimeSpan.FromSeconds(0.25), "reactions"),
        ["DELETE /channels/{channel_id}/messages/{message_id}/reactions/{emoji}/{user_id}"] = new(1, TimeSpan.FromSeconds(0.25), "reactions"),
        ["PUT /guilds/{guild_id}/members/{user_id}/roles/{role_id}"] = new(10, TimeSpan.FromSeconds(10), "member-roles"),
        ["DELETE /guilds/{guild_id}/members/{user_id}/roles/{role_id}"] = new(10, TimeSpan.FromSeconds(10), "member-roles"),
        ["PUT /applications/{application_id}/commands"] = new(2, TimeSpan.FromSeconds(1)),
        ["PUT /applications/{application_id}/guilds/{guild_id}/commands"] = new(2, TimeSpan.FromSeconds(1)),
        ["POST /webhooks/{application_id}/{token}"] = new(5, TimeSpan.FromSeconds(2), "webhook"),
        ["PATCH /webhooks/{application_id}/{token}/messages/{message_id}"] = new(5, TimeSpan.FromSeconds(2), "webhook"),
    };
}

/// <summary>One frame a client sent; <see cref="Json"/> is the whole frame text, <see cref="Op"/> is -1 when it did not parse.</summary>
public sealed record ClientFrame(int ConnectionId, int Op, string Json, DateTimeOffset At);
