namespace GameTime.Render.Graphs;

/// <summary>
/// SplitMix64 (Steele, Lea, Flood 2014): a tiny PRNG whose sequence is fixed by its seed on every machine and
/// runtime, unlike System.Random, so layouts and test data are reproducible pixel for pixel.
/// </summary>
public struct SplitMix64(ulong seed)
{
    private ulong _state = seed;

    public ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A double in [0, 1) from the top 53 bits.</summary>
    public double NextDouble() => (Next() >> 11) * (1.0 / (1UL << 53));

    /// <summary>An int in [0, bound), bound &gt; 0 (the tiny modulo bias does not matter for layouts or test data).</summary>
    public int NextInt(int bound)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bound);
        return (int)(Next() % (ulong)bound);
    }
}
