namespace GameTime.Gateway.Connection;

/// <summary>
/// Discord closes a connection (4008) that sends more than 120 frames in 60 s. This sliding window lets
/// ordinary frames use all but a reserve, which is kept for heartbeats so they are never starved.
/// Presence updates have their own, stricter window (5 per 20 s).
/// </summary>
internal sealed class SendLimiter(TimeProvider clock, int limit, TimeSpan window, int heartbeatReserve)
{
    private readonly Queue<DateTimeOffset> _sent = new();
    private readonly Lock _gate = new();

    public static SendLimiter ForGateway(TimeProvider clock) => new(clock, 120, TimeSpan.FromSeconds(60), heartbeatReserve: 5);

    public static SendLimiter ForPresence(TimeProvider clock) => new(clock, 5, TimeSpan.FromSeconds(20), heartbeatReserve: 0);

    /// <summary>How long to wait before the next frame may go; zero means it is taken now and counted.</summary>
    public TimeSpan TryTake(bool heartbeat)
    {
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            while (_sent.Count > 0 && now - _sent.Peek() >= window) _sent.Dequeue();
            int allowed = heartbeat ? limit : limit - heartbeatReserve;
            if (_sent.Count < allowed)
            {
                _sent.Enqueue(now);
                return TimeSpan.Zero;
            }
            // The oldest frames must leave the window before one more fits.
            var oldestThatMustExpire = _sent.ElementAt(_sent.Count - allowed);
            return oldestThatMustExpire + window - now;
        }
    }

    public async Task TakeAsync(bool heartbeat, CancellationToken cancellationToken)
    {
        TimeSpan wait;
        while ((wait = TryTake(heartbeat)) > TimeSpan.Zero)
            await Task.Delay(wait, clock, cancellationToken);
    }
}
