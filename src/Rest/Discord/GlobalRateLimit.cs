namespace GameTime.Rest.Discord;

/// <summary>Discord's global limit (50 requests per second per bot): a sliding one-second window of sends.</summary>
internal sealed class GlobalRateLimit(TimeProvider clock, int perSecond)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);
    private readonly Queue<DateTimeOffset> _sent = new();
    private DateTimeOffset _pausedUntil = DateTimeOffset.MinValue;

    /// <summary>After a global 429: no request bound by the global limit goes for <paramref name="retryAfter"/>.</summary>
    public void Pause(TimeSpan retryAfter)
    {
        lock (_sent)
        {
            var until = clock.GetUtcNow() + retryAfter;
            if (until > _pausedUntil) _pausedUntil = until;
        }
    }

    /// <summary>Waits out a global pause, then for a free slot in the window, and takes it.</summary>
    public async Task TakeAsync(CancellationToken ct)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_sent)
            {
                var now = clock.GetUtcNow();
                if (now < _pausedUntil)
                {
                    wait = _pausedUntil - now;
                }
                else
                {
                    while (_sent.Count > 0 && now - _sent.Peek() >= Window) _sent.Dequeue();
                    if (_sent.Count < perSecond)
                    {
                        _sent.Enqueue(now);
                        return;
                    }
                    wait = _sent.Peek() + Window - now;
                }
            }
            await clock.DelayAsync(wait, ct).ConfigureAwait(false);
        }
    }
}
