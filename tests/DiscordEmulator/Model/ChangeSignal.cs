namespace GameTime.DiscordEmulator;

/// <summary>
/// Lets a test await a condition on emulator state: each change pulses, each waiter re-probes. A condition that
/// already holds returns at once; a timeout throws TimeoutException naming what was awaited.
/// </summary>
internal sealed class ChangeSignal
{
    private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Pulse() => Interlocked.Exchange(ref changed, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    public async Task<T> WaitAsync<T>(Func<T?> probe, TimeSpan timeout, string what)
        where T : class
    {
        using var cts = new CancellationTokenSource(timeout);
        while (true)
        {
            var next = Volatile.Read(ref changed).Task;
            if (probe() is { } found)
            {
                return found;
            }
            try
            {
                await next.WaitAsync(cts.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                if (probe() is { } late)
                {
                    return late;
                }
                throw new TimeoutException($"{what} did not happen within {timeout.TotalSeconds:0.###} s.");
            }
        }
    }
}
