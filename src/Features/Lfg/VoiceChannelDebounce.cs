namespace GameTime.Features.Lfg;

/// <summary>
/// Collapses a burst of presence changes in one voice channel into one evaluation: each change pushes the evaluation
/// <see cref="Quiet"/> later, but never more than <see cref="MaxWait"/> after the burst's first change, so a channel
/// where someone's state keeps changing is still evaluated. Runs on the given clock's timers (a test drives them).
/// </summary>
public sealed class VoiceChannelDebounce(TimeProvider clock, Action<(ulong GuildId, ulong ChannelId)> due) : IDisposable
{
    public static readonly TimeSpan Quiet = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(30);

    private readonly Dictionary<(ulong, ulong), Entry> _pending = [];
    private readonly Lock _lock = new();
    private bool _disposed;

    public int PendingCount
    {
        get { lock (_lock) return _pending.Count; }
    }

    public void Touch(ulong guildId, ulong channelId)
    {
        var key = (guildId, channelId);
        var now = clock.GetUtcNow();
        lock (_lock)
        {
            if (_disposed) return;
            var firstAt = now;
            if (_pending.Remove(key, out var old))
            {
                old.Timer?.Dispose();
                firstAt = old.FirstAt;
            }
            var left = firstAt + MaxWait - now;
            var wait = left < Quiet ? left : Quiet;
            if (wait < MinWait) wait = MinWait;
            var entry = new Entry(key, firstAt);
            _pending[key] = entry;
            entry.Timer = clock.CreateTimer(state => Fire((Entry)state!), entry, wait, Timeout.InfiniteTimeSpan);
        }
    }

    private static readonly TimeSpan MinWait = TimeSpan.FromMilliseconds(1);

    private void Fire(Entry entry)
    {
        lock (_lock)
        {
            // A timer replaced just as it fired must not run: only the key's current entry may.
            if (!_pending.TryGetValue(entry.Key, out var current) || !ReferenceEquals(current, entry)) return;
            _pending.Remove(entry.Key);
            entry.Timer?.Dispose();
        }
        due(entry.Key);
    }

    private sealed class Entry((ulong, ulong) key, DateTimeOffset firstAt)
    {
        public (ulong, ulong) Key { get; } = key;
        public DateTimeOffset FirstAt { get; } = firstAt;
        public ITimer? Timer { get; set; }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
            foreach (var entry in _pending.Values) entry.Timer?.Dispose();
            _pending.Clear();
        }
    }
}
