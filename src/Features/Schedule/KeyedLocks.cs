using System.Collections.Concurrent;

namespace GameTime.Features.Schedule;

/// <summary>
/// One async lock per key (a message id, a guild id). The schedule message's lock covers reactions, the voice check and
/// moderator commands, so no update is lost between them (spec README "Voice adjustment").
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001",
    Justification = "SemaphoreSlim holds no unmanaged resource unless its AvailableWaitHandle is used, which it never is here.")]
public sealed class KeyedLocks
{
    private readonly ConcurrentDictionary<ulong, SemaphoreSlim> _locks = new();

    public async Task<T> RunAsync<T>(ulong key, Func<Task<T>> action, CancellationToken ct)
    {
        var gate = _locks.GetOrAdd(key, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        try
        {
            return await action();
        }
        finally
        {
            gate.Release();
        }
    }

    public Task<T> RunAsync<T>(ulong key, Func<T> action, CancellationToken ct) => RunAsync(key, () => Task.FromResult(action()), ct);
}
