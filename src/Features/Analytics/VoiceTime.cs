using GameTime.Features.Activity;

namespace GameTime.Features.Analytics;

/// <summary>Voice time summed per member and per local day, week or month (community spec §5.5-5.11, §5.14).</summary>
public static class VoiceTime
{
    /// <summary>Each member's total, longest first (ties by id).</summary>
    public static List<(ulong UserId, long Ms)> PerMember(IEnumerable<VoiceSpan> spans) =>
        [.. spans.GroupBy(s => s.UserId).Select(g => (g.Key, g.Sum(s => s.DurationMs)))
            .OrderByDescending(t => t.Item2).ThenBy(t => t.Key)];

    /// <summary>Time per member per period (keyed by the period's first day), sessions cut at local midnights.</summary>
    public static Dictionary<ulong, Dictionary<DateOnly, long>> PerMemberAndPeriod(IEnumerable<VoiceSpan> spans, TimeZoneInfo zone, Func<DateOnly, DateOnly> period)
    {
        var result = new Dictionary<ulong, Dictionary<DateOnly, long>>();
        foreach (var span in spans)
        {
            if (!result.TryGetValue(span.UserId, out var perPeriod))
            {
                result[span.UserId] = perPeriod = [];
            }
            foreach (var (day, ms) in LocalCalendar.SplitByDay(span, zone))
            {
                var key = period(day);
                perPeriod[key] = perPeriod.GetValueOrDefault(key) + ms;
            }
        }
        return result;
    }

    /// <summary>Every period from the range's first to its last day, in order, so gaps show as zero.</summary>
    public static List<DateOnly> Periods(AnalyticsRange range, Func<DateOnly, DateOnly> period)
    {
        var periods = new List<DateOnly>();
        for (var day = range.FirstDay; day <= range.LastDay; day = day.AddDays(1))
        {
            var key = period(day);
            if (periods.Count == 0 || periods[^1] != key)
            {
                periods.Add(key);
            }
        }
        return periods;
    }

    /// <summary>How many different members were in voice on each local day of the range.</summary>
    public static List<(DateOnly Day, int Members)> UniqueMembersPerDay(IEnumerable<VoiceSpan> spans, AnalyticsRange range)
    {
        var perDay = new Dictionary<DateOnly, HashSet<ulong>>();
        foreach (var span in spans)
        {
            foreach (var (day, _) in LocalCalendar.SplitByDay(span, range.Zone))
            {
                if (!perDay.TryGetValue(day, out var members))
                {
                    perDay[day] = members = [];
                }
                members.Add(span.UserId);
            }
        }
        return [.. Periods(range, d => d).Select(d => (d, perDay.TryGetValue(d, out var m) ? m.Count : 0))];
    }

    /// <summary>
    /// For each member and weekday (Monday first), in how many different ISO weeks they were in voice on that weekday
    /// (local days of the guild's zone, and the ISO year counted, unlike the original's UTC week number alone).
    /// </summary>
    public static Dictionary<ulong, int[]> WeekdayHabits(IEnumerable<VoiceSpan> spans, TimeZoneInfo zone)
    {
        var weeks = new Dictionary<ulong, HashSet<(int, int, int)>>();
        foreach (var span in spans)
        {
            if (!weeks.TryGetValue(span.UserId, out var seen))
            {
                weeks[span.UserId] = seen = [];
            }
            foreach (var (day, _) in LocalCalendar.SplitByDay(span, zone))
            {
                var (year, week) = LocalCalendar.IsoWeek(day);
                seen.Add((LocalCalendar.WeekdayIndex(day), year, week));
            }
        }
        return weeks.ToDictionary(w => w.Key, w =>
        {
            var counts = new int[7];
            foreach (var (weekday, _, _) in w.Value)
            {
                counts[weekday]++;
            }
            return counts;
        });
    }

    /// <summary>Members not in voice for more than a day before <paramref name="atMs"/>: whole days since they last left, most first.</summary>
    public static List<(ulong UserId, int Days)> Inactive(IEnumerable<LastSeen> lastSeen, long atMs) =>
        [.. lastSeen.Where(s => s.LastLeftMs is not null)
            .Select(s => (s.UserId, Days: (int)((atMs - s.LastLeftMs!.Value) / 86_400_000L)))
            .Where(s => s.Days > 1)
            .OrderByDescending(s => s.Days).ThenBy(s => s.UserId)];
}
