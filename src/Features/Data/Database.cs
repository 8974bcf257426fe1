using Microsoft.Data.Sqlite;

namespace GameTime.Features.Data;

/// <summary>
/// The bot's one SQLite file. Every connection it opens has foreign keys on, WAL journaling (readers never
/// block the writer, and an SD card sees fewer syncs) and a busy timeout instead of instant SQLITE_BUSY.
/// </summary>
public sealed class Database
{
    private const int BusyTimeoutMs = 5000;
    private readonly string _connectionString;

    public Database(string path)
    {
        Path = path;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            Pooling = true,
            DefaultTimeout = BusyTimeoutMs / 1000,
        }.ToString();
    }

    public string Path { get; }

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var pragmas = connection.CreateCommand();
        pragmas.CommandText = $"PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = {BusyTimeoutMs};";
        pragmas.ExecuteNonQuery();
        return connection;
    }

    /// <summary>Opens, brings the schema up to date and returns what was done.</summary>
    public MigrationResult Migrate(TimeProvider clock) => Migrate(clock, MigrationCatalog.Embedded());

    public MigrationResult Migrate(TimeProvider clock, IReadOnlyList<Migration> migrations)
    {
        using var connection = Open();
        return MigrationRunner.Apply(connection, migrations, clock);
    }
}
