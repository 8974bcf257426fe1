namespace GameTime.Gateway;

/// <summary>What GET /gateway/bot says: where to connect, how many shards, and the identify budget.</summary>
public sealed record GatewayInfo(Uri Url, int RecommendedShards, SessionStartLimit SessionStartLimit);

public sealed record SessionStartLimit(int Total, int Remaining, TimeSpan ResetAfter, int MaxConcurrency);

/// <summary>Fetches <see cref="GatewayInfo"/> (from Discord's REST API in production, from the emulator in tests).</summary>
public interface IGatewayInfoSource
{
    Task<GatewayInfo> GetGatewayInfoAsync(CancellationToken cancellationToken);
}
