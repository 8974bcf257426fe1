namespace GameTime.Features.Activity;

/// <summary>
/// A stretch of one member's time in one voice channel, clipped to the window it was read for:
/// [<see cref="StartMs"/>, <see cref="EndMs"/>) in Unix milliseconds (UTC). <see cref="Open"/>: the member had not left yet.
/// </summary>
public readonly record struct VoiceSpan(ulong UserId, ulong ChannelId, long StartMs, long EndMs, bool Open)
{
    public long DurationMs => EndMs - StartMs;

    /// <summary>The milliseconds both spans cover (0 when they do not meet or are in different channels).</summary>
    public long OverlapMs(VoiceSpan other) =>
        ChannelId != other.ChannelId ? 0 : Math.Max(0, Math.Min(EndMs, other.EndMs) - Math.Max(StartMs, other.StartMs));
}
