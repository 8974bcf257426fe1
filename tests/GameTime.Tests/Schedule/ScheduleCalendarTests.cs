using GameTime.Features.Schedule;

namespace GameTime.Tests.Schedule;

public sealed class ScheduleCalendarTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private readonly ScheduleCalendar _calendar = new(NewYork, 600);

    private static DateTimeOffset Utc(int month, int day, int hour, int minute = 0, int year = 2026) =>
        new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    [Theory]
    // 15:00 New York in summer (UTC-4) is 19:00 UTC: the 3pm slot of the same day.
    [InlineData(7, 10, 19, 0, "2026-07-10", 0)]
    [InlineData(7, 11, 3, 59, "2026-07-10", 8)]   // 23:59 -> 11pm
    [InlineData(7, 11, 4, 0, "2026-07-10", 9)]    // midnight -> 12am, still Friday's message
    [InlineData(7, 11, 5, 30, "2026-07-10", 10)]  // 1:30 -> 1am
    [InlineData(7, 11, 6, 59, "2026-07-10", 11)]  // 2:59 -> 2am
    // winter (UTC-5): 22:00 New York = 03:00 UTC the next day
    [InlineData(12, 4, 3, 0, "2026-12-03", 7)]
    public void Each_hour_maps_to_its_slot_and_the_late_night_to_the_evening_before(int month, int day, int hour, int minute, string scheduleDay, int slot)
    {
        var at = _calendar.SlotAt(Utc(month, day, hour, minute));
        Assert.Equal((DateOnly.Parse(scheduleDay, System.Globalization.CultureInfo.InvariantCulture), slot), at);
    }

    [Theory]
    [InlineData(7, 11, 7, 0)]   // 3am: no slot
    [InlineData(7, 11, 13, 59)] // 9:59am
    [InlineData(7, 11, 18, 59)] // 2:59pm
    public void Hours_without_a_slot_give_none(int month, int day, int hour, int minute) =>
        Assert.Null(_calendar.SlotAt(Utc(month, day, hour, minute)));

    [Fact]
    public void The_schedule_day_changes_at_the_daily_post_time_not_at_midnight()
    {
        Assert.Equal(new DateOnly(2026, 7, 10), _calendar.DayOf(Utc(7, 11, 13, 59))); // 9:59 Saturday: still Friday's
        Assert.Equal(new DateOnly(2026, 7, 11), _calendar.DayOf(Utc(7, 11, 14, 0)));  // 10:00 Saturday: Saturday's
        Assert.Equal(Utc(7, 11, 14), _calendar.PostTime(new DateOnly(2026, 7, 11)));
    }

    [Fact]
    public void Across_the_spring_forward_night_the_slots_keep_their_wall_clock_hours()
    {
        // 2026-03-08: clocks jump from 2:00 to 3:00 in New York. Saturday 7th's 1am slot is 06:00 UTC (still EST).
        var day = new DateOnly(2026, 3, 7);
        Assert.Equal(Utc(3, 8, 6), _calendar.SlotStart(day, 10));
        Assert.Equal((day, 10), _calendar.SlotAt(Utc(3, 8, 6, 30)));
        // 2am does not exist that night: 07:00 UTC is already 3:00 EDT, which has no slot.
        Assert.Null(_calendar.SlotAt(Utc(3, 8, 7, 0)));
        Assert.Equal(Utc(3, 8, 7), _calendar.SlotStart(day, 11));
        // Sunday's 3pm is 19:00 UTC (EDT), an hour earlier in UTC than Saturday's 20:00.
        Assert.Equal(Utc(3, 7, 20), _calendar.SlotStart(day, 0));
        Assert.Equal(Utc(3, 8, 19), _calendar.SlotStart(new DateOnly(2026, 3, 8), 0));
        // and the daily post moves with it: 10:00 EST on Saturday, 10:00 EDT on Sunday
        Assert.Equal(Utc(3, 7, 15), _calendar.PostTime(day));
        Assert.Equal(Utc(3, 8, 14), _calendar.PostTime(new DateOnly(2026, 3, 8)));
    }

    [Fact]
    public void Across_the_fall_back_night_both_1am_hours_are_the_1am_slot_of_the_evening_before()
    {
        // 2026-11-01: clocks go from 2:00 EDT back to 1:00 EST; 1am happens at 05:00 and 06:00 UTC.
        var day = new DateOnly(2026, 10, 31);
        Assert.Equal((day, 10), _calendar.SlotAt(Utc(11, 1, 5, 30)));
        Assert.Equal((day, 10), _calendar.SlotAt(Utc(11, 1, 6, 30)));
        Assert.Equal((day, 11), _calendar.SlotAt(Utc(11, 1, 7, 30)));
        Assert.Equal(Utc(11, 1, 5), _calendar.SlotStart(day, 10));
    }

    [Fact]
    public void Another_guild_timezone_moves_every_slot()
    {
        var paris = new ScheduleCalendar(TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris"), 600);
        // 19:00 UTC in July is 21:00 in Paris: the 9pm slot
        Assert.Equal((new DateOnly(2026, 7, 10), 6), paris.SlotAt(Utc(7, 10, 19)));
    }

    [Theory]
    [InlineData(2026, 11, 30, 0)] // Monday
    [InlineData(2026, 12, 6, 6)]  // Sunday
    public void Weekdays_count_from_monday(int year, int month, int day, int weekday) =>
        Assert.Equal(weekday, ScheduleCalendar.Weekday(new DateOnly(year, month, day)));
}
