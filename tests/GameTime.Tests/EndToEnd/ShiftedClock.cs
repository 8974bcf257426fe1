namespace GameTime.Tests.EndToEnd;

/// <summary>
/// Real time, shifted to a chosen instant: the bot's heartbeats, debounces and job timers run at real speed (the
/// emulator's gateway keeps real time), while its calendar reads the scripted day. A test moves the clock only while
/// the bot is stopped, so every timer the bot sets afterwards is computed from the new time.
/// </summary>
public sealed class ShiftedClock(DateTimeOffset start) : TimeProvider
{
    private long _offsetTicks = (start - DateTimeOffset.UtcNow).Ticks;

    public override DateTimeOffset GetUtcNow() => DateTimeOffset.UtcNow + TimeSpan.FromTicks(Volatile.Read(ref _offsetTicks));

    public void Set(DateTimeOffset now) => Volatile.Write(ref _offsetTicks, (now - DateTimeOffset.UtcNow).Ticks);
}
