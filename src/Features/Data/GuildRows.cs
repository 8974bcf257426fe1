using Microsoft.Data.Sqlite;

namespace GameTime.Features.Data;

/// <summary>
/// The parent rows every per-guild table references: the guild (with its configuration row) and the member.
/// Features call these before writing, inside their own connection or transaction.
/// </summary>
public static class GuildRows
{
    public static void EnsureGuild(SqliteConnection connection, ulong guildId, string name, long nowMs)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO guilds (guild_id, name, joined_at_ms, updated_at_ms) VALUES ($guild, $name, $now, $now)
            ON CONFLICT (guild_id) DO UPDATE SET
                name = CASE WHEN excluded.name = '' THEN guilds.name ELSE excluded.name END,
                left_at_ms = NULL, updated_at_ms = excluded.updated_at_ms;
            INSERT INTO guild_config (guild_id, updated_at_ms) VALUES ($guild, $now) ON CONFLICT (guild_id) DO NOTHING;
            """;
        command.Parameters.AddWithValue("$guild", (long)guildId);
        command.Parameters.AddWithValue("$name", name);
        command.Parameters.AddWithValue("$now", nowMs);
        command.ExecuteNonQuery();
    }

    /// <summary>Creates the member row or refreshes its display name (the guild row must exist).</summary>
    public static void EnsureMember(SqliteConnection connection, ulong guildId, ulong userId, string displayName, long nowMs)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO members (guild_id, user_id, display_name, first_seen_at_ms, updated_at_ms) VALUES ($guild, $user, $name, $now, $now)
            ON CONFLICT (guild_id, user_id) DO UPDATE SET display_name = excluded.display_name, left_at_ms = NULL, updated_at_ms = excluded.updated_at_ms
            """;
        command.Parameters.AddWithValue("$guild", (long)guildId);
        command.Parameters.AddWithValue("$user", (long)userId);
        command.Parameters.AddWithValue("$name", displayName);
        command.Parameters.AddWithValue("$now", nowMs);
        command.ExecuteNonQuery();
    }

    /// <summary>Creates the member row when the name is unknown (a snapshot without the member), keeping any stored name.</summary>
    public static void EnsureMemberKeepingName(SqliteConnection connection, ulong guildId, ulong userId, long nowMs)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO members (guild_id, user_id, display_name, first_seen_at_ms, updated_at_ms) VALUES ($guild, $user, $name, $now, $now)
            ON CONFLICT (guild_id, user_id) DO NOTHING
            """;
        command.Parameters.AddWithValue("$guild", (long)guildId);
        command.Parameters.AddWithValue("$user", (long)userId);
        command.Parameters.AddWithValue("$name", userId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$now", nowMs);
        command.ExecuteNonQuery();
    }

    /// <summary>Sets a known member's display name where it changed (no row is created); parameters $guild, $user, $name, $now.</summary>
    public const string RefreshMemberNameSql = """
        UPDATE members SET display_name = $name, updated_at_ms = $now
        WHERE guild_id = $guild AND user_id = $user AND display_name <> $name
        """;

    /// <summary>Refreshes the display name of a member the bot already knows; true if it changed.</summary>
    public static bool RefreshMemberName(SqliteConnection connection, ulong guildId, ulong userId, string displayName, long nowMs)
    {
        using var command = connection.CreateCommand();
        command.CommandText = RefreshMemberNameSql;
        command.Parameters.AddWithValue("$guild", (long)guildId);
        command.Parameters.AddWithValue("$user", (long)userId);
        command.Parameters.AddWithValue("$name", displayName);
        command.Parameters.AddWithValue("$now", nowMs);
        return command.ExecuteNonQuery() > 0;
    }
}
