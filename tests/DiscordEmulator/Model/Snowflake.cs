namespace GameTime.DiscordEmulator;

/// <summary>Discord ids: milliseconds since the Discord epoch in the top 42 bits, then worker, process and increment.</summary>
internal static class Snowflake
{
    private const long DiscordEpochMs = 1420070400000;
    private static int increment;

    public static ulong Next(DateTimeOffset? at = null)
    {
        long ms = (at ?? DateTimeOffset.UtcNow).ToUnixTimeMilliseconds() - DiscordEpochMs;
        ulong seq = (ulong)(Interlocked.Increment(ref increment) & 0xFFF);
        // Worker 1, process 0: fixed, like a single Discord API node.
        return ((ulong)ms << 22) | (1UL << 17) | seq;
    }

    public static DateTimeOffset Time(ulong id) =>
        DateTimeOffset.FromUnixTimeMilliseconds((long)(id >> 22) + DiscordEpochMs);
}
