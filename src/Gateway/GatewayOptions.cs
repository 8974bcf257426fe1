namespace GameTime.Gateway;

/// <summary>How the bot connects. The token is the raw bot token (the gateway takes it without "Bot ").</summary>
public sealed record GatewayOptions
{
    public required string Token { get; init; }
    public GatewayIntents Intents { get; init; } = GatewayIntents.GameTime;
    /// <summary>This process's shard and the shard count; null = one shard, or the recommended count when ShardCount is 0.</summary>
    public int ShardId { get; init; }
    public int? ShardCount { get; init; } = 1;
    public int LargeThreshold { get; init; } = 250;
    /// <summary>zlib-stream transport compression (the gateway sends binary frames of one continuous zlib stream).</summary>
    public bool Compress { get; init; } = true;
    /// <summary>Largest payload accepted after inflating; a bigger one is treated as a broken connection.</summary>
    public int MaxPayloadBytes { get; init; } = 64 * 1024 * 1024;
    public string LibraryName { get; init; } = "GameTime";
    /// <summary>
    /// Once every guild of a new session has arrived, compact the heap and give its free memory back to the OS:
    /// the start-up burst of GUILD_CREATE payloads leaves megabytes of garbage a Pi has better uses for.
    /// </summary>
    public bool CompactAfterGuildsLoaded { get; init; } = true;
}
