using System.Globalization;
using System.Text;
using GameTime.Rest.Discord;

namespace GameTime.Features.Schedule;

/// <summary>One member in one slot, as the message shows them: their rank emoji (if any) and name.</summary>
public sealed record ScheduleEntry(ulong UserId, string DisplayName, string? RankEmoji);

/// <summary>
/// The daily message (spec 1.4, reference-screens/daily_message.png): an embed with the schedule day's date, one line
/// per slot with its reaction and who plays then, and a footer on the timezone, the reactions and /addschedule.
/// The description stays within Discord's 4,096 characters however many vote: when the full list does not fit, every
/// slot shows its first N members (the largest N that fits) and "+M more".
/// </summary>
public static class ScheduleMessageText
{
    public const int DescriptionLimit = 4096;
    public const int NameLimit = 32;
    public const int Color = 0x2ECC71;

    public static JsonMessageBody Render(DateOnly day, string zoneId, IReadOnlyList<IReadOnlyList<ScheduleEntry>> slots, DateTimeOffset renderedAt) => new()
    {
        Embeds =
        [
            new JsonEmbed
            {
                Title = "Schedule",
                Description = Description(day, slots),
                Color = Color,
                Footer = new JsonEmbedFooter { Text = Footer(zoneId) },
                Timestamp = renderedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            },
        ],
        AllowedMentions = JsonAllowedMentions.None,
    };

    public static string Heading(DateOnly day) =>
        $"What time will you play on **{day.ToString("dddd, MMMM dd, yyyy", CultureInfo.InvariantCulture)}**?";

    public static string Description(DateOnly day, IReadOnlyList<IReadOnlyList<ScheduleEntry>> slots)
    {
        if (slots.Count != ScheduleSlots.Count) throw new ArgumentException("one list per slot", nameof(slots));
        int most = slots.Max(s => s.Count);
        var full = Build(day, slots, most);
        if (full.Length <= DescriptionLimit) return full;
        // The largest per-slot cap that fits; 0 always fits (12 short lines).
        int low = 0, high = most - 1;
        while (low < high)
        {
            int mid = (low + high + 1) / 2;
            if (Build(day, slots, mid).Length <= DescriptionLimit) low = mid;
            else high = mid - 1;
        }
        return Build(day, slots, low);
    }

    public static string Footer(string zoneId) =>
        $"\u26A0\uFE0F Times are in {ZoneLabel(zoneId)}.\n" +
        "React with a time's emoji to join it; remove your reaction to leave. " +
        "Use /addschedule to set the days and hours you usually play.";

    /// <summary>How a name is shown: one line, at most 32 characters (whole emoji and accents kept), markdown escaped.</summary>
    public static string Name(string displayName)
    {
        var flat = new StringBuilder(displayName.Length);
        foreach (char c in displayName) flat.Append(char.IsControl(c) ? ' ' : c);
        var text = flat.ToString().Trim();
        if (text.Length == 0) text = "?";
        var elements = StringInfo.GetTextElementEnumerator(text);
        var shown = new StringBuilder();
        int count = 0;
        while (elements.MoveNext())
        {
            if (++count > NameLimit)
            {
                shown.Append('…');
                break;
            }
            var element = elements.GetTextElement();
            if (element.Length == 1 && IsMarkdown(element[0])) shown.Append('\\');
            shown.Append(element);
        }
        return shown.ToString();
    }

    private static string Build(DateOnly day, IReadOnlyList<IReadOnlyList<ScheduleEntry>> slots, int cap)
    {
        var text = new StringBuilder();
        text.Append(Heading(day)).Append("\n\n");
        for (int slot = 0; slot < ScheduleSlots.Count; slot++)
        {
            var entries = slots[slot];
            text.Append(ScheduleSlots.EmojiOf(slot)).Append(" **").Append(ScheduleSlots.Label(slot)).Append("**: ");
            if (entries.Count == 0) text.Append('-');
            for (int i = 0; i < entries.Count && i < cap; i++)
            {
                if (i > 0) text.Append(", ");
                if (entries[i].RankEmoji is { Length: > 0 } rank) text.Append(rank).Append(' ');
                text.Append(Name(entries[i].DisplayName));
            }
            if (entries.Count > cap)
                text.Append(cap > 0 ? ", " : "").Append(CultureInfo.InvariantCulture, $"+{entries.Count - cap} more");
            text.Append('\n');
        }
        return text.ToString(0, text.Length - 1);
    }

    private static bool IsMarkdown(char c) => c is '*' or '_' or '~' or '`' or '|' or '>' or '\\' or '#' or '[' or ']';

    private static string ZoneLabel(string zoneId) => zoneId switch
    {
        "America/New_York" => "Eastern Time (America/New_York)",
        "America/Chicago" => "Central Time (America/Chicago)",
        "America/Denver" => "Mountain Time (America/Denver)",
        "America/Los_Angeles" => "Pacific Time (America/Los_Angeles)",
        _ => $"{zoneId} time",
    };
}
