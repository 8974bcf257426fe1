namespace GameTime.Features.Schedule;

/// <summary>
/// Keeps one message up to date without flooding Discord: a change waits <see cref="Delay"/> so the changes that follow
/// are folded into the same edit, and the next edit starts only after the last one finished and another delay passed.
/// So there is at most one edit in flight, at most one per delay (Discord allows 5 edits per 5 s per channel), and the
/// last change is always shown, because each edit renders the state at the moment it is sent.
/// </summary>
public sealed class DebouncedEdit(TimeProvider clock, TimeSpan delay, Func<CancellationToken, Task> edit, Action<Exception> failed)
{
    private readonly Lock _gate = new();
    private bool _dirty, _running;
    private Task _loop = Task.CompletedTask;

    public TimeSpan Delay { get; } = delay;

    /// <summary>Notes a change; the edit follows within about <see cref="Delay"/>.</summary>
    public void Changed(CancellationToken ct)
    {
        lock (_gate)
        {
            _dirty = true;
            if (_running) return;
            _running = true;
            _loop = RunAsync(ct);
        }
    }

    /// <summary>Completes when no change is waiting to be shown.</summary>
    public Task Idle
    {
        get { lock (_gate) return _loop; }
    }

    private async Task RunAsync(CancellationToken ct)
    {
        await Task.Yield(); // never run the first wait on the caller's lock
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(Delay, clock, ct);
            }
            catch (OperationCanceledException)
            {
                break;
            }
            lock (_gate)
            {
                if (!_dirty)
                {
                    _running = false; // decided under the lock, so a change now starts a new loop
                    return;
                }
                _dirty = false;
            }
            try
            {
                await edit(ct);
            }
            catch (OperationCanceledException)
            {
                break;
            }
            catch (Exception ex)
            {
                failed(ex);
            }
        }
        lock (_gate) _running = false;
    }
}
