namespace GameTime.Rest.Discord;

internal static class ClockDelay
{
    /// <summary>
    /// Waits at least <paramref name="wait"/> on <paramref name="clock"/>. Task.Delay drops the fraction of a
    /// millisecond, which would wake a waiter just before its deadline to spin on a zero delay: round up instead.
    /// </summary>
    public static Task DelayAsync(this TimeProvider clock, TimeSpan wait, CancellationToken ct)
    {
        var ms = Math.Ceiling(wait.TotalMilliseconds);
        return ms <= 0 ? Task.CompletedTask : Task.Delay(TimeSpan.FromMilliseconds(ms), clock, ct);
    }
}
