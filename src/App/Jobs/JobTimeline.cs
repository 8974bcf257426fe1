using Cronos;

namespace GameTime.App.Jobs;

/// <summary>
/// The pure arithmetic of a schedule, separate from waiting so it can be tested alone. Cronos reads the
/// expression in the zone's wall-clock time: on a spring-forward day an occurrence inside the missing hour
/// moves to the instant the clocks jump, and on a fall-back day a daily time that occurs twice runs once.
/// </summary>
public static class JobTimeline
{
    public static DateTimeOffset? Next(CronExpression schedule, TimeZoneInfo zone, DateTimeOffset after) =>
        schedule.GetNextOccurrence(after, zone);

    /// <summary>The latest occurrence in (<paramref name="after"/>, <paramref name="until"/>], or null.</summary>
    public static DateTimeOffset? LatestBetween(CronExpression schedule, TimeZoneInfo zone, DateTimeOffset after, DateTimeOffset until)
    {
        DateTimeOffset? latest = null;
        foreach (var occurrence in schedule.GetOccurrences(after, until, zone, fromInclusive: false, toInclusive: true))
            latest = occurrence;
        return latest;
    }

    /// <summary>The occurrence to make up at start-up under the job's policy, or null for none.</summary>
    public static DateTimeOffset? CatchUp(JobDefinition job, DateTimeOffset lastOccurrence, DateTimeOffset now)
    {
        if (job.MissedRuns == MissedRunPolicy.Skip) return null;
        var missed = LatestBetween(job.Schedule, job.TimeZone, lastOccurrence, now);
        if (missed is null) return null;
        if (job.MaxLateness is { } limit && now - missed.Value > limit) return null;
        return missed;
    }
}
