namespace GameTime.Features.Schedule;

/// <summary>
/// Which schedule day an instant belongs to, in a guild's timezone. A schedule day runs from one daily post to the next
/// (spec README), so at 1am the current day is still the evening before, and its 1am slot is the one being played.
/// </summary>
public sealed class ScheduleCalendar(TimeZoneInfo zone, int postMinuteOfDay)
{
    public TimeZoneInfo Zone { get; } = zone;

    /// <summary>Minutes after local midnight of the daily post (600 = 10:00).</summary>
    public int PostMinuteOfDay { get; } = postMinuteOfDay is >= 0 and < 1440
        ? postMinuteOfDay
        : throw new ArgumentOutOfRangeException(nameof(postMinuteOfDay));

    public DateTime Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;

    /// <summary>The schedule day of an instant: the local date, or the day before when the daily post time has not come yet.</summary>
    public DateOnly DayOf(DateTimeOffset instant)
    {
        var local = Local(instant);
        var date = DateOnly.FromDateTime(local);
        return local.Hour * 60 + local.Minute < PostMinuteOfDay ? date.AddDays(-1) : date;
    }

    /// <summary>The schedule day and slot being played at an instant, or null when the hour has no slot of the current day.</summary>
    public (DateOnly Day, int Slot)? SlotAt(DateTimeOffset instant)
    {
        var local = Local(instant);
        if (ScheduleSlots.FromHour(local.Hour) is not { } slot) return null;
        var day = DayOf(instant);
        // A 1am slot belongs to the day before's message; with a post time before 3am it would belong to no message.
        var slotDate = ScheduleSlots.IsAfterMidnight(slot) ? day.AddDays(1) : day;
        return slotDate == DateOnly.FromDateTime(local) ? (day, slot) : null;
    }

    /// <summary>Where a slot of a schedule day starts; a start the clocks skip (spring forward) moves to the jump's end.</summary>
    public DateTimeOffset SlotStart(DateOnly day, int slot)
    {
        var date = ScheduleSlots.IsAfterMidnight(slot) ? day.AddDays(1) : day;
        var local = date.ToDateTime(new TimeOnly(ScheduleSlots.Hour(slot), 0));
        while (Zone.IsInvalidTime(local)) local = local.AddMinutes(30);
        // An ambiguous hour (fall back) is taken at its first occurrence, as a member reads the clock.
        var offset = Zone.IsAmbiguousTime(local) ? Zone.GetAmbiguousTimeOffsets(local).Max() : Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    /// <summary>The instant of the daily post that opens a schedule day.</summary>
    public DateTimeOffset PostTime(DateOnly day)
    {
        var local = day.ToDateTime(new TimeOnly(PostMinuteOfDay / 60, PostMinuteOfDay % 60));
        while (Zone.IsInvalidTime(local)) local = local.AddMinutes(30);
        var offset = Zone.IsAmbiguousTime(local) ? Zone.GetAmbiguousTimeOffsets(local).Max() : Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    /// <summary>Monday = 0 ... Sunday = 6, as recurring_schedules stores it.</summary>
    public static int Weekday(DateOnly day) => ((int)day.DayOfWeek + 6) % 7;
}
