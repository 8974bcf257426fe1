using GameTime.Render;
using SkiaSharp;

namespace GameTime.Tests.Snapshots;

public sealed class ImageSnapshotTests
{
    private static byte[] Square(SKColor fill, int changedPixels = 0, int delta = 0, int size = 8)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(size, size, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        bitmap.Erase(fill);
        for (var i = 0; i < changedPixels; i++)
        {
            bitmap.SetPixel(i % size, i / size, new SKColor((byte)(fill.Red + delta), fill.Green, fill.Blue, fill.Alpha));
        }
        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(SKEncodedImageFormat.Png, 100).ToArray();
    }

    [Fact]
    public void Identical_images_compare_equal()
    {
        var png = Square(new SKColor(10, 20, 30));
        Assert.Equal(0, ImageSnapshot.Compare(png, png, 0).Differing);
    }

    [Fact]
    public void Every_differing_pixel_is_counted_and_drawn_red_in_the_diff()
    {
        var golden = Square(new SKColor(10, 20, 30));
        var received = Square(new SKColor(10, 20, 30), changedPixels: 5, delta: 40);
        var result = ImageSnapshot.Compare(golden, received, 0);
        Assert.Equal(5, result.Differing);
        using var diff = PngImage.Decode(result.DiffPng);
        Assert.Equal(new SKColor(255, 0, 0), diff.GetPixel(0, 0));
        Assert.NotEqual(new SKColor(255, 0, 0), diff.GetPixel(7, 7));
    }

    [Fact]
    public void A_tolerance_of_one_accepts_off_by_one_channels_only()
    {
        var golden = Square(new SKColor(10, 20, 30));
        Assert.Equal(0, ImageSnapshot.Compare(golden, Square(new SKColor(10, 20, 30), 3, 1), 1).Differing);
        Assert.Equal(3, ImageSnapshot.Compare(golden, Square(new SKColor(10, 20, 30), 3, 1), 0).Differing);
        Assert.Equal(3, ImageSnapshot.Compare(golden, Square(new SKColor(10, 20, 30), 3, 2), 1).Differing);
    }

    [Fact]
    public void A_size_change_fails_with_both_sizes_named()
    {
        var result = ImageSnapshot.Compare(Square(SKColors.White), Square(SKColors.White, size: 9), 0);
        Assert.True(result.Differing > 0);
        Assert.Contains("9x9", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_check_image_matches_its_golden() => ImageSnapshot.Match(CheckImage.Render(), "check-image");
}
