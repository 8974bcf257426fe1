using SkiaSharp;

namespace GameTime.Render.Graphs;

/// <summary>
/// Community colours: Okabe and Ito's qualitative palette, chosen to stay distinct under the common colour-vision
/// deficiencies, reordered so the first groups differ most; black is left out for the dark background and blue because beside
/// sky blue it reads as the same group there. Groups past
/// the palette, and members alone in their group, share <see cref="Other"/>.
/// </summary>
public static class CommunityPalette
{
    private static readonly SKColor[] Colours =
    [
        new(0x56, 0xB4, 0xE9), // sky blue
        new(0xE6, 0x9F, 0x00), // orange
        new(0x00, 0x9E, 0x73), // bluish green
        new(0xCC, 0x79, 0xA7), // reddish purple
        new(0xF0, 0xE4, 0x42), // yellow
        new(0xD5, 0x5E, 0x00), // vermillion
    ];

    public static readonly SKColor Other = new(0x9A, 0x9D, 0xA3);

    /// <summary>How many communities get a colour of their own.</summary>
    public static int Distinct => Colours.Length;

    public static SKColor For(int community) => community >= 0 && community < Colours.Length ? Colours[community] : Other;
}
