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
}

/// <summary>One frame a client sent; <see cref="Json"/> is the whole frame text, <see cref="Op"/> is -1 when it did not parse.</summary>
public sealed record ClientFrame(int ConnectionId, int Op, string Json, DateTimeOffset At);
