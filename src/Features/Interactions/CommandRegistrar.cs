using System.Security.Cryptography;
using System.Text.Json;
using GameTime.Features.Data;
using GameTime.Rest.Discord;
using Microsoft.Extensions.Logging;

namespace GameTime.Features.Interactions;

/// <summary>
/// Registers the command catalogue with one bulk overwrite, and only when it changed since the last registration
/// of that scope (the hash is kept in command_registrations): Discord caps command creation at 200 a day.
/// Guild-scoped in dev (instant), global in prod.
/// </summary>
public sealed partial class CommandRegistrar(Database database, IDiscordRest rest, TimeProvider clock, ILogger<CommandRegistrar> log)
{
    /// <summary>Lowercase hex SHA-256 of exactly what is sent to Discord.</summary>
    public static string Hash(IReadOnlyList<CommandSpec> catalogue) =>
        Convert.ToHexStringLower(SHA256.HashData(Serialize(catalogue)));

    /// <summary>Registers the catalogue in a guild (<paramref name="guildId"/> &gt; 0) or globally (0); returns whether it called Discord.</summary>
    public async Task<bool> EnsureAsync(ulong applicationId, ulong guildId, IReadOnlyList<CommandSpec> catalogue, CancellationToken ct)
    {
        string hash = Hash(catalogue);
        if (StoredHash(applicationId, guildId) == hash)
        {
            LogUnchanged(guildId);
            return false;
        }
        var commands = catalogue.Select(c => c.Definition).ToList();
        var registered = guildId == 0
            ? await rest.BulkOverwriteGlobalCommandsAsync(applicationId, commands, ct)
            : await rest.BulkOverwriteGuildCommandsAsync(applicationId, guildId, commands, ct);
        Store(applicationId, guildId, hash);
        LogRegistered(registered.Length, guildId);
        return true;
    }

    private static byte[] Serialize(IReadOnlyList<CommandSpec> catalogue) =>
        JsonSerializer.SerializeToUtf8Bytes(catalogue.Select(c => c.Definition).ToList(), DiscordRestJson.Default.ListJsonApplicationCommand);

    private string? StoredHash(ulong applicationId, ulong guildId)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT catalogue_hash FROM command_registrations WHERE application_id = $app AND guild_id = $guild";
        command.Parameters.AddWithValue("$app", (long)applicationId);
        command.Parameters.AddWithValue("$guild", (long)guildId);
        return command.ExecuteScalar() as string;
    }

    private void Store(ulong applicationId, ulong guildId, string hash)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO command_registrations (application_id, guild_id, catalogue_hash, registered_at_ms)
            VALUES ($app, $guild, $hash, $now)
            ON CONFLICT (application_id, guild_id) DO UPDATE SET catalogue_hash = excluded.catalogue_hash, registered_at_ms = excluded.registered_at_ms
            """;
        command.Parameters.AddWithValue("$app", (long)applicationId);
        command.Parameters.AddWithValue("$guild", (long)guildId);
        command.Parameters.AddWithValue("$hash", hash);
        command.Parameters.AddWithValue("$now", clock.GetUtcNow().ToUnixTimeMilliseconds());
        command.ExecuteNonQuery();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "registered {Count} slash commands (guild {GuildId}; 0 = global)")]
    private partial void LogRegistered(int count, ulong guildId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "slash commands unchanged (guild {GuildId}; 0 = global)")]
    private partial void LogUnchanged(ulong guildId);
}
