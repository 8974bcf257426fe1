using GameTime.Features.Activity;
using GameTime.Features.Data;
using GameTime.Features.Timezones;
using Microsoft.Data.Sqlite;

namespace GameTime.Features.Analytics;

/// <summary>A tracked match of a member (rollbacks left out), for the in-server charts.</summary>
public readonly record struct MemberMatch(ulong UserId, long PlayedAtMs, bool Won, IReadOnlyList<string> Operators);

/// <summary>When a member was last in voice before the window's end; null while they still are.</summary>
public readonly record struct LastSeen(ulong UserId, long? LastLeftMs);

/// <summary>A guild as the admin console lists it.</summary>
public sealed record GuildActivity(ulong GuildId, string Name, long Sessions, long? FirstSessionMs, TimeZoneInfo Zone);

/// <summary>Everything the community charts read for one guild and window, loaded in one read transaction.</summary>
public sealed record CommunityData(
    AnalyticsRange Range,
    IReadOnlyDictionary<ulong, string> Names,
    IReadOnlyList<VoiceSpan> Spans,
    IReadOnlyList<LastSeen> LastSeen,
    IReadOnlyList<MemberMatch> Matches)
{
    public string Name(ulong userId) => Names.TryGetValue(userId, out var name) ? name : userId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static CommunityData Load(Database database, ulong guildId, int fromDaysAgo, int toDaysAgo, DateTimeOffset now)
    {
        using var connection = database.Open();
        using var tx = connection.BeginTransaction();
        var zone = GuildZone(connection, guildId);
        var range = AnalyticsRange.DaysAgo(guildId, zone, fromDaysAgo, toDaysAgo, now);
        return new CommunityData(range, ReadNames(connection, guildId), VoiceSessionReader.Read(connection, guildId, range.FromMs, range.ToMs, range.NowMs),
            LastSeenBefore(connection, guildId, range.ToMs), ReadMatches(connection, guildId, range));
    }

    /// <summary>Every guild the database knows, most voice sessions first, with its zone and first session (null: none yet).</summary>
    public static List<GuildActivity> Guilds(Database database)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT g.guild_id, g.name, count(s.session_id) AS n, min(s.started_at_ms), c.timezone
            FROM guilds g LEFT JOIN voice_sessions s ON s.guild_id = g.guild_id LEFT JOIN guild_config c ON c.guild_id = g.guild_id
            GROUP BY g.guild_id ORDER BY n DESC, g.guild_id
            """;
        using var reader = command.ExecuteReader();
        var guilds = new List<GuildActivity>();
        while (reader.Read())
        {
            guilds.Add(new GuildActivity((ulong)reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2), reader.IsDBNull(3) ? null : reader.GetInt64(3),
                TimeZoneCatalog.GuildZone(reader.IsDBNull(4) ? null : reader.GetString(4)).Zone));
        }
        return guilds;
    }

    private static TimeZoneInfo GuildZone(SqliteConnection connection, ulong guildId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT timezone FROM guild_config WHERE guild_id = $guild";
        command.Parameters.AddWithValue("$guild", (long)guildId);
        return TimeZoneCatalog.GuildZone(command.ExecuteScalar() as string).Zone;
    }

    private static Dictionary<ulong, string> ReadNames(SqliteConnection connection, ulong guildId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT user_id, display_name FROM members WHERE guild_id = $guild";
        command.Parameters.AddWithValue("$guild", (long)guildId);
        using var reader = command.ExecuteReader();
        var names = new Dictionary<ulong, string>();
        while (reader.Read())
        {
            names[(ulong)reader.GetInt64(0)] = reader.GetString(1);
        }
        return names;
    }

    private static List<LastSeen> LastSeenBefore(SqliteConnection connection, ulong guildId, long toMs)
    {
        using var command = connection.CreateCommand();
        // All history before the window's end, not only the window: a member gone for longer than the window still shows.
        command.CommandText = """
            SELECT user_id, max(min(coalesce(ended_at_ms, $to), $to)), max(ended_at_ms IS NULL OR ended_at_ms > $to)
            FROM voice_sessions WHERE guild_id = $guild AND started_at_ms < $to
            GROUP BY user_id ORDER BY user_id
            """;
        command.Parameters.AddWithValue("$guild", (long)guildId);
        command.Parameters.AddWithValue("$to", toMs);
        using var reader = command.ExecuteReader();
        var seen = new List<LastSeen>();
        while (reader.Read())
        {
            bool inVoice = reader.GetInt64(2) == 1;
            seen.Add(new LastSeen((ulong)reader.GetInt64(0), inVoice ? null : reader.GetInt64(1)));
        }
        return seen;
    }

    private static List<MemberMatch> ReadMatches(SqliteConnection connection, ulong guildId, AnalyticsRange range)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT m.user_id, s.played_at_ms, s.has_win,
                   (SELECT group_concat(o.operator_name, char(31)) FROM
                       (SELECT operator_name FROM r6_match_operators WHERE match_stat_id = s.match_stat_id ORDER BY position) o)
            FROM members m JOIN r6_match_stats s ON s.player_id = m.r6_player_id
            WHERE m.guild_id = $guild AND s.is_rollback = 0 AND s.played_at_ms >= $from AND s.played_at_ms < $to
            ORDER BY m.user_id, s.played_at_ms
            """;
        command.Parameters.AddWithValue("$guild", (long)guildId);
        command.Parameters.AddWithValue("$from", range.FromMs);
        command.Parameters.AddWithValue("$to", range.ToMs);
        using var reader = command.ExecuteReader();
        var matches = new List<MemberMatch>();
        while (reader.Read())
        {
            string[] operators = reader.IsDBNull(3) ? [] : reader.GetString(3).Split('\u001f');
            matches.Add(new MemberMatch((ulong)reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2) == 1, operators));
        }
        return matches;
    }
}
