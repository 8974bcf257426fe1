using System.Globalization;
using System.Text;
using GameTime.Render.Fonts;
using SkiaSharp;

namespace GameTime.Render.Text;

/// <summary>
/// Text as the bundled fonts can draw it. Members' names carry emoji, symbols and scripts the fonts lack;
/// each such character would print as a box (tofu), so it is left out, and a name made only of them
/// becomes "?" rather than nothing. Renderers pass names through <see cref="Drawable"/> or <see cref="Fit"/>.
/// </summary>
public static class SafeText
{
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

    private static bool IsDrawable(Rune rune, SKTypeface typeface)
    {
        var category = Rune.GetUnicodeCategory(rune);
        // joiners, variation selectors and other format or control characters have no look of their own
        if (category is UnicodeCategory.Format or UnicodeCategory.Control or UnicodeCategory.Surrogate
            or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned) return false;
        return rune.Value == ' ' || FontLibrary.HasGlyph(typeface, rune);
    }
}
