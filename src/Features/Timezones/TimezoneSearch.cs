namespace GameTime.Features.Timezones;

/// <summary>
/// Autocomplete over the machine's IANA zones: what the member typed, matched case-insensitively anywhere in the
/// name (spaces count as underscores, so "new york" finds America/New_York), the community's common zones first.
/// </summary>
public static class TimezoneSearch
{
    private static readonly Lazy<string[]> s_all = new(() =>
    [
        .. TimeZoneInfo.GetSystemTimeZones()
            .Select(z => z.Id)
            .Where(id => id.Contains('/', StringComparison.Ordinal) && !id.StartsWith("Etc/", StringComparison.Ordinal)
                && !id.StartsWith("posix", StringComparison.Ordinal) && !id.StartsWith("right/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal),
    ]);

    public static IReadOnlyList<string> Find(string typed, int max = 25)
    {
        string needle = typed.Trim().Replace(' ', '_');
        if (needle.Length == 0) return [.. TimeZoneCatalog.Common.Take(max)];
        return
        [
            .. TimeZoneCatalog.Common.Concat(s_all.Value).Distinct(StringComparer.Ordinal)
                .Where(id => id.Contains(needle, StringComparison.OrdinalIgnoreCase))
                .OrderBy(id => Rank(id, needle))
                .Take(max),
        ];
    }

    // Common zones first, then a match at the start of the city, then anywhere.
    private static int Rank(string id, string needle)
    {
        int rank = TimeZoneCatalog.Common.Contains(id) ? 0 : 2;
        string city = id[(id.LastIndexOf('/') + 1)..];
        if (!city.StartsWith(needle, StringComparison.OrdinalIgnoreCase) && !id.StartsWith(needle, StringComparison.OrdinalIgnoreCase)) rank++;
        return rank;
    }
}
