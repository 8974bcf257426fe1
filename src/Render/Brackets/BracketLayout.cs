using SkiaSharp;

namespace GameTime.Render.Brackets;

/// <summary>
/// Where everything goes. The bracket is split in two halves that converge on the final in the centre:
/// the first half of each round's matches flows left to right, the second half right to left, so a 64-slot
/// bracket is 11 columns of 16 rows instead of a 6-column strip of 32 tiny rows.
/// </summary>
public sealed class BracketLayout
{
    private readonly SKRect[][] _boxes;

    private readonly float _sideHeight;
    private readonly float _padding;

    private BracketLayout(int width, int height, SKRect[][] boxes, float gridTop, BracketMetrics metrics)
    {
        Width = width;
        Height = height;
        _boxes = boxes;
        GridTop = gridTop;
        ColumnGap = metrics.ColumnGap;
        _sideHeight = metrics.SideHeight;
        _padding = BracketMetrics.BoxPadding;
    }

    /// <summary>The layout <see cref="BracketRenderer"/> uses for <paramref name="view"/> (validated first).</summary>
    public static BracketLayout For(BracketView view)
    {
        BracketRules.Validate(view);
        return For(view, BracketMetrics.For(view));
    }

    public int Width { get; }
    public int Height { get; }
    public int Rounds => _boxes.Length;

    /// <summary>Top of the round headings row.</summary>
    public float GridTop { get; }

    public float ColumnGap { get; }

    /// <summary>Where match <paramref name="index"/> of round <paramref name="round"/> (both from 0) is drawn.</summary>
    public SKRect Box(int round, int index) => _boxes[round][index];

    /// <summary>Matches in the second half of their round flow right to left, towards the final.</summary>
    public bool FlowsLeft(int round, int index) => round < Rounds - 1 && index >= _boxes[round].Length / 2;

    /// <summary>The vertical centre of side 1 or 2 of a match's box (where a connector arrives).</summary>
    public float SideCenterY(int round, int index, int side) =>
        Box(round, index).Top + _padding + ((side - 0.5f) * _sideHeight);

    /// <summary>
    /// The line from a match to the side it feeds in the next round: out of the box edge facing the final,
    /// half the column gap across, up or down to that side's row, then into the next box.
    /// </summary>
    public SKPoint[] Connector(int round, int index)
    {
        if (round >= Rounds - 1) throw new ArgumentOutOfRangeException(nameof(round), "the final feeds nothing");
        var from = Box(round, index);
        var to = Box(round + 1, index / 2);
        // whole pixels, so even the thinnest connector is solid colour down its middle
        var y = MathF.Round(SideCenterY(round + 1, index / 2, (index % 2) + 1));
        var fromY = MathF.Round(from.MidY);
        var left = FlowsLeft(round, index);
        var startX = left ? from.Left : from.Right;
        var endX = left ? to.Right : to.Left;
        var midX = MathF.Round((startX + endX) / 2);
        return [new(startX, fromY), new(midX, fromY), new(midX, y), new(endX, y)];
    }

    internal static BracketLayout For(BracketView view, BracketMetrics metrics)
    {
        var rounds = view.Rounds.Count;
        var columns = (2 * rounds) - 1;
        var gridWidth = (columns * metrics.BoxWidth) + ((columns - 1) * metrics.ColumnGap);
        var width = MathF.Max(BracketMetrics.MinWidth, gridWidth + (2 * BracketMetrics.Margin));
        var left = (width - gridWidth) / 2;
        var gridTop = metrics.HeaderHeight;
        var boxesTop = gridTop + metrics.HeadingRow;

        // centres relative to boxesTop; first-round rows stack, later matches sit midway between their two feeders
        var centres = new float[rounds][];
        var firstPerHalf = Math.Max(1, view.Rounds[0].Matches.Count / 2);
        var pitch = metrics.BoxHeight + metrics.RowGap;
        centres[0] = new float[view.Rounds[0].Matches.Count];
        for (var i = 0; i < centres[0].Length; i++) centres[0][i] = ((i % firstPerHalf) * pitch) + (metrics.BoxHeight / 2);
        for (var r = 1; r < rounds; r++)
        {
            centres[r] = new float[view.Rounds[r].Matches.Count];
            for (var i = 0; i < centres[r].Length; i++) centres[r][i] = (centres[r - 1][2 * i] + centres[r - 1][(2 * i) + 1]) / 2;
        }

        // the final needs the crown above it and the champion's name below it
        var finalTop = centres[rounds - 1][0] - (metrics.BoxHeight / 2);
        var shift = MathF.Max(0, metrics.CrownSpace - finalTop);
        var gridBottom = MathF.Max((firstPerHalf * pitch) - metrics.RowGap, finalTop + metrics.BoxHeight + metrics.ChampionSpace) + shift;
        var height = boxesTop + gridBottom + metrics.FooterHeight;

        var boxes = new SKRect[rounds][];
        for (var r = 0; r < rounds; r++)
        {
            boxes[r] = new SKRect[centres[r].Length];
            for (var i = 0; i < centres[r].Length; i++)
            {
                var flowsLeft = r < rounds - 1 && i >= centres[r].Length / 2;
                var column = flowsLeft ? columns - 1 - r : r;
                var x = left + (column * (metrics.BoxWidth + metrics.ColumnGap));
                var top = MathF.Round(boxesTop + shift + centres[r][i] - (metrics.BoxHeight / 2));
                boxes[r][i] = new SKRect(MathF.Round(x), top, MathF.Round(x) + metrics.BoxWidth, top + metrics.BoxHeight);
            }
        }
        return new BracketLayout((int)MathF.Ceiling(width), (int)MathF.Ceiling(height), boxes, gridTop, metrics);
    }
}
