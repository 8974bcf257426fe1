using GameTime.Features.Data;
using Microsoft.Data.Sqlite;

namespace GameTime.Features.Configuration;

/// <summary>The text channels a guild configures, one column each in guild_config.</summary>
public enum ConfigChannel
{
    Schedule,
    Main,
    GamingSession,
    NewUser,
    Username,
    Tournament,
}

/// <summary>A guild's configuration row and its tracked voice channels.</summary>
public sealed class GuildConfigStore(Database database, TimeProvider clock)
{
    public ulong? GetChannel(ulong guildId, ConfigChannel channel)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Column(channel)} FROM guild_config WHERE guild_id = $guild";
        command.Parameters.AddWithValue("$guild", (long)guildId);
        return command.ExecuteScalar() is long id ? (ulong)id : null;
    }

    public void SetChannel(ulong guildId, string guildName, ConfigChannel channel, ulong channelId)
    {
        using var connection = database.Open();
        using var tx = connection.BeginTransaction();
        long now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        GuildRows.EnsureGuild(connection, guildId, guildName, now);
        Execute(connection, $"UPDATE guild_config SET {Column(channel)} = $value, updated_at_ms = $now WHERE guild_id = $guild",
            guildId, now, (long)channelId);
        tx.Commit();
    }

    /// <summary>Adds a tracked voice channel; false if it was tracked already.</summary>
    public bool AddVoiceChannel(ulong guildId, string guildName, ulong channelId)
    {
        using var connection = database.Open();
        using var tx = connection.BeginTransaction();
        long now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        GuildRows.EnsureGuild(connection, guildId, guildName, now);
        int added = Execute(connection,
            "INSERT INTO guild_voice_channels (guild_id, channel_id, added_at_ms) VALUES ($guild, $value, $now) ON CONFLICT DO NOTHING",
            guildId, now, (long)channelId);
        tx.Commit();
        return added == 1;
    }

    public IReadOnlyList<ulong> VoiceChannels(ulong guildId)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT channel_id FROM guild_voice_channels WHERE guild_id = $guild ORDER BY added_at_ms, channel_id";
        command.Parameters.AddWithValue("$guild", (long)guildId);
        using var reader = command.ExecuteReader();
        var channels = new List<ulong>();
        while (reader.Read()) channels.Add((ulong)reader.GetInt64(0));
        return channels;
    }

    /// <summary>Stops tracking every voice channel of the guild; returns how many were tracked.</summary>
    public int ResetVoiceChannels(ulong guildId)
    {
        using var connection = database.Open();
        return Execute(connection, "DELETE FROM guild_voice_channels WHERE guild_id = $guild", guildId, 0, null);
    }

    public void SetVoiceGreeting(ulong guildId, string guildName, bool enabled)
    {
        using var connection = database.Open();
        using var tx = connection.BeginTransaction();
        long now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        GuildRows.EnsureGuild(connection, guildId, guildName, now);
        Execute(connection, "UPDATE guild_config SET voice_greeting_enabled = $value, updated_at_ms = $now WHERE guild_id = $guild",
            guildId, now, enabled ? 1L : 0L);
        tx.Commit();
    }

    // Column names come from this switch only, never from input.
    private static string Column(ConfigChannel channel) => channel switch
    {
        ConfigChannel.Schedule => "schedule_channel_id",
        ConfigChannel.Main => "main_channel_id",
        ConfigChannel.GamingSession => "gaming_session_channel_id",
        ConfigChannel.NewUser => "new_user_channel_id",
        ConfigChannel.Username => "username_channel_id",
        ConfigChannel.Tournament => "tournament_channel_id",
        _ => throw new ArgumentOutOfRangeException(nameof(channel)),
    };

    private static int Execute(SqliteConnection connection, string sql, ulong guildId, long now, long? value)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$guild", (long)guildId);
        command.Parameters.AddWithValue("$now", now);
        command.Parameters.AddWithValue("$value", value is null ? DBNull.Value : value);
        return command.ExecuteNonQuery();
    }
}
