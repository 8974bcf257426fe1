namespace GameTime.Rest.Discord;

/// <summary>
/// Finds each request's <see cref="RouteBucket"/> and keeps the global limit. A bucket is keyed by
/// METHOD + route template + major parameter until an answer tells the route's X-RateLimit-Bucket hash, then by
/// hash + major parameter, so routes Discord puts in one bucket share it while two channels (guilds, webhooks)
/// never do. Interaction callbacks and webhook-token routes are outside the global limit and its pauses.
/// </summary>
internal sealed class RateLimiter(TimeProvider clock, int globalPerSecond)
{
    private static readonly TimeSpan IdleBucket = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan PruneEvery = TimeSpan.FromMinutes(1);

    private readonly Lock _lock = new();
    private readonly Dictionary<string, string> _hashes = new(StringComparer.Ordinal); // route key → bucket hash
    private readonly Dictionary<string, RouteBucket> _buckets = new(StringComparer.Ordinal);
    private readonly GlobalRateLimit _global = new(clock, globalPerSecond);
    private DateTimeOffset _nextPrune = clock.GetUtcNow() + PruneEvery;

    /// <summary>Waits until <paramref name="route"/> may be sent. Call <see cref="RouteBucket.Exit"/> on the result once answered.</summary>
    public async Task<RouteBucket> AcquireAsync(RestRoute route, CancellationToken ct)
    {
        while (true)
        {
            var bucket = Resolve(route);
            await bucket.EnterAsync(ct).ConfigureAwait(false);
            // While this request queued, the route's hash may have been learned (or the bucket forgotten): go to the right one.
            if (!ReferenceEquals(bucket, Resolve(route)))
            {
                bucket.Exit();
                continue;
            }
            try
            {
                if (!route.TokenInUrl) await _global.TakeAsync(ct).ConfigureAwait(false);
            }
            catch
            {
                bucket.Exit();
                throw;
            }
            return bucket;
        }
    }

    /// <summary>
    /// Reads an answer's headers: learns the route's hash, and updates the bucket they describe, which is returned
    /// (another route's bucket when Discord says the two share a hash).
    /// </summary>
    public RouteBucket Learn(RestRoute route, RouteBucket used, RateLimitHeaders headers)
    {
        var bucket = used;
        if (headers.Bucket is { Length: > 0 } hash)
        {
            lock (_lock)
            {
                _hashes[route.RouteKey] = hash;
                var key = HashKey(hash, route.Major);
                if (!_buckets.TryAdd(key, used)) bucket = _buckets[key];
            }
        }
        bucket.Update(headers);
        return bucket;
    }

    /// <summary>After a global 429: every route bound by the global limit waits <paramref name="retryAfter"/>.</summary>
    public void PauseGlobal(TimeSpan retryAfter) => _global.Pause(retryAfter);

    /// <summary>How many buckets are held (forgotten ten minutes after their last use).</summary>
    public int BucketCount
    {
        get
        {
            lock (_lock) return _buckets.Values.Distinct().Count();
        }
    }

    private RouteBucket Resolve(RestRoute route)
    {
        lock (_lock)
        {
            var now = clock.GetUtcNow();
            if (now >= _nextPrune) Prune(now);
            var key = _hashes.TryGetValue(route.RouteKey, out var hash) ? HashKey(hash, route.Major) : route.RouteKey + " " + route.Major;
            if (!_buckets.TryGetValue(key, out var bucket))
            {
                bucket = new RouteBucket(clock);
                _buckets.Add(key, bucket);
            }
            return bucket;
        }
    }

    // Interaction ids and channels come and go: keep only the buckets used lately.
    private void Prune(DateTimeOffset now)
    {
        _nextPrune = now + PruneEvery;
        foreach (var (key, bucket) in _buckets.ToList())
        {
            if (bucket.IsIdle(now, IdleBucket)) _buckets.Remove(key);
        }
    }

    private static string HashKey(string hash, string major) => "#" + hash + " " + major;
}
