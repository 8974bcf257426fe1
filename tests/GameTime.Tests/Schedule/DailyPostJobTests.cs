using GameTime.App;
using GameTime.App.Jobs;

namespace GameTime.Tests.Schedule;

public sealed class DailyPostJobTests : IDisposable
{
    private readonly ScheduleWorld _world = new(new DateTimeOffset(2027, 3, 12, 12, 0, 0, TimeSpan.Zero));

    public void Dispose() => _world.Dispose();

    private static DateTimeOffset Utc(int month, int day, int hour, int minute = 0) => new(2027, month, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public void The_daily_post_runs_at_10_in_the_guilds_timezone_through_the_spring_forward_week()
    {
        var job = ScheduleWiring.DailyPost(_world.Service, ScheduleWorld.Guild);
        Assert.Equal(new JobKey(ScheduleWiring.DailyJob, ScheduleWorld.Guild), job.Key);

        var occurrences = new List<DateTimeOffset>();
        var cursor = Utc(3, 12, 12);
        for (int i = 0; i < 4; i++) occurrences.Add(cursor = JobTimeline.Next(job.Schedule, job.TimeZone, cursor)!.Value);

        // 10:00 EST is 15:00 UTC until Saturday; from Sunday 14 March 2027, 10:00 EDT is 14:00 UTC.
        Assert.Equal([Utc(3, 12, 15), Utc(3, 13, 15), Utc(3, 14, 14), Utc(3, 15, 14)], occurrences);
    }

    [Fact]
    public void A_post_missed_while_the_bot_was_down_is_made_up_the_same_day_but_not_the_next()
    {
        var job = ScheduleWiring.DailyPost(_world.Service, ScheduleWorld.Guild);
        Assert.Equal(Utc(3, 12, 15), JobTimeline.CatchUp(job, Utc(3, 11, 15), Utc(3, 12, 20)));
        Assert.Null(JobTimeline.CatchUp(job, Utc(3, 11, 15), Utc(3, 13, 8))); // 3am the next day: 17 h late
    }

    [Fact]
    public void A_guild_that_posts_at_another_time_gets_its_own_time()
    {
        using (var connection = _world.Database.Open())
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "UPDATE guild_config SET daily_post_minute_of_day = 510, timezone = 'Europe/Paris' WHERE guild_id = $g";
            command.Parameters.AddWithValue("$g", (long)ScheduleWorld.Guild);
            command.ExecuteNonQuery();
        }
        var job = ScheduleWiring.DailyPost(_world.Service, ScheduleWorld.Guild);
        Assert.Equal(Utc(3, 13, 7, 30), JobTimeline.Next(job.Schedule, job.TimeZone, Utc(3, 12, 12))); // 08:30 CET
    }
}
