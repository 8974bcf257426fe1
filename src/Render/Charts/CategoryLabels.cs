using SkiaSharp;

namespace GameTime.Render.Charts;

/// <summary>
/// How the labels under x categories are drawn: level when they fit their slot, turned upwards when they do not
/// but every one can still be shown (member names), otherwise level and thinned to every n-th (90 days of dates).
/// </summary>
internal sealed record CategoryLabelPlan(bool Upwards, int Every, float Height, float MaxLength);

internal static class CategoryLabels
{
    /// <summary>The longest an upward label may run before it is cut with an ellipsis.</summary>
    public const float MaxUpwardsLength = 240;
    private const float Gap = 10;
    private static readonly int[] s_steps = [1, 2, 3, 4, 5, 7, 10, 14, 15, 20, 25, 30, 50, 60, 100, 200, 500, 1000];

    /// <summary>
    /// <paramref name="mayTurn"/> is false for labels along a time axis: every n-th date read level beats every date
    /// turned on its side.
    /// </summary>
    public static CategoryLabelPlan Plan(IReadOnlyList<string> labels, float slot, SKFont font, bool mayTurn = true)
    {
        float widest = 0;
        foreach (var label in labels) widest = Math.Max(widest, ChartCanvas.Measure(label, font));
        var lineHeight = font.Size * 1.2f;
        if (widest + Gap <= slot) return new CategoryLabelPlan(false, 1, lineHeight + Gap, slot);
        if (mayTurn && lineHeight <= slot)
        {
            var length = Math.Min(widest, MaxUpwardsLength);
            return new CategoryLabelPlan(true, 1, length + Gap * 2, length);
        }
        var needed = (int)Math.Ceiling((widest + Gap * 2) / slot);
        var every = s_steps.FirstOrDefault(step => step >= needed, needed);
        return new CategoryLabelPlan(false, every, lineHeight + Gap, widest);
    }

    /// <summary>Draws the planned labels below <paramref name="top"/>, label i centred on <paramref name="centreOf"/>(i).</summary>
    public static void Draw(ChartCanvas canvas, IReadOnlyList<string> labels, CategoryLabelPlan plan, Func<int, float> centreOf, float top)
    {
        for (var i = 0; i < labels.Count; i += plan.Every)
        {
            var x = centreOf(i);
            if (plan.Upwards)
            {
                canvas.TextUpwards(labels[i], x, top + Gap, canvas.Tick, ChartTheme.Text, SKTextAlign.Right, plan.MaxLength);
                continue;
            }
            // keep the first and last labels inside the picture when they are wider than the margin
            var half = Math.Min(ChartCanvas.Measure(labels[i], canvas.Tick), plan.MaxLength) / 2;
            x = Math.Clamp(x, half + 4, canvas.Width - half - 4);
            canvas.Text(labels[i], x, top + Gap + ChartTheme.TickSize, canvas.Tick, ChartTheme.Text, SKTextAlign.Center, plan.MaxLength);
        }
    }
}
