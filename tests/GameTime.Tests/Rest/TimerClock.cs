using System.Diagnostics;
using Microsoft.Extensions.Time.Testing;

namespace GameTime.Tests.Rest;

/// <summary>
/// A FakeTimeProvider that knows which of its timers are still pending, so a test can wait (in real time, with a
/// timeout) until the code under test is parked on one, look at the world, then advance exactly to it.
/// </summary>
public sealed class TimerClock() : FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 18, 0, 0, TimeSpan.Zero))
{
    private static readonly TimeSpan RealTimeout = TimeSpan.FromSeconds(20);
    // Guards the pending list, and is held while the time moves and while a timer is set or changed, so a timer's recorded
    // due time is computed from the same "now" the fake timer uses. Without that, a timer set on one thread while a test
    // advanced the clock on another was recorded as due earlier than it would fire, and RunAsync waited at that instant
    // for a timer that never came.
    private readonly Lock _lock = new();
    private readonly List<Pending> _pending = [];
    private TaskCompletionSource _created = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public new void Advance(TimeSpan delta)
    {
        lock (_lock) base.Advance(delta);
    }

    public new void SetUtcNow(DateTimeOffset value)
    {
        lock (_lock) base.SetUtcNow(value);
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var pending = new Pending();
        lock (_lock)
        {
            pending.DueAt = DueAt(dueTime);
            var timer = base.CreateTimer(s =>
            {
                pending.Done = true;
                callback(s);
            }, state, dueTime, period);
            _pending.Add(pending);
            _created.TrySetResult();
            return new TrackedTimer(timer, pending, this);
        }
    }

    private bool Change(ITimer timer, Pending pending, TimeSpan dueTime, TimeSpan period)
    {
        lock (_lock)
        {
            pending.DueAt = DueAt(dueTime);
            pending.Done = false;
            if (!_pending.Contains(pending)) _pending.Add(pending);
            _created.TrySetResult();
            return timer.Change(dueTime, period);
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
        var stuck = Stopwatch.StartNew(); // real time spent at one instant
        while (!task.IsCompleted)
        {
            var next = NextTimerAsync();
            await Task.WhenAny(task, next).WaitAsync(RealTimeout);
            if (task.IsCompleted) break;
            var wait = await next - GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                Advance(wait);
                stuck.Restart();
            }
            else
            {
                // Due now: advancing by zero fires it; if its callback is still running, give it real time instead of
                // spinning on the same instant (a hot loop here once held a test host at 100 % of a core for minutes).
                Advance(TimeSpan.Zero);
                if (stuck.Elapsed > RealTimeout) throw new TimeoutException($"a timer due at {GetUtcNow():O} has not fired in {RealTimeout.TotalSeconds:0} s");
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
            return clock.Change(inner, pending, dueTime, period);
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
