namespace GameTime.Render.Gif;

/// <summary>
/// Chooses at most N colours for a <see cref="ColorHistogram"/>: the exact colours when there are few enough,
/// otherwise median cut (the box with the largest squared error is split at the weighted median of its widest channel).
/// Deterministic: ties go to the lowest box and the lowest bin, never to hash order.
/// </summary>
public static class MedianCutQuantizer
{
    public static GifPalette Build(ColorHistogram histogram, int maxColors, bool withTransparentSlot)
    {
        ArgumentNullException.ThrowIfNull(histogram);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxColors, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxColors, withTransparentSlot ? 255 : 256);

        var exact = histogram.ExactColors;
        if (exact is not null && exact.Count is > 0 && exact.Count <= maxColors)
        {
            return GifPalette.Create(exact.ToArray(), withTransparentSlot);
        }

        var bins = new List<int>();
        for (var bin = 0; bin < ColorHistogram.BinCount; bin++)
        {
            if (histogram.Count[bin] > 0) bins.Add(bin);
        }
        if (bins.Count == 0) return GifPalette.Create([0u], withTransparentSlot);

        var order = bins.ToArray();
        var boxes = new List<Box> { Box.Measure(histogram, order, 0, order.Length) };
        while (boxes.Count < maxColors)
        {
            var worst = -1;
            for (var i = 0; i < boxes.Count; i++)
            {
                if (boxes[i].Length > 1 && boxes[i].Error > 0 && (worst < 0 || boxes[i].Error > boxes[worst].Error)) worst = i;
            }
            if (worst < 0) break;
            var (low, high) = Split(histogram, order, boxes[worst]);
            boxes[worst] = low;
            boxes.Add(high);
        }

        var colors = new uint[boxes.Count];
        for (var i = 0; i < boxes.Count; i++) colors[i] = boxes[i].Mean();
        return GifPalette.Create(colors, withTransparentSlot);
    }

    private static (Box Low, Box High) Split(ColorHistogram h, int[] order, Box box)
    {
        var axis = box.WidestAxis();
        var sums = axis switch { 0 => h.SumR, 1 => h.SumG, _ => h.SumB };
        // sort key: the bin's mean on the axis (scaled to keep fractions), then the bin itself for a total order
        var keys = new long[box.Length];
        var members = order.AsSpan(box.Start, box.Length);
        for (var i = 0; i < members.Length; i++)
        {
            var bin = members[i];
            keys[i] = ((sums[bin] * 64 / h.Count[bin]) << 16) | (long)bin;
        }
        keys.AsSpan().Sort(members);

        var half = box.Pixels / 2;
        long seen = 0;
        var cut = 1;
        for (var i = 0; i < box.Length - 1; i++)
        {
            seen += h.Count[order[box.Start + i]];
            cut = i + 1;
            if (seen >= half) break;
        }
        return (Box.Measure(h, order, box.Start, cut), Box.Measure(h, order, box.Start + cut, box.Length - cut));
    }

    private readonly record struct Box(int Start, int Length, long Pixels, long R, long G, long B, double VarR, double VarG, double VarB)
    {
        public double Error => (VarR + VarG + VarB) * Pixels;

        public int WidestAxis() => VarR >= VarG && VarR >= VarB ? 0 : VarG >= VarB ? 1 : 2;

        public uint Mean() => GifPalette.Pack(Round(R), Round(G), Round(B));

        private byte Round(long sum) => (byte)Math.Clamp((sum + (Pixels / 2)) / Pixels, 0, 255);

        public static Box Measure(ColorHistogram h, int[] order, int start, int length)
        {
            long n = 0, r = 0, g = 0, b = 0, rr = 0, gg = 0, bb = 0;
            for (var i = start; i < start + length; i++)
            {
                var bin = order[i];
                n += h.Count[bin]; r += h.SumR[bin]; g += h.SumG[bin]; b += h.SumB[bin];
                rr += h.SquaresR[bin]; gg += h.SquaresG[bin]; bb += h.SquaresB[bin];
            }
            return new Box(start, length, n, r, g, b, Variance(rr, r, n), Variance(gg, g, n), Variance(bb, b, n));
        }

        private static double Variance(long squares, long sum, long n) =>
            Math.Max(0, ((double)squares / n) - (((double)sum / n) * ((double)sum / n)));
    }
}
