namespace GameTime.DiscordEmulator;

/// <summary>
/// A burst built, serialised and compressed for every connected session, held until sent
/// (see <see cref="DiscordEmulator.PrepareBurstAsync"/>).
/// </summary>
public sealed class PreparedBurst
{
    private readonly TaskCompletionSource release;
    private readonly Task sent;

    internal PreparedBurst(string eventName, int count, TaskCompletionSource release, Task sent)
    {
        EventName = eventName;
        Count = count;
        this.release = release;
        this.sent = sent;
    }

    public string EventName { get; }

    public int Count { get; }

    /// <summary>Releases the held frames; completes when every connection has sent them (or ended).</summary>
    public Task SendAsync()
    {
        release.TrySetResult();
        return sent;
    }
}
