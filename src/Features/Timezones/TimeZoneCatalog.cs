namespace GameTime.Features.Timezones;

/// <summary>
/// IANA time zones as members and guilds use them: a short list to pick from, the legacy names the original
/// bot stored (US/Eastern ...) mapped to their canonical zones, and lookup that never throws.
/// </summary>
public static class TimeZoneCatalog
{
    public const string DefaultGuildZone = "America/New_York";

    /// <summary>The zones offered first: where this community's members live.</summary>
    public static readonly IReadOnlyList<string> Common =
    [
        "America/Los_Angeles", "America/Denver", "America/Phoenix", "America/Chicago", "America/New_York",
        "America/Halifax", "America/Sao_Paulo", "Europe/London", "Europe/Paris", "Europe/Berlin",
        "Europe/Helsinki", "Europe/Moscow", "Asia/Dubai", "Asia/Kolkata", "Asia/Singapore", "Asia/Tokyo",
        "Australia/Sydney", "Pacific/Auckland",
    ];

    private static readonly Dictionary<string, string> s_legacy = new(StringComparer.OrdinalIgnoreCase)
    {
        ["US/Pacific"] = "America/Los_Angeles",
        ["US/Mountain"] = "America/Denver",
        ["US/Central"] = "America/Chicago",
        ["US/Eastern"] = "America/New_York",
    };

    /// <summary>The canonical IANA name for a stored or typed value (legacy US/* names included).</summary>
    public static string Canonical(string name) => s_legacy.TryGetValue(name.Trim(), out var canonical) ? canonical : name.Trim();

    /// <summary>
    /// A guild's stored zone (null: no configuration row), as its canonical name and zone; a zone this machine does not
    /// know falls back to the default one, so the schedule and the charts keep working rather than stop.
    /// </summary>
    public static (string Name, TimeZoneInfo Zone) GuildZone(string? stored)
    {
        if (stored is not null && TryResolve(stored, out var zone)) return (Canonical(stored), zone);
        TryResolve(DefaultGuildZone, out var fallback);
        return (DefaultGuildZone, fallback);
    }

    public static bool TryResolve(string name, out TimeZoneInfo zone)
    {
        zone = TimeZoneInfo.Utc;
        var id = Canonical(name);
        // Only IANA ids: Windows names and offsets like "+02:00" are not accepted from members.
        if (id.Length == 0 || !id.Contains('/') && id != "UTC") return false;
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(id);
            return true;
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return false;
        }
    }
}
