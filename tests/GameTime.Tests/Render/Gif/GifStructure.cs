namespace GameTime.Tests.Render.Gif;

/// <summary>
/// An independent reading of a GIF's blocks (not the encoder's code): the global table, each image's rectangle,
/// and how many CLEAR codes its LZW data holds, decoded with a plain textbook LZW decoder.
/// </summary>
internal sealed record GifStructure(int Width, int Height, uint[] GlobalColors, IReadOnlyList<GifStructure.Image> Images)
{
    public sealed record Image(int Left, int Top, int Width, int Height, int TransparentIndex, int DelayCentiseconds,
        int ClearCodes, int LargestSubBlock, byte[] Indices);

    public static GifStructure Parse(byte[] gif)
    {
        var at = 6;
        int U16() { var v = gif[at] | (gif[at + 1] << 8); at += 2; return v; }
        Assert.Equal("GIF89a"u8.ToArray(), gif[..6]);
        var width = U16();
        var height = U16();
        var packed = gif[at];
        at += 3;
        var colors = Array.Empty<uint>();
        if ((packed & 0x80) != 0) (colors, at) = ReadTable(gif, at, packed & 7);

        var images = new List<Image>();
        int transparent = -1, delay = 0;
        while (true)
        {
            var block = gif[at++];
            if (block == 0x3B) break;
            if (block == 0x21)
            {
                var label = gif[at++];
                if (label == 0xF9)
                {
                    transparent = (gif[at + 1] & 1) != 0 ? gif[at + 4] : -1;
                    delay = gif[at + 2] | (gif[at + 3] << 8);
                }
                while (gif[at] != 0) at += gif[at] + 1;
                at++;
                continue;
            }
            Assert.Equal(0x2C, block);
            int left = U16(), top = U16(), w = U16(), h = U16();
            var imagePacked = gif[at++];
            var tableBits = 0;
            if ((imagePacked & 0x80) != 0) (_, at) = ReadTable(gif, at, tableBits = imagePacked & 7);
            var minCodeSize = gif[at++];
            var data = new List<byte>();
            var largest = 0;
            while (gif[at] != 0)
            {
                largest = Math.Max(largest, gif[at]);
                data.AddRange(gif.AsSpan(at + 1, gif[at]).ToArray());
                at += gif[at] + 1;
            }
            at++;
            var (indices, clears) = Lzw(data.ToArray(), minCodeSize, w * h);
            images.Add(new Image(left, top, w, h, transparent, delay, clears, largest, indices));
            transparent = -1;
            delay = 0;
        }
        Assert.Equal(gif.Length, at);
        return new GifStructure(width, height, colors, images);
    }

    private static (uint[] Colors, int At) ReadTable(byte[] gif, int at, int bits)
    {
        var colors = new uint[1 << (bits + 1)];
        for (var i = 0; i < colors.Length; i++, at += 3) colors[i] = gif[at] | ((uint)gif[at + 1] << 8) | ((uint)gif[at + 2] << 16);
        return (colors, at);
    }

    private static (byte[] Indices, int Clears) Lzw(byte[] data, int minCodeSize, int pixels)
    {
        var clear = 1 << minCodeSize;
        var end = clear + 1;
        var table = new List<byte[]>();
        void ResetTable()
        {
            table.Clear();
            for (var i = 0; i < clear + 2; i++) table.Add([(byte)i]);
        }
        ResetTable();
        var output = new List<byte>();
        int size = minCodeSize + 1, bitPosition = 0, clears = 0;
        byte[]? previous = null;
        while (true)
        {
            var code = 0;
            for (var b = 0; b < size; b++, bitPosition++) code |= ((data[bitPosition >> 3] >> (bitPosition & 7)) & 1) << b;
            if (code == clear)
            {
                clears++;
                ResetTable();
                size = minCodeSize + 1;
                previous = null;
                continue;
            }
            if (code == end) break;
            byte[] entry;
            if (code < table.Count) entry = table[code];
            else if (code == table.Count && previous is not null) entry = [.. previous, previous[0]];
            else throw new InvalidDataException($"LZW code {code} is not in the {table.Count}-entry table");
            output.AddRange(entry);
            if (previous is not null && table.Count < 4096) table.Add([.. previous, entry[0]]);
            if (table.Count == (1 << size) && size < 12) size++;
            previous = entry;
        }
        Assert.Equal(pixels, output.Count);
        return (output.ToArray(), clears);
    }
}
