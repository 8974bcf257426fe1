using Cronos;

namespace GameTime.App.Jobs;

/// <summary>What to do with occurrences that fell while the process was down.</summary>
public enum MissedRunPolicy
{
    /// <summary>Forget them; wait for the next occurrence (periodic checks like voice adjustment).</summary>
    Skip,
    /// <summary>Run once at start-up for the latest missed occurrence, if it is not older than MaxLateness.</summary>
    RunOnce,
}

/// <summary>
/// A job: a cron schedule read as wall-clock time in one time zone (a guild's), and the work to do.
/// <see cref="Key"/> identifies it across restarts, e.g. "daily-post" for guild 1234.
/// </summary>
public sealed record JobDefinition(
    JobKey Key,
    CronExpression Schedule,
    TimeZoneInfo TimeZone,
    MissedRunPolicy MissedRuns,
    Func<JobRun, Task> Run)
{
    /// <summary>With <see cref="MissedRunPolicy.RunOnce"/>: how late a missed run may still be made up; null = any age.</summary>
    public TimeSpan? MaxLateness { get; init; }
}

/// <summary>A job's identity: its name and the guild it serves (0 for the bot as a whole).</summary>
public readonly record struct JobKey(string Name, ulong GuildId)
{
    public override string ToString() => GuildId == 0 ? Name : $"{Name}@{GuildId}";
}

/// <summary>One execution: the occurrence it stands for (UTC) and whether it is a make-up run at start-up.</summary>
public sealed record JobRun(DateTimeOffset Occurrence, bool IsCatchUp, CancellationToken Cancellation);
