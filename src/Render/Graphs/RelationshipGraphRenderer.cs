using GameTime.Render.Fonts;
using GameTime.Render.Text;
using SkiaSharp;

namespace GameTime.Render.Graphs;

/// <summary>
/// The 2D community picture (/modshowcommunity, admin menu [1]): members as dots coloured by Louvain community and
/// sized by their time with others, the backbone of their ties as lines as wide as the hours together, names placed
/// where they cover the least, and a legend naming each group's members.
/// </summary>
public static class RelationshipGraphRenderer
{
    public const int Width = 1600;
    public const int Height = 1000;
    internal static readonly SKColor Background = new(0x1E, 0x1F, 0x22);
    internal static readonly SKColor Ink = new(0xF2, 0xF3, 0xF5);
    internal static readonly SKColor Muted = new(0xB5, 0xBA, 0xC1);

    // the drawing sits left of the legend panel, under the title
    private static readonly SKRect Plot = new(24, 104, GraphLegend.Left - 24, Height - 24);
    private const float MaxEdgeWidth = 10;

    /// <summary>Line width for an edge carrying <paramref name="share"/> of the strongest edge's time (linear, 1 to 10 px).</summary>
    internal static float EdgeWidth(double share) => 1 + (MaxEdgeWidth - 1) * (float)share;

    public static byte[] Render(RelationshipGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        using var surface = PngImage.CreateSurface(Width, Height);
        var canvas = surface.Canvas;
        canvas.Clear(Background);
        DrawHeader(canvas, graph);
        if (graph.Nodes.Count == 0)
        {
            DrawEmpty(canvas);
            return PngImage.Encode(surface);
        }
        var analysis = GraphAnalysis.Of(graph, dimensions: 2);
        var crowded = graph.Nodes.Count > 60;
        var radius = NodeRadii(analysis, crowded);
        var centre = Project(analysis.Positions, radius, crowded);
        DrawEdges(canvas, analysis, centre);
        DrawNodes(canvas, analysis, centre, radius);
        var hidden = DrawLabels(canvas, analysis, centre, radius, crowded);
        GraphLegend.Draw(canvas, analysis, hidden);
        return PngImage.Encode(surface);
    }

    private static void DrawHeader(SKCanvas canvas, RelationshipGraph graph)
    {
        using var ink = new SKPaint { Color = Ink, IsAntialias = true };
        using var muted = new SKPaint { Color = Muted, IsAntialias = true };
        using var title = new SKFont(FontLibrary.Bold, 32);
        using var subtitle = new SKFont(FontLibrary.Regular, 20);
        canvas.DrawText(SafeText.Fit(graph.Title, title, Width - 48), 24, 52, SKTextAlign.Left, title, ink);
        canvas.DrawText(SafeText.Fit(graph.Subtitle, subtitle, Width - 48), 24, 84, SKTextAlign.Left, subtitle, muted);
    }

    private static void DrawEmpty(SKCanvas canvas)
    {
        using var ink = new SKPaint { Color = Ink, IsAntialias = true };
        using var muted = new SKPaint { Color = Muted, IsAntialias = true };
        using var big = new SKFont(FontLibrary.Bold, 40);
        using var small = new SKFont(FontLibrary.Regular, 22);
        canvas.DrawText("No voice time together in this range", Width / 2f, Height / 2f, SKTextAlign.Center, big, ink);
        canvas.DrawText("Members appear here once two of them have shared a voice channel.",
            Width / 2f, Height / 2f + 44, SKTextAlign.Center, small, muted);
    }

    /// <summary>Dot radius grows with the square root of total time, so area follows time.</summary>
    private static float[] NodeRadii(GraphAnalysis analysis, bool crowded)
    {
        var n = analysis.Graph.Nodes.Count;
        var (small, large) = crowded ? (5f, 15f) : (8f, 24f);
        var most = 0.0;
        for (var i = 0; i < n; i++) most = Math.Max(most, analysis.TotalSeconds(i));
        var radius = new float[n];
        for (var i = 0; i < n; i++)
        {
            radius[i] = most > 0 ? small + (large - small) * (float)Math.Sqrt(analysis.TotalSeconds(i) / most) : large;
        }
        return radius;
    }

