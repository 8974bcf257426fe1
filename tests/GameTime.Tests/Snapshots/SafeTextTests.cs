using GameTime.Render.Fonts;
using GameTime.Render.Text;
using SkiaSharp;

namespace GameTime.Tests.Snapshots;

public sealed class SafeTextTests
{
    [Theory]
    [InlineData("Zoë Ñandú", "Zoë Ñandú")]
    [InlineData("Ωμέγα Жёлудь", "Ωμέγα Жёлудь")]
    [InlineData("🔥 Blaze 🔥", "Blaze")]
    [InlineData("ace 👨‍👩‍👧 mom", "ace mom")]
    [InlineData("🎮🎮", "?")]
    [InlineData("", "")]
    public void Characters_the_fonts_lack_are_left_out(string name, string drawable) =>
        Assert.Equal(drawable, SafeText.Drawable(name, FontLibrary.Regular));

    [Fact]
    public void Fit_shortens_with_an_ellipsis_to_the_width()
    {
        using var font = new SKFont(FontLibrary.Regular, 14);
        var fitted = SafeText.Fit("A very long member name that goes on and on", font, 120);
        Assert.EndsWith("…", fitted, StringComparison.Ordinal);
        Assert.True(font.MeasureText(fitted) <= 120);
        Assert.Equal("Short", SafeText.Fit("Short", font, 120));
    }
}
