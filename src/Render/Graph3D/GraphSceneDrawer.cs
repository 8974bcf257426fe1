using GameTime.Render.Fonts;
using GameTime.Render.Text;
using SkiaSharp;

namespace GameTime.Render.Graph3D;

/// <summary>
/// Draws the scene at one rotation angle with the painter's algorithm: edges and nodes sorted far to near, edges
/// fading with depth, nodes as shaded discs, and the names of the nearest nodes that have room on top.
/// </summary>
internal sealed class GraphSceneDrawer : IDisposable
{
    private static readonly SKColor s_crossEdge = new(0xA4, 0xAC, 0xC8);
    private const float LabelMaxWidth = 140;

    private readonly RotatingGraph _graph;
    private readonly SceneCamera _camera;
    private readonly int _maxLabels;
    private readonly SKRect _area;
    private readonly ScreenPoint[] _points;
    private readonly DrawItem[] _items;
    private readonly string[] _labels;
    private readonly float[] _labelWidths;
    private readonly List<SKRect> _placed = [];
    private readonly SKFont _labelFont = new(FontLibrary.Regular, 12) { Subpixel = true };
    private readonly SKPaint _edge = new() { IsAntialias = true, IsStroke = true, StrokeCap = SKStrokeCap.Butt };
    private readonly SKPaint _disc = new() { IsAntialias = true };
    private readonly SKPaint _rim = new() { IsAntialias = true, IsStroke = true, StrokeWidth = 1 };
    private readonly SKPaint _halo = new() { IsAntialias = true, IsStroke = true, StrokeWidth = 3, StrokeJoin = SKStrokeJoin.Round, Color = GraphOverlay.Background };
    private readonly SKPaint _labelPaint = new() { IsAntialias = true };

    /// <summary>Something to paint, ordered by depth; kind 0 (edge) before kind 1 (node) at equal depth.</summary>
    private readonly record struct DrawItem(float Depth, int Kind, int Index) : IComparable<DrawItem>
    {
        public int CompareTo(DrawItem other)
        {
            var byDepth = Depth.CompareTo(other.Depth);
            if (byDepth != 0) return byDepth;
            return Kind != other.Kind ? Kind.CompareTo(other.Kind) : Index.CompareTo(other.Index);
        }
    }

    public GraphSceneDrawer(RotatingGraph graph, SKRect area, float tiltDegrees, int maxLabels)
    {
        _graph = graph;
        _area = area;
        _maxLabels = maxLabels;
        var half = (Math.Min(area.Width, area.Height) / 2) - MaxNodeRadius;
        _camera = new SceneCamera(graph.Nodes, area.MidX, area.MidY, Math.Max(half, 10), tiltDegrees);
        _points = new ScreenPoint[graph.Nodes.Count];
        _items = new DrawItem[graph.Nodes.Count + graph.Edges.Count];
        _labels = new string[graph.Nodes.Count];
        _labelWidths = new float[graph.Nodes.Count];
        for (var i = 0; i < graph.Nodes.Count; i++)
        {
            _labels[i] = SafeText.Fit(graph.Nodes[i].Label, _labelFont, LabelMaxWidth);
            _labelWidths[i] = _labelFont.MeasureText(_labels[i]);
        }
    }

    private static float MaxNodeRadius => NodeRadius(1, SceneCamera.MaxScale);

    private static float NodeRadius(float size, float scale) => (3.5f + (7.5f * Math.Clamp(size, 0, 1))) * scale;

    /// <summary>0 for the farthest point of the scene, 1 for the nearest.</summary>
    private static float Nearness(float depth) => (depth + 1) / 2;

    public void Draw(SKCanvas canvas, float angle)
    {
        var nodes = _graph.Nodes;
        var edges = _graph.Edges;
        for (var i = 0; i < nodes.Count; i++)
        {
            _points[i] = _camera.Project(nodes[i], angle);
            _items[i] = new DrawItem(_points[i].Depth, 1, i);
        }
        for (var e = 0; e < edges.Count; e++)
        {
            var depth = (_points[edges[e].A].Depth + _points[edges[e].B].Depth) / 2;
            _items[nodes.Count + e] = new DrawItem(depth, 0, e);
        }
        Array.Sort(_items);

        canvas.Save();
        canvas.ClipRect(_area);
        foreach (var item in _items)
        {
            if (item.Kind == 0) DrawEdge(canvas, edges[item.Index]);
            else DrawNode(canvas, nodes[item.Index], _points[item.Index]);
        }
        DrawLabels(canvas);
        canvas.Restore();
    }

