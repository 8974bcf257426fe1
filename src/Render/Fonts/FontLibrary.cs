using System.IO.Compression;
using SkiaSharp;
using System.Text;

namespace GameTime.Render.Fonts;

/// <summary>
/// The fonts bundled in the binary (DejaVu Sans regular and bold: Latin with accents, Greek, Cyrillic).
/// Rendering never asks the machine for fonts, so a Pi without any installed fonts draws the same pixels.
/// </summary>
public static class FontLibrary
{
    private static readonly Lazy<SKTypeface> s_regular = new(() => Load("DejaVuSans.ttf"));
    private static readonly Lazy<SKTypeface> s_bold = new(() => Load("DejaVuSans-Bold.ttf"));

    public static SKTypeface Regular => s_regular.Value;
    public static SKTypeface Bold => s_bold.Value;

    private static SKTypeface Load(string file)
    {
        var name = "fonts/" + file + ".gz";
        using var stream = typeof(FontLibrary).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"bundled font {name} is missing from the binary");
        using var inflated = new MemoryStream();
        using (var gzip = new GZipStream(stream, CompressionMode.Decompress)) gzip.CopyTo(inflated);
        using var data = SKData.CreateCopy(inflated.GetBuffer().AsSpan(0, (int)inflated.Length));
        return SKTypeface.FromData(data)
            ?? throw new InvalidOperationException($"bundled font {name} could not be read");
    }

    /// <summary>Characters of <paramref name="text"/> that the typeface has no glyph for.</summary>
    public static IReadOnlyList<string> MissingGlyphs(SKTypeface typeface, string text)
    {
        var missing = new List<string>();
        var runes = text.EnumerateRunes().Where(r => !Rune.IsWhiteSpace(r)).ToArray();
        using var font = new SKFont(typeface);
        foreach (var rune in runes)
        {
            if (font.GetGlyph(rune.Value) == 0) missing.Add(rune.ToString());
        }
        return missing;
    }
}
