using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using SkiaSharp;

namespace GameTime.Tests.Snapshots;

/// <summary>
/// Pixel snapshot tests (the owner named Verify; no Verify package is served here). A rendered PNG is decoded and
/// compared pixel by pixel with the reviewed golden in the Goldens folder beside the calling test file. On a mismatch the received image and a
/// diff (differing pixels red over a faded golden) are written beside the golden and the test fails with the count.
/// GAMETIME_ACCEPT_SNAPSHOTS=1 writes the received image as the new golden instead (look at it before committing).
/// </summary>
public static class ImageSnapshot
{
    public const string AcceptVariable = "GAMETIME_ACCEPT_SNAPSHOTS";

    // Goldens are rendered on x64. Skia's rasteriser may round differently on another architecture (NEON paths),
    // so there a channel may be off by one; on x64 every pixel must match exactly (native-aot.md, determinism).
    private static int Tolerance => RuntimeInformation.ProcessArchitecture == Architecture.X64 ? 0 : 1;

    public static void Match(byte[] png, string name, [CallerFilePath] string callerFile = "")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var folder = GoldenFolder(callerFile);
        var golden = Path.Combine(folder, name + ".png");
        var received = Path.Combine(folder, name + ".received.png");
        var diff = Path.Combine(folder, name + ".diff.png");
        // A renderer's first test has no Goldens folder yet; the received image must still be written somewhere.
        Directory.CreateDirectory(folder);

        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            File.WriteAllBytes(golden, png);
            File.Delete(received);
            File.Delete(diff);
            return;
        }
        if (!File.Exists(golden))
        {
            File.WriteAllBytes(received, png);
            Assert.Fail($"no golden {name}.png yet; the render is in {received}. Review it, then rerun with {AcceptVariable}=1.");
        }

        var result = Compare(File.ReadAllBytes(golden), png, Tolerance);
        if (result.Differing == 0)
        {
            File.Delete(received);
            File.Delete(diff);
            return;
        }
        File.WriteAllBytes(received, png);
        if (result.DiffPng is not null) File.WriteAllBytes(diff, result.DiffPng);
        Assert.Fail($"{name}: {result.Message}; see {received} and {diff}");
    }

    /// <summary>The outcome of comparing two PNGs: how many pixels differ beyond the tolerance, and a diff image.</summary>
    public sealed record Comparison(long Differing, string Message, byte[]? DiffPng);

    public static Comparison Compare(byte[] goldenPng, byte[] receivedPng, int tolerance)
    {
        using var expected = Decode(goldenPng);
        using var actual = Decode(receivedPng);
        if (expected.Width != actual.Width || expected.Height != actual.Height)
        {
            return new Comparison(Math.Max((long)expected.Width * expected.Height, (long)actual.Width * actual.Height),
                $"size {actual.Width}x{actual.Height} differs from the golden's {expected.Width}x{expected.Height}", null);
        }

        var a = expected.GetPixelSpan();
        var b = actual.GetPixelSpan();
        using var diffBitmap = new SKBitmap(new SKImageInfo(expected.Width, expected.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        var d = diffBitmap.GetPixelSpan();
        long differing = 0;
        for (var i = 0; i < a.Length; i += 4)
        {
            var same = true;
            for (var c = 0; c < 4; c++)
            {
                if (Math.Abs(a[i + c] - b[i + c]) > tolerance) same = false;
            }
            if (same)
            {
                var grey = (byte)(128 + (a[i] + a[i + 1] + a[i + 2]) / 12);
                d[i] = grey; d[i + 1] = grey; d[i + 2] = grey; d[i + 3] = 255;
            }
            else
            {
                differing++;
                d[i] = 255; d[i + 1] = 0; d[i + 2] = 0; d[i + 3] = 255;
            }
        }
        using var diffImage = SKImage.FromBitmap(diffBitmap);
        using var encoded = diffImage.Encode(SKEncodedImageFormat.Png, 100);
        var message = differing == 0 ? "identical" : $"{differing} of {a.Length / 4} pixels differ (tolerance {tolerance})";
        return new Comparison(differing, message, encoded.ToArray());
    }

    private static SKBitmap Decode(byte[] png)
    {
        using var codec = SKCodec.Create(new SKMemoryStream(png)) ?? throw new InvalidDataException("not a PNG");
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        var bitmap = new SKBitmap(info);
        var status = codec.GetPixels(info, bitmap.GetPixels());
        if (status != SKCodecResult.Success) throw new InvalidDataException($"PNG decode failed: {status}");
        return bitmap;
    }

    private static string GoldenFolder(string callerFile) =>
        Path.Combine(Path.GetDirectoryName(callerFile) ?? ".", "Goldens");
}
