using SkiaSharp;

namespace GameTime.Render.Brackets;

/// <summary>Colours of the bracket image: Discord's dark theme, green for a decided match, gold for the champion's route.</summary>
public static class BracketPalette
{
    public static readonly SKColor Background = new(0x2B, 0x2D, 0x31);
    public static readonly SKColor BoxFill = new(0x38, 0x3A, 0x40);
    public static readonly SKColor ByeFill = new(0x30, 0x32, 0x37);
    public static readonly SKColor Border = new(0x4E, 0x50, 0x58);
    public static readonly SKColor Text = new(0xF2, 0xF3, 0xF5);
    public static readonly SKColor Loser = new(0x80, 0x84, 0x8E);
    public static readonly SKColor Muted = new(0x94, 0x9B, 0xA4);
    public static readonly SKColor Faint = new(0x6D, 0x6F, 0x78);
    public static readonly SKColor Connector = new(0x5C, 0x5F, 0x66);
    public static readonly SKColor Decided = new(0x23, 0xA5, 0x5A);
    public static readonly SKColor Champion = new(0xF0, 0xB2, 0x32);
}
