using System.Globalization;
using GameTime.Features.Data;
using Microsoft.Data.Sqlite;

namespace GameTime.Features.Schedule;

/// <summary>
/// schedule_messages and schedule_votes. Every change of votes is one transaction; the message's lock (ScheduleLocks)
/// is the caller's, so reactions, the voice check and moderators never interleave on one message.
/// </summary>
public sealed class ScheduleStore(Database database, TimeProvider clock)
{
    private const string MessageColumns = "guild_id, channel_id, message_id, schedule_day, posted_at_ms, retired_at_ms";

    /// <summary>Records a posted message as the day's current one, retiring the one it replaces (/modforcesendschedule).</summary>
    public ScheduleMessage RecordPosted(ulong guildId, string guildName, ulong channelId, ulong messageId, DateOnly day)
    {
        using var connection = database.Open();
        using var tx = connection.BeginTransaction();
        long now = Now();
        GuildRows.EnsureGuild(connection, guildId, guildName, now);
        Execute(connection, """
            UPDATE schedule_messages SET retired_at_ms = $now
            WHERE guild_id = $guild AND schedule_day = $day AND retired_at_ms IS NULL AND message_id <> $message
            """, ("$guild", (long)guildId), ("$day", Day(day)), ("$message", (long)messageId), ("$now", now));
        Execute(connection, """
            INSERT INTO schedule_messages (guild_id, message_id, channel_id, schedule_day, posted_at_ms)
            VALUES ($guild, $message, $channel, $day, $now) ON CONFLICT (guild_id, message_id) DO NOTHING
            """, ("$guild", (long)guildId), ("$message", (long)messageId), ("$channel", (long)channelId), ("$day", Day(day)), ("$now", now));
        tx.Commit();
        return new ScheduleMessage(guildId, channelId, messageId, day, DateTimeOffset.FromUnixTimeMilliseconds(now), false);
    }

    /// <summary>Marks a message as no longer current (deleted, or replaced).</summary>
    public void Retire(ulong guildId, ulong messageId)
    {
        using var connection = database.Open();
        Execute(connection, "UPDATE schedule_messages SET retired_at_ms = $now WHERE guild_id = $guild AND message_id = $message AND retired_at_ms IS NULL",
            ("$guild", (long)guildId), ("$message", (long)messageId), ("$now", Now()));
    }

    /// <summary>The day's current (not retired) message, or null.</summary>
    public ScheduleMessage? Current(ulong guildId, DateOnly day) => QueryMessage(
        $"SELECT {MessageColumns} FROM schedule_messages WHERE guild_id = $guild AND schedule_day = $day AND retired_at_ms IS NULL",
        ("$guild", (long)guildId), ("$day", Day(day)));

    public ScheduleMessage? Find(ulong guildId, ulong messageId) => QueryMessage(
        $"SELECT {MessageColumns} FROM schedule_messages WHERE guild_id = $guild AND message_id = $message",
        ("$guild", (long)guildId), ("$message", (long)messageId));

    /// <summary>Adds a member to a slot; false if they were in it already. A reaction takes over the vote's source,
    /// so a later rebuild from the reactions can take it away again when the reaction is gone.</summary>
    public bool AddVote(ulong guildId, ulong messageId, int slot, Voter voter, VoteSource source)
    {
        using var connection = database.Open();
        using var tx = connection.BeginTransaction();
        long now = Now();
        EnsureMember(connection, guildId, voter, now);
        bool added = InsertVote(connection, guildId, messageId, slot, voter.UserId, source, now);
        tx.Commit();
        return added;
    }

    /// <summary>Takes a member out of a slot, whatever put them there; false if they were not in it.</summary>
    public bool RemoveVote(ulong guildId, ulong messageId, int slot, ulong userId)
    {
        using var connection = database.Open();
        return Execute(connection, "DELETE FROM schedule_votes WHERE guild_id = $guild AND message_id = $message AND slot = $slot AND user_id = $user",
            ("$guild", (long)guildId), ("$message", (long)messageId), ("$slot", (long)slot), ("$user", (long)userId)) == 1;
    }

    /// <summary>Adds several members to one slot each, in one transaction; returns how many were new.</summary>
    public int AddVotes(ulong guildId, ulong messageId, IEnumerable<(int Slot, Voter Voter)> votes, VoteSource source)
    {
        using var connection = database.Open();
        using var tx = connection.BeginTransaction();
        long now = Now();
        int added = 0;
        foreach (var (slot, voter) in votes)
        {
            EnsureMember(connection, guildId, voter, now);
            if (InsertVote(connection, guildId, messageId, slot, voter.UserId, source, now)) added++;
        }
        tx.Commit();
        return added;
    }

    /// <summary>
    /// Makes the reaction votes exactly the message's reactions (the message is the source of truth): reactions the bot
    /// missed are added, reaction votes whose reaction is gone are removed; voice, mod and recurring votes stay.
    /// </summary>
    public RebuildResult ReplaceReactionVotes(ulong guildId, ulong messageId, IReadOnlyCollection<(int Slot, Voter Voter)> reactions)
    {
        using var connection = database.Open();
        using var tx = connection.BeginTransaction();
        long now = Now();
        var wanted = reactions.Select(r => (r.Slot, r.Voter.UserId)).ToHashSet();
        int removed = 0;
        foreach (var (slot, userId) in ReactionVotes(connection, guildId, messageId))
        {
            if (wanted.Contains((slot, userId))) continue;
            removed += Execute(connection, "DELETE FROM schedule_votes WHERE guild_id = $guild AND message_id = $message AND slot = $slot AND user_id = $user",
                ("$guild", (long)guildId), ("$message", (long)messageId), ("$slot", (long)slot), ("$user", (long)userId));
        }
        int added = 0;
        foreach (var (slot, voter) in reactions)
        {
            EnsureMember(connection, guildId, voter, now);
            if (InsertVote(connection, guildId, messageId, slot, voter.UserId, VoteSource.Reaction, now)) added++;
        }
        Execute(connection, "UPDATE schedule_messages SET reactions_synced_at_ms = $now WHERE guild_id = $guild AND message_id = $message",
            ("$guild", (long)guildId), ("$message", (long)messageId), ("$now", now));
        tx.Commit();
        return new RebuildResult(added, removed, reactions.Count);
    }

