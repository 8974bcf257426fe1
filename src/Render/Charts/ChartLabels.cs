using System.Globalization;
using GameTime.Render.Fonts;
using GameTime.Render.Text;

namespace GameTime.Render.Charts;

/// <summary>Category labels built from members' names, for the features that fill the view models.</summary>
public static class ChartLabels
{
    /// <summary>
    /// "{a} - {b}" for the duo chart, each name cut to <paramref name="maxCharacters"/> with an ellipsis and stripped of
    /// what the fonts cannot draw, so one long name never hides the other and an emoji-only name reads "?".
    /// </summary>
    public static string Pair(string first, string second, int maxCharacters = 20) =>
        $"{Name(first, maxCharacters)} - {Name(second, maxCharacters)}";

    /// <summary>A member's name as a chart can draw it, at most <paramref name="maxCharacters"/> characters, the ellipsis included.</summary>
    public static string Name(string name, int maxCharacters = 24)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCharacters, 2);
        var drawable = SafeText.Drawable(name, FontLibrary.Regular);
        if (drawable.Length == 0) return "?";
        var elements = StringInfo.ParseCombiningCharacters(drawable);
        return elements.Length <= maxCharacters ? drawable : drawable[..elements[maxCharacters - 1]].TrimEnd() + "…";
    }
}
