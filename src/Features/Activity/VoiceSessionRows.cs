using Microsoft.Data.Sqlite;

namespace GameTime.Features.Activity;

/// <summary>The SQL of voice_sessions and voice_events, run inside the caller's transaction.</summary>
internal static class VoiceSessionRows
{
    public static HashSet<ulong> TrackedChannels(SqliteConnection connection, ulong guildId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT channel_id FROM guild_voice_channels WHERE guild_id = $guild";
        command.Parameters.AddWithValue("$guild", (long)guildId);
        using var reader = command.ExecuteReader();
        var channels = new HashSet<ulong>();
        while (reader.Read()) channels.Add((ulong)reader.GetInt64(0));
        return channels;
    }

    /// <summary>The member's open session (the schema allows at most one per guild and member).</summary>
    public static OpenVoiceSession? OpenSession(SqliteConnection connection, ulong guildId, ulong userId) =>
        OpenSessions(connection, guildId, userId) is [var only] ? only : null;

    /// <summary>Open sessions of the guild, or of one member of it.</summary>
    public static List<OpenVoiceSession> OpenSessions(SqliteConnection connection, ulong guildId, ulong? userId = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT session_id, user_id, channel_id, started_at_ms FROM voice_sessions
            WHERE guild_id = $guild AND ended_at_ms IS NULL AND ($user IS NULL OR user_id = $user)
            ORDER BY started_at_ms, session_id
            """;
        command.Parameters.AddWithValue("$guild", (long)guildId);
        command.Parameters.AddWithValue("$user", userId is { } u ? (long)u : DBNull.Value);
        using var reader = command.ExecuteReader();
        var sessions = new List<OpenVoiceSession>();
        while (reader.Read())
        {
            sessions.Add(new OpenVoiceSession(reader.GetInt64(0), (ulong)reader.GetInt64(1), (ulong)reader.GetInt64(2), reader.GetInt64(3)));
        }
        return sessions;
    }

    public static void Open(SqliteConnection connection, ulong guildId, ulong userId, ulong channelId, long atMs)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO voice_sessions (guild_id, user_id, channel_id, started_at_ms) VALUES ($guild, $user, $channel, $at)
            """;
        command.Parameters.AddWithValue("$guild", (long)guildId);
        command.Parameters.AddWithValue("$user", (long)userId);
        command.Parameters.AddWithValue("$channel", (long)channelId);
        command.Parameters.AddWithValue("$at", atMs);
        command.ExecuteNonQuery();
    }

    /// <summary>Closes a session; a clock that stepped back never makes it end before it started.</summary>
    public static void Close(SqliteConnection connection, OpenVoiceSession session, string reason, long atMs)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE voice_sessions SET ended_at_ms = $at, end_reason = $reason WHERE session_id = $id AND ended_at_ms IS NULL";
        command.Parameters.AddWithValue("$at", Math.Max(atMs, session.StartedAtMs));
        command.Parameters.AddWithValue("$reason", reason);
        command.Parameters.AddWithValue("$id", session.SessionId);
        command.ExecuteNonQuery();
    }

    public static void InsertEvent(SqliteConnection connection, ulong guildId, ulong userId, string kind, ulong channelId, ulong? fromChannelId, long atMs)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO voice_events (guild_id, user_id, channel_id, from_channel_id, event, at_ms)
            VALUES ($guild, $user, $channel, $from, $event, $at)
            """;
        command.Parameters.AddWithValue("$guild", (long)guildId);
        command.Parameters.AddWithValue("$user", (long)userId);
        command.Parameters.AddWithValue("$channel", (long)channelId);
        command.Parameters.AddWithValue("$from", fromChannelId is { } f ? (long)f : DBNull.Value);
        command.Parameters.AddWithValue("$event", kind);
        command.Parameters.AddWithValue("$at", atMs);
        command.ExecuteNonQuery();
    }
}
