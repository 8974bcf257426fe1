using Microsoft.Extensions.Time.Testing;

namespace GameTime.Tests.Rest;

/// <summary>
/// A FakeTimeProvider that knows which of its timers are still pending, so a test can wait (in real time, with a
/// timeout) until the code under test is parked on one, look at the world, then advance exactly to it.
/// </summary>
public sealed class TimerClock() : FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 18, 0, 0, TimeSpan.Zero))
{
    private static readonly TimeSpan RealTimeout = TimeSpan.FromSeconds(20);
    private readonly Lock _lock = new();
    private readonly List<Pending> _pending = [];
    private TaskCompletionSource _created = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var pending = new Pending { DueAt = DueAt(dueTime) };
        var timer = base.CreateTimer(s =>
        {
            pending.Done = true;
            callback(s);
        }, state, dueTime, period);
        lock (_lock)
        {
            _pending.Add(pending);
            _created.TrySetResult();
        }
        return new TrackedTimer(timer, pending, this);
    }

    private void Rearm(Pending pending, TimeSpan dueTime)
    {
        lock (_lock)
        {
            pending.DueAt = DueAt(dueTime);
            pending.Done = false;
            if (!_pending.Contains(pending)) _pending.Add(pending);
            _created.TrySetResult();
        }
    }

    // A timer set to never fire (Timeout.InfiniteTimeSpan) is not pending: advancing to it would be advancing to nothing.
    private DateTimeOffset DueAt(TimeSpan dueTime) => dueTime == Timeout.InfiniteTimeSpan ? DateTimeOffset.MaxValue : GetUtcNow() + dueTime;

    /// <summary>The due time of the earliest pending timer, once there is one.</summary>
    public async Task<DateTimeOffset> NextTimerAsync()
    {
        while (true)
        {
            Task created;
            lock (_lock)
            {
                _pending.RemoveAll(p => p.Done);
                if (_pending.Any(p => p.DueAt != DateTimeOffset.MaxValue)) return _pending.Where(p => p.DueAt != DateTimeOffset.MaxValue).Min(p => p.DueAt);
                if (_created.Task.IsCompleted) _created = new(TaskCreationOptions.RunContinuationsAsynchronously);
                created = _created.Task;
            }
            await created.WaitAsync(RealTimeout);
        }
    }

    /// <summary>Waits until <paramref name="count"/> timers are pending (the callers are parked).</summary>
    public async Task WaitForTimersAsync(int count)
    {
        while (true)
        {
            Task created;
            lock (_lock)
            {
                if (_pending.Count(p => !p.Done) >= count) return;
                if (_created.Task.IsCompleted) _created = new(TaskCreationOptions.RunContinuationsAsynchronously);
                created = _created.Task;
            }
            await created.WaitAsync(RealTimeout);
        }
    }

    /// <summary>Advances from timer to timer until <paramref name="task"/> completes.</summary>
    public async Task RunAsync(Task task)
    {
        while (!task.IsCompleted)
        {
            var next = NextTimerAsync();
            await Task.WhenAny(task, next).WaitAsync(RealTimeout);
            if (task.IsCompleted) break;
            var wait = await next - GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                Advance(wait);
            }
            else
            {
                // Due now: advancing by zero fires it; if its callback is still running, give it real time instead of
                // spinning on the same instant (a hot loop here once held a test host at 100 % of a core for minutes).
                Advance(TimeSpan.Zero);
                await Task.Delay(1);
            }
        }
        await task;
    }

    public async Task<T> RunAsync<T>(Task<T> task)
    {
        await RunAsync((Task)task);
        return await task;
    }

    private sealed class Pending
    {
        public DateTimeOffset DueAt;  // written and read under the clock's lock
        public volatile bool Done;
    }

    private sealed class TrackedTimer(ITimer inner, Pending pending, TimerClock clock) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            // The pending entry follows the timer, or a rescheduled timer would be waited for at its old time forever.
            clock.Rearm(pending, dueTime);
            return inner.Change(dueTime, period);
        }

        public void Dispose()
        {
            pending.Done = true;
            inner.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            pending.Done = true;
            return inner.DisposeAsync();
        }
    }
}
