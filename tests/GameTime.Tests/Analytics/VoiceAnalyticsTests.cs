using GameTime.Features.Activity;
using GameTime.Features.Analytics;

namespace GameTime.Tests.Analytics;

/// <summary>The sums behind the voice charts, on hand-made sessions with answers worked out by hand.</summary>
public sealed class VoiceAnalyticsTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private const ulong Ash = 1, Thermite = 2, Sledge = 3;
    private const ulong Squad = 10, Duo = 11;

    /// <summary>Unix ms of a New York wall-clock time.</summary>
    private static long At(int year, int month, int day, int hour, int minute = 0) =>
        new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified), NewYork)).ToUnixTimeMilliseconds();

    private static VoiceSpan Span(ulong user, ulong channel, long start, long end) => new(user, channel, start, end, Open: false);

    private const long Hour = 3_600_000;

    [Fact]
    public void A_session_over_midnight_counts_on_both_local_days()
    {
        var span = Span(Ash, Squad, At(2026, 5, 1, 23), At(2026, 5, 2, 1, 30));
        var parts = LocalCalendar.SplitByDay(span, NewYork).ToList();
        Assert.Equal([(new DateOnly(2026, 5, 1), 1 * Hour), (new DateOnly(2026, 5, 2), Hour * 3 / 2)], parts);
    }

    [Fact]
    public void The_day_clocks_fall_back_has_25_hours_and_the_day_they_spring_forward_23()
    {
        var fallBack = Span(Ash, Squad, At(2026, 11, 1, 0), At(2026, 11, 2, 0));
        var springForward = Span(Ash, Squad, At(2026, 3, 8, 0), At(2026, 3, 9, 0));
        Assert.Equal([(new DateOnly(2026, 11, 1), 25 * Hour)], LocalCalendar.SplitByDay(fallBack, NewYork));
        Assert.Equal([(new DateOnly(2026, 3, 8), 23 * Hour)], LocalCalendar.SplitByDay(springForward, NewYork));
    }

    [Fact]
    public void Overlapping_sessions_in_one_channel_add_up_per_pair_and_other_channels_do_not_count()
    {
        var spans = new[]
        {
            Span(Ash, Squad, At(2026, 5, 1, 18), At(2026, 5, 1, 21)),       // 18-21
            Span(Thermite, Squad, At(2026, 5, 1, 19), At(2026, 5, 1, 23)),  // 19-23: 2 h with Ash
            Span(Sledge, Duo, At(2026, 5, 1, 18), At(2026, 5, 1, 23)),      // another channel: with nobody
            Span(Sledge, Squad, At(2026, 5, 2, 20), At(2026, 5, 2, 22)),    // next day, with Thermite 1.5 h
            Span(Thermite, Squad, At(2026, 5, 2, 20, 30), At(2026, 5, 2, 23)),
            Span(Ash, Squad, At(2026, 5, 2, 22, 30), At(2026, 5, 2, 23)),   // 30 min with Thermite: total 2.5 h
        };
        var pairs = TimeTogether.Pairs(spans);
        Assert.Equal([new PairTime(Ash, Thermite, Hour * 5 / 2), new PairTime(Thermite, Sledge, Hour * 3 / 2)], pairs);
    }

    [Fact]
    public void Pairs_together_for_an_hour_or_less_are_left_out()
    {
        var spans = new[]
        {
            Span(Ash, Squad, At(2026, 5, 1, 18), At(2026, 5, 1, 19)),
            Span(Thermite, Squad, At(2026, 5, 1, 18), At(2026, 5, 1, 19)),
        };
        Assert.Empty(TimeTogether.Pairs(spans));
    }

    [Fact]
    public void Weekday_habits_count_distinct_weeks_per_weekday_in_local_time()
    {
        var spans = new[]
        {
            Span(Ash, Squad, At(2026, 5, 4, 20), At(2026, 5, 4, 21)),   // Monday, week 19
            Span(Ash, Squad, At(2026, 5, 4, 22), At(2026, 5, 4, 23)),   // same Monday again: still one week
            Span(Ash, Squad, At(2026, 5, 11, 20), At(2026, 5, 11, 21)), // Monday, week 20
            Span(Ash, Squad, At(2026, 5, 15, 23), At(2026, 5, 16, 1)),  // Friday night into Saturday: both
        };
        var habits = VoiceTime.WeekdayHabits(spans, NewYork);
        Assert.Equal([2, 0, 0, 0, 1, 1, 0], habits[Ash]);
    }

    [Fact]
    public void Monthly_time_is_cut_at_the_local_month_boundary()
    {
        var spans = new[] { Span(Ash, Squad, At(2026, 4, 30, 22), At(2026, 5, 1, 2)) };
        var perMonth = VoiceTime.PerMemberAndPeriod(spans, NewYork, LocalCalendar.MonthStart);
        Assert.Equal(2 * Hour, perMonth[Ash][new DateOnly(2026, 4, 1)]);
        Assert.Equal(2 * Hour, perMonth[Ash][new DateOnly(2026, 5, 1)]);
    }

    [Fact]
    public void Weekly_periods_cover_the_whole_range_so_quiet_weeks_show_as_zero()
    {
        var now = new DateTimeOffset(2026, 5, 20, 12, 0, 0, TimeSpan.Zero);   // a Wednesday
        var range = AnalyticsRange.DaysAgo(1, NewYork, fromDaysAgo: 15, toDaysAgo: 0, now);
        Assert.Equal([new DateOnly(2026, 5, 4), new DateOnly(2026, 5, 11), new DateOnly(2026, 5, 18)], VoiceTime.Periods(range, LocalCalendar.WeekStart));
        Assert.Equal("From 2026-05-05 to 2026-05-20", range.Subtitle);
    }

    [Fact]
    public void Unique_members_per_day_counts_each_member_once_a_day()
    {
        var now = new DateTimeOffset(2026, 5, 3, 16, 0, 0, TimeSpan.Zero);
        var range = AnalyticsRange.DaysAgo(1, NewYork, fromDaysAgo: 2, toDaysAgo: 0, now);
        var spans = new[]
        {
            Span(Ash, Squad, At(2026, 5, 1, 18), At(2026, 5, 1, 19)),
            Span(Ash, Duo, At(2026, 5, 1, 20), At(2026, 5, 1, 21)),
            Span(Thermite, Squad, At(2026, 5, 1, 23), At(2026, 5, 2, 0, 30)),
        };
        Assert.Equal([(new DateOnly(2026, 5, 1), 2), (new DateOnly(2026, 5, 2), 1), (new DateOnly(2026, 5, 3), 0)],
            VoiceTime.UniqueMembersPerDay(spans, range));
    }

    [Fact]
    public void Inactive_members_are_those_gone_two_whole_days_or_more_and_never_someone_still_in_voice()
    {
        long now = At(2026, 5, 10, 12);
        var seen = new[]
        {
            new LastSeen(Ash, now - 3 * 24 * Hour - Hour),
            new LastSeen(Thermite, now - 36 * Hour),   // a day and a half: not inactive
            new LastSeen(Sledge, null),                // still in voice
        };
        Assert.Equal([(Ash, 3)], VoiceTime.Inactive(seen, now));
    }

    [Fact]
    public void Matches_split_by_whether_the_member_was_in_voice_when_it_started()
    {
        var spans = new[] { Span(Ash, Squad, At(2026, 5, 1, 18), At(2026, 5, 1, 22)) };
        var matches = new[]
        {
            new MemberMatch(Ash, At(2026, 5, 1, 18, 10), Won: true, ["Ash", "Thermite"]),
            new MemberMatch(Ash, At(2026, 5, 1, 21, 50), Won: false, ["Ash"]),
            new MemberMatch(Ash, At(2026, 5, 1, 22), Won: true, ["Sledge"]),   // the session had ended
        };
        var split = Assert.Single(MatchPresence.Split(matches, spans));
        Assert.Equal(new MatchSplit(Ash, InVoice: 2, Outside: 1, WinsInVoice: 1, WinsOutside: 1), split);
        Assert.Equal(2 / 3.0, split.InVoiceRate, 6);
        Assert.Equal(2, MatchPresence.Operators(matches)[Ash]["Ash"]);
    }

    [Fact]
    public void A_range_that_ends_before_it_starts_is_refused_with_a_clear_message()
    {
        var e = Assert.Throws<ArgumentException>(() => AnalyticsRange.DaysAgo(1, NewYork, 5, 10, DateTimeOffset.UtcNow));
        Assert.Contains("start before it ends", e.Message, StringComparison.Ordinal);
    }
}
