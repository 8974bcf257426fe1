using Microsoft.Extensions.Logging;

namespace GameTime.App.Jobs;

/// <summary>
/// Runs each job at its cron occurrences, on the clock of the given <see cref="TimeProvider"/> (a fake one in
/// tests). Every job has its own loop, so a job that throws or hangs never holds up the others.
/// </summary>
public sealed partial class JobScheduler(IJobRunStore store, TimeProvider clock, ILogger<JobScheduler> log) : IAsyncDisposable
{
    // Task.Delay cannot wait longer than ~49 days, and a shorter nap also re-reads the clock after a suspend.
    private static readonly TimeSpan MaxNap = TimeSpan.FromHours(6);

    private readonly CancellationTokenSource _stopping = new();
    private readonly List<Task> _loops = [];
    private readonly Lock _gate = new();
    private int _waiting;

    /// <summary>How many job loops are waiting for their next occurrence (their timers are set).</summary>
    public int WaitingJobs => Volatile.Read(ref _waiting);

    public void Start(JobDefinition job)
    {
        lock (_gate)
            _loops.Add(Task.Run(() => RunLoopAsync(job, _stopping.Token)));
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        Task[] loops;
        lock (_gate) loops = [.. _loops];
        await Task.WhenAll(loops);
        _stopping.Dispose();
    }

    private async Task RunLoopAsync(JobDefinition job, CancellationToken stopping)
    {
        try
        {
            var now = clock.GetUtcNow();
            var cursor = now;
            var last = store.LastOccurrence(job.Key);
            if (last is null)
            {
                // First time we see this job: nothing was missed, start counting from now.
                store.Record(job.Key, now, now, JobOutcome.Skipped);
            }
            else if (JobTimeline.CatchUp(job, last.Value, now) is { } missed)
            {
                LogCatchUp(job.Key, missed);
                await ExecuteAsync(job, missed, isCatchUp: true, stopping);
            }
            else if (last.Value > now)
            {
                cursor = last.Value; // the clock went back; never repeat an occurrence already run
            }

            while (JobTimeline.Next(job.Schedule, job.TimeZone, cursor) is { } next)
            {
                await WaitUntilAsync(next, stopping);
                await ExecuteAsync(job, next, isCatchUp: false, stopping);
                cursor = next;
            }
            LogNoMoreOccurrences(job.Key);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            LogLoopFailed(job.Key, ex);
        }
    }

    private async Task WaitUntilAsync(DateTimeOffset due, CancellationToken stopping)
    {
        TimeSpan remaining;
        while ((remaining = due - clock.GetUtcNow()) > TimeSpan.Zero)
        {
            var nap = Task.Delay(remaining < MaxNap ? remaining : MaxNap, clock, stopping);
            Interlocked.Increment(ref _waiting);
            try { await nap; }
            finally { Interlocked.Decrement(ref _waiting); }
        }
    }

    private async Task ExecuteAsync(JobDefinition job, DateTimeOffset occurrence, bool isCatchUp, CancellationToken stopping)
    {
        bool succeeded = false;
        try
        {
            await job.Run(new JobRun(occurrence, isCatchUp, stopping));
            succeeded = true;
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            LogJobFailed(job.Key, occurrence, ex);
        }

        try
        {
            // Recorded even after a failure: the occurrence is spent, and a restart must not replay it in a loop.
            store.Record(job.Key, occurrence, clock.GetUtcNow(), succeeded ? JobOutcome.Succeeded : JobOutcome.Failed);
        }
        catch (Exception ex)
        {
            LogStoreFailed(job.Key, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "job {Key}: making up the run missed at {Occurrence:u}")]
    private partial void LogCatchUp(JobKey key, DateTimeOffset occurrence);

    [LoggerMessage(Level = LogLevel.Error, Message = "job {Key} failed for its run at {Occurrence:u}")]
    private partial void LogJobFailed(JobKey key, DateTimeOffset occurrence, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "job {Key}: could not record its run")]
    private partial void LogStoreFailed(JobKey key, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "job {Key} stopped")]
    private partial void LogLoopFailed(JobKey key, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "job {Key} has no further occurrences")]
    private partial void LogNoMoreOccurrences(JobKey key);
}
