using SkiaSharp;

namespace GameTime.Render.Charts;

/// <summary>
/// Draws a <see cref="Heatmap"/>: rows of members (or operators) against columns (weekdays, or members), each cell
/// shaded on a sequential blue scale from 0 to the largest count with the count printed in a colour that contrasts
/// with its shade, zero cells left blank, and a colour bar giving the scale.
/// </summary>
public static class HeatmapRenderer
{
    private const float RowHeight = 34;
    private const float MinCellWidth = 40;
    private const float MaxCellWidth = 150;
    private const float MaxRowLabel = 280;
    private const float ColourBarWidth = 26;
    private const float ColourBarGap = 30;
    private const float MinColourBar = 200;
    private const float MaxWidenedWidth = 1280;
    private const float MaxColourBar = 520;

    public static byte[] Render(Heatmap chart)
    {
        Validate(chart);
        if (chart.RowLabels.Count == 0 || chart.ColumnLabels.Count == 0) return ChartFrame.NoData(chart.Heading);
        using var fonts = new ChartFonts();
        return Draw(chart, fonts);
    }

    /// <summary>Throws <see cref="ArgumentException"/> naming the first thing wrong with <paramref name="chart"/>.</summary>
    public static void Validate(Heatmap chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ChartValidation.Heading(chart.Heading, "heatmap");
        ChartValidation.Labels(chart.RowLabels, "the heatmap's row labels");
        ChartValidation.Labels(chart.ColumnLabels, "the heatmap's column labels");
        if (chart.Values is null) throw new ArgumentException("the heatmap's values must not be null");
        if (chart.Values.Count != chart.RowLabels.Count)
        {
            throw new ArgumentException($"the heatmap has {chart.Values.Count} rows of values but {chart.RowLabels.Count} row labels");
        }
        for (var r = 0; r < chart.Values.Count; r++)
        {
            var row = chart.Values[r] ?? throw new ArgumentException($"row '{chart.RowLabels[r]}' of the heatmap is null");
            if (row.Count != chart.ColumnLabels.Count)
            {
                throw new ArgumentException($"row '{chart.RowLabels[r]}' has {row.Count} values but the heatmap has {chart.ColumnLabels.Count} columns");
            }
            for (var c = 0; c < row.Count; c++) ChartValidation.NotNegative(row[c], $"cell ('{chart.RowLabels[r]}', '{chart.ColumnLabels[c]}')");
        }
    }

