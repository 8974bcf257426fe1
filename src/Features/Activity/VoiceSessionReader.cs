using GameTime.Features.Data;
using Microsoft.Data.Sqlite;

namespace GameTime.Features.Activity;

/// <summary>
/// The one way to read voice sessions for a time window. Every consumer (charts, summaries, greetings) goes through it,
/// so a session that crosses the window's edge, or midnight, or is still open, is counted the same everywhere:
/// clipped to [from, to), and a member still in voice counts up to <c>now</c> (never beyond the window).
/// </summary>
public sealed class VoiceSessionReader(Database database)
{
    public List<VoiceSpan> Read(ulong guildId, long fromMs, long toMs, long nowMs)
    {
        if (toMs < fromMs)
        {
            throw new ArgumentException($"The window ends ({toMs}) before it starts ({fromMs}).", nameof(toMs));
        }
        using var connection = database.Open();
        return Read(connection, guildId, fromMs, toMs, nowMs);
    }

    public static List<VoiceSpan> Read(SqliteConnection connection, ulong guildId, long fromMs, long toMs, long nowMs)
    {
        using var command = connection.CreateCommand();
        // Matches the schema's window query: started before the end, and not ended before the start.
        command.CommandText = """
            SELECT user_id, channel_id, started_at_ms, ended_at_ms FROM voice_sessions
            WHERE guild_id = $guild AND started_at_ms < $to AND (ended_at_ms IS NULL OR ended_at_ms > $from)
            ORDER BY started_at_ms, session_id
            """;
        command.Parameters.AddWithValue("$guild", (long)guildId);
        command.Parameters.AddWithValue("$from", fromMs);
        command.Parameters.AddWithValue("$to", toMs);
        var spans = new List<VoiceSpan>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            bool open = reader.IsDBNull(3);
            long start = Math.Max(reader.GetInt64(2), fromMs);
            long end = Math.Min(open ? nowMs : reader.GetInt64(3), toMs);
            if (end > start)
            {
                spans.Add(new VoiceSpan((ulong)reader.GetInt64(0), (ulong)reader.GetInt64(1), start, end, open));
            }
        }
        return spans;
    }
}
