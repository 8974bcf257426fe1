using System.Runtime.InteropServices;
using SkiaSharp;

namespace GameTime.Tests.Render.Gif;

/// <summary>A GIF as Skia's decoder (the one Discord's clients and Chrome share) shows it: composed frames, delays, loops.</summary>
internal sealed record DecodedGif(int Width, int Height, int RepetitionCount, IReadOnlyList<DecodedGif.Frame> Frames)
{
    /// <param name="Pixels">The whole screen after this frame, 0xAABBGGRR per pixel.</param>
    public sealed record Frame(int DurationMilliseconds, uint[] Pixels);

    public static DecodedGif From(byte[] gif)
    {
        using var data = SKData.CreateCopy(gif);
        using var codec = SKCodec.Create(data) ?? throw new InvalidDataException("Skia does not recognise the GIF");
        Assert.Equal(SKEncodedImageFormat.Gif, codec.EncodedFormat);
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        var frames = new List<Frame>();
        var count = Math.Max(1, codec.FrameCount);
        for (var i = 0; i < count; i++)
        {
            using var bitmap = new SKBitmap(info);
            var status = codec.GetPixels(info, bitmap.GetPixels(), new SKCodecOptions(i));
            Assert.Equal(SKCodecResult.Success, status);
            var duration = codec.FrameCount > 0 ? codec.FrameInfo[i].Duration : 0;
            frames.Add(new Frame(duration, MemoryMarshal.Cast<byte, uint>(bitmap.GetPixelSpan()).ToArray()));
        }
        return new DecodedGif(info.Width, info.Height, codec.RepetitionCount, frames);
    }

    /// <summary>Frame <paramref name="index"/> as a PNG, for snapshot tests.</summary>
    public static byte[] FramePng(byte[] gif, int index)
    {
        var decoded = From(gif);
        var info = new SKImageInfo(decoded.Width, decoded.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        using var bitmap = new SKBitmap(info);
        MemoryMarshal.AsBytes(decoded.Frames[index].Pixels.AsSpan()).CopyTo(bitmap.GetPixelSpan());
        using var image = SKImage.FromBitmap(bitmap);
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }
}
