using System.Globalization;
using GameTime.Features.Activity;

namespace GameTime.Features.Analytics;

/// <summary>Local days, ISO weeks and months of a timezone, and cutting voice time at local midnights.</summary>
public static class LocalCalendar
{
    public static DateOnly Day(long unixMs, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeMilliseconds(unixMs), zone).DateTime);

    /// <summary>The UTC instant the local day begins; where DST skips midnight, the first local time that exists.</summary>
    public static long StartOfDayMs(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(15);
        }
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone), TimeSpan.Zero).ToUnixTimeMilliseconds();
    }

    /// <summary>The span's time per local day: a session over midnight counts on both days, each its own part.</summary>
    public static IEnumerable<(DateOnly Day, long Ms)> SplitByDay(VoiceSpan span, TimeZoneInfo zone)
    {
        long start = span.StartMs;
        var day = Day(start, zone);
        while (start < span.EndMs)
        {
            long next = Math.Max(StartOfDayMs(day.AddDays(1), zone), start + 1);
            long end = Math.Min(next, span.EndMs);
            yield return (day, end - start);
            start = end;
            day = day.AddDays(1);
        }
    }

    /// <summary>The Monday that starts the ISO week of <paramref name="day"/>.</summary>
    public static DateOnly WeekStart(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    public static (int Year, int Week) IsoWeek(DateOnly day)
    {
        var at = day.ToDateTime(TimeOnly.MinValue);
        return (ISOWeek.GetYear(at), ISOWeek.GetWeekOfYear(at));
    }

    /// <summary>0 = Monday … 6 = Sunday, the order the weekday chart uses.</summary>
    public static int WeekdayIndex(DateOnly day) => ((int)day.DayOfWeek + 6) % 7;

    public static DateOnly MonthStart(DateOnly day) => new(day.Year, day.Month, 1);

    public static string MonthLabel(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static string DayLabel(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
