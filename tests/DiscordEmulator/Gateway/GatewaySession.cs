namespace GameTime.DiscordEmulator;

/// <summary>One identified session: its intents and shard, its sequence, and every dispatch it was sent, for RESUME.</summary>
internal sealed class GatewaySession(string id, int intents, int[]? shard, int largeThreshold)
{
    // Enough for any test; Discord's own buffer is bounded too, and resuming past it gets 4007.
    private const int ReplayCapacity = 20_000;

    private readonly LinkedList<BufferedDispatch> replay = new();

    public string Id { get; } = id;

    public int IntentBits { get; } = intents;

    /// <summary>[shard_id, num_shards] as identified, or null when the client sent none.</summary>
    public int[]? Shard { get; } = shard;

    public int LargeThreshold { get; } = largeThreshold;

    public long Seq { get; private set; }

    /// <summary>The connection the session currently runs on; null while the client is away (dispatches are buffered).</summary>
    public GatewayConnection? Connection { get; set; }

    public DateTimeOffset? DetachedAt { get; set; }

    /// <summary>False once the session ended for good: closed with 1000/1001, op 9 false, ExpireSessions(), a fatal close.</summary>
    public bool Resumable { get; set; } = true;

    public bool Has(int intent) => (IntentBits & intent) == intent;

    /// <summary>Whether an event about this guild belongs to this session's shard.</summary>
    public bool OnShard(ulong? guildId) =>
        Shard is not [var shardId, var count] || (guildId is { } id ? (int)((id >> 22) % (ulong)count) == shardId : shardId == 0);

    /// <summary>Still receiving dispatches: connected, or away but resumable for less than the resume window.</summary>
    public bool Alive(DateTimeOffset now, TimeSpan resumeWindow) =>
        Connection is not null || (Resumable && (DetachedAt is not { } at || now - at < resumeWindow));

    public BufferedDispatch Append(string eventName, string data, bool buffer = true)
    {
        Seq++;
        var dispatch = new BufferedDispatch(Seq, eventName, Frame.Dispatch(eventName, Seq, data));
        if (buffer)
        {
            replay.AddLast(dispatch);
            if (replay.Count > ReplayCapacity)
            {
                replay.RemoveFirst();
            }
        }
        return dispatch;
    }

    /// <summary>Dispatches after <paramref name="seq"/>, or null when <paramref name="seq"/> is not one the session can resume from.</summary>
    public List<BufferedDispatch>? ReplayAfter(long seq)
    {
        long oldest = replay.First?.Value.Seq ?? Seq + 1;
        if (seq > Seq || seq < 0 || seq < oldest - 1)
        {
            return null;
        }
        return [.. replay.Where(d => d.Seq > seq)];
    }
}

internal sealed record BufferedDispatch(long Seq, string Event, string Frame);
