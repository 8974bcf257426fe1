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
        foreach (var rune in text.EnumerateRunes())
        {
            if (!Rune.IsWhiteSpace(rune) && !HasGlyph(typeface, rune)) missing.Add(rune.ToString());
        }
        return missing;
    }

    private static readonly Lock s_glyphGate = new();
    private static readonly Dictionary<(SKTypeface, int), bool> s_glyphs = [];

    /// <summary>Whether <paramref name="typeface"/> can draw <paramref name="rune"/>; answers are remembered per typeface.</summary>
    public static bool HasGlyph(SKTypeface typeface, Rune rune)
    {
        lock (s_glyphGate)
        {
            if (s_glyphs.TryGetValue((typeface, rune.Value), out var known)) return known;
            using var font = new SKFont(typeface);
            var has = font.GetGlyph(rune.Value) != 0;
            s_glyphs[(typeface, rune.Value)] = has;
            return has;
        }
    }
}
