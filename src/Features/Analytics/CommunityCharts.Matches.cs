using GameTime.Render.Charts;

namespace GameTime.Features.Analytics;

// The charts over tracked matches (spec §5.12, §5.13, §5.15): does the community play together, and does it help?
public static partial class CommunityCharts
{
    /// <summary>
    /// §5.12: each member's share of tracked matches (every match type) played while in a voice channel, highest first,
    /// coloured ≥ 80 % green, ≥ 65 % purple, ≥ 50 % blue, else red, with lines at 50, 65 and 80 %.
    /// </summary>
    public static BarChart InServerRate(CommunityData data)
    {
        var bars = MatchPresence.Split(data.Matches, data.Spans)
            .OrderByDescending(m => m.InVoiceRate).ThenByDescending(m => m.Total).ThenBy(m => m.UserId)
            .Take(InServerTop)
            .Select(m => new Bar(ChartLabels.Name(data.Name(m.UserId)), Math.Round(m.InVoiceRate * 100, 1), RateColour(m.InVoiceRate * 100)))
            .ToList();
        return new BarChart(Heading(data, "Share of matches played in a voice channel"),
            BarOrientation.Horizontal, "Matches played during a voice session (%)", bars, ChartColor.Blue,
            [new ReferenceLine(50, "50 %", ChartColor.Blue), new ReferenceLine(65, "65 %", ChartColor.Purple), new ReferenceLine(80, "80 %", ChartColor.Green)],
            NoMarkers, ValueFormat: "0", ValueAxisMax: 100, TickStep: 5, ValueSuffix: " %");
    }

    public static ChartColor RateColour(double percent) => percent switch
    {
        >= 80 => ChartColor.Green,
        >= 65 => ChartColor.Purple,
        >= 50 => ChartColor.Blue,
        _ => ChartColor.Red,
    };

    /// <summary>
    /// §5.13: win rate during voice sessions (green) against outside them (red), sorted by the first; " *" marks a
    /// member who wins more in the server. Only members with matches both ways: one side alone has nothing to compare.
    /// </summary>
    public static GroupedBarChart WinRateInVsOut(CommunityData data)
    {
        var members = MatchPresence.Split(data.Matches, data.Spans)
            .Where(m => m.WinRateInVoice is not null && m.WinRateOutside is not null)
            .OrderByDescending(m => m.WinRateInVoice).ThenByDescending(m => m.Total).ThenBy(m => m.UserId)
            .Take(WinRateTop)
            .ToList();
        var names = members.Select(m => ChartLabels.Name(data.Name(m.UserId)) + (m.WinRateInVoice > m.WinRateOutside ? " *" : "")).ToList();
        return new GroupedBarChart(Heading(data, "Win rate in the server vs outside (* wins more in the server)"),
            "Matches won (%)", names,
            [
                new Series("In a voice session", [.. members.Select(m => Math.Round(m.WinRateInVoice!.Value * 100, 1))], ChartColor.Green),
                new Series("Outside", [.. members.Select(m => Math.Round(m.WinRateOutside!.Value * 100, 1))], ChartColor.Red),
            ],
            [new ReferenceLine(50, "50 %", ChartColor.Blue)], ValueAxisMax: 100, TickStep: 10, ValueSuffix: " %");
    }

    /// <summary>
    /// §5.15: how often each member played each operator. Columns are the members with the most matches (30), rows the
    /// operators they played most (40), so the picture stays readable at Discord's preview width.
    /// </summary>
    public static Heatmap Operators(CommunityData data)
    {
        var counts = MatchPresence.Operators(data.Matches);
        var members = data.Matches.GroupBy(m => m.UserId)
            .Where(g => counts.TryGetValue(g.Key, out var own) && own.Count > 0)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .Take(OperatorMembers).Select(g => g.Key).ToList();
        var operators = members.SelectMany(m => counts[m])
            .GroupBy(c => c.Key, StringComparer.Ordinal)
            .Select(g => (Name: g.Key, Total: g.Sum(c => c.Value)))
            .OrderByDescending(o => o.Total).ThenBy(o => o.Name, StringComparer.Ordinal)
            .Take(OperatorRows).Select(o => o.Name).ToList();
        return new Heatmap(Heading(data, "Operators played per member (matches)"), operators,
            [.. members.Select(m => ChartLabels.Name(data.Name(m), 16))],
            [.. operators.Select(op => (IReadOnlyList<double>)[.. members.Select(m => (double)counts[m].GetValueOrDefault(op))])]);
    }
}
