using System.Globalization;

namespace GameTime.Features.Analytics;

/// <summary>
/// The window a chart covers: whole local days in the guild's timezone, "from N days ago to M days ago" (M = 0 ends now).
/// Stored times are UTC; only the day boundaries come from the zone.
/// </summary>
public sealed record AnalyticsRange(ulong GuildId, TimeZoneInfo Zone, long FromMs, long ToMs, long NowMs)
{
    public const int MaxDays = 3660;

    public static AnalyticsRange DaysAgo(ulong guildId, TimeZoneInfo zone, int fromDaysAgo, int toDaysAgo, DateTimeOffset now)
    {
        if (fromDaysAgo < 0 || toDaysAgo < 0 || fromDaysAgo > MaxDays)
        {
            throw new ArgumentException($"Days ago must be between 0 and {MaxDays} (got from {fromDaysAgo}, to {toDaysAgo}).");
        }
        if (toDaysAgo > fromDaysAgo)
        {
            throw new ArgumentException($"The range must start before it ends: from {fromDaysAgo} days ago to {toDaysAgo} days ago.");
        }
        var today = LocalCalendar.Day(now.ToUnixTimeMilliseconds(), zone);
        long from = LocalCalendar.StartOfDayMs(today.AddDays(-fromDaysAgo), zone);
        long nowMs = now.ToUnixTimeMilliseconds();
        long to = toDaysAgo == 0 ? nowMs : Math.Min(nowMs, LocalCalendar.StartOfDayMs(today.AddDays(-toDaysAgo + 1), zone));
        return new AnalyticsRange(guildId, zone, from, to, nowMs);
    }

    public DateOnly FirstDay => LocalCalendar.Day(FromMs, Zone);

    /// <summary>The last local day with any time in the window (the window's end is exclusive).</summary>
    public DateOnly LastDay => LocalCalendar.Day(Math.Max(FromMs, ToMs - 1), Zone);

    /// <summary>Every chart states its range this way (community spec §5).</summary>
    public string Subtitle =>
        $"From {FirstDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} to {LastDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
}
