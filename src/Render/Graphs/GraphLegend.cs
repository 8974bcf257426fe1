using System.Globalization;
using GameTime.Render.Fonts;
using GameTime.Render.Text;
using SkiaSharp;

namespace GameTime.Render.Graphs;

/// <summary>
/// The panel right of the graph: each coloured group with its size and its busiest members, then the key to the
/// lines (width = hours together, colour = same group or between groups) and how much was thinned or hidden.
/// </summary>
internal static class GraphLegend
{
    public const float Left = 1236;
    private const float Right = RelationshipGraphRenderer.Width - 24;
    private const int MembersListed = 8;

    /// <summary>The palette slot of a community: its own colour, or -1 (grey) past the palette or when it is one member.</summary>
    public static int ColourIndex(GraphAnalysis analysis, int community) =>
        community < CommunityPalette.Distinct && analysis.Partition.Sizes()[community] >= 2 ? community : -1;

    public static void Draw(SKCanvas canvas, GraphAnalysis analysis, int hiddenNames)
    {
        using var ink = new SKPaint { Color = RelationshipGraphRenderer.Ink, IsAntialias = true };
        using var muted = new SKPaint { Color = RelationshipGraphRenderer.Muted, IsAntialias = true };
        using var heading = new SKFont(FontLibrary.Bold, 22);
        using var group = new SKFont(FontLibrary.Bold, 18);
        using var body = new SKFont(FontLibrary.Regular, 16);
        using var panel = new SKPaint { Color = new SKColor(0x2B, 0x2D, 0x31), IsAntialias = true };
        canvas.DrawRoundRect(new SKRect(Left - 12, 104, Right + 8, RelationshipGraphRenderer.Height - 24), 10, 10, panel);

        var y = 136f;
        canvas.DrawText("Groups", Left, y, SKTextAlign.Left, heading, ink);
        y += 14;
        var sizes = analysis.Partition.Sizes();
        var byTime = analysis.ByTotalTime();
        var (alone, moreGroups, moreMembers) = (0, 0, 0);
        using var dot = new SKPaint { IsAntialias = true };
        for (var c = 0; c < sizes.Count; c++)
        {
            if (ColourIndex(analysis, c) < 0)
            {
                if (sizes[c] == 1) alone++;
                else (moreGroups, moreMembers) = (moreGroups + 1, moreMembers + sizes[c]);
                continue;
            }
            y += 28;
            dot.Color = CommunityPalette.For(c);
            canvas.DrawCircle(Left + 9, y - 6, 9, dot);
            var name = string.Create(CultureInfo.InvariantCulture, $"Group {c + 1}");
            canvas.DrawText(name, Left + 26, y, SKTextAlign.Left, group, ink);
            var count = Members(sizes[c]);
            canvas.DrawText(count, Left + 26 + group.MeasureText(name) + 10, y, SKTextAlign.Left, body, muted);
            var top = byTime.Where(i => analysis.Partition.Community[i] == c).Take(MembersListed)
                .Select(i => SafeText.Drawable(analysis.Graph.Nodes[i], body.Typeface)).ToList();
            foreach (var line in Wrap(top, body, Right - Left - 26, maxLines: 2, more: sizes[c] > MembersListed))
            {
                y += 21;
                canvas.DrawText(line, Left + 26, y, SKTextAlign.Left, body, muted);
            }
        }
        dot.Color = CommunityPalette.Other;
        if (moreGroups > 0)
        {
            y += 28;
            canvas.DrawCircle(Left + 9, y - 6, 9, dot);
            var text = string.Create(CultureInfo.InvariantCulture, $"{Members(moreMembers)} in {moreGroups} more {(moreGroups == 1 ? "group" : "groups")}");
            canvas.DrawText(text, Left + 26, y, SKTextAlign.Left, body, muted);
        }
        if (alone > 0)
        {
            y += 28;
            canvas.DrawCircle(Left + 9, y - 6, 9, dot);
            canvas.DrawText(Members(alone) + " with no group", Left + 26, y, SKTextAlign.Left, body, muted);
        }
        DrawLineKey(canvas, analysis, hiddenNames, ink, muted, group, body);
    }

