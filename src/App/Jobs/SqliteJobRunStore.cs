using GameTime.Features.Data;

namespace GameTime.App.Jobs;

/// <summary>Keeps each job's last occurrence in the `job_runs` table, so schedules survive restarts.</summary>
public sealed class SqliteJobRunStore(Database database) : IJobRunStore
{
    public DateTimeOffset? LastOccurrence(JobKey key)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT last_occurrence_at_ms FROM job_runs WHERE job_name = $name AND guild_id = $guild";
        command.Parameters.AddWithValue("$name", key.Name);
        command.Parameters.AddWithValue("$guild", (long)key.GuildId);
        return command.ExecuteScalar() is long ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;
    }

    public void Record(JobKey key, DateTimeOffset occurrence, DateTimeOffset finishedAt, JobOutcome outcome)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO job_runs (job_name, guild_id, last_occurrence_at_ms, last_finished_at_ms, last_status)
            VALUES ($name, $guild, $occurrence, $finished, $status)
            ON CONFLICT (job_name, guild_id) DO UPDATE SET
                last_occurrence_at_ms = excluded.last_occurrence_at_ms,
                last_finished_at_ms   = excluded.last_finished_at_ms,
                last_status           = excluded.last_status
            """;
        command.Parameters.AddWithValue("$name", key.Name);
        command.Parameters.AddWithValue("$guild", (long)key.GuildId);
        command.Parameters.AddWithValue("$occurrence", occurrence.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$finished", finishedAt.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$status", outcome switch
        {
            JobOutcome.Succeeded => "succeeded",
            JobOutcome.Failed => "failed",
            _ => "skipped",
        });
        command.ExecuteNonQuery();
    }
}
