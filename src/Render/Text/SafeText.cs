using System.Globalization;
using System.Text;
using SkiaSharp;

namespace GameTime.Render.Text;

/// <summary>
/// Text as the bundled fonts can draw it. Members' names carry emoji, symbols and scripts the fonts lack;
/// each such character would print as a box (tofu), so it is left out, and a name made only of them
/// becomes "?" rather than nothing. Every renderer draws names through here.
/// </summary>
public static class SafeText
{
    private static readonly Lock s_gate = new();
    private static readonly Dictionary<(SKTypeface, int), bool> s_known = [];

    /// <summary><paramref name="text"/> without the characters <paramref name="typeface"/> has no glyph for.</summary>
    public static string Drawable(string text, SKTypeface typeface)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        StringBuilder? kept = null;
        var index = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var ok = IsDrawable(rune, typeface);
            if (!ok && kept is null) kept = new StringBuilder(text, 0, index, text.Length);
            if (ok) kept?.Append(rune.ToString());
            index += rune.Utf16SequenceLength;
        }
        if (kept is null) return text;
        var result = kept.ToString().Trim();
        // collapse the double spaces a removed emoji between two words leaves behind
        while (result.Contains("  ", StringComparison.Ordinal)) result = result.Replace("  ", " ", StringComparison.Ordinal);
        return result.Length == 0 ? "?" : result;
    }

    /// <summary>Shortens <paramref name="text"/> with an ellipsis so it fits in <paramref name="maxWidth"/> pixels.</summary>
    public static string Fit(string text, SKFont font, float maxWidth)
    {
        var drawable = Drawable(text, font.Typeface);
        if (font.MeasureText(drawable) <= maxWidth) return drawable;
        var elements = StringInfo.ParseCombiningCharacters(drawable);
        for (var count = elements.Length - 1; count > 0; count--)
        {
            var candidate = drawable[..elements[count]].TrimEnd() + "…";
            if (font.MeasureText(candidate) <= maxWidth) return candidate;
        }
        return "…";
    }

    /// <summary>Draws <paramref name="text"/> (made drawable first) with its baseline at <paramref name="y"/>.</summary>
    public static void Draw(SKCanvas canvas, string text, float x, float y, SKFont font, SKPaint paint,
        SKTextAlign align = SKTextAlign.Left) =>
        canvas.DrawText(Drawable(text, font.Typeface), x, y, align, font, paint);

    /// <summary>Width in pixels of the drawable form of <paramref name="text"/>.</summary>
    public static float Measure(string text, SKFont font) => font.MeasureText(Drawable(text, font.Typeface));

    private static bool IsDrawable(Rune rune, SKTypeface typeface)
    {
        var category = Rune.GetUnicodeCategory(rune);
        // joiners, variation selectors and other format or control characters have no look of their own
        if (category is UnicodeCategory.Format or UnicodeCategory.Control or UnicodeCategory.Surrogate
            or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned) return false;
        if (rune.Value == ' ') return true;
        lock (s_gate)
        {
            if (s_known.TryGetValue((typeface, rune.Value), out var known)) return known;
            using var font = new SKFont(typeface);
            var has = font.GetGlyph(rune.Value) != 0;
            s_known[(typeface, rune.Value)] = has;
            return has;
        }
    }
}
