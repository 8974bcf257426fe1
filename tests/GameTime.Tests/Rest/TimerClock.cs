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
        var pending = new Pending { DueAt = GetUtcNow() + dueTime };
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
        return new TrackedTimer(timer, pending);
    }

    /// <summary>The due time of the earliest pending timer, once there is one.</summary>
    public async Task<DateTimeOffset> NextTimerAsync()
    {
        while (true)
        {
            Task created;
            lock (_lock)
            {
                _pending.RemoveAll(p => p.Done);
                if (_pending.Count > 0) return _pending.Min(p => p.DueAt);
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
            Advance(wait > TimeSpan.Zero ? wait : TimeSpan.Zero);
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
        public DateTimeOffset DueAt;
        public volatile bool Done;
    }

    private sealed class TrackedTimer(ITimer inner, Pending pending) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => inner.Change(dueTime, period);

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
