namespace GameTime.Features.Data;

/// <summary>
/// Nightly upkeep of the SQLite file: refresh the planner's statistics and fold the WAL back into the main
/// file, so the -wal file on the Pi's SD card does not keep growing between restarts.
/// </summary>
public static class DatabaseMaintenance
{
    public const string JobName = "database-maintenance";
    public const string Schedule = "17 4 * * *"; // 04:17 UTC, away from the busy evening hours

    public static (long WalFrames, long Checkpointed) Run(Database database)
    {
        using var connection = database.Open();
        using (var optimize = connection.CreateCommand())
        {
            optimize.CommandText = "PRAGMA optimize";
            optimize.ExecuteNonQuery();
        }
        using var checkpoint = connection.CreateCommand();
        checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
        using var reader = checkpoint.ExecuteReader();
        reader.Read();
        return (reader.GetInt64(1), reader.GetInt64(2));
    }
}
