using Microsoft.Data.Sqlite;

namespace GameTime.Features.Data;

/// <summary>
/// Applies pending migrations in order, each in its own transaction together with its row in
/// `schema_version`: a migration that fails leaves the database exactly as it was before it.
/// </summary>
public static class MigrationRunner
{
    public static MigrationResult Apply(SqliteConnection connection, IReadOnlyList<Migration> migrations, TimeProvider clock)
    {
        migrations = MigrationCatalog.Ordered(migrations);
        Execute(connection, null, """
            CREATE TABLE IF NOT EXISTS schema_version (
                version       INTEGER PRIMARY KEY,
                name          TEXT    NOT NULL,
                applied_at_ms INTEGER NOT NULL
            ) STRICT;
            """);

        int from = CurrentVersion(connection, null);
        if (from > migrations.Count)
            throw new MigrationException(
                $"the database is at schema version {from}, newer than this binary knows ({migrations.Count}); run a newer gametime");

        var applied = new List<Migration>();
        foreach (var migration in migrations.Where(m => m.Version > from))
        {
            // BEGIN IMMEDIATE: a second process migrating at the same time waits here, then sees our rows.
            using var transaction = connection.BeginTransaction(deferred: false);
            if (CurrentVersion(connection, transaction) >= migration.Version) continue;
            try
            {
                SqlScript.Execute(connection, migration.Sql);
                using var record = connection.CreateCommand();
                record.Transaction = transaction;
                record.CommandText = "INSERT INTO schema_version (version, name, applied_at_ms) VALUES ($version, $name, $at)";
                record.Parameters.AddWithValue("$version", migration.Version);
                record.Parameters.AddWithValue("$name", migration.Name);
                record.Parameters.AddWithValue("$at", clock.GetUtcNow().ToUnixTimeMilliseconds());
                record.ExecuteNonQuery();
                CheckForeignKeys(connection, transaction, migration);
                transaction.Commit();
            }
            catch (Exception ex) when (ex is SqliteException or MigrationException)
            {
                transaction.Rollback();
                throw new MigrationException($"migration {migration.Label} failed and was rolled back: {ex.Message}", ex);
            }
            applied.Add(migration);
        }
        return new MigrationResult(from, CurrentVersion(connection, null), applied);
    }

    public static int CurrentVersion(SqliteConnection connection, SqliteTransaction? transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    // A migration that moves data must not leave rows pointing nowhere.
    private static void CheckForeignKeys(SqliteConnection connection, SqliteTransaction transaction, Migration migration)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "PRAGMA foreign_key_check";
        using var reader = command.ExecuteReader();
        if (reader.Read())
            throw new MigrationException($"migration {migration.Label} left a broken foreign key in table {reader.GetString(0)}");
    }
}
