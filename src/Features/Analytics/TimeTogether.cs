using GameTime.Features.Activity;

namespace GameTime.Features.Analytics;

/// <summary>Two members and the time they spent in the same voice channel (A &lt; B).</summary>
public readonly record struct PairTime(ulong A, ulong B, long Ms);

/// <summary>Who was in voice with whom, and for how long (community spec §5.1).</summary>
public static class TimeTogether
{
    /// <summary>Pairs below this are chance meetings, not relationships (the original's 1-hour filter).</summary>
    public static readonly TimeSpan MinimumTogether = TimeSpan.FromHours(1);

    /// <summary>
    /// Sums the overlap of every two members' spans per channel, then across channels (unlike the original, which
    /// filtered per channel and kept (A,B) and (B,A) apart). Pairs under <see cref="MinimumTogether"/> are left out.
    /// Sorted by time together, longest first, then by ids.
    /// </summary>
    public static List<PairTime> Pairs(IEnumerable<VoiceSpan> spans)
    {
        var totals = new Dictionary<(ulong, ulong), long>();
        foreach (var channel in spans.GroupBy(s => s.ChannelId))
        {
            // Sweep in start order, keeping the spans still running; each overlap is counted once.
            var active = new List<VoiceSpan>();
            foreach (var span in channel.OrderBy(s => s.StartMs).ThenBy(s => s.UserId))
            {
                active.RemoveAll(a => a.EndMs <= span.StartMs);
                foreach (var other in active)
                {
                    long overlap = span.OverlapMs(other);
                    if (overlap > 0 && other.UserId != span.UserId)
                    {
                        var key = other.UserId < span.UserId ? (other.UserId, span.UserId) : (span.UserId, other.UserId);
                        totals[key] = totals.GetValueOrDefault(key) + overlap;
                    }
                }
                active.Add(span);
            }
        }
        long minimum = (long)MinimumTogether.TotalMilliseconds;
        return [.. totals.Where(t => t.Value > minimum)
            .Select(t => new PairTime(t.Key.Item1, t.Key.Item2, t.Value))
            .OrderByDescending(p => p.Ms).ThenBy(p => p.A).ThenBy(p => p.B)];
    }
}