    private static void DrawLineKey(SKCanvas canvas, GraphAnalysis analysis, int hiddenNames,
        SKPaint ink, SKPaint muted, SKFont group, SKFont body)
    {
        var y = RelationshipGraphRenderer.Height - 210f;
        if (analysis.StrongestEdge <= 0)
        {
            canvas.DrawText("No two members shared voice time", Left, y + 100, SKTextAlign.Left, body, muted);
            canvas.DrawText("in this range.", Left, y + 121, SKTextAlign.Left, body, muted);
            return;
        }
        canvas.DrawText("Line width: hours together", Left, y, SKTextAlign.Left, group, ink);
        using var line = new SKPaint
        {
            IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeCap = SKStrokeCap.Round, Color = CommunityPalette.Other,
        };
        // two samples drawn exactly as wide as an edge of that weight
        line.StrokeWidth = RelationshipGraphRenderer.EdgeWidth(0.25);
        canvas.DrawLine(Left + 4, y + 22, Left + 64, y + 22, line);
        canvas.DrawText(Hours(analysis.StrongestEdge / 4), Left + 76, y + 28, SKTextAlign.Left, body, muted);
        line.StrokeWidth = RelationshipGraphRenderer.EdgeWidth(1);
        canvas.DrawLine(Left + 164, y + 22, Left + 224, y + 22, line);
        canvas.DrawText(Hours(analysis.StrongestEdge), Left + 236, y + 28, SKTextAlign.Left, body, muted);
        var notes = new List<string>
        {
            "Coloured line: both in one group",
            "Grey line: between groups",
            string.Create(CultureInfo.InvariantCulture, $"Drawn: {analysis.DrawnCount} of {Count(analysis.Graph.Edges)} ties, each member's"),
            "strongest and the top 10%. Dot size: time",
            "with others.",
        };
        if (hiddenNames > 0) notes.Add(string.Create(CultureInfo.InvariantCulture, $"{hiddenNames} {(hiddenNames == 1 ? "name" : "names")} hidden to avoid overlap."));
        var lineY = y + 60;
        foreach (var note in notes)
        {
            canvas.DrawText(SafeText.Fit(note, body, Right - Left), Left, lineY, SKTextAlign.Left, body, muted);
            lineY += 21;
        }
    }

    private static int Count(IReadOnlyList<GraphEdge> edges) => edges.Count(WeightedGraph.Carries);

    private static string Members(int count) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? "member" : "members")}");

    /// <summary>"0.4 h", "3.5 h", "27 h": one decimal only while it still says something.</summary>
    internal static string Hours(double seconds)
    {
        var hours = seconds / 3600;
        return hours >= 10
            ? string.Create(CultureInfo.InvariantCulture, $"{hours:0} h")
            : string.Create(CultureInfo.InvariantCulture, $"{hours:0.#} h");
    }

    /// <summary>Names joined with commas over at most <paramref name="maxLines"/> lines, "…" when some are left out.</summary>
    private static List<string> Wrap(List<string> names, SKFont font, float width, int maxLines, bool more)
    {
        var lines = new List<string>();
        var current = "";
        foreach (var name in names)
        {
            var candidate = current.Length == 0 ? name : current + ", " + name;
            if (font.MeasureText(candidate) <= width || current.Length == 0)
            {
                current = candidate;
                continue;
            }
            lines.Add(current + ",");
            current = name;
            if (lines.Count == maxLines)
            {
                lines[^1] = lines[^1] + " …";  // more names than room: say so
                current = "";
                break;
            }
        }
        if (current.Length > 0) lines.Add(more ? current + ", …" : current);
        for (var i = 0; i < lines.Count; i++) lines[i] = SafeText.Fit(lines[i], font, width);
        return lines;
    }
}