    private void DrawEdge(SKCanvas canvas, GraphEdge3D edge)
    {
        var a = _points[edge.A];
        var b = _points[edge.B];
        var width = Math.Clamp(edge.Width, 0, 1);
        var nearness = Nearness((a.Depth + b.Depth) / 2);
        var colorA = _graph.Nodes[edge.A].Color;
        var color = colorA == _graph.Nodes[edge.B].Color ? colorA : s_crossEdge;
        var alpha = (0.12f + (0.5f * width)) * (0.3f + (0.7f * nearness));
        var stroke = (0.6f + (2.2f * width)) * (a.Scale + b.Scale) / 2;
        // a 1-pixel hairline is many times cheaper than a stroked path; below 2 pixels it stands in for the
        // thicker line with its ink spread into alpha, which looks the same at this size
        if (stroke < 2)
        {
            alpha *= stroke;
            stroke = 0;
        }
        _edge.Color = color.WithAlpha((byte)Math.Min(255, alpha * 255));
        _edge.StrokeWidth = stroke;
        canvas.DrawLine(a.X, a.Y, b.X, b.Y, _edge);
    }

    private void DrawNode(SKCanvas canvas, GraphNode3D node, ScreenPoint point)
    {
        var radius = NodeRadius(node.Size, point.Scale);
        // far nodes sink into the background a little, which reads as depth
        var fog = 0.45f * (1 - Nearness(point.Depth));
        var color = Mix(node.Color, GraphOverlay.Background, fog);
        SKColor[] colors = [Mix(color, SKColors.White, 0.55f), color, Mix(color, SKColors.Black, 0.45f)];
        using var shader = SKShader.CreateRadialGradient(
            new SKPoint(point.X - (radius * 0.35f), point.Y - (radius * 0.4f)), radius * 1.35f, colors, [0, 0.5f, 1], SKShaderTileMode.Clamp);
        _disc.Shader = shader;
        canvas.DrawCircle(point.X, point.Y, radius, _disc);
        _disc.Shader = null;
        _rim.Color = Mix(color, SKColors.Black, 0.6f);
        canvas.DrawCircle(point.X, point.Y, radius, _rim);
    }

    private void DrawLabels(SKCanvas canvas)
    {
        _placed.Clear();
        // nearest first: they win the space, and only the front half of the scene is named
        var order = Enumerable.Range(0, _points.Length).Where(i => _points[i].Depth > 0 && _labels[i].Length > 0)
            .OrderByDescending(i => _points[i].Depth).ThenBy(i => i);
        foreach (var i in order)
        {
            if (_placed.Count >= _maxLabels) break;
            var point = _points[i];
            var baseline = point.Y - NodeRadius(_graph.Nodes[i].Size, point.Scale) - 4;
            var box = new SKRect(point.X - (_labelWidths[i] / 2) - 3, baseline - 12, point.X + (_labelWidths[i] / 2) + 3, baseline + 4);
            if (!_area.Contains(box) || _placed.Exists(other => other.IntersectsWith(box))) continue;
            _placed.Add(box);
            _labelPaint.Color = SKColors.White.WithAlpha((byte)(255 * (0.55f + (0.45f * point.Depth))));
            canvas.DrawText(_labels[i], point.X, baseline, SKTextAlign.Center, _labelFont, _halo);
            canvas.DrawText(_labels[i], point.X, baseline, SKTextAlign.Center, _labelFont, _labelPaint);
        }
    }

    private static SKColor Mix(SKColor from, SKColor to, float amount) => new(
        (byte)(from.Red + ((to.Red - from.Red) * amount)),
        (byte)(from.Green + ((to.Green - from.Green) * amount)),
        (byte)(from.Blue + ((to.Blue - from.Blue) * amount)));

    public void Dispose()
    {
        _labelFont.Dispose();
        _edge.Dispose();
        _disc.Dispose();
        _rim.Dispose();
        _halo.Dispose();
        _labelPaint.Dispose();
    }
}
