namespace GameTime.Features.Analytics;

/// <summary>The admin console's ready-made windows (spec §5.17), as "from N days ago to M days ago" in the guild's local days.</summary>
public enum RangePreset
{
    Last30Days,
    CurrentMonth,
    LastMonth,
    /// <summary>From the first day of the month that holds the day 90 days ago.</summary>
    Last3Months,
    /// <summary>From the first voice session on (the original's "since 2024-09-21", the day its data started).</summary>
    Everything,
}

public static class RangePresets
{
    public static readonly IReadOnlyList<(RangePreset Preset, string Label)> All =
    [
        (RangePreset.Last30Days, "Last 30 days"),
        (RangePreset.CurrentMonth, "This month"),
        (RangePreset.LastMonth, "Last month"),
        (RangePreset.Last3Months, "Last 3 months"),
        (RangePreset.Everything, "Everything (since the first voice session)"),
    ];

    /// <summary>Days ago for <paramref name="today"/>; <paramref name="firstDay"/> is the guild's first day with voice data.</summary>
    public static (int FromDaysAgo, int ToDaysAgo) DaysAgo(RangePreset preset, DateOnly today, DateOnly? firstDay)
    {
        int Ago(DateOnly day) => today.DayNumber - day.DayNumber;
        var monthStart = LocalCalendar.MonthStart(today);
        return preset switch
        {
            RangePreset.Last30Days => (30, 0),
            RangePreset.CurrentMonth => (Ago(monthStart), 0),
            RangePreset.LastMonth => (Ago(monthStart.AddMonths(-1)), Ago(monthStart.AddDays(-1))),
            RangePreset.Last3Months => (Ago(LocalCalendar.MonthStart(today.AddDays(-90))), 0),
            RangePreset.Everything => (Math.Min(AnalyticsRange.MaxDays, Ago(firstDay is { } f && f < today ? f : today)), 0),
            _ => throw new ArgumentOutOfRangeException(nameof(preset), preset, null),
        };
    }
}
