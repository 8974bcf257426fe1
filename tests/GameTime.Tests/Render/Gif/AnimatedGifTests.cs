using System.Runtime.InteropServices;
using GameTime.Render.Gif;

namespace GameTime.Tests.Render.Gif;

public sealed class AnimatedGifTests
{
    private const uint Opaque = 0xFF000000;

    private static GifRgbaFrame Frame(uint[] pixels, int delay) => new(MemoryMarshal.AsBytes(pixels.AsSpan()).ToArray(), delay);

    /// <summary>Coloured squares over a background, moved <paramref name="shift"/> pixels right.</summary>
    private static uint[] Blocks(int width, int height, int shift)
    {
        uint[] colors = [0x1E1F22, 0x5865F2, 0xED4245, 0x57F287, 0xFEE75C];
        var pixels = new uint[width * height];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var block = ((x + width - shift) % width / 8) + (y / 8);
                pixels[(y * width) + x] = Opaque | colors[block % colors.Length];
            }
        }
        return pixels;
    }

    private static uint[] Gradient(int width, int height, int blue)
    {
        var pixels = new uint[width * height];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++) pixels[(y * width) + x] = Opaque | (uint)(x * 255 / Math.Max(1, width - 1)) | ((uint)(y * 255 / Math.Max(1, height - 1)) << 8) | ((uint)blue << 16);
        }
        return pixels;
    }

    private static int Distance(uint a, uint b)
    {
        int dr = (byte)a - (byte)b, dg = (byte)(a >> 8) - (byte)(b >> 8), db = (byte)(a >> 16) - (byte)(b >> 16);
        return (dr * dr) + (dg * dg) + (db * db);
    }

    /// <summary>Every decoded pixel is a palette colour, and none is nearer to the input (the mapping chose the nearest).</summary>
    private static void AssertNearestPaletteColours(uint[] input, uint[] decoded, uint[] palette)
    {
        Assert.Equal(input.Length, decoded.Length);
        for (var i = 0; i < input.Length; i++)
        {
            Assert.Equal(0xFFu, decoded[i] >> 24);
            var rgb = decoded[i] & 0xFFFFFF;
            Assert.Contains(rgb, palette);
            var best = palette.Min(c => Distance(c, input[i]));
            Assert.True(Distance(rgb, input[i]) == best, $"pixel {i}: {rgb:X6} is not the nearest palette colour to {input[i] & 0xFFFFFF:X6}");
        }
    }

    [Fact]
    public void Flat_frames_come_back_exactly_with_their_delays_and_loop()
    {
        var frames = Enumerable.Range(0, 6).Select(i => Blocks(40, 24, i * 3)).ToArray();
        var gif = AnimatedGif.Encode(40, 24, frames.Select((f, i) => Frame(f, 4 + i)).ToArray());

        var decoded = DecodedGif.From(gif);
        Assert.Equal((40, 24), (decoded.Width, decoded.Height));
        Assert.Equal(-1, decoded.RepetitionCount); // Skia's "forever"
        Assert.Equal(6, decoded.Frames.Count);
        Assert.Equal([40, 50, 60, 70, 80, 90], decoded.Frames.Select(f => f.DurationMilliseconds));
        for (var i = 0; i < frames.Length; i++) Assert.Equal(frames[i], decoded.Frames[i].Pixels);
    }

    [Theory]
    [InlineData(null, 0)]
    [InlineData(3, 3)]
    public void The_loop_count_reaches_the_viewer(int? loops, int skiaRepetitions)
    {
        var gif = AnimatedGif.Encode(8, 8, [Frame(Blocks(8, 8, 0), 10), Frame(Blocks(8, 8, 1), 10)], new GifAnimationOptions { LoopCount = loops });
        Assert.Equal(skiaRepetitions, DecodedGif.From(gif).RepetitionCount);
    }

    [Fact]
    public void Only_the_changed_rectangle_is_stored_and_unchanged_frames_shrink_to_one_pixel()
    {
        var first = Blocks(64, 48, 0);
        var second = (uint[])first.Clone();
        for (var y = 10; y < 20; y++) for (var x = 30; x < 35; x++) second[(y * 64) + x] = Opaque | 0xFFFFFF;
        var gif = AnimatedGif.Encode(64, 48, [Frame(first, 5), Frame(second, 5), Frame(second, 5)]);

        var images = GifStructure.Parse(gif).Images;
        Assert.Equal((0, 0, 64, 48), (images[0].Left, images[0].Top, images[0].Width, images[0].Height));
        Assert.Equal((30, 10, 5, 10), (images[1].Left, images[1].Top, images[1].Width, images[1].Height));
        Assert.Equal((1, 1), (images[2].Width, images[2].Height));
        var decoded = DecodedGif.From(gif);
        Assert.Equal(first, decoded.Frames[0].Pixels);
        Assert.Equal(second, decoded.Frames[1].Pixels);
        Assert.Equal(second, decoded.Frames[2].Pixels);
    }

    [Fact]
    public void A_gradient_of_more_than_256_colours_maps_each_pixel_to_its_nearest_palette_colour()
    {
        // 128 x 96 distinct colours in each frame, and the blue channel moves between frames
        var frames = new[] { Gradient(128, 96, 0), Gradient(128, 96, 90), Gradient(128, 96, 200) };
        var gif = AnimatedGif.Encode(128, 96, frames.Select(f => Frame(f, 8)).ToArray());

        var palette = GifStructure.Parse(gif).GlobalColors[..255];
        var decoded = DecodedGif.From(gif);
        Assert.Equal(3, decoded.Frames.Count);
        for (var i = 0; i < frames.Length; i++)
        {
            AssertNearestPaletteColours(frames[i], decoded.Frames[i].Pixels, palette);
            // the palette spreads over the colours: no channel is off by more than a small step
            var worst = frames[i].Zip(decoded.Frames[i].Pixels).Max(p => Math.Max(Math.Abs((byte)p.First - (byte)p.Second), Math.Abs((byte)(p.First >> 8) - (byte)(p.Second >> 8))));
            Assert.True(worst <= 24, $"frame {i}: a channel is off by {worst}");
        }
    }

    [Fact]
    public void A_one_pixel_image_round_trips()
    {
        var gif = AnimatedGif.Encode(1, 1, [Frame([Opaque | 0x336699], 100)]);
        var decoded = DecodedGif.From(gif);
        Assert.Equal(Opaque | 0x336699, Assert.Single(decoded.Frames).Pixels.Single());
    }

    [Fact]
    public void Noise_that_fills_the_lzw_table_many_times_over_decodes_exactly()
    {
        // 64 colours of noise: almost every code adds a table entry, so 230 x 190 pixels overflow 4096 entries repeatedly
        var random = new Random(42);
        uint[] colors = Enumerable.Range(0, 64).Select(i => (uint)((i * 4) | ((255 - (i * 4)) << 8) | ((i * 37 % 256) << 16))).ToArray();
        var frames = Enumerable.Range(0, 2).Select(_ => Enumerable.Range(0, 230 * 190).Select(_ => Opaque | colors[random.Next(64)]).ToArray()).ToArray();
        var gif = AnimatedGif.Encode(230, 190, frames.Select(f => Frame(f, 3)).ToArray());

        Assert.All(GifStructure.Parse(gif).Images, image => Assert.True(image.ClearCodes > 3, $"only {image.ClearCodes} CLEAR codes"));
        var decoded = DecodedGif.From(gif);
        Assert.Equal(frames[0], decoded.Frames[0].Pixels);
        Assert.Equal(frames[1], decoded.Frames[1].Pixels);
    }

    [Theory]
    [InlineData(7, 3)]
    [InlineData(1, 257)]
    [InlineData(333, 1)]
    [InlineData(13, 17)]
    public void Odd_sizes_round_trip(int width, int height)
    {
        var frames = Enumerable.Range(0, 3).Select(i => Blocks(width, height, i)).ToArray();
        foreach (var rectangles in new[] { true, false })
        {
            var gif = AnimatedGif.Encode(width, height, frames.Select(f => Frame(f, 6)).ToArray(), new GifAnimationOptions { EncodeChangedRectangles = rectangles });
            var decoded = DecodedGif.From(gif);
            Assert.Equal((width, height), (decoded.Width, decoded.Height));
            for (var i = 0; i < frames.Length; i++) Assert.Equal(frames[i], decoded.Frames[i].Pixels);
        }
    }

    [Fact]
    public void The_same_frames_always_give_the_same_bytes()
    {
        var frames = new[] { Gradient(50, 40, 10), Gradient(50, 40, 60) }.Select(f => Frame(f, 5)).ToArray();
        Assert.Equal(AnimatedGif.Encode(50, 40, frames), AnimatedGif.Encode(50, 40, frames));
    }

    [Fact]
    public void The_mapper_agrees_with_a_search_of_the_whole_palette()
    {
        var random = new Random(3);
        var colors = Enumerable.Range(0, 200).Select(_ => (uint)random.Next(1 << 24)).ToArray();
        var mapper = new PaletteMapper(GifPalette.Create(colors, withTransparentSlot: false));
        for (var i = 0; i < 20000; i++)
        {
            var rgb = (uint)random.Next(1 << 24);
            var best = 0;
            for (var c = 1; c < colors.Length; c++) if (Distance(colors[c], rgb) < Distance(colors[best], rgb)) best = c;
            Assert.Equal(best, mapper.Nearest(rgb));
        }
    }

    private sealed class BgraSource(uint[][] rgbaFrames, int width, int height) : IGifFrameSource
    {
        public int Width => width;
        public int Height => height;
        public int FrameCount => rgbaFrames.Length;
        public GifPixelOrder PixelOrder => GifPixelOrder.Bgra;
        public int DelayCentiseconds(int frame) => 5;

        public ReadOnlySpan<byte> Draw(int frame) =>
            MemoryMarshal.AsBytes(rgbaFrames[frame].Select(p => (p & 0xFF00FF00) | ((p & 0xFF) << 16) | ((p >> 16) & 0xFF)).ToArray().AsSpan());
    }

    [Fact]
    public void Frames_drawn_in_skias_bgra_order_keep_their_true_colours()
    {
        var frames = new[] { Blocks(24, 16, 0), Blocks(24, 16, 5) };
        using var output = new MemoryStream();
        AnimatedGif.Encode(output, new BgraSource(frames, 24, 16), new GifAnimationOptions { PaletteSampleFrames = 1 });

        var decoded = DecodedGif.From(output.ToArray());
        Assert.Equal(frames[0], decoded.Frames[0].Pixels);
        Assert.Equal(frames[1], decoded.Frames[1].Pixels);
    }

    [Fact]
    public void A_smaller_palette_limit_gives_a_smaller_table()
    {
        var gif = AnimatedGif.Encode(64, 64, [Frame(Gradient(64, 64, 30), 5), Frame(Gradient(64, 64, 80), 5)], new GifAnimationOptions { MaxColors = 16 });
        var structure = GifStructure.Parse(gif);
        Assert.Equal(16, structure.GlobalColors.Length);
        var decoded = DecodedGif.From(gif);
        Assert.True(decoded.Frames.SelectMany(f => f.Pixels).Distinct().Count() <= 15);
    }
}
