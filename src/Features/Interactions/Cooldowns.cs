namespace GameTime.Features.Interactions;

/// <summary>Per-member cooldowns of expensive commands, keyed by command, guild and member.</summary>
public sealed class Cooldowns(TimeProvider clock)
{
    private readonly Dictionary<(string Command, ulong GuildId, ulong UserId), DateTimeOffset> _until = [];
    private readonly Lock _lock = new();

    /// <summary>Starts the cooldown and returns true, or returns false with the time left while it runs.</summary>
    public bool TryStart(string command, ulong guildId, ulong userId, TimeSpan cooldown, out TimeSpan left)
    {
        left = TimeSpan.Zero;
        if (cooldown <= TimeSpan.Zero) return true;
        var now = clock.GetUtcNow();
        lock (_lock)
        {
            if (_until.Count > 1024) Prune(now);
            if (_until.TryGetValue((command, guildId, userId), out var until) && until > now)
            {
                left = until - now;
                return false;
            }
            _until[(command, guildId, userId)] = now + cooldown;
            return true;
        }
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var key in _until.Where(e => e.Value <= now).Select(e => e.Key).ToList()) _until.Remove(key);
    }
}
