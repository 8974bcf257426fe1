using SkiaSharp;

namespace GameTime.Render.Charts;

/// <summary>Colours for series the caller left uncoloured, and the sequential blue scale of the heatmaps.</summary>
public static class ChartPalette
{
    // Tableau's 10 strong colours, then their light partners: 20 hues a reader can tell apart side by side
    // (a stack of 16 members next to each other would blur in a sequential map such as viridis). The two greys are
    // swapped for indigo and ochre: grey is left for "Other" (ChartColor.Gray).
    private static readonly uint[] s_qualitative =
    [
        0x1F77B4, 0xFF7F0E, 0x2CA02C, 0xD62728, 0x9467BD, 0x8C564B, 0xE377C2, 0x393B79, 0xBCBD22, 0x17BECF,
        0xAEC7E8, 0xFFBB78, 0x98DF8A, 0xFF9896, 0xC5B0D5, 0xC49C94, 0xF7B6D2, 0x8C6D31, 0xDBDB8D, 0x9EDAE5,
    ];

    // matplotlib's "Blues" control points, lightest first.
    private static readonly uint[] s_blues =
    [
        0xF7FBFF, 0xDEEBF7, 0xC6DBEF, 0x9ECAE1, 0x6BAED6, 0x4292C6, 0x2171B5, 0x08519C, 0x08306B,
    ];

    /// <summary>How many qualitative colours there are before they repeat.</summary>
    public static int QualitativeCount => s_qualitative.Length;

    /// <summary>The <paramref name="index"/>-th distinct series colour (repeats after <see cref="QualitativeCount"/>).</summary>
    public static ChartColor Qualitative(int index) => new(s_qualitative[((index % s_qualitative.Length) + s_qualitative.Length) % s_qualitative.Length]);

    /// <summary>The blue for <paramref name="t"/> in 0 (lightest) .. 1 (darkest), interpolated between control points.</summary>
    public static ChartColor Blues(double t)
    {
        t = double.IsFinite(t) ? Math.Clamp(t, 0, 1) : 0;
        var position = t * (s_blues.Length - 1);
        var low = (int)Math.Floor(position);
        var high = Math.Min(low + 1, s_blues.Length - 1);
        var f = position - low;
        static double Channel(uint rgb, int shift) => (rgb >> shift) & 0xFF;
        uint Mix(int shift) => (uint)Math.Round(Channel(s_blues[low], shift) * (1 - f) + Channel(s_blues[high], shift) * f);
        return new ChartColor((Mix(16) << 16) | (Mix(8) << 8) | Mix(0));
    }

    /// <summary>Dark text on light fills, white on dark ones (relative luminance, WCAG's formula).</summary>
    public static bool NeedsLightText(ChartColor fill)
    {
        static double Linear(uint channel)
        {
            var c = channel / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        var luminance = 0.2126 * Linear((fill.Rgb >> 16) & 0xFF) + 0.7152 * Linear((fill.Rgb >> 8) & 0xFF) + 0.0722 * Linear(fill.Rgb & 0xFF);
        // the luminance where white and near-black text have the same contrast ratio
        return luminance < 0.179;
    }

    internal static SKColor SeriesColor(Series series, int index) => (series.Color ?? Qualitative(index)).ToSk();
}
