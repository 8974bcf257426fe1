using System.Text.Json.Nodes;

namespace GameTime.DiscordEmulator;

/// <summary>
/// One REST request the emulator answered: what was sent (body: the JSON text, or payload_json of a multipart
/// body; files by name) and what came back. <see cref="Route"/> is "METHOD /template" or "" for unknown routes.
/// </summary>
public sealed record RecordedRequest(
    string Method,
    string Path,
    string Route,
    string? Body,
    IReadOnlyList<string> Files,
    string? ContentType,
    string? UserAgent,
    string? AuditLogReason,
    int Status,
    string? ResponseBody,
    DateTimeOffset At)
{
    public JsonNode? Json => Body is null ? null : JsonNode.Parse(Body);

    /// <summary>Discord refused it for what it was (4xx other than 429): the bot sent something Discord rejects.</summary>
    public bool Rejected => Status is >= 400 and < 500 and not 429;
}

/// <summary>The REST log and counters (requests, 429s, invalid requests as Cloudflare counts them).</summary>
internal sealed class RestRecords
{
    private readonly Lock gate = new();
    private readonly List<RecordedRequest> requests = [];
    private readonly ChangeSignal signal = new();
    private readonly Queue<DateTimeOffset> invalidTimes = new();
    private int rateLimited;
    private int invalid;

    public IReadOnlyList<RecordedRequest> Requests { get { lock (gate) { return [.. requests]; } } }

    public int RateLimitedCount => Volatile.Read(ref rateLimited);

    public int InvalidCount => Volatile.Read(ref invalid);

    public void Add(RecordedRequest request, bool sharedScope)
    {
        lock (gate)
        {
            requests.Add(request);
        }
        if (request.Status == 429)
        {
            Interlocked.Increment(ref rateLimited);
        }
        // Cloudflare's invalid-request ban counts 401, 403 and 429, except 429s of the shared scope.
        if (request.Status is 401 or 403 || (request.Status == 429 && !sharedScope))
        {
            Interlocked.Increment(ref invalid);
            lock (gate)
            {
                invalidTimes.Enqueue(request.At);
            }
        }
        signal.Pulse();
    }

    /// <summary>True while at least <paramref name="limit"/> invalid answers fall within <paramref name="window"/> before <paramref name="now"/>.</summary>
    public bool Banned(DateTimeOffset now, int limit, TimeSpan window)
    {
        lock (gate)
        {
            while (invalidTimes.Count > 0 && invalidTimes.Peek() <= now - window)
            {
                invalidTimes.Dequeue();
            }
            return invalidTimes.Count >= limit;
        }
    }

    public Task<RecordedRequest> WaitAsync(Func<RecordedRequest, bool> match, TimeSpan timeout, string what) =>
        signal.WaitAsync(() => { lock (gate) { return requests.Find(r => match(r)); } }, timeout, $"A REST request matching `{what}`");
}
