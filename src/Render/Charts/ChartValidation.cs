namespace GameTime.Render.Charts;

/// <summary>
/// Checks a view model before anything is drawn, so a query bug shows as a clear message naming the bad series
/// or cell rather than as a garbled picture or a Skia error.
/// </summary>
internal static class ChartValidation
{
    public static void Heading(ChartHeading? heading, string chart)
    {
        if (heading is null) throw new ArgumentException($"the {chart} has no heading");
        if (heading.Title is null || heading.Subtitle is null) throw new ArgumentException($"the {chart}'s title and subtitle must not be null");
    }

    public static void Finite(double value, string what)
    {
        if (!double.IsFinite(value)) throw new ArgumentException($"{what} is {value}, not a finite number");
    }

    public static void NotNegative(double value, string what)
    {
        Finite(value, what);
        if (value < 0) throw new ArgumentException($"{what} is {value}; it cannot be negative");
    }

    public static void Labels(IReadOnlyList<string>? labels, string what)
    {
        if (labels is null) throw new ArgumentException($"{what} must not be null");
        for (var i = 0; i < labels.Count; i++)
        {
            if (labels[i] is null) throw new ArgumentException($"{what} [{i}] is null");
        }
    }

    public static void SeriesList(IReadOnlyList<Series>? series, int categoryCount, string chart, bool allowNegative)
    {
        if (series is null) throw new ArgumentException($"the {chart}'s series list must not be null");
        foreach (var one in series)
        {
            if (one?.Values is null || one.Name is null) throw new ArgumentException($"the {chart} has a series without a name or values");
            if (one.Values.Count != categoryCount)
            {
                throw new ArgumentException(
                    $"series '{one.Name}' has {one.Values.Count} values but the {chart} has {categoryCount} categories");
            }
            for (var i = 0; i < one.Values.Count; i++)
            {
                var what = $"value {i} of series '{one.Name}'";
                if (allowNegative) Finite(one.Values[i], what);
                else NotNegative(one.Values[i], what);
            }
        }
    }

    public static void ReferenceLines(IReadOnlyList<ReferenceLine>? lines, string chart)
    {
        if (lines is null) throw new ArgumentException($"the {chart}'s reference lines must not be null (pass an empty list)");
        foreach (var line in lines)
        {
            if (line?.Label is null) throw new ArgumentException($"the {chart} has a reference line without a label");
            Finite(line.Value, $"reference line '{line.Label}'");
        }
    }

    public static void AxisOverrides(double? max, double? step, string chart)
    {
        if (max is { } m && (!double.IsFinite(m) || m <= 0)) throw new ArgumentException($"the {chart}'s axis maximum {m} must be a positive number");
        if (step is { } s && (!double.IsFinite(s) || s <= 0)) throw new ArgumentException($"the {chart}'s tick step {s} must be a positive number");
        if (max is { } top && step is { } every && top / every > 200)
        {
            throw new ArgumentException($"the {chart}'s tick step {every} would draw {top / every:0} ticks up to {top}");
        }
    }
}
