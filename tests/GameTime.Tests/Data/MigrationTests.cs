using GameTime.Features.Data;
using Microsoft.Data.Sqlite;

namespace GameTime.Tests.Data;

public sealed class MigrationTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly Database _database;

    public MigrationTests() => _database = new Database(_folder.File("gametime.db"));

    public void Dispose() => _folder.Dispose();

    private List<string> Tables()
    {
        using var connection = _database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read()) names.Add(reader.GetString(0));
        return names;
    }

    private long Count(string sql)
    {
        using var connection = _database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    [Fact]
    public void A_fresh_database_gets_the_whole_schema_and_its_version()
    {
        var embedded = MigrationCatalog.Embedded();
        var result = _database.Migrate(TimeProvider.System);

        Assert.Equal(0, result.FromVersion);
        Assert.Equal(embedded.Count, result.ToVersion);
        Assert.Equal(embedded.Select(m => m.Label), result.Applied.Select(m => m.Label));
        var tables = Tables();
        foreach (var table in new[] { "schema_version", "guild_config", "members", "schedule_votes", "voice_sessions",
                     "tournaments", "tournament_games", "bet_wallets", "bets", "bet_ledger", "r6_match_stats", "job_runs" })
            Assert.Contains(table, tables);
        Assert.Equal(embedded.Count, Count("SELECT count(*) FROM schema_version"));
    }

    [Fact]
    public void Running_again_applies_nothing_and_keeps_the_data()
    {
        _database.Migrate(TimeProvider.System);
        using (var connection = _database.Open())
        using (var insert = connection.CreateCommand())
        {
            insert.CommandText = "INSERT INTO guilds (guild_id, name, joined_at_ms, updated_at_ms) VALUES ($id, 'Siege Squad', 0, 0)";
            insert.Parameters.AddWithValue("$id", 1234L);
            insert.ExecuteNonQuery();
        }

        var again = _database.Migrate(TimeProvider.System);

        Assert.Empty(again.Applied);
        Assert.Equal(again.FromVersion, again.ToVersion);
        Assert.Equal(1, Count("SELECT count(*) FROM guilds"));
    }

    [Fact]
    public void A_failing_migration_leaves_the_database_as_it_was()
    {
        _database.Migrate(TimeProvider.System);
        var good = MigrationCatalog.Embedded();
        var broken = new Migration(good.Count + 1, "broken", """
            CREATE TABLE half_done (id INTEGER PRIMARY KEY) STRICT;
            INSERT INTO half_done (id) VALUES (1);
            ALTER TABLE members ADD COLUMN nickname TEXT;
            INSERT INTO no_such_table VALUES (1);
            """);

        var error = Assert.Throws<MigrationException>(() => _database.Migrate(TimeProvider.System, [.. good, broken]));

        Assert.Contains($"{broken.Label} failed and was rolled back", error.Message);
        Assert.Contains("no_such_table", error.Message);
        Assert.DoesNotContain("half_done", Tables());
        Assert.Equal(0, Count("SELECT count(*) FROM pragma_table_info('members') WHERE name = 'nickname'"));
        Assert.Equal(good.Count, Count("SELECT MAX(version) FROM schema_version"));
    }

    [Fact]
    public void A_database_newer_than_the_binary_is_refused()
    {
        _database.Migrate(TimeProvider.System);
        var embedded = MigrationCatalog.Embedded();
        var error = Assert.Throws<MigrationException>(() => _database.Migrate(TimeProvider.System, embedded.Take(embedded.Count - 1).ToList()));
        Assert.Contains("newer than this binary knows", error.Message);
    }

    [Theory]
    [InlineData("initial.sql")]
    [InlineData("01a_initial.sql")]
    [InlineData("0000_zero.sql")]
    public void Misnamed_migration_files_are_rejected(string fileName) =>
        Assert.Throws<MigrationException>(() => MigrationCatalog.Parse(fileName, "SELECT 1"));

    [Fact]
    public void Gaps_and_repeats_in_numbering_are_rejected()
    {
        Assert.Throws<MigrationException>(() => MigrationCatalog.Ordered([new(1, "a", ""), new(3, "c", "")]));
        Assert.Throws<MigrationException>(() => MigrationCatalog.Ordered([new(1, "a", ""), new(1, "b", "")]));
    }

    [Fact]
    public void Connections_use_wal_foreign_keys_and_a_busy_timeout()
    {
        _database.Migrate(TimeProvider.System);
        using var connection = _database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT journal_mode FROM pragma_journal_mode), (SELECT foreign_keys FROM pragma_foreign_keys), (SELECT timeout FROM pragma_busy_timeout)";
        using var reader = command.ExecuteReader();
        reader.Read();
        Assert.Equal(("wal", 1L, 5000L), (reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2)));

        // Foreign keys are enforced: a voice channel of a guild the bot never joined is refused.
        using var orphan = connection.CreateCommand();
        orphan.CommandText = "INSERT INTO guild_voice_channels (guild_id, channel_id, added_at_ms) VALUES (999, 1, 0)";
        var error = Assert.Throws<SqliteException>(() => orphan.ExecuteNonQuery());
        Assert.Contains("FOREIGN KEY", error.Message);
    }
}
