using System.Runtime.InteropServices;

namespace GameTime.Render.Gif;

/// <summary>
/// The colours seen across frames: counts and channel sums in 32x32x32 bins (5 bits a channel) for median cut,
/// plus the exact colours while there are few enough of them for a lossless palette.
/// </summary>
public sealed class ColorHistogram
{
    internal const int BinCount = 1 << 15;
    private const int ExactLimit = 256;

    internal long[] Count { get; } = new long[BinCount];
    internal long[] SumR { get; } = new long[BinCount];
    internal long[] SumG { get; } = new long[BinCount];
    internal long[] SumB { get; } = new long[BinCount];
    internal long[] SquaresR { get; } = new long[BinCount];
    internal long[] SquaresG { get; } = new long[BinCount];
    internal long[] SquaresB { get; } = new long[BinCount];

    private readonly SortedSet<uint> _exact = [];
    private bool _tooManyExact;

    /// <summary>The distinct colours seen, ascending, or null once there were more than 256.</summary>
    public IReadOnlyCollection<uint>? ExactColors => _tooManyExact ? null : _exact;

    /// <summary>Counts the RGBA pixels of <paramref name="rgba"/>, every <paramref name="step"/>-th one.</summary>
    public void Add(ReadOnlySpan<byte> rgba, int step = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(step, 1);
        var pixels = MemoryMarshal.Cast<byte, uint>(rgba);
        var last = uint.MaxValue;
        var lastBin = 0;
        long run = 0;
        for (var i = 0; i < pixels.Length; i += step)
        {
            var rgb = pixels[i] & 0xFFFFFF;
            if (rgb == last)
            {
                run++;
                continue;
            }
            if (run > 0) AddToBin(lastBin, last, run);
            last = rgb;
            lastBin = Bin(rgb);
            run = 1;
            if (!_tooManyExact && _exact.Add(rgb) && _exact.Count > ExactLimit) _tooManyExact = true;
        }
        if (run > 0) AddToBin(lastBin, last, run);
    }

    internal static int Bin(uint rgb) =>
        (int)(((rgb >> 3) & 0x1F) | (((rgb >> 11) & 0x1F) << 5) | (((rgb >> 19) & 0x1F) << 10));

    private void AddToBin(int bin, uint rgb, long times)
    {
        long r = (byte)rgb, g = (byte)(rgb >> 8), b = (byte)(rgb >> 16);
        Count[bin] += times;
        SumR[bin] += r * times;
        SumG[bin] += g * times;
        SumB[bin] += b * times;
        SquaresR[bin] += r * r * times;
        SquaresG[bin] += g * g * times;
        SquaresB[bin] += b * b * times;
    }
}
