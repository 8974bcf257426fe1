using GameTime.Render.Fonts;
using GameTime.Render.Text;
using SkiaSharp;

namespace GameTime.Render.Graph3D;

/// <summary>
/// What stays still on every frame: title, subtitle and the community legend. Its areas never change between frames,
/// so the GIF's changed rectangles leave them out.
/// </summary>
internal sealed class GraphOverlay : IDisposable
{
    public static readonly SKColor Background = new(0x14, 0x16, 0x1C);
    private const float TitleBand = 78;
    private const float LegendRow = 22;
    private const int LegendColumns = 4;
    private const int LegendRows = 2;

    private readonly int _width;
    private readonly int _height;
    private readonly string _title;
    private readonly string _subtitle;
    private readonly List<(string Name, SKColor Color)> _legend = [];
    private readonly SKFont _titleFont = new(FontLibrary.Bold, 22) { Subpixel = true };
    private readonly SKFont _subtitleFont = new(FontLibrary.Regular, 14) { Subpixel = true };
    private readonly SKFont _legendFont = new(FontLibrary.Regular, 13) { Subpixel = true };
    private readonly SKPaint _text = new() { Color = SKColors.White, IsAntialias = true };
    private readonly SKPaint _muted = new() { Color = new SKColor(0xA8, 0xAE, 0xBD), IsAntialias = true };
    private readonly SKPaint _swatch = new() { IsAntialias = true };

    public GraphOverlay(RotatingGraph graph, int width, int height)
    {
        _width = width;
        _height = height;
        _title = SafeText.Fit(graph.Title, _titleFont, width - 40);
        _subtitle = SafeText.Fit(graph.Subtitle, _subtitleFont, width - 40);

        var columnWidth = ColumnWidth;
        var slots = LegendColumns * LegendRows;
        var shown = graph.Legend.Count <= slots ? graph.Legend.Count : slots - 1;
        for (var i = 0; i < shown; i++)
        {
            _legend.Add((SafeText.Fit(graph.Legend[i].Name, _legendFont, columnWidth - 26), graph.Legend[i].Color));
        }
        if (shown < graph.Legend.Count) _legend.Add(($"+{graph.Legend.Count - shown} more", SKColors.Empty));
    }

    private float ColumnWidth => (_width - 40f) / LegendColumns;

    private float LegendHeight => _legend.Count == 0 ? 0 : (((_legend.Count + LegendColumns - 1) / LegendColumns) * LegendRow) + 16;

    /// <summary>Where the scene may draw: between the title band and the legend.</summary>
    public SKRect SceneArea => new(0, TitleBand, _width, _height - LegendHeight - 6);

    public void Draw(SKCanvas canvas)
    {
        canvas.DrawText(_title, _width / 2f, 36, SKTextAlign.Center, _titleFont, _text);
        canvas.DrawText(_subtitle, _width / 2f, 60, SKTextAlign.Center, _subtitleFont, _muted);

        var top = _height - LegendHeight + 8;
        for (var i = 0; i < _legend.Count; i++)
        {
            var (name, color) = _legend[i];
            var x = 20 + (i % LegendColumns * ColumnWidth);
            var y = top + (i / LegendColumns * LegendRow) + 10;
            if (color != SKColors.Empty)
            {
                _swatch.Color = color;
                canvas.DrawCircle(x + 7, y, 6, _swatch);
            }
            canvas.DrawText(name, x + 20, y + 4.5f, SKTextAlign.Left, _legendFont, color == SKColors.Empty ? _muted : _text);
        }
    }

    /// <summary>The message an empty graph shows instead of a scene.</summary>
    public void DrawNoData(SKCanvas canvas)
    {
        var area = SceneArea;
        using var ring = new SKPaint { Color = new SKColor(0x3A, 0x3F, 0x4B), IsAntialias = true, IsStroke = true, StrokeWidth = 2 };
        canvas.DrawCircle(area.MidX, area.MidY, Math.Min(area.Width, area.Height) * 0.3f, ring);
        using var message = new SKFont(FontLibrary.Bold, 20) { Subpixel = true };
        canvas.DrawText("No relationship data", area.MidX, area.MidY - 4, SKTextAlign.Center, message, _text);
        canvas.DrawText("nobody spent time together in voice in this period", area.MidX, area.MidY + 22, SKTextAlign.Center, _subtitleFont, _muted);
    }

    public void Dispose()
    {
        _titleFont.Dispose();
        _subtitleFont.Dispose();
        _legendFont.Dispose();
        _text.Dispose();
        _muted.Dispose();
        _swatch.Dispose();
    }
}
