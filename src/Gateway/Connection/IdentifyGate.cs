using GameTime.Gateway.Protocol;

namespace GameTime.Gateway.Connection;

/// <summary>
/// Keeps IDENTIFY within Discord's budget: the session starts left today (session_start_limit) and
/// max_concurrency identifies per 5 s, bucketed by shard id % max_concurrency.
/// </summary>
internal sealed class IdentifyGate(TimeProvider clock)
{
    // Five seconds per bucket, plus a margin for the time the frame spends on the wire.
    private static readonly TimeSpan Spacing = TimeSpan.FromSeconds(5.25);

    private readonly Dictionary<int, DateTimeOffset> _lastByBucket = [];
    private SessionStartLimit _limit = new(1000, 1000, TimeSpan.Zero, 1);
    private DateTimeOffset _limitReadAt;
    private int _usedSinceRead;

    public void Update(SessionStartLimit limit)
    {
        _limit = limit;
        _limitReadAt = clock.GetUtcNow();
        _usedSinceRead = 0;
    }

    /// <summary>How long until this shard may identify (zero: now, and it is counted against the budget).</summary>
    public TimeSpan TryTake(int shardId)
    {
        var now = clock.GetUtcNow();
        if (_limit.Remaining - _usedSinceRead <= 0)
        {
            var reset = _limitReadAt + _limit.ResetAfter;
            if (reset > now) return reset - now;
            Update(_limit with { Remaining = _limit.Total }); // the budget has reset since we read it
        }
        if (_lastByBucket.TryGetValue(Bucket(shardId), out var last) && now - last < Spacing) return last + Spacing - now;
        _lastByBucket[Bucket(shardId)] = now;
        _usedSinceRead++;
        return TimeSpan.Zero;
    }

    /// <summary>The IDENTIFY really went out now (after connecting): the spacing counts from here.</summary>
    public void Sent(int shardId) => _lastByBucket[Bucket(shardId)] = clock.GetUtcNow();

    private int Bucket(int shardId) => shardId % Math.Max(1, _limit.MaxConcurrency);
}