    private static byte[] Draw(Heatmap chart, ChartFonts fonts)
    {
        var rows = chart.RowLabels.Count;
        var columns = chart.ColumnLabels.Count;
        var max = chart.Values.Max(row => row.Count == 0 ? 0 : row.Max());
        var integral = chart.Values.All(row => row.All(value => value == Math.Floor(value)));
        var scale = NiceScale.For(0, max, 5, integral);

        var labelWidth = Math.Min(MaxRowLabel, chart.RowLabels.Max(label => ChartCanvas.Measure(label, fonts.Tick)));
        var left = ChartTheme.Margin + labelWidth + ValueAxis.TickGap;
        var barBlock = ColourBarGap + ColourBarWidth + ValueAxis.TickGap + ValueAxis.WidestTickLabel(fonts, scale) + ChartTheme.Margin;
        // many columns (operators x members) widen the picture rather than squeezing the counts out of their cells
        var cellWidth = Math.Clamp((ChartTheme.Width - left - barBlock) / columns, MinCellWidth, MaxCellWidth);
        // a handful of columns (the weekdays) rather widen a little than turn "Wednesday" on its side, but not so much
        // that Discord's ~550 px preview shrinks all the text
        var widestColumn = chart.ColumnLabels.Max(label => ChartCanvas.Measure(label, fonts.Tick)) + 14;
        if (columns <= 12 && widestColumn > cellWidth && left + columns * widestColumn + barBlock <= MaxWidenedWidth) cellWidth = widestColumn;
        var width = (int)Math.Ceiling(Math.Max(ChartTheme.Width, left + columns * cellWidth + barBlock));
        var plan = CategoryLabels.Plan(chart.ColumnLabels, cellWidth, fonts.Tick);
        var top = ChartFrame.HeadingBottom(chart.Heading) + plan.Height;
        var grid = new SKRect(left, top, left + columns * cellWidth, top + rows * RowHeight);
        var colourBar = new SKRect(grid.Right + ColourBarGap, grid.Top, grid.Right + ColourBarGap + ColourBarWidth,
            grid.Top + Math.Clamp(grid.Height, MinColourBar, MaxColourBar));
        var height = (int)Math.Ceiling(Math.Max(grid.Bottom, colourBar.Bottom + ChartTheme.TickSize / 2) + ChartTheme.Margin);

        using var canvas = new ChartCanvas(width, height, fonts);
        ChartFrame.DrawHeading(canvas, chart.Heading);
        DrawColumnLabels(canvas, chart.ColumnLabels, plan, grid, cellWidth);
        for (var r = 0; r < rows; r++)
        {
            var y = grid.Top + r * RowHeight;
            canvas.TextMiddle(chart.RowLabels[r], grid.Left - ValueAxis.TickGap, y + RowHeight / 2, canvas.Tick, ChartTheme.Text,
                SKTextAlign.Right, MaxRowLabel);
            canvas.Line(grid.Left, y + RowHeight, grid.Right, y + RowHeight, ChartTheme.Grid, 1);
            for (var c = 0; c < columns; c++)
            {
                var value = chart.Values[r][c];
                if (value == 0 && chart.MaskZeros) continue;
                var cell = new SKRect(grid.Left + c * cellWidth, y, grid.Left + (c + 1) * cellWidth, y + RowHeight);
                // the darkest blue is the largest count, as in the original's seaborn map
                var shade = ChartPalette.Blues(max > 0 ? value / max : 0);
                canvas.Fill(cell, shade.ToSk());
                var text = ValueAxis.FormatValue(value, chart.ValueFormat, "");
                if (ChartCanvas.Measure(text, canvas.Value) + 6 > cellWidth) continue;
                var ink = ChartPalette.NeedsLightText(shade) ? SKColors.White : ChartTheme.Text;
                canvas.TextMiddle(text, cell.MidX, cell.MidY, canvas.Value, ink, SKTextAlign.Center);
            }
        }
        // thin lines of background between cells, as the original's seaborn grid drew them
        for (var c = 1; c < columns; c++) canvas.Line(grid.Left + c * cellWidth, grid.Top, grid.Left + c * cellWidth, grid.Bottom, ChartTheme.Background, 2);
        canvas.Outline(grid, ChartTheme.Grid, 1);
        DrawColourBar(canvas, scale, Math.Max(max, 1), colourBar);
        return canvas.Encode();
    }

    private static void DrawColumnLabels(ChartCanvas canvas, IReadOnlyList<string> labels, CategoryLabelPlan plan, SKRect grid, float cellWidth)
    {
        for (var c = 0; c < labels.Count; c += plan.Every)
        {
            var x = grid.Left + (c + 0.5f) * cellWidth;
            if (plan.Upwards)
            {
                canvas.TextUpwards(labels[c], x, grid.Top - 10, canvas.Tick, ChartTheme.Text, SKTextAlign.Left, plan.MaxLength);
            }
            else
            {
                canvas.Text(labels[c], x, grid.Top - 12, canvas.Tick, ChartTheme.Text, SKTextAlign.Center, plan.MaxLength);
            }
        }
    }

    private static void DrawColourBar(ChartCanvas canvas, NiceScale scale, double max, SKRect bar)
    {
        const int Bands = 64;
        var band = bar.Height / Bands;
        for (var i = 0; i < Bands; i++)
        {
            var t = (i + 0.5) / Bands;
            canvas.Fill(new SKRect(bar.Left, bar.Bottom - (i + 1) * band - 0.5f, bar.Right, bar.Bottom - i * band), ChartPalette.Blues(t).ToSk());
        }
        canvas.Outline(bar, ChartTheme.Axis, 1);
        var ticks = scale.Ticks();
        var every = Math.Max(1, (int)Math.Ceiling(ChartTheme.TickSize * 1.4 / (scale.Step / max * bar.Height)));
        for (var i = 0; i < ticks.Count; i += every)
        {
            var tick = ticks[i];
            if (tick > max + 1e-9) break;
            var y = (float)(bar.Bottom - tick / max * bar.Height);
            canvas.Line(bar.Right, y, bar.Right + 6, y, ChartTheme.Axis, 1.5f);
            canvas.TextMiddle(ValueAxis.Format(tick, scale.Decimals), bar.Right + ValueAxis.TickGap, y, canvas.Tick, ChartTheme.MutedText);
        }
    }
}
