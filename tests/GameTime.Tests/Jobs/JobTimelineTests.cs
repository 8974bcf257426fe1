using Cronos;
using GameTime.App.Jobs;

namespace GameTime.Tests.Jobs;

public class JobTimelineTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    private static DateTimeOffset Utc(int month, int day, int hour, int minute = 0) =>
        new(2026, month, day, hour, minute, 0, TimeSpan.Zero);

    private static List<DateTimeOffset> Occurrences(string cron, DateTimeOffset from, DateTimeOffset to)
    {
        var schedule = CronExpression.Parse(cron);
        var list = new List<DateTimeOffset>();
        for (var next = JobTimeline.Next(schedule, NewYork, from); next is { } n && n <= to; next = JobTimeline.Next(schedule, NewYork, n))
            list.Add(n);
        return list;
    }

    [Fact]
    public void A_daily_10am_job_stays_at_10am_local_across_spring_forward()
    {
        // 2026-03-08: New York moves from EST (UTC-5) to EDT (UTC-4).
        var runs = Occurrences("0 10 * * *", Utc(3, 6, 16), Utc(3, 10, 16));
        Assert.Equal([Utc(3, 7, 15), Utc(3, 8, 14), Utc(3, 9, 14), Utc(3, 10, 14)], runs);
    }

    [Fact]
    public void A_time_inside_the_skipped_hour_runs_once_when_the_clocks_jump()
    {
        // 02:30 does not exist on 2026-03-08; the run moves to 03:00 EDT (07:00 UTC), once.
        var runs = Occurrences("30 2 * * *", Utc(3, 7, 0), Utc(3, 9, 12));
        Assert.Equal([Utc(3, 7, 7, 30), Utc(3, 8, 7), Utc(3, 9, 6, 30)], runs);
    }

    [Fact]
    public void A_time_inside_the_repeated_hour_runs_once_on_fall_back()
    {
        // 01:30 happens twice on 2026-11-01 (EDT, then EST); a daily job runs at the first one only.
        var runs = Occurrences("30 1 * * *", Utc(10, 31, 0), Utc(11, 2, 12));
        Assert.Equal([Utc(10, 31, 5, 30), Utc(11, 1, 5, 30), Utc(11, 2, 6, 30)], runs);
    }

    [Fact]
    public void A_daily_10am_job_stays_at_10am_local_across_fall_back()
    {
        var runs = Occurrences("0 10 * * *", Utc(10, 31, 0), Utc(11, 2, 23));
        Assert.Equal([Utc(10, 31, 14), Utc(11, 1, 15), Utc(11, 2, 15)], runs);
    }

    private static JobDefinition Daily(MissedRunPolicy policy, TimeSpan? maxLateness = null) =>
        new(new JobKey("daily-post", 1), CronExpression.Parse("0 10 * * *"), NewYork, policy, _ => Task.CompletedTask)
        { MaxLateness = maxLateness };

    [Fact]
    public void Catch_up_picks_only_the_latest_missed_occurrence()
    {
        // Last ran Monday 10:00; down until Wednesday 13:00 local: make up Wednesday's run, once.
        var catchUp = JobTimeline.CatchUp(Daily(MissedRunPolicy.RunOnce), Utc(11, 23, 15), Utc(11, 25, 18));
        Assert.Equal(Utc(11, 25, 15), catchUp);
    }

    [Fact]
    public void Catch_up_respects_skip_and_max_lateness()
    {
        Assert.Null(JobTimeline.CatchUp(Daily(MissedRunPolicy.Skip), Utc(11, 23, 15), Utc(11, 25, 18)));
        Assert.Null(JobTimeline.CatchUp(Daily(MissedRunPolicy.RunOnce, TimeSpan.FromHours(2)), Utc(11, 23, 15), Utc(11, 25, 18)));
        Assert.Equal(Utc(11, 25, 15), JobTimeline.CatchUp(Daily(MissedRunPolicy.RunOnce, TimeSpan.FromHours(4)), Utc(11, 23, 15), Utc(11, 25, 18)));
        // Nothing was missed: the last run is the latest occurrence.
        Assert.Null(JobTimeline.CatchUp(Daily(MissedRunPolicy.RunOnce), Utc(11, 25, 15), Utc(11, 25, 18)));
    }
}