    /// <summary>Stretches the layout to fill the plot, leaving room for dots and the names under them.</summary>
    private static SKPoint[] Project(NodePositions positions, float[] radius, bool crowded)
    {
        var n = positions.Count;
        float minX = float.MaxValue, maxX = float.MinValue, minY = float.MaxValue, maxY = float.MinValue;
        for (var i = 0; i < n; i++)
        {
            minX = Math.Min(minX, positions[i, 0]);
            maxX = Math.Max(maxX, positions[i, 0]);
            minY = Math.Min(minY, positions[i, 1]);
            maxY = Math.Max(maxY, positions[i, 1]);
        }
        var padX = crowded ? 60f : 90f;
        var padY = 30f + radius.Max();
        var area = new SKRect(Plot.Left + padX, Plot.Top + padY, Plot.Right - padX, Plot.Bottom - padY);
        var centre = new SKPoint[n];
        for (var i = 0; i < n; i++)
        {
            var x = maxX > minX ? (positions[i, 0] - minX) / (maxX - minX) : 0.5f;
            var y = maxY > minY ? (positions[i, 1] - minY) / (maxY - minY) : 0.5f;
            centre[i] = new SKPoint(area.Left + x * area.Width, area.Top + y * area.Height);
        }
        return centre;
    }

    private static void DrawEdges(SKCanvas canvas, GraphAnalysis analysis, SKPoint[] centre)
    {
        var edges = analysis.Graph.Edges;
        var community = analysis.Partition.Community;
        // light first, so the strong ties are drawn over the weak ones
        var order = Enumerable.Range(0, edges.Count).Where(analysis.IsDrawn)
            .OrderBy(e => edges[e].Weight).ThenBy(e => e);
        using var paint = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeCap = SKStrokeCap.Round };
        foreach (var e in order)
        {
            var edge = edges[e];
            var share = (float)(edge.Weight / analysis.StrongestEdge);
            var together = community[edge.A] == community[edge.B];
            paint.StrokeWidth = EdgeWidth(share);
            paint.Color = together
                ? CommunityPalette.For(community[edge.A]).WithAlpha((byte)(110 + 100 * share))
                : CommunityPalette.Other.WithAlpha((byte)(60 + 70 * share));
            canvas.DrawLine(centre[edge.A], centre[edge.B], paint);
        }
    }

    private static void DrawNodes(SKCanvas canvas, GraphAnalysis analysis, SKPoint[] centre, float[] radius)
    {
        var community = analysis.Partition.Community;
        using var fill = new SKPaint { IsAntialias = true };
        using var rim = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 2, Color = Background };
        // the busiest members last, so their dots sit on top
        foreach (var i in analysis.ByTotalTime().Reverse())
        {
            fill.Color = CommunityPalette.For(GraphLegend.ColourIndex(analysis, community[i]));
            canvas.DrawCircle(centre[i], radius[i], fill);
            canvas.DrawCircle(centre[i], radius[i], rim);
        }
    }

    /// <summary>Draws the names; returns how many were left out because no spot was free.</summary>
    private static int DrawLabels(SKCanvas canvas, GraphAnalysis analysis, SKPoint[] centre, float[] radius, bool crowded)
    {
        var names = analysis.Graph.Nodes;
        using var font = new SKFont(FontLibrary.Regular, crowded ? 14 : 18);
        var maxWidth = crowded ? 120f : 180f;
        var text = new string[names.Count];
        var nodes = new LabelPlacer.Node[names.Count];
        for (var i = 0; i < names.Count; i++)
        {
            text[i] = SafeText.Fit(names[i], font, maxWidth);
            nodes[i] = new LabelPlacer.Node(centre[i], radius[i], font.MeasureText(text[i]));
        }
        var metrics = font.Metrics;
        var height = metrics.Descent - metrics.Ascent;
        var boxes = LabelPlacer.Place(nodes, analysis.ByTotalTime(), height,
            new SKRect(Plot.Left, Plot.Top, Plot.Right, Plot.Bottom), hideOnOverlap: crowded);

        using var halo = new SKPaint
        {
            IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 4, StrokeJoin = SKStrokeJoin.Round,
            Color = Background.WithAlpha(220),
        };
        using var ink = new SKPaint { IsAntialias = true, Color = Ink };
        var hidden = 0;
        for (var i = 0; i < names.Count; i++)
        {
            if (boxes[i] is not { } box)
            {
                hidden++;
                continue;
            }
            var baseline = box.Bottom - metrics.Descent;
            canvas.DrawText(text[i], box.Left, baseline, SKTextAlign.Left, font, halo);
            canvas.DrawText(text[i], box.Left, baseline, SKTextAlign.Left, font, ink);
        }
        return hidden;
    }
}
