using GameTime.Features.Analytics;
using GameTime.Render.Charts;
using GameTime.Render.Graph3D;
using GameTime.Render.Graphs;

namespace GameTime.Features.Admin;

/// <summary>One chart of the admin console: its menu key (as in the original's list), CLI name and renderer.</summary>
/// <param name="NeedsMember">The chart is about one member (the single-member timeline).</param>
public sealed record AdminChart(string Key, string Name, string Title, string Extension, bool NeedsMember,
    Func<CommunityData, ulong, byte[]> Render);

/// <summary>The community charts the admin console and `gametime admin &lt;chart&gt;` can render (spec §5.17's list, plus operators).</summary>
public static class AdminCharts
{
    public static readonly IReadOnlyList<AdminChart> All =
    [
        new("1", "community", "Community graph, 2D", "png", false, (d, _) => RelationshipGraphRenderer.Render(CommunityCharts.Relationships(d))),
        new("2", "community-3d", "Community graph, 3D (rotating GIF)", "gif", false,
            (d, _) => RotatingGraphRenderer.Render(RelationshipScene.From(CommunityCharts.Relationships(d)))),
        new("3", "duo", "Duo time (top 50 pairs)", "png", false, (d, _) => BarChartRenderer.Render(CommunityCharts.DuoTime(d))),
        new("4", "total", "Total voice time (top 30)", "png", false, (d, _) => BarChartRenderer.Render(CommunityCharts.TotalVoiceTime(d))),
        new("5", "inactive", "Inactive members (top 50)", "png", false, (d, _) => BarChartRenderer.Render(CommunityCharts.InactiveMembers(d))),
        new("6", "weekday", "Weekday activity matrix", "png", false, (d, _) => HeatmapRenderer.Render(CommunityCharts.WeekdayActivity(d))),
        new("7", "per-month", "Voice time per month, stacked", "png", false, (d, _) => StackedBarChartRenderer.Render(CommunityCharts.VoicePerMonth(d))),
        new("8", "weekly", "Weekly timeline (top 30)", "png", false, (d, _) => LineChartRenderer.Render(CommunityCharts.WeeklyTimeline(d))),
        new("9", "monthly", "Monthly total voice time", "png", false, (d, _) => BarChartRenderer.Render(CommunityCharts.MonthlyTotals(d))),
        new("a", "member", "Timeline of one member", "png", true, (d, m) => LineChartRenderer.Render(CommunityCharts.MemberTimeline(d, m))),
        new("b", "in-server", "Rate of playing matches in the server", "png", false, (d, _) => BarChartRenderer.Render(CommunityCharts.InServerRate(d))),
        new("c", "win-rate", "Win rate in the server vs outside", "png", false, (d, _) => GroupedBarChartRenderer.Render(CommunityCharts.WinRateInVsOut(d))),
        new("d", "unique-per-day", "Unique members per day", "png", false, (d, _) => BarChartRenderer.Render(CommunityCharts.UniqueMembersPerDay(d))),
        new("e", "operators", "Operators per member", "png", false, (d, _) => HeatmapRenderer.Render(CommunityCharts.Operators(d))),
    ];

    /// <summary>The chart with this CLI name or menu key (case-insensitive), else null.</summary>
    public static AdminChart? Find(string nameOrKey) =>
        All.FirstOrDefault(c => string.Equals(c.Name, nameOrKey, StringComparison.OrdinalIgnoreCase)
            || string.Equals(c.Key, nameOrKey, StringComparison.OrdinalIgnoreCase));

    public static string Names => string.Join(", ", All.Select(c => c.Name));
}
