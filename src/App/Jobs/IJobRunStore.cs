namespace GameTime.App.Jobs;

/// <summary>Where the scheduler remembers each job's last occurrence, so it survives a restart.</summary>
public interface IJobRunStore
{
    DateTimeOffset? LastOccurrence(JobKey key);
    void Record(JobKey key, DateTimeOffset occurrence, DateTimeOffset finishedAt, JobOutcome outcome);
}

/// <summary>How an occurrence ended. Skipped marks the starting point of a job seen for the first time.</summary>
public enum JobOutcome { Succeeded, Failed, Skipped }
