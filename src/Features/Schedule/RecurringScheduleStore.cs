using GameTime.Features.Data;

namespace GameTime.Features.Schedule;

/// <summary>One recurring entry: a weekday (0 = Monday) and a slot.</summary>
public readonly record struct RecurringEntry(int Weekday, int Slot);

/// <summary>
/// recurring_schedules: each member's usual days and hours. A member only ever replaces or removes their own rows
/// (spec README: /addschedule replaces the caller's own recurring schedule only).
/// </summary>
public sealed class RecurringScheduleStore(Database database, TimeProvider clock)
{
    /// <summary>Replaces the member's whole recurring schedule with every (day, slot) pair chosen.</summary>
    public int Replace(ulong guildId, ulong userId, string displayName, IReadOnlyCollection<int> weekdays, IReadOnlyCollection<int> slots)
    {
        if (weekdays.Any(d => d is < 0 or > 6)) throw new ArgumentOutOfRangeException(nameof(weekdays));
        if (slots.Any(s => !ScheduleSlots.IsValid(s))) throw new ArgumentOutOfRangeException(nameof(slots));
        using var connection = database.Open();
        using var tx = connection.BeginTransaction();
        long now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        ScheduleStore.EnsureMember(connection, guildId, new Voter(userId, displayName), now);
        ScheduleStore.Execute(connection, "DELETE FROM recurring_schedules WHERE guild_id = $guild AND user_id = $user",
            ("$guild", (long)guildId), ("$user", (long)userId));
        int inserted = 0;
        foreach (int day in weekdays.Distinct())
            foreach (int slot in slots.Distinct())
                inserted += ScheduleStore.Execute(connection, """
                    INSERT INTO recurring_schedules (guild_id, user_id, weekday, slot, created_at_ms) VALUES ($guild, $user, $day, $slot, $now)
                    """, ("$guild", (long)guildId), ("$user", (long)userId), ("$day", (long)day), ("$slot", (long)slot), ("$now", now));
        tx.Commit();
        return inserted;
    }

    /// <summary>Removes the member's entries for one weekday; returns how many there were.</summary>
    public int Remove(ulong guildId, ulong userId, int weekday)
    {
        using var connection = database.Open();
        return ScheduleStore.Execute(connection, "DELETE FROM recurring_schedules WHERE guild_id = $guild AND user_id = $user AND weekday = $day",
            ("$guild", (long)guildId), ("$user", (long)userId), ("$day", (long)weekday));
    }

    /// <summary>The member's entries, Monday first, each day's slots in time order.</summary>
    public IReadOnlyList<RecurringEntry> Of(ulong guildId, ulong userId)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT weekday, slot FROM recurring_schedules WHERE guild_id = $guild AND user_id = $user ORDER BY weekday, slot";
        command.Parameters.AddWithValue("$guild", (long)guildId);
        command.Parameters.AddWithValue("$user", (long)userId);
        using var reader = command.ExecuteReader();
        var entries = new List<RecurringEntry>();
        while (reader.Read()) entries.Add(new RecurringEntry(reader.GetInt32(0), reader.GetInt32(1)));
        return entries;
    }

    /// <summary>
    /// Adds everyone's entries for the day's weekday to the message, keeping every vote already there (spec README:
    /// /modapplyschedule never wipes votes). Members who left the guild are skipped. Returns how many votes were added.
    /// </summary>
    public int ApplyTo(ulong guildId, ulong messageId, DateOnly day)
    {
        using var connection = database.Open();
        using var tx = connection.BeginTransaction();
        long now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        int added = ScheduleStore.Execute(connection, """
            INSERT INTO schedule_votes (guild_id, message_id, slot, user_id, source, added_at_ms)
            SELECT r.guild_id, $message, r.slot, r.user_id, 'recurring', $now
            FROM recurring_schedules r JOIN members m ON m.guild_id = r.guild_id AND m.user_id = r.user_id
            WHERE r.guild_id = $guild AND r.weekday = $day AND m.left_at_ms IS NULL
            ORDER BY r.created_at_ms, r.user_id, r.slot
            ON CONFLICT (guild_id, message_id, slot, user_id) DO NOTHING
            """, ("$guild", (long)guildId), ("$message", (long)messageId), ("$day", (long)ScheduleCalendar.Weekday(day)), ("$now", now));
        ScheduleStore.Execute(connection, "UPDATE schedule_messages SET recurring_applied_at_ms = $now WHERE guild_id = $guild AND message_id = $message",
            ("$guild", (long)guildId), ("$message", (long)messageId), ("$now", now));
        tx.Commit();
        return added;
    }
}
