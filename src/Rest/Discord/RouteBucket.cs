namespace GameTime.Rest.Discord;

/// <summary>
/// One Discord rate-limit bucket. Its requests go one at a time, in arrival order: each is sent only after the
/// previous answer told how many remain, and never while the bucket is known to be empty (it waits for the reset).
/// Serialising costs little (Discord's buckets allow a few requests per seconds) and no guess can cause a 429.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001",
    Justification = "SemaphoreSlim holds nothing to dispose unless its AvailableWaitHandle is used, and a forgotten bucket may still have a waiter")]
internal sealed class RouteBucket(TimeProvider clock)
{
    private readonly SemaphoreSlim _turn = new(1, 1);
    private readonly Lock _lock = new();
    private int _remaining = 1; // unknown until the first answer: that one request goes alone
    private DateTimeOffset _resetAt = DateTimeOffset.MinValue;
    private DateTimeOffset _lastUsed = clock.GetUtcNow();

    /// <summary>Waits for this bucket's turn and, if it is empty, for its reset. Pair with <see cref="Exit"/>.</summary>
    public async Task EnterAsync(CancellationToken ct)
    {
        await _turn.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            while (TimeUntilOpen() is { } wait)
                await clock.DelayAsync(wait, ct).ConfigureAwait(false);
        }
        catch
        {
            _turn.Release();
            throw;
        }
    }

    public void Exit()
    {
        lock (_lock) _lastUsed = clock.GetUtcNow();
        _turn.Release();
    }

    /// <summary>What Discord's answer said about this bucket.</summary>
    public void Update(RateLimitHeaders headers)
    {
        if (headers.Remaining is not { } remaining || headers.ResetAfter is not { } resetAfter) return;
        lock (_lock)
        {
            _remaining = remaining;
            _resetAt = clock.GetUtcNow() + resetAfter;
        }
    }

    /// <summary>After a 429: nothing goes through this bucket for <paramref name="retryAfter"/>.</summary>
    public void Pause(TimeSpan retryAfter)
    {
        lock (_lock)
        {
            var until = clock.GetUtcNow() + retryAfter;
            _remaining = 0;
            if (until > _resetAt) _resetAt = until;
        }
    }

    /// <summary>Unused for <paramref name="idle"/> past its reset and with nobody waiting: safe to forget.</summary>
    public bool IsIdle(DateTimeOffset now, TimeSpan idle)
    {
        if (_turn.CurrentCount == 0) return false;
        lock (_lock) return now - (_lastUsed > _resetAt ? _lastUsed : _resetAt) > idle;
    }

    private TimeSpan? TimeUntilOpen()
    {
        lock (_lock)
        {
            var wait = _resetAt - clock.GetUtcNow();
            return _remaining <= 0 && wait > TimeSpan.Zero ? wait : null;
        }
    }
}
