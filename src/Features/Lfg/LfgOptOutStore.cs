using GameTime.Features.Data;

namespace GameTime.Features.Lfg;

/// <summary>members.lfg_opt_out: members who asked the automatic LFG post never to mention them (features-community 11 #23).</summary>
public sealed class LfgOptOutStore(Database database, TimeProvider clock)
{
    public void Set(ulong guildId, string guildName, ulong userId, string displayName, bool optOut)
    {
        using var connection = database.Open();
        using var tx = connection.BeginTransaction();
        long now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        GuildRows.EnsureGuild(connection, guildId, guildName, now);
        GuildRows.EnsureMember(connection, guildId, userId, displayName, now);
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE members SET lfg_opt_out = $value, updated_at_ms = $now WHERE guild_id = $guild AND user_id = $user";
        command.Parameters.AddWithValue("$value", optOut ? 1L : 0L);
        command.Parameters.AddWithValue("$now", now);
        command.Parameters.AddWithValue("$guild", (long)guildId);
        command.Parameters.AddWithValue("$user", (long)userId);
        command.ExecuteNonQuery();
        tx.Commit();
    }

    /// <summary>Which of these members opted out (members the bot has no row for have not).</summary>
    public HashSet<ulong> OptedOut(ulong guildId, IReadOnlyCollection<ulong> userIds)
    {
        var opted = new HashSet<ulong>();
        if (userIds.Count == 0) return opted;
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT user_id FROM members
            WHERE guild_id = $guild AND lfg_opt_out = 1 AND user_id IN (SELECT value FROM json_each($users))
            """;
        command.Parameters.AddWithValue("$guild", (long)guildId);
        command.Parameters.AddWithValue("$users", "[" + string.Join(',', userIds) + "]");
        using var reader = command.ExecuteReader();
        while (reader.Read()) opted.Add((ulong)reader.GetInt64(0));
        return opted;
    }
}
