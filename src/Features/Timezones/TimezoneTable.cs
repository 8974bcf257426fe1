using System.Globalization;
using System.Text;
using GameTime.Features.Members;
using GameTime.Rest.Discord;

namespace GameTime.Features.Timezones;

/// <summary>The /gettimezones embed: members grouped by timezone (west to east), the local time of each, the most common one.</summary>
public static class TimezoneTable
{
    private const int FieldValueLimit = 1024, MaxFields = 25, Green = 0x2ECC71;
    private const string NotSet = "No timezone set";

    public static JsonEmbed Build(string channelName, IReadOnlyList<(ulong UserId, MemberProfile? Profile)> members, DateTimeOffset now)
    {
        var groups = members
            .GroupBy(m => m.Profile?.Timezone is { } tz && TimeZoneCatalog.TryResolve(tz, out var zone) ? zone.Id : NotSet)
            .Select(g => (Zone: g.Key, Members: g.ToList()))
            .OrderBy(g => g.Zone == NotSet ? 1 : 0)
            .ThenBy(g => g.Zone == NotSet ? TimeSpan.Zero : Offset(g.Zone, now))
            .ThenBy(g => g.Zone, StringComparer.Ordinal)
            .ToList();

        var fields = groups.Take(MaxFields).Select(g => new JsonEmbedField
        {
            Name = g.Zone == NotSet ? $"{NotSet} ({g.Members.Count})" : $"{g.Zone} · {Local(g.Zone, now)} ({g.Members.Count})",
            Value = Lines(g.Members),
            Inline = true,
        }).ToArray();

        var counted = groups.Where(g => g.Zone != NotSet).OrderByDescending(g => g.Members.Count).ThenBy(g => g.Zone, StringComparer.Ordinal).ToList();
        return new JsonEmbed
        {
            Title = $"{channelName} timezones",
            Color = Green,
            Timestamp = now.ToString("yyyy-MM-ddTHH:mm:ssK", CultureInfo.InvariantCulture),
            Fields = fields,
            Footer = new JsonEmbedFooter
            {
                Text = counted.Count == 0
                    ? "Nobody here has set a timezone yet: /setmytimezone"
                    : $"Most common timezone: {counted[0].Zone}",
            },
        };
    }

    private static string Lines(List<(ulong UserId, MemberProfile? Profile)> members)
    {
        var text = new StringBuilder();
        for (int n = 0; n < members.Count; n++)
        {
            var (userId, profile) = members[n];
            string ubisoft = profile?.UbisoftActive ?? profile?.UbisoftMax ?? "?";
            string line = $"<@{userId}> ({ubisoft})";
            string more = $"… and {members.Count - n} more";
            if (text.Length + line.Length + 2 + more.Length > FieldValueLimit)
            {
                text.Append('\n').Append(more);
                break;
            }
            if (text.Length > 0) text.Append('\n');
            text.Append(line);
        }
        return text.ToString();
    }

    private static TimeSpan Offset(string zone, DateTimeOffset now) =>
        TimeZoneCatalog.TryResolve(zone, out var z) ? z.GetUtcOffset(now) : TimeSpan.Zero;

    private static string Local(string zone, DateTimeOffset now) =>
        TimeZoneCatalog.TryResolve(zone, out var z) ? TimezoneCommands.LocalTime(z, now) : "";
}
