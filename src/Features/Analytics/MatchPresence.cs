using GameTime.Features.Activity;

namespace GameTime.Features.Analytics;

/// <summary>A member's matches split by whether they were in the server's voice at the time (community spec §5.12-5.13).</summary>
public readonly record struct MatchSplit(ulong UserId, int InVoice, int Outside, int WinsInVoice, int WinsOutside)
{
    public int Total => InVoice + Outside;

    public double InVoiceRate => Total == 0 ? 0 : (double)InVoice / Total;

    public double? WinRateInVoice => InVoice == 0 ? null : (double)WinsInVoice / InVoice;

    public double? WinRateOutside => Outside == 0 ? null : (double)WinsOutside / Outside;
}

public static class MatchPresence
{
    /// <summary>Per member with matches: how many were played while in a voice channel (start inside a span).</summary>
    public static List<MatchSplit> Split(IEnumerable<MemberMatch> matches, IEnumerable<VoiceSpan> spans)
    {
        var byMember = spans.GroupBy(s => s.UserId).ToDictionary(g => g.Key, g => g.OrderBy(s => s.StartMs).ToList());
        var result = new List<MatchSplit>();
        foreach (var member in matches.GroupBy(m => m.UserId).OrderBy(g => g.Key))
        {
            var own = byMember.GetValueOrDefault(member.Key) ?? [];
            int inVoice = 0, outside = 0, winsIn = 0, winsOut = 0;
            foreach (var match in member)
            {
                bool during = own.Exists(s => s.StartMs <= match.PlayedAtMs && match.PlayedAtMs < s.EndMs);
                if (during)
                {
                    inVoice++;
                    winsIn += match.Won ? 1 : 0;
                }
                else
                {
                    outside++;
                    winsOut += match.Won ? 1 : 0;
                }
            }
            result.Add(new MatchSplit(member.Key, inVoice, outside, winsIn, winsOut));
        }
        return result;
    }

    /// <summary>How often each member played each operator in the window: member -> operator -> count.</summary>
    public static Dictionary<ulong, Dictionary<string, int>> Operators(IEnumerable<MemberMatch> matches)
    {
        var counts = new Dictionary<ulong, Dictionary<string, int>>();
        foreach (var match in matches)
        {
            if (!counts.TryGetValue(match.UserId, out var own))
            {
                counts[match.UserId] = own = new Dictionary<string, int>(StringComparer.Ordinal);
            }
            foreach (var op in match.Operators)
            {
                own[op] = own.GetValueOrDefault(op) + 1;
            }
        }
        return counts;
    }
}
