using GameTime.Features.Data;
using Microsoft.Data.Sqlite;

namespace GameTime.Features.Lfg;

/// <summary>Which kind of LFG post a cooldown belongs to (lfg_cooldowns.kind).</summary>
public enum LfgKind
{
    /// <summary>The automatic post from presence (features-community 4.4).</summary>
    Auto,
    /// <summary>A member's /lfg with its @here (4.5).</summary>
    Command,
}

/// <summary>A cooldown that is still running: when the last post went out and when the next may.</summary>
public readonly record struct CooldownHeld(DateTimeOffset LastSentAt, DateTimeOffset NextAllowedAt);

/// <summary>
/// The last LFG post per guild, voice channel and kind, in lfg_cooldowns, so cooldowns survive a restart. A post
/// claims its slot before it is sent (one transaction), so two evaluations or two members racing post once.
/// </summary>
public sealed class LfgCooldownStore(Database database, TimeProvider clock)
{
    /// <summary>
    /// Claims the right to post now, unless a post of any kind in <paramref name="heldBy"/> went out less than
    /// <paramref name="cooldown"/> ago. Returns the running cooldown instead (and claims nothing) when one holds.
    /// </summary>
    public CooldownHeld? TryClaim(ulong guildId, string guildName, ulong voiceChannelId, LfgKind kind, TimeSpan cooldown,
        params LfgKind[] heldBy)
    {
        var now = clock.GetUtcNow();
        using var connection = database.Open();
        using var tx = connection.BeginTransaction(); // BEGIN IMMEDIATE: the read and the write below are one step
        DateTimeOffset? last = null;
        foreach (var k in heldBy.Append(kind).Distinct())
        {
            if (LastSent(connection, guildId, voiceChannelId, k) is { } at && (last is null || at > last)) last = at;
        }
        if (last is { } l && now - l < cooldown) return new CooldownHeld(l, l + cooldown);
        GuildRows.EnsureGuild(connection, guildId, guildName, now.ToUnixTimeMilliseconds());
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO lfg_cooldowns (guild_id, voice_channel_id, kind, last_sent_at_ms, last_message_id)
            VALUES ($guild, $voice, $kind, $now, NULL)
            ON CONFLICT (guild_id, voice_channel_id, kind) DO UPDATE SET last_sent_at_ms = excluded.last_sent_at_ms, last_message_id = NULL
            """;
        Bind(command, guildId, voiceChannelId, kind);
        command.Parameters.AddWithValue("$now", now.ToUnixTimeMilliseconds());
        command.ExecuteNonQuery();
        tx.Commit();
        return null;
    }

    /// <summary>Gives a claim back when the post could not be sent, so the next try is not held for nothing.</summary>
    public void Release(ulong guildId, ulong voiceChannelId, LfgKind kind)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM lfg_cooldowns WHERE guild_id = $guild AND voice_channel_id = $voice AND kind = $kind";
        Bind(command, guildId, voiceChannelId, kind);
        command.ExecuteNonQuery();
    }

    public void SetMessage(ulong guildId, ulong voiceChannelId, LfgKind kind, ulong messageId)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE lfg_cooldowns SET last_message_id = $message WHERE guild_id = $guild AND voice_channel_id = $voice AND kind = $kind";
        Bind(command, guildId, voiceChannelId, kind);
        command.Parameters.AddWithValue("$message", (long)messageId);
        command.ExecuteNonQuery();
    }

    public DateTimeOffset? LastSent(ulong guildId, ulong voiceChannelId, LfgKind kind)
    {
        using var connection = database.Open();
        return LastSent(connection, guildId, voiceChannelId, kind);
    }

    private static DateTimeOffset? LastSent(SqliteConnection connection, ulong guildId, ulong voiceChannelId, LfgKind kind)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT last_sent_at_ms FROM lfg_cooldowns WHERE guild_id = $guild AND voice_channel_id = $voice AND kind = $kind";
        Bind(command, guildId, voiceChannelId, kind);
        return command.ExecuteScalar() is long ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;
    }

    private static void Bind(SqliteCommand command, ulong guildId, ulong voiceChannelId, LfgKind kind)
    {
        command.Parameters.AddWithValue("$guild", (long)guildId);
        command.Parameters.AddWithValue("$voice", (long)voiceChannelId);
        command.Parameters.AddWithValue("$kind", kind == LfgKind.Auto ? "auto" : "command");
    }
}
