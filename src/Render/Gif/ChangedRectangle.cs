namespace GameTime.Render.Gif;

/// <summary>
/// The part of a frame that differs from the previous one. Only that rectangle is stored; inside it, pixels that did
/// not change become the transparent index, which LZW packs into long cheap runs while the old pixel shows through.
/// </summary>
internal static class ChangedRectangle
{
    /// <summary>The frame to write for <paramref name="current"/> given the screen after <paramref name="previous"/>.</summary>
    public static GifFrame Between(ReadOnlySpan<byte> previous, ReadOnlySpan<byte> current, int width, int height, int transparentIndex)
    {
        int top = 0, bottom = height - 1;
        while (top < height && Row(previous, top, width).SequenceEqual(Row(current, top, width))) top++;
        if (top == height)
        {
            // nothing changed; GIF has no empty image, so one transparent pixel carries the delay
            return new GifFrame(0, 0, 1, 1, new[] { (byte)transparentIndex }) { TransparentIndex = transparentIndex };
        }
        while (Row(previous, bottom, width).SequenceEqual(Row(current, bottom, width))) bottom--;

        int left = width, right = -1;
        for (var y = top; y <= bottom; y++)
        {
            var before = Row(previous, y, width);
            var after = Row(current, y, width);
            var first = before.CommonPrefixLength(after);
            if (first == width) continue;
            left = Math.Min(left, first);
            var last = width - 1;
            while (before[last] == after[last]) last--;
            right = Math.Max(right, last);
        }

        var w = right - left + 1;
        var h = bottom - top + 1;
        var indices = new byte[w * h];
        for (var y = 0; y < h; y++)
        {
            var before = previous.Slice(((top + y) * width) + left, w);
            var after = current.Slice(((top + y) * width) + left, w);
            var target = indices.AsSpan(y * w, w);
            for (var x = 0; x < w; x++) target[x] = after[x] == before[x] ? (byte)transparentIndex : after[x];
        }
        return new GifFrame(left, top, w, h, indices) { TransparentIndex = transparentIndex };
    }

    private static ReadOnlySpan<byte> Row(ReadOnlySpan<byte> pixels, int y, int width) => pixels.Slice(y * width, width);
}
