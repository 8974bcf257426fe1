using GameTime.Features.Data;

namespace GameTime.Features.Members;

/// <summary>What the bot keeps about a member that commands show: timezone, Ubisoft names, max rank.</summary>
public sealed record MemberProfile(ulong UserId, string DisplayName, string? Timezone, string? UbisoftActive, string? UbisoftMax, string? MaxRank);

/// <summary>The members table: per guild, one row per member the bot has seen or been told about.</summary>
public sealed class MemberStore(Database database, TimeProvider clock)
{
    public void SetTimezone(ulong guildId, string guildName, ulong userId, string displayName, string timezone) =>
        Update(guildId, guildName, userId, displayName,
            "UPDATE members SET timezone = $value, updated_at_ms = $now WHERE guild_id = $guild AND user_id = $user", timezone);

    /// <summary>lfg_opt_out: the member asked the LFG posts never to mention them (features-community 11 #23).</summary>
    public void SetLfgOptOut(ulong guildId, string guildName, ulong userId, string displayName, bool optOut) =>
        Update(guildId, guildName, userId, displayName,
            "UPDATE members SET lfg_opt_out = $value, updated_at_ms = $now WHERE guild_id = $guild AND user_id = $user", optOut ? 1L : 0L);

    /// <summary>Which of these members opted out of LFG mentions (members the bot has no row for have not).</summary>
    public HashSet<ulong> LfgOptedOut(ulong guildId, IReadOnlyCollection<ulong> userIds)
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

    /// <summary>Runs one of this class's UPDATEs of a member's own setting (parameters $value, $now, $guild, $user),
    /// creating the guild and member rows first if the bot never saw them.</summary>
    private void Update(ulong guildId, string guildName, ulong userId, string displayName, string update, object value)
    {
        using var connection = database.Open();
        using var tx = connection.BeginTransaction();
        long now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        GuildRows.EnsureGuild(connection, guildId, guildName, now);
        GuildRows.EnsureMember(connection, guildId, userId, displayName, now);
        using var command = connection.CreateCommand();
        command.CommandText = update;
        command.Parameters.AddWithValue("$value", value);
        command.Parameters.AddWithValue("$now", now);
        command.Parameters.AddWithValue("$guild", (long)guildId);
        command.Parameters.AddWithValue("$user", (long)userId);
        command.ExecuteNonQuery();
        tx.Commit();
    }

    /// <summary>Updates the stored display names of members the bot already knows; returns how many changed.</summary>
    public int RefreshDisplayNames(ulong guildId, IEnumerable<(ulong UserId, string DisplayName)> current)
    {
        using var connection = database.Open();
        using var tx = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.CommandText = GuildRows.RefreshMemberNameSql;   // one prepared statement for the whole list
        var guild = command.Parameters.AddWithValue("$guild", (long)guildId);
        var user = command.Parameters.AddWithValue("$user", 0L);
        var name = command.Parameters.AddWithValue("$name", "");
        command.Parameters.AddWithValue("$now", clock.GetUtcNow().ToUnixTimeMilliseconds());
        int changed = 0;
        foreach (var (userId, displayName) in current)
        {
            user.Value = (long)userId;
            name.Value = displayName;
            changed += command.ExecuteNonQuery();
        }
        tx.Commit();
        return changed;
    }

    public MemberProfile? Find(ulong guildId, ulong userId) => Profiles(guildId, [userId]).GetValueOrDefault(userId);

    /// <summary>The rows of these members that exist (members the bot never saw have none).</summary>
    public Dictionary<ulong, MemberProfile> Profiles(ulong guildId, IReadOnlyCollection<ulong> userIds)
    {
        var profiles = new Dictionary<ulong, MemberProfile>();
        if (userIds.Count == 0) return profiles;
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT user_id, display_name, timezone, ubisoft_name_active, ubisoft_name_max, max_rank
            FROM members WHERE guild_id = $guild AND user_id IN (SELECT value FROM json_each($users))
            """;
        command.Parameters.AddWithValue("$guild", (long)guildId);
        command.Parameters.AddWithValue("$users", "[" + string.Join(',', userIds) + "]");
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            ulong id = (ulong)reader.GetInt64(0);
            profiles[id] = new MemberProfile(id, reader.GetString(1), Text(reader, 2), Text(reader, 3), Text(reader, 4), Text(reader, 5));
        }
        return profiles;
    }

    private static string? Text(Microsoft.Data.Sqlite.SqliteDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
}
