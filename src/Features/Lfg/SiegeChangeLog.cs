namespace GameTime.Features.Lfg;

/// <summary>
/// Each member's last change of Siege state, with when it happened. In memory only (like the original's map): after a
/// restart everyone starts "steady" until their state changes again, which can only make the bot quieter.
/// </summary>
public sealed class SiegeChangeLog(TimeProvider clock)
{
    /// <summary>A change older than this no longer reads as "just came back to the menu".</summary>
    public static readonly TimeSpan Freshness = TimeSpan.FromMinutes(2);

    private readonly Dictionary<(ulong GuildId, ulong UserId), (SiegeChange Change, DateTimeOffset At)> _last = [];
    private readonly Lock _lock = new();

    public void Record(ulong guildId, ulong userId, SiegeChange change)
    {
        var now = clock.GetUtcNow();
        lock (_lock)
        {
            if (_last.Count > 4096) Prune(now);
            _last[(guildId, userId)] = (change, now);
        }
    }

    /// <summary>
    /// The member's change as the rules read it now: the recorded one if it is recent and still describes where they
    /// are (<paramref name="now"/> comes from the live cache), else "steady" where they are.
    /// </summary>
    public SiegeChange Current(ulong guildId, ulong userId, SiegeState now)
    {
        lock (_lock)
        {
            if (_last.TryGetValue((guildId, userId), out var last) && last.Change.After == now && clock.GetUtcNow() - last.At <= Freshness)
                return last.Change;
        }
        return SiegeChange.Steady(now);
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var key in _last.Where(e => now - e.Value.At > Freshness).Select(e => e.Key).ToList()) _last.Remove(key);
    }
}
