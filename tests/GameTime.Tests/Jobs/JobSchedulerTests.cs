using System.Collections.Concurrent;
using System.Threading.Channels;
using Cronos;
using GameTime.App.Jobs;
using GameTime.App.Logging;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace GameTime.Tests.Jobs;

public sealed class JobSchedulerTests : IAsyncDisposable
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly FakeTimeProvider _clock = new(Utc(3, 7, 12));
    private readonly MemoryJobRunStore _store = new();
    private readonly StringWriter _log = new();
    private readonly Channel<(JobKey Key, JobRun Run, DateTimeOffset At)> _runs = Channel.CreateUnbounded<(JobKey, JobRun, DateTimeOffset)>();
    private readonly JobScheduler _scheduler;

    public JobSchedulerTests()
    {
        var logs = new LineLoggerFactory(LogLevel.Information, _log, _clock, journald: false);
        _scheduler = new JobScheduler(_store, _clock, new Logger<JobScheduler>(logs));
    }

    public async ValueTask DisposeAsync() => await _scheduler.DisposeAsync();

    private static DateTimeOffset Utc(int month, int day, int hour, int minute = 0) =>
        new(2026, month, day, hour, minute, 0, TimeSpan.Zero);

    private JobDefinition Job(string name, string cron, MissedRunPolicy policy = MissedRunPolicy.Skip, bool throws = false) =>
        new(new JobKey(name, 42), CronExpression.Parse(cron), NewYork, policy, run =>
        {
            _runs.Writer.TryWrite((new JobKey(name, 42), run, _clock.GetUtcNow()));
            return throws ? throw new InvalidOperationException($"{name} broke") : Task.CompletedTask;
        });

    private async Task<(JobKey Key, JobRun Run, DateTimeOffset At)> NextRun()
    {
        using var timeout = new CancellationTokenSource(Patience);
        return await _runs.Reader.ReadAsync(timeout.Token);
    }

    /// <summary>Waits (in real time, bounded) until every job loop has set its timer, so advancing the fake clock cannot race it.</summary>
    private async Task AllWaiting(int jobs)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (_scheduler.WaitingJobs != jobs)
        {
            Assert.True(DateTime.UtcNow < deadline, $"only {_scheduler.WaitingJobs} of {jobs} jobs are waiting");
            await Task.Yield();
        }
    }

    /// <summary>Moves the fake clock to each expected instant and checks the one run that happens there.</summary>
    private async Task ExpectRuns(int jobs, params (string Job, DateTimeOffset At)[] expected)
    {
        foreach (var (job, at) in expected)
        {
            await AllWaiting(jobs);
            _clock.Advance(at - _clock.GetUtcNow());
            var run = await NextRun();
            Assert.Equal((job, at, at, false), (run.Key.Name, run.Run.Occurrence, run.At, run.Run.IsCatchUp));
        }
        await AllWaiting(jobs);
        Assert.False(_runs.Reader.TryRead(out var extra), $"unexpected run of {extra.Key} at {extra.At:u}");
    }

    [Fact]
    public async Task Jobs_run_at_local_wall_clock_times_through_spring_forward()
    {
        _scheduler.Start(Job("daily-post", "0 10 * * *"));
        _scheduler.Start(Job("night-job", "30 2 * * *"));

        await ExpectRuns(2,
            ("daily-post", Utc(3, 7, 15)),
            ("night-job", Utc(3, 8, 7)),      // 02:30 does not exist: runs when clocks jump to 03:00 EDT
            ("daily-post", Utc(3, 8, 14)),    // 10:00 EDT
            ("night-job", Utc(3, 9, 6, 30)),
            ("daily-post", Utc(3, 9, 14)));
    }

    [Fact]
    public async Task A_repeated_hour_on_fall_back_does_not_double_a_run()
    {
        _clock.Advance(Utc(10, 31, 12) - _clock.GetUtcNow());
        _scheduler.Start(Job("night-job", "30 1 * * *"));

        // 01:30 EDT (05:30Z) runs; 01:30 EST (06:30Z) is passed over on the way to the next day.
        await ExpectRuns(1,
            ("night-job", Utc(11, 1, 5, 30)),
            ("night-job", Utc(11, 2, 6, 30)));
    }

    [Fact]
    public async Task A_run_missed_while_down_is_made_up_once_at_start_up()
    {
        _clock.Advance(Utc(11, 25, 18) - _clock.GetUtcNow());   // Wednesday 13:00 New York
        var key = new JobKey("daily-post", 42);
        _store.Record(key, Utc(11, 23, 15), Utc(11, 23, 15), JobOutcome.Succeeded);   // last ran Monday 10:00

        _scheduler.Start(Job("daily-post", "0 10 * * *", MissedRunPolicy.RunOnce));

        var catchUp = await NextRun();
        Assert.True(catchUp.Run.IsCatchUp);
        Assert.Equal(Utc(11, 25, 15), catchUp.Run.Occurrence);
        Assert.Equal(Utc(11, 25, 18), catchUp.At);
        await ExpectRuns(1, ("daily-post", Utc(11, 26, 15)));
        Assert.Equal(Utc(11, 26, 15), _store.LastOccurrence(key));
    }

    [Fact]
    public async Task A_skip_job_does_not_make_up_and_a_new_job_starts_from_now()
    {
        _clock.Advance(Utc(11, 25, 18) - _clock.GetUtcNow());
        _store.Record(new JobKey("voice-check", 42), Utc(11, 23, 15), Utc(11, 23, 15), JobOutcome.Succeeded);

        _scheduler.Start(Job("voice-check", "0 10 * * *", MissedRunPolicy.Skip));
        _scheduler.Start(Job("never-seen", "0 11 * * *", MissedRunPolicy.RunOnce));

        await ExpectRuns(2, ("voice-check", Utc(11, 26, 15)), ("never-seen", Utc(11, 26, 16)));
    }

    [Fact]
    public async Task A_throwing_job_is_logged_retried_at_its_next_occurrence_and_never_stops_the_others()
    {
        _scheduler.Start(Job("broken", "0 * * * *", throws: true));
        _scheduler.Start(Job("healthy", "30 * * * *"));

        await ExpectRuns(2,
            ("healthy", Utc(3, 7, 12, 30)),
            ("broken", Utc(3, 7, 13)),
            ("healthy", Utc(3, 7, 13, 30)),
            ("broken", Utc(3, 7, 14)),
            ("healthy", Utc(3, 7, 14, 30)));

        Assert.Equal(2, _log.ToString().Split("job broken@42 failed").Length - 1);
        Assert.Contains("broken broke", _log.ToString());
        Assert.Equal(Utc(3, 7, 14), _store.LastOccurrence(new JobKey("broken", 42)));
        Assert.Equal(JobOutcome.Failed, _store.LastOutcome(new JobKey("broken", 42)));
    }

    private sealed class MemoryJobRunStore : IJobRunStore
    {
        private readonly ConcurrentDictionary<JobKey, (DateTimeOffset Occurrence, JobOutcome Outcome)> _runs = new();

        public DateTimeOffset? LastOccurrence(JobKey key) => _runs.TryGetValue(key, out var run) ? run.Occurrence : null;

        public JobOutcome? LastOutcome(JobKey key) => _runs.TryGetValue(key, out var run) ? run.Outcome : null;

        public void Record(JobKey key, DateTimeOffset occurrence, DateTimeOffset finishedAt, JobOutcome outcome) =>
            _runs[key] = (occurrence, outcome);
    }
}
