using System.Threading.Channels;

namespace GameTime.DiscordEmulator;

/// <summary>What happened on the wire, for tests to assert on and await.</summary>
internal sealed class EmulatorRecords
{
    private readonly Lock gate = new();
    private readonly List<ClientFrame> received = [];
    private readonly List<(string SessionId, long Seq, string Event)> dispatched = [];
    private readonly List<(Func<ClientFrame, bool> Match, TaskCompletionSource<ClientFrame> Done)> frameWaiters = [];
    private readonly Channel<int> closes = Channel.CreateUnbounded<int>();
    private readonly Channel<string> readies = Channel.CreateUnbounded<string>();
    private int identifyCount;
    private int resumeCount;
    private int connectionCount;
    private int readyCount;

    public IReadOnlyList<ClientFrame> Received { get { lock (gate) { return [.. received]; } } }

    public IReadOnlyList<(string SessionId, long Seq, string Event)> Dispatched { get { lock (gate) { return [.. dispatched]; } } }

    public int IdentifyCount => Volatile.Read(ref identifyCount);

    public int ResumeCount => Volatile.Read(ref resumeCount);

    public int ConnectionCount => Volatile.Read(ref connectionCount);

    public int ReadyCount => Volatile.Read(ref readyCount);

    public int NextConnectionId() => Interlocked.Increment(ref connectionCount);

    public void CountIdentify() => Interlocked.Increment(ref identifyCount);

    public void CountResume() => Interlocked.Increment(ref resumeCount);

    public void AddFrame(ClientFrame frame)
    {
        List<TaskCompletionSource<ClientFrame>> matched = [];
        lock (gate)
        {
            received.Add(frame);
            frameWaiters.RemoveAll(waiter =>
            {
                if (!waiter.Match(frame))
                {
                    return false;
                }
                matched.Add(waiter.Done);
                return true;
            });
        }
        matched.ForEach(done => done.TrySetResult(frame));
    }

    public void AddDispatched(string sessionId, long seq, string eventName)
    {
        lock (gate)
        {
            dispatched.Add((sessionId, seq, eventName));
        }
    }

    public void AddClose(int code) => closes.Writer.TryWrite(code);

    public void AddReady(string sessionId)
    {
        Interlocked.Increment(ref readyCount);
        readies.Writer.TryWrite(sessionId);
    }

    public async Task<ClientFrame> WaitForFrameAsync(Func<ClientFrame, bool> match, TimeSpan timeout, string description)
    {
        var done = new TaskCompletionSource<ClientFrame>(TaskCreationOptions.RunContinuationsAsynchronously);
        (Func<ClientFrame, bool>, TaskCompletionSource<ClientFrame>) waiter = (match, done);
        int seen;
        lock (gate)
        {
            ClientFrame? already = received.Find(f => match(f));
            if (already is not null)
            {
                return already;
            }
            frameWaiters.Add(waiter);
            seen = received.Count;
        }
        try
        {
            return await done.Task.WaitAsync(timeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            string last;
            lock (gate)
            {
                frameWaiters.Remove(waiter);
                last = received.Count == 0 ? "none" : Shorten(received[^1].Json);
                seen = received.Count;
            }
            throw new TimeoutException($"No client frame matching `{description}` arrived within {timeout.TotalSeconds:0.###} s ({seen} frames received; last: {last}).");
        }
    }

    public async Task<int> WaitForCloseAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            // A cancelled read takes nothing, so a close after the timeout is still there for the next wait.
            return await closes.Reader.ReadAsync(cts.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"No gateway connection closed within {timeout.TotalSeconds:0.###} s ({ConnectionCount} connections accepted so far).");
        }
    }

    public async Task WaitForReadyAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await readies.Reader.ReadAsync(cts.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException(
                $"No session became ready (READY + every GUILD_CREATE, or RESUMED) within {timeout.TotalSeconds:0.###} s " +
                $"({ConnectionCount} connections, {IdentifyCount} IDENTIFY, {ResumeCount} RESUME received).");
        }
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
