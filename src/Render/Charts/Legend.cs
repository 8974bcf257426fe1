using SkiaSharp;

namespace GameTime.Render.Charts;

/// <summary>What a legend entry shows beside its label.</summary>
internal enum LegendMark
{
    /// <summary>A filled square: a bar series.</summary>
    Swatch,
    /// <summary>A short dashed line: a reference line or a category marker.</summary>
    DashedLine,
    /// <summary>A line through a dot: a line series.</summary>
    LineAndDot,
}

internal sealed record LegendEntry(string Label, SKColor Color, LegendMark Mark);

/// <summary>
/// Legends drawn outside the plot so they never cover a bar or a point: a wrapping row under the heading, or a
/// column beside the plot (the stacked chart's members, a timeline panel's members).
/// </summary>
internal static class Legend
{
    private const float MarkWidth = 34;
    private const float MarkGap = 8;
    private const float EntryGap = 28;
    private const float RowHeight = 32;
    private const float MaxRowLabel = 320;

    /// <summary>Height the row layout takes at <paramref name="maxWidth"/>; 0 when there is nothing to list.</summary>
    public static float RowsHeight(IReadOnlyList<LegendEntry> entries, SKFont font, float maxWidth) =>
        entries.Count == 0 ? 0 : LayoutRows(entries, font, maxWidth).Rows * RowHeight + 8;

    public static void DrawRows(ChartCanvas canvas, IReadOnlyList<LegendEntry> entries, float x, float y, float maxWidth)
    {
        var (positions, _) = LayoutRows(entries, canvas.Legend, maxWidth);
        for (var i = 0; i < entries.Count; i++)
        {
            var (dx, row) = positions[i];
            DrawEntry(canvas, entries[i], x + dx, y + row * RowHeight + RowHeight / 2, MaxRowLabel);
        }
    }

    /// <summary>The width a column legend needs, capped at <paramref name="maxWidth"/> (long names are then cut).</summary>
    public static float ColumnWidth(string? title, IReadOnlyList<LegendEntry> entries, ChartFonts fonts, float maxWidth)
    {
        var widest = title is null ? 0 : ChartCanvas.Measure(title, fonts.LegendTitle);
        foreach (var entry in entries) widest = Math.Max(widest, MarkWidth + MarkGap + ChartCanvas.Measure(entry.Label, fonts.Legend));
        return Math.Min(widest + 4, maxWidth);
    }

    public static float ColumnHeight(string? title, int entryCount) => (title is null ? 0 : RowHeight) + entryCount * RowHeight;

    public static void DrawColumn(ChartCanvas canvas, string? title, IReadOnlyList<LegendEntry> entries, float x, float y, float width)
    {
        if (title is not null)
        {
            canvas.TextMiddle(title, x, y + RowHeight / 2, canvas.LegendTitle, ChartTheme.Text, maxWidth: width);
            y += RowHeight;
        }
        foreach (var entry in entries)
        {
            DrawEntry(canvas, entry, x, y + RowHeight / 2, width - MarkWidth - MarkGap);
            y += RowHeight;
        }
    }

    private static void DrawEntry(ChartCanvas canvas, LegendEntry entry, float x, float middleY, float labelWidth)
    {
        switch (entry.Mark)
        {
            case LegendMark.Swatch:
                canvas.Fill(new SKRect(x + 6, middleY - 11, x + 28, middleY + 11), entry.Color);
                break;
            case LegendMark.DashedLine:
                canvas.Line(x, middleY, x + MarkWidth, middleY, entry.Color, 3, dashed: true);
                break;
            case LegendMark.LineAndDot:
                canvas.Line(x, middleY, x + MarkWidth, middleY, entry.Color, 3);
                canvas.Circle(x + MarkWidth / 2, middleY, 5, entry.Color, entry.Color);
                break;
        }
        canvas.TextMiddle(entry.Label, x + MarkWidth + MarkGap, middleY, canvas.Legend, ChartTheme.Text, maxWidth: labelWidth);
    }

    private static (List<(float X, int Row)> Positions, int Rows) LayoutRows(IReadOnlyList<LegendEntry> entries, SKFont font, float maxWidth)
    {
        var positions = new List<(float, int)>(entries.Count);
        float x = 0;
        var row = 0;
        foreach (var entry in entries)
        {
            var width = MarkWidth + MarkGap + Math.Min(MaxRowLabel, ChartCanvas.Measure(entry.Label, font));
            if (x > 0 && x + width > maxWidth)
            {
                row++;
                x = 0;
            }
            positions.Add((x, row));
            x += width + EntryGap;
        }
        return (positions, row + 1);
    }
}
