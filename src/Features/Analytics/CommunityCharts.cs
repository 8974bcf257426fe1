using System.Globalization;
using GameTime.Render.Charts;
using GameTime.Render.Graphs;

namespace GameTime.Features.Analytics;

/// <summary>
/// The community charts of spec §5 as view models, from one guild's <see cref="CommunityData"/>. Each method is the
/// chart's formula; the renderers in GameTime.Render draw the result. Hours and minutes are of voice time in the window.
/// </summary>
public static partial class CommunityCharts
{
    public const int DuoTop = 50, TotalTop = 30, InactiveTop = 50, StackedTop = 15, TimelineTop = 30, TimelinePanel = 10;
    public const int InServerTop = 60, WinRateTop = 40, OperatorMembers = 30, OperatorRows = 40;
    public const int InactiveThresholdDays = 7;

    private const double MsPerHour = 3_600_000, MsPerMinute = 60_000;

    private static readonly IReadOnlyList<ReferenceLine> NoLines = [];
    private static readonly IReadOnlyList<CategoryMarker> NoMarkers = [];

    /// <summary>§5.1-5.3: members who were in voice in the window, and every pair with more than an hour together.</summary>
    public static RelationshipGraph Relationships(CommunityData data)
    {
        var members = VoiceTime.PerMember(data.Spans).Select(m => m.UserId).ToList();
        var index = members.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);
        var edges = TimeTogether.Pairs(data.Spans)
            .Select(p => new GraphEdge(index[p.A], index[p.B], p.Ms / 1000.0))
            .ToList();
        return new RelationshipGraph("Who plays with whom", data.Range.Subtitle, [.. members.Select(data.Name)], edges);
    }

    /// <summary>§5.4: the pairs with the most time together (over an hour), largest first.</summary>
    public static BarChart DuoTime(CommunityData data)
    {
        var bars = TimeTogether.Pairs(data.Spans)
            .OrderByDescending(p => p.Ms).ThenBy(p => p.A).ThenBy(p => p.B)
            .Take(DuoTop)
            .Select(p => new Bar(ChartLabels.Pair(data.Name(p.A), data.Name(p.B)), p.Ms / MsPerHour))
            .ToList();
        return new BarChart(Heading(data, $"Top {DuoTop} member pairs by time spent together"), BarOrientation.Horizontal,
            "Hours spent together", bars, ChartColor.SkyBlue, NoLines, NoMarkers, ValueFormat: "0.0");
    }

    /// <summary>§5.5: each member's voice time across all tracked channels.</summary>
    public static BarChart TotalVoiceTime(CommunityData data)
    {
        var bars = VoiceTime.PerMember(data.Spans).Take(TotalTop)
            .Select(m => new Bar(ChartLabels.Name(data.Name(m.UserId)), m.Ms / MsPerHour))
            .ToList();
        return new BarChart(Heading(data, $"Top {TotalTop} members by total voice channel time"), BarOrientation.Vertical,
            "Hours", bars, ChartColor.SkyBlue, NoLines, NoMarkers, ValueFormat: "0.0");
    }

    /// <summary>
    /// §5.6: whole days since each member last left voice (members in voice now are active), more than one day only.
    /// Unlike the original, history before the window counts, so a member gone for longer than the window still shows.
    /// </summary>
    public static BarChart InactiveMembers(CommunityData data)
    {
        var bars = VoiceTime.Inactive(data.LastSeen, data.Range.ToMs).Take(InactiveTop)
            .Select(m => new Bar(ChartLabels.Name(data.Name(m.UserId)), m.Days))
            .ToList();
        return new BarChart(Heading(data, $"Top {InactiveTop} inactive members (days since they last left voice)"),
            BarOrientation.Horizontal, "Days inactive", bars, ChartColor.SkyBlue,
            [new ReferenceLine(InactiveThresholdDays, "7-day threshold", ChartColor.Red)], NoMarkers, IntegerTicks: true, ValueFormat: "0");
    }

    /// <summary>
    /// §5.7: for each member and weekday, in how many different weeks they were in voice on that day. Rows are the
    /// members in voice during the window (not every member ever seen: a large server would draw thousands of blank rows), by name.
    /// </summary>
    public static Heatmap WeekdayActivity(CommunityData data)
    {
        var habits = VoiceTime.WeekdayHabits(data.Spans, data.Range.Zone);
        var rows = habits.Keys.Select(id => (Id: id, Name: ChartLabels.Name(data.Name(id))))
            .OrderBy(r => r.Name, StringComparer.CurrentCultureIgnoreCase).ThenBy(r => r.Id).ToList();
        return new Heatmap(Heading(data, "Member activity by weekday (number of weeks in voice on that day)"),
            [.. rows.Select(r => r.Name)], Weekdays,
            [.. rows.Select(r => (IReadOnlyList<double>)[.. habits[r.Id].Select(c => (double)c)])]);
    }

    /// <summary>§5.8: hours per local month for the top members, everyone else summed as "Other".</summary>
    public static StackedBarChart VoicePerMonth(CommunityData data)
    {
        var months = VoiceTime.Periods(data.Range, LocalCalendar.MonthStart);
        var perMonth = VoiceTime.PerMemberAndPeriod(data.Spans, data.Range.Zone, LocalCalendar.MonthStart);
        var ranked = VoiceTime.PerMember(data.Spans);
        var series = ranked.Take(StackedTop)
            .Select((m, i) => new Series(ChartLabels.Name(data.Name(m.UserId)), Hours(perMonth[m.UserId], months), ChartPalette.Qualitative(i)))
            .ToList();
        if (ranked.Count > StackedTop)
        {
            var other = months.Select(month => ranked.Skip(StackedTop).Sum(m => perMonth[m.UserId].GetValueOrDefault(month)) / MsPerHour).ToList();
            series.Add(new Series("Other", other, ChartColor.Gray));
        }
        return new StackedBarChart(Heading(data, "Voice time per month"), "Hours in voice channels", "Member",
            [.. months.Select(LocalCalendar.MonthLabel)], series);
    }

    /// <summary>§5.9: minutes per ISO week (Monday labels, quiet weeks as 0) for the top 30, ten per panel.</summary>
    public static LineChart WeeklyTimeline(CommunityData data)
    {
        var weeks = VoiceTime.Periods(data.Range, LocalCalendar.WeekStart);
        var perWeek = VoiceTime.PerMemberAndPeriod(data.Spans, data.Range.Zone, LocalCalendar.WeekStart);
        var top = VoiceTime.PerMember(data.Spans).Take(TimelineTop).ToList();
        var panels = top.Chunk(TimelinePanel).Select((chunk, p) => new LinePanel(
            string.Create(CultureInfo.InvariantCulture, $"Top {p * TimelinePanel + 1}-{p * TimelinePanel + chunk.Length}"),
            [.. chunk.Select((m, i) => new Series(ChartLabels.Name(data.Name(m.UserId)), Minutes(perWeek[m.UserId], weeks), ChartPalette.Qualitative(i)))]))
            .ToList();
        return new LineChart(Heading(data, $"Weekly time played, top {TimelineTop} members"), "Minutes per week",
            [.. weeks.Select(LocalCalendar.DayLabel)], panels);
    }

    /// <summary>§5.10: hours per local month, everyone together.</summary>
    public static BarChart MonthlyTotals(CommunityData data)
    {
        var months = VoiceTime.Periods(data.Range, LocalCalendar.MonthStart);
        var totals = new Dictionary<DateOnly, long>();
        foreach (var perMonth in VoiceTime.PerMemberAndPeriod(data.Spans, data.Range.Zone, LocalCalendar.MonthStart).Values)
        {
            foreach (var (month, ms) in perMonth) totals[month] = totals.GetValueOrDefault(month) + ms;
        }
        var bars = data.Spans.Count == 0 ? [] : months.Select(m => new Bar(LocalCalendar.MonthLabel(m), totals.GetValueOrDefault(m) / MsPerHour)).ToList();
        return new BarChart(Heading(data, "Total voice session time per month"), BarOrientation.Vertical, "Hours",
            bars, ChartColor.SkyBlue, NoLines, NoMarkers, ValueFormat: "#,0");
    }

    /// <summary>§5.11: one member's minutes per ISO week, titled with their total hours.</summary>
    public static LineChart MemberTimeline(CommunityData data, ulong userId)
    {
        var weeks = VoiceTime.Periods(data.Range, LocalCalendar.WeekStart);
        var mine = data.Spans.Where(s => s.UserId == userId).ToList();
        var perWeek = VoiceTime.PerMemberAndPeriod(mine, data.Range.Zone, LocalCalendar.WeekStart).GetValueOrDefault(userId) ?? [];
        var name = ChartLabels.Name(data.Name(userId));
        double hours = mine.Sum(s => s.DurationMs) / MsPerHour;
        var title = string.Create(CultureInfo.InvariantCulture, $"Weekly time played for {name} (total: {hours:0.#} hours)");
        IReadOnlyList<LinePanel> panels = mine.Count == 0 ? [] : [new LinePanel(name, [new Series(name, Minutes(perWeek, weeks), ChartColor.Blue)])];
        return new LineChart(Heading(data, title), "Minutes per week", [.. weeks.Select(LocalCalendar.DayLabel)], panels);
    }

    /// <summary>§5.14: distinct members in voice per local day, with the approximate Siege season starts marked.</summary>
    public static BarChart UniqueMembersPerDay(CommunityData data)
    {
        var days = VoiceTime.UniqueMembersPerDay(data.Spans, data.Range);
        var bars = data.Spans.Count == 0 ? [] : days.Select(d => new Bar(LocalCalendar.DayLabel(d.Day), d.Members)).ToList();
        var markers = bars.Count == 0 ? [] : days.Select((d, i) => (d.Day, i))
            .Where(d => d.Day.Day == 1 && d.Day.Month % 3 == 0)
            .Select(d => new CategoryMarker(d.i, SeasonLabel(d.Day), ChartColor.Red))
            .ToList();
        return new BarChart(Heading(data, "Unique members in voice per day"), BarOrientation.Vertical, "Members",
            bars, ChartColor.SkyBlue, NoLines, markers, IntegerTicks: true, ValueFormat: "0");
    }

    /// <summary>"Y{year-2015}S{n}": seasons start around the 1st of March (S1), June, September and December (S4).</summary>
    public static string SeasonLabel(DateOnly day) =>
        string.Create(CultureInfo.InvariantCulture, $"Y{day.Year - 2015}S{day.Month / 3}");

    private static readonly IReadOnlyList<string> Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    private static ChartHeading Heading(CommunityData data, string title) => new(title, data.Range.Subtitle);

    private static List<double> Hours(Dictionary<DateOnly, long> perPeriod, List<DateOnly> periods) =>
        [.. periods.Select(p => perPeriod.GetValueOrDefault(p) / MsPerHour)];

    private static List<double> Minutes(Dictionary<DateOnly, long> perPeriod, List<DateOnly> periods) =>
        [.. periods.Select(p => Math.Round(perPeriod.GetValueOrDefault(p) / MsPerMinute))];
}
