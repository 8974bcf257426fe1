using SkiaSharp;

namespace GameTime.Render.Charts;

/// <summary>
/// Sizes and colours every chart shares. Discord shows an attachment about 550 px wide, so at 1200 px the
/// smallest text (20 px) still reads at about 9 px; a white ground keeps the chart legible in light and dark themes.
/// </summary>
internal static class ChartTheme
{
    public const int Width = 1200;
    public const float Margin = 32;
    public const float TitleSize = 32;
    public const float SubtitleSize = 24;
    public const float AxisTitleSize = 24;
    public const float TickSize = 21;
    public const float ValueSize = 20;
    public const float LegendSize = 21;
    public const float MarkerLabelSize = 20;

    public static readonly SKColor Background = SKColors.White;
    public static readonly SKColor Text = new(0x20, 0x22, 0x25);
    public static readonly SKColor MutedText = new(0x5F, 0x63, 0x68);
    public static readonly SKColor Axis = new(0x40, 0x40, 0x40);
    public static readonly SKColor Grid = new(0xE3, 0xE5, 0xE8);
    public static readonly SKColor NoDataPanel = new(0xF4, 0xF5, 0xF7);

    public static SKColor ToSk(this ChartColor color) =>
        new((byte)(color.Rgb >> 16), (byte)(color.Rgb >> 8), (byte)color.Rgb);
}
