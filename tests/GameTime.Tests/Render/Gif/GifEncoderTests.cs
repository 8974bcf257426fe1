using GameTime.Render.Gif;

namespace GameTime.Tests.Render.Gif;

public sealed class GifEncoderTests
{
    private static byte[] Write(GifPalette palette, int width, int height, int? loops, params GifFrame[] frames)
    {
        using var output = new MemoryStream();
        var encoder = new GifEncoder(output, width, height, palette, loops);
        foreach (var frame in frames) encoder.WriteFrame(frame);
        encoder.Finish();
        return output.ToArray();
    }

    [Fact]
    public void A_one_pixel_gif_is_byte_for_byte_the_hand_checked_file()
    {
        var palette = GifPalette.Create([0x000000u, 0xFFFFFFu], withTransparentSlot: false);
        var gif = Write(palette, 1, 1, null, new GifFrame(0, 0, 1, 1, new byte[] { 0 }) { Disposal = GifDisposal.Unspecified });
        byte[] expected =
        [
            0x47, 0x49, 0x46, 0x38, 0x39, 0x61,             // "GIF89a"
            0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00,       // 1x1 screen, global table of 2 colours, background 0, square pixels
            0x00, 0x00, 0x00, 0xFF, 0xFF, 0xFF,             // black, white
            0x21, 0xF9, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, // graphic control: no disposal, no delay, no transparency
            0x2C, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, // image 1x1 at (0,0), no local table
            0x02, 0x02, 0x44, 0x01, 0x00,                   // min code size 2; CLEAR(4) 0 END(5) in 3-bit codes = 0x0144
            0x3B,
        ];
        Assert.Equal(expected, gif);
    }

    [Fact]
    public void The_header_screen_table_and_loop_extension_are_laid_out_as_gif89a_says()
    {
        // 5 colours need a 3-bit (8-slot) table
        var palette = GifPalette.Create([0x0000FFu, 0x00FF00u, 0xFF0000u, 0x123456u, 0xABCDEFu], withTransparentSlot: false);
        var gif = Write(palette, 300, 2, 0, new GifFrame(0, 0, 300, 2, new byte[600]) { DelayCentiseconds = 7 });
        byte[] prefix =
        [
            0x47, 0x49, 0x46, 0x38, 0x39, 0x61,
            0x2C, 0x01, 0x02, 0x00, 0xA2, 0x00, 0x00,       // 300 = 0x012C little-endian; table flag, resolution 3 bits, size 2^(2+1)
            0xFF, 0x00, 0x00, 0x00, 0xFF, 0x00, 0x00, 0x00, 0xFF, 0x56, 0x34, 0x12, 0xEF, 0xCD, 0xAB,
            0, 0, 0, 0, 0, 0, 0, 0, 0,                      // padding to 8 slots
            0x21, 0xFF, 0x0B, .. "NETSCAPE2.0"u8, 0x03, 0x01, 0x00, 0x00, 0x00, // loop forever
            0x21, 0xF9, 0x04, 0x04, 0x07, 0x00, 0x00, 0x00, // keep the frame, 7 cs
        ];
        Assert.Equal(prefix, gif[..prefix.Length]);
        Assert.Equal(0x3B, gif[^1]);
    }

    [Fact]
    public void A_frame_with_its_own_colour_table_decodes_with_those_colours()
    {
        var global = GifPalette.Create([0x000000u, 0xFFFFFFu], withTransparentSlot: false);
        var local = GifPalette.Create([0x2040F0u, 0x10E020u, 0xC0C0C0u], withTransparentSlot: false);
        var gif = Write(global, 3, 2, 0,
            new GifFrame(0, 0, 3, 2, new byte[] { 0, 1, 0, 1, 0, 1 }) { DelayCentiseconds = 10 },
            new GifFrame(1, 0, 2, 2, new byte[] { 0, 1, 2, 2 }) { DelayCentiseconds = 20, LocalPalette = local });

        var decoded = DecodedGif.From(gif);
        Assert.Equal(2, decoded.Frames.Count);
        Assert.Equal([0xFF000000u, 0xFFFFFFFFu, 0xFF000000u, 0xFFFFFFFFu, 0xFF000000u, 0xFFFFFFFFu], decoded.Frames[0].Pixels);
        Assert.Equal([0xFF000000u, 0xFF2040F0u, 0xFF10E020u, 0xFFFFFFFFu, 0xFFC0C0C0u, 0xFFC0C0C0u], decoded.Frames[1].Pixels);
    }

    [Fact]
    public void Transparent_pixels_leave_the_previous_frame_showing()
    {
        var palette = GifPalette.Create([0x0000FFu, 0x00FF00u], withTransparentSlot: true);
        var gif = Write(palette, 2, 2, 0,
            new GifFrame(0, 0, 2, 2, new byte[] { 0, 0, 0, 0 }) { DelayCentiseconds = 5 },
            new GifFrame(0, 0, 2, 2, new byte[] { 2, 1, 2, 2 }) { DelayCentiseconds = 5, TransparentIndex = palette.TransparentIndex });

        var decoded = DecodedGif.From(gif);
        // colours are 0x00BBGGRR, decoded pixels 0xAABBGGRR
        Assert.Equal([0xFF0000FFu, 0xFF00FF00u, 0xFF0000FFu, 0xFF0000FFu], decoded.Frames[1].Pixels);
    }

    [Fact]
    public void Data_comes_in_sub_blocks_of_at_most_255_bytes()
    {
        var palette = GifPalette.Create(Enumerable.Range(0, 256).Select(i => (uint)(i * 0x010101)).ToArray(), withTransparentSlot: false);
        var noise = new byte[200 * 200];
        new Random(5).NextBytes(noise);
        var gif = Write(palette, 200, 200, 0, new GifFrame(0, 0, 200, 200, noise));

        var image = Assert.Single(GifStructure.Parse(gif).Images);
        Assert.Equal(255, image.LargestSubBlock);
        Assert.Equal(noise, image.Indices);
    }

    [Fact]
    public void An_index_outside_the_table_is_refused_rather_than_written_as_garbage()
    {
        var palette = GifPalette.Create([0u, 1u, 2u], withTransparentSlot: false);
        using var output = new MemoryStream();
        var encoder = new GifEncoder(output, 2, 1, palette);
        Assert.Throws<ArgumentException>(() => encoder.WriteFrame(new GifFrame(0, 0, 2, 1, new byte[] { 1, 4 })));
    }
}
