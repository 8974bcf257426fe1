namespace GameTime.DiscordEmulator;

/// <summary>At most <c>limit</c> events per <c>window</c>, counted over the last window (not fixed buckets). Not thread-safe.</summary>
internal sealed class SlidingWindow(int limit, TimeSpan window)
{
    private readonly Queue<DateTimeOffset> hits = new();

    /// <summary>Counts one event at <paramref name="now"/>; false when it is over the limit (the event still counts).</summary>
    public bool TryHit(DateTimeOffset now)
    {
        Trim(now);
        hits.Enqueue(now);
        return hits.Count <= limit;
    }

    /// <summary>Counts an event only if it fits.</summary>
    public bool TryTake(DateTimeOffset now)
    {
        Trim(now);
        if (hits.Count >= limit)
        {
            return false;
        }
        hits.Enqueue(now);
        return true;
    }

    /// <summary>How long until one more event would fit.</summary>
    public TimeSpan RetryAfter(DateTimeOffset now)
    {
        Trim(now);
        return hits.Count < limit ? TimeSpan.Zero : hits.Peek() + window - now;
    }

    private void Trim(DateTimeOffset now)
    {
        while (hits.Count > 0 && hits.Peek() + window <= now)
        {
            hits.Dequeue();
        }
    }
}