    /// <summary>The message's votes with the members' stored names and ranks, each slot in the order members joined it.</summary>
    public IReadOnlyList<ScheduleVote> Votes(ulong guildId, ulong messageId)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT v.slot, v.user_id, m.display_name, m.max_rank, v.source, v.added_at_ms
            FROM schedule_votes v JOIN members m ON m.guild_id = v.guild_id AND m.user_id = v.user_id
            WHERE v.guild_id = $guild AND v.message_id = $message
            ORDER BY v.slot, v.added_at_ms, v.user_id
            """;
        command.Parameters.AddWithValue("$guild", (long)guildId);
        command.Parameters.AddWithValue("$message", (long)messageId);
        using var reader = command.ExecuteReader();
        var votes = new List<ScheduleVote>();
        while (reader.Read())
            votes.Add(new ScheduleVote(reader.GetInt32(0), (ulong)reader.GetInt64(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3),
                ParseSource(reader.GetString(4)), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(5))));
        return votes;
    }

    internal static bool InsertVote(SqliteConnection connection, ulong guildId, ulong messageId, int slot, ulong userId, VoteSource source, long now)
    {
        if (!ScheduleSlots.IsValid(slot)) throw new ArgumentOutOfRangeException(nameof(slot));
        // Look first (an upsert cannot tell a new vote from a kept one); the caller's transaction makes the pair atomic.
        using var exists = connection.CreateCommand();
        exists.CommandText = "SELECT source FROM schedule_votes WHERE guild_id = $guild AND message_id = $message AND slot = $slot AND user_id = $user";
        Bind(exists, ("$guild", (long)guildId), ("$message", (long)messageId), ("$slot", (long)slot), ("$user", (long)userId));
        if (exists.ExecuteScalar() is string current)
        {
            if (source == VoteSource.Reaction && current != "reaction")
                Execute(connection, "UPDATE schedule_votes SET source = 'reaction' WHERE guild_id = $guild AND message_id = $message AND slot = $slot AND user_id = $user",
                    ("$guild", (long)guildId), ("$message", (long)messageId), ("$slot", (long)slot), ("$user", (long)userId));
            return false;
        }
        Execute(connection, """
            INSERT INTO schedule_votes (guild_id, message_id, slot, user_id, source, added_at_ms) VALUES ($guild, $message, $slot, $user, $source, $now)
            """, ("$guild", (long)guildId), ("$message", (long)messageId), ("$slot", (long)slot), ("$user", (long)userId), ("$source", SourceText(source)), ("$now", now));
        return true;
    }

    internal static void EnsureMember(SqliteConnection connection, ulong guildId, Voter voter, long now)
    {
        GuildRows.EnsureGuild(connection, guildId, "", now);
        if (voter.DisplayName is { Length: > 0 } name)
        {
            GuildRows.EnsureMember(connection, guildId, voter.UserId, name, now);
            return;
        }
        Execute(connection, """
            INSERT INTO members (guild_id, user_id, display_name, first_seen_at_ms, updated_at_ms) VALUES ($guild, $user, $name, $now, $now)
            ON CONFLICT (guild_id, user_id) DO NOTHING
            """, ("$guild", (long)guildId), ("$user", (long)voter.UserId), ("$name", voter.UserId.ToString(CultureInfo.InvariantCulture)), ("$now", now));
    }

    internal static int Execute(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        Bind(command, parameters);
        return command.ExecuteNonQuery();
    }

    internal static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static List<(int Slot, ulong UserId)> ReactionVotes(SqliteConnection connection, ulong guildId, ulong messageId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT slot, user_id FROM schedule_votes WHERE guild_id = $guild AND message_id = $message AND source = 'reaction'";
        Bind(command, ("$guild", (long)guildId), ("$message", (long)messageId));
        using var reader = command.ExecuteReader();
        var votes = new List<(int, ulong)>();
        while (reader.Read()) votes.Add((reader.GetInt32(0), (ulong)reader.GetInt64(1)));
        return votes;
    }

    private ScheduleMessage? QueryMessage(string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        Bind(command, parameters);
        using var reader = command.ExecuteReader();
        if (!reader.Read()) return null;
        return new ScheduleMessage((ulong)reader.GetInt64(0), (ulong)reader.GetInt64(1), (ulong)reader.GetInt64(2),
            DateOnly.ParseExact(reader.GetString(3), "yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(4)), !reader.IsDBNull(5));
    }

    private static void Bind(SqliteCommand command, params (string Name, object Value)[] parameters)
    {
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
    }

    private static string SourceText(VoteSource source) => source switch
    {
        VoteSource.Reaction => "reaction",
        VoteSource.Voice => "voice",
        VoteSource.Mod => "mod",
        _ => "recurring",
    };

    private static VoteSource ParseSource(string text) => text switch
    {
        "reaction" => VoteSource.Reaction,
        "voice" => VoteSource.Voice,
        "mod" => VoteSource.Mod,
        _ => VoteSource.Recurring,
    };

    private long Now() => clock.GetUtcNow().ToUnixTimeMilliseconds();
}
