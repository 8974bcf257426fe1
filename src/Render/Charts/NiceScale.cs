namespace GameTime.Render.Charts;

/// <summary>
/// A value axis from <see cref="Min"/> to <see cref="Max"/> with a tick every <see cref="Step"/>; the step is a
/// "nice" number (1, 2 or 5 times a power of ten) so the tick labels read as round values.
/// </summary>
public readonly record struct NiceScale(double Min, double Max, double Step)
{
    /// <summary>
    /// The scale covering <paramref name="dataMin"/>..<paramref name="dataMax"/> in at most
    /// <paramref name="maxIntervals"/> steps. Zero is always included (bars grow from it). An empty range (0..0)
    /// becomes 0..1 so there is still an axis to draw. <paramref name="integerSteps"/> never goes below a step
    /// of 1 (counts of days or members). <paramref name="fixedMax"/> and <paramref name="fixedStep"/> override the
    /// computed end and step (a rate axis reads 0..100 every 5).
    /// </summary>
    public static NiceScale For(double dataMin, double dataMax, int maxIntervals = 6, bool integerSteps = false,
        double? fixedMax = null, double? fixedStep = null)
    {
        if (!double.IsFinite(dataMin) || !double.IsFinite(dataMax))
        {
            throw new ArgumentException($"the data range {dataMin}..{dataMax} is not made of finite numbers");
        }
        ArgumentOutOfRangeException.ThrowIfLessThan(maxIntervals, 1);
        var low = Math.Min(0, Math.Min(dataMin, dataMax));
        var high = Math.Max(0, Math.Max(dataMin, dataMax));
        if (fixedMax is { } max) high = Math.Max(high, max);
        if (high - low <= 0) high = low + 1;

        var step = fixedStep ?? NiceStep((high - low) / maxIntervals);
        if (step <= 0 || !double.IsFinite(step)) throw new ArgumentException($"the tick step {step} must be a positive number");
        if (integerSteps) step = Math.Max(1, Math.Round(step));

        var min = Math.Floor(low / step + 1e-9) * step;
        var top = fixedMax ?? Math.Ceiling(high / step - 1e-9) * step;
        return new NiceScale(min == 0 ? 0 : min, top, step);
    }

    /// <summary>The smallest of 1, 2, 5 times 10^n that is at least <paramref name="rough"/>.</summary>
    public static double NiceStep(double rough)
    {
        if (rough <= 0 || !double.IsFinite(rough)) return 1;
        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var fraction = rough / power;
        // a tolerance so 0.2/0.1 computed as 2.0000000000000004 stays a 2
        double nice = fraction <= 1 + 1e-9 ? 1 : fraction <= 2 + 1e-9 ? 2 : fraction <= 5 + 1e-9 ? 5 : 10;
        return nice * power;
    }

    /// <summary>Every tick value from <see cref="Min"/> to <see cref="Max"/>, each rounded to the step's precision.</summary>
    public IReadOnlyList<double> Ticks()
    {
        var count = (int)Math.Floor((Max - Min) / Step + 1e-9);
        var ticks = new double[count + 1];
        var decimals = Decimals;
        for (var i = 0; i <= count; i++) ticks[i] = Math.Round(Min + i * Step, decimals);
        return ticks;
    }

    /// <summary>How many decimals a tick label needs so consecutive ticks read differently (0 for whole steps).</summary>
    public int Decimals
    {
        get
        {
            for (var decimals = 0; decimals < 10; decimals++)
            {
                var scaled = Step * Math.Pow(10, decimals);
                if (Math.Abs(scaled - Math.Round(scaled)) < 1e-6 * Math.Max(1, scaled)) return decimals;
            }
            return 10;
        }
    }

    /// <summary>Where <paramref name="value"/> lies between <paramref name="start"/> (at Min) and <paramref name="end"/> (at Max).</summary>
    public float Map(double value, float start, float end) => (float)(start + (value - Min) / (Max - Min) * (end - start));
}
