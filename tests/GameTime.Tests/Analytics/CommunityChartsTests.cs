using GameTime.Features.Activity;
using GameTime.Features.Analytics;
using GameTime.Render.Charts;

namespace GameTime.Tests.Analytics;

/// <summary>Each chart's formula (spec §5) on hand-made sessions and matches, with the answers worked out by hand.</summary>
public sealed class CommunityChartsTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 17, 0, 0, TimeSpan.Zero); // 12:00 in New York
    private const ulong Ash = 1, Thermite = 2, Sledge = 3, Mute = 4;
    private const ulong Squad = 10, Duo = 11;
    private const long Hour = 3_600_000, Minute = 60_000;

    private static long At(int month, int day, int hour, int minute = 0) =>
        new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(new DateTime(2026, month, day, hour, minute, 0, DateTimeKind.Unspecified), NewYork)).ToUnixTimeMilliseconds();

    private static VoiceSpan Span(ulong user, ulong channel, long start, long end) => new(user, channel, start, end, Open: false);

    private static CommunityData Data(IReadOnlyList<VoiceSpan> spans, IReadOnlyList<MemberMatch>? matches = null,
        IReadOnlyList<LastSeen>? lastSeen = null, int fromDays = 90, Dictionary<ulong, string>? names = null) =>
        new(AnalyticsRange.DaysAgo(1, NewYork, fromDays, 0, Now),
            names ?? new Dictionary<ulong, string> { [Ash] = "Ash", [Thermite] = "Thermite", [Sledge] = "Sledge", [Mute] = "Mute" },
            spans, lastSeen ?? [], matches ?? []);

    [Fact]
    public void Duo_time_shows_pairs_over_an_hour_in_hours_largest_first()
    {
        var data = Data(
        [
            Span(Ash, Squad, At(11, 20, 18), At(11, 20, 21)),
            Span(Thermite, Squad, At(11, 20, 19), At(11, 20, 23)),          // 2 h with Ash
            Span(Sledge, Squad, At(11, 20, 20, 30), At(11, 20, 23)),       // 30 min with Ash (left out), 2.5 h with Thermite
            Span(Mute, Duo, At(11, 20, 18), At(11, 20, 23)),               // another channel
        ]);
        var chart = CommunityCharts.DuoTime(data);
        Assert.Equal(BarOrientation.Horizontal, chart.Orientation);
        Assert.Equal([("Thermite - Sledge", 2.5), ("Ash - Thermite", 2.0)], chart.Bars.Select(b => (b.Label, b.Value)));
        Assert.Equal("From 2026-09-04 to 2026-12-03", chart.Heading.Subtitle);
    }

    [Fact]
    public void Total_voice_time_keeps_the_top_30_in_hours()
    {
        var names = new Dictionary<ulong, string>();
        var spans = new List<VoiceSpan>();
        for (ulong m = 1; m <= 31; m++)
        {
            names[m] = $"member {m}";
            spans.Add(Span(m, Squad, At(11, 1, 12), At(11, 1, 12) + (long)m * 30 * Minute));
        }
        var chart = CommunityCharts.TotalVoiceTime(Data(spans, names: names));
        Assert.Equal(30, chart.Bars.Count);
        Assert.Equal(("member 31", 15.5), (chart.Bars[0].Label, chart.Bars[0].Value));
        Assert.Equal(("member 2", 1.0), (chart.Bars[^1].Label, chart.Bars[^1].Value));
    }

    [Fact]
    public void Inactive_members_are_counted_in_whole_days_with_the_7_day_line_and_members_in_voice_left_out()
    {
        long end = Now.ToUnixTimeMilliseconds();
        var data = Data([], lastSeen:
        [
            new LastSeen(Ash, end - 10 * 24 * Hour - Hour),   // 10 days
            new LastSeen(Thermite, end - 36 * Hour),           // 1 day: not inactive
            new LastSeen(Sledge, null),                        // in voice now
            new LastSeen(Mute, end - 2 * 24 * Hour),           // exactly 2 days
        ]);
        var chart = CommunityCharts.InactiveMembers(data);
        Assert.Equal([("Ash", 10.0), ("Mute", 2.0)], chart.Bars.Select(b => (b.Label, b.Value)));
        Assert.Equal(7, Assert.Single(chart.ReferenceLines).Value);
        Assert.True(chart.IntegerTicks);
    }

    [Fact]
    public void Weekday_activity_counts_distinct_weeks_per_local_weekday_with_rows_by_name()
    {
        var data = Data(
        [
            Span(Thermite, Squad, At(11, 16, 20), At(11, 16, 21)),  // Monday, week 47
            Span(Thermite, Squad, At(11, 16, 22), At(11, 16, 23)),  // same Monday again: still one week
            Span(Thermite, Squad, At(11, 23, 23), At(11, 24, 1)),   // Monday 23:00 to Tuesday 01:00 local, week 48
            Span(Ash, Squad, At(11, 22, 20), At(11, 22, 21)),       // Sunday
        ]);
        var chart = CommunityCharts.WeekdayActivity(data);
        Assert.Equal(["Ash", "Thermite"], chart.RowLabels);
        Assert.Equal("Monday", chart.ColumnLabels[0]);
        Assert.Equal([0.0, 0, 0, 0, 0, 0, 1], chart.Values[0]);
        Assert.Equal([2.0, 1, 0, 0, 0, 0, 0], chart.Values[1]);
    }

    [Fact]
    public void Voice_per_month_stacks_the_top_15_and_sums_everyone_else_as_other_with_quiet_months_zero()
    {
        var names = new Dictionary<ulong, string>();
        var spans = new List<VoiceSpan>();
        for (ulong m = 1; m <= 17; m++)
        {
            names[m] = $"member {m}";
            spans.Add(Span(m, Squad, At(9, 10, 12), At(9, 10, 12) + (long)m * Hour));   // September only
        }
        spans.Add(Span(17, Squad, At(11, 30, 23), At(12, 1, 1)));                       // over the month boundary
        var chart = CommunityCharts.VoicePerMonth(Data(spans, names: names));
        Assert.Equal(["2026-09", "2026-10", "2026-11", "2026-12"], chart.Categories);
        Assert.Equal(16, chart.Series.Count);
        Assert.Equal("member 17", chart.Series[0].Name);
        Assert.Equal([17.0, 0, 1, 1], chart.Series[0].Values);
        var other = chart.Series[^1];
        Assert.Equal("Other", other.Name);
        Assert.Equal([3.0, 0, 0, 0], other.Values);                                      // members 1 and 2
        Assert.DoesNotContain(chart.Series, s => s.Name is "member 1" or "member 2");
    }

    [Fact]
    public void Weekly_timeline_puts_ten_members_in_each_panel_and_every_monday_on_the_axis()
    {
        var names = new Dictionary<ulong, string>();
        var spans = new List<VoiceSpan>();
        for (ulong m = 1; m <= 25; m++)
        {
            names[m] = $"member {m}";
            spans.Add(Span(m, Squad, At(11, 18, 12), At(11, 18, 12) + (long)m * Minute));
        }
        var chart = CommunityCharts.WeeklyTimeline(Data(spans, names: names, fromDays: 20));
        Assert.Equal(["Top 1-10", "Top 11-20", "Top 21-25"], chart.Panels.Select(p => p.Title));
        Assert.Equal(["2026-11-09", "2026-11-16", "2026-11-23", "2026-11-30"], chart.XLabels);
        var top = chart.Panels[0].Series[0];
        Assert.Equal("member 25", top.Name);
        Assert.Equal([0.0, 25, 0, 0], top.Values);
    }

    [Fact]
    public void Monthly_totals_add_everyone_per_local_month()
    {
        var data = Data(
        [
            Span(Ash, Squad, At(10, 31, 23), At(11, 1, 2)),        // 1 h in October; 3 h in November (clocks fall back at 2:00)
            Span(Thermite, Squad, At(11, 5, 20), At(11, 5, 22)),
        ], fromDays: 40);
        var chart = CommunityCharts.MonthlyTotals(data);
        Assert.Equal([("2026-10", 1.0), ("2026-11", 5.0), ("2026-12", 0.0)], chart.Bars.Select(b => (b.Label, b.Value)));
        Assert.Empty(CommunityCharts.MonthlyTotals(Data([])).Bars);
    }

    [Fact]
    public void A_members_timeline_has_their_weekly_minutes_and_their_total_in_the_title()
    {
        var data = Data(
        [
            Span(Ash, Squad, At(11, 18, 12), At(11, 18, 14, 30)),
            Span(Ash, Duo, At(11, 25, 12), At(11, 25, 13)),
            Span(Thermite, Squad, At(11, 18, 12), At(11, 18, 20)),
        ], fromDays: 20);
        var chart = CommunityCharts.MemberTimeline(data, Ash);
        Assert.Equal("Weekly time played for Ash (total: 3.5 hours)", chart.Heading.Title);
        Assert.Equal([0.0, 150, 60, 0], Assert.Single(Assert.Single(chart.Panels).Series).Values);
        Assert.Empty(CommunityCharts.MemberTimeline(data, Mute).Panels);
    }

    [Fact]
    public void Unique_members_per_day_marks_the_season_starts()
    {
        var data = Data(
        [
            Span(Ash, Squad, At(11, 30, 20), At(11, 30, 21)),
            Span(Thermite, Squad, At(11, 30, 20), At(11, 30, 21)),
            Span(Ash, Squad, At(12, 1, 20), At(12, 1, 21)),
        ], fromDays: 5);
        var chart = CommunityCharts.UniqueMembersPerDay(data);
        Assert.Equal(["2026-11-28", "2026-11-29", "2026-11-30", "2026-12-01", "2026-12-02", "2026-12-03"], chart.Bars.Select(b => b.Label));
        Assert.Equal([0.0, 0, 2, 1, 0, 0], chart.Bars.Select(b => b.Value));
        var marker = Assert.Single(chart.Markers);
        Assert.Equal((3, "Y11S4"), (marker.CategoryIndex, marker.Label));
        Assert.Equal("Y11S1", CommunityCharts.SeasonLabel(new DateOnly(2026, 3, 1)));
    }

    private static MemberMatch Match(ulong user, long at, bool won, params string[] operators) => new(user, at, won, operators);

    [Fact]
    public void In_server_rate_is_the_share_of_matches_during_voice_coloured_by_band()
    {
        var spans = new[] { Span(Ash, Squad, At(11, 20, 18), At(11, 20, 23)), Span(Thermite, Squad, At(11, 20, 18), At(11, 20, 23)) };
        var matches = new List<MemberMatch>();
        for (int i = 0; i < 5; i++) matches.Add(Match(Ash, At(11, 20, 19) + i * 20 * Minute, won: true));          // 5 of 5 in voice
        for (int i = 0; i < 2; i++) matches.Add(Match(Thermite, At(11, 20, 19) + i * 20 * Minute, won: false));    // 2 in voice
        for (int i = 0; i < 3; i++) matches.Add(Match(Thermite, At(11, 21, 19) + i * 20 * Minute, won: true));     // 3 outside
        matches.Add(Match(Sledge, At(11, 21, 12), won: true));                                                     // never in voice
        var chart = CommunityCharts.InServerRate(Data(spans, matches));
        Assert.Equal([("Ash", 100.0), ("Thermite", 40.0), ("Sledge", 0.0)], chart.Bars.Select(b => (b.Label, b.Value)));
        Assert.Equal([ChartColor.Green, ChartColor.Red, ChartColor.Red], chart.Bars.Select(b => b.Color));
        Assert.Equal([50.0, 65, 80], chart.ReferenceLines.Select(l => l.Value));
        Assert.Equal([ChartColor.Blue, ChartColor.Purple, ChartColor.Green, ChartColor.Red],
            new[] { 50.0, 65, 80, 49.9 }.Select(CommunityCharts.RateColour));
    }

    [Fact]
    public void Win_rate_in_vs_out_compares_members_with_matches_both_ways_and_stars_those_better_in_the_server()
    {
        var spans = new[] { Span(Ash, Squad, At(11, 20, 18), At(11, 20, 23)), Span(Thermite, Squad, At(11, 20, 18), At(11, 20, 23)) };
        var matches = new List<MemberMatch>
        {
            Match(Ash, At(11, 20, 19), true), Match(Ash, At(11, 20, 20), true), Match(Ash, At(11, 21, 12), false),          // 100 % vs 0 %
            Match(Thermite, At(11, 20, 19), false), Match(Thermite, At(11, 21, 12), true), Match(Thermite, At(11, 21, 13), true), // 0 % vs 100 %
            Match(Sledge, At(11, 21, 12), true),                                                                             // outside only
        };
        var chart = CommunityCharts.WinRateInVsOut(Data(spans, matches));
        Assert.Equal(["Ash *", "Thermite"], chart.Categories);
        Assert.Equal([100.0, 0], chart.Series[0].Values);
        Assert.Equal([0.0, 100], chart.Series[1].Values);
    }

    [Fact]
    public void The_operator_matrix_has_operators_by_how_often_they_were_played_and_members_by_matches()
    {
        var matches = new List<MemberMatch>
        {
            Match(Ash, At(11, 20, 19), true, "Ash", "Jäger"), Match(Ash, At(11, 20, 20), true, "Ash", "Mute"),
            Match(Thermite, At(11, 20, 19), false, "Thermite", "Jäger"),
        };
        var chart = CommunityCharts.Operators(Data([], matches));
        Assert.Equal(["Ash", "Thermite"], chart.ColumnLabels);
        Assert.Equal(["Ash", "Jäger", "Mute", "Thermite"], chart.RowLabels);
        Assert.Equal([2.0, 0], chart.Values[0]);
        Assert.Equal([1.0, 1], chart.Values[1]);
    }

    [Fact]
    public void The_relationship_graph_has_everyone_in_voice_and_the_pairs_over_an_hour_in_seconds()
    {
        var data = Data(
        [
            Span(Ash, Squad, At(11, 20, 18), At(11, 20, 21)),
            Span(Thermite, Squad, At(11, 20, 19), At(11, 20, 23)),
            Span(Mute, Duo, At(11, 20, 18), At(11, 20, 19)),
        ]);
        var graph = CommunityCharts.Relationships(data);
        Assert.Equal(["Thermite", "Ash", "Mute"], graph.Nodes);
        var edge = Assert.Single(graph.Edges);
        Assert.Equal((1, 0, 7200.0), (edge.A, edge.B, edge.Weight));
    }
}
