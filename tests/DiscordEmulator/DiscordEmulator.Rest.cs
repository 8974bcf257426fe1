using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;

namespace GameTime.DiscordEmulator;

/// <summary>What the REST side recorded and holds, for the test to read back and await; and the 429s it can inject.</summary>
public sealed partial class DiscordEmulator
{
    /// <summary>Every REST request answered under /api/v10, in order.</summary>
    public IReadOnlyList<RecordedRequest> Requests => rest.Records.Requests;

    /// <summary>Requests Discord would refuse for what they are (4xx except 429): assert it stays empty.</summary>
    public IReadOnlyList<RecordedRequest> RejectedRequests => [.. rest.Records.Requests.Where(r => r.Rejected)];

    public int RequestCount => rest.Records.Requests.Count;

    /// <summary>Answers with status 429 (of any scope).</summary>
    public int RateLimitedCount => rest.Records.RateLimitedCount;

    /// <summary>401, 403 and 429 answers except shared-scope 429s: what Cloudflare's 10,000 per 10 min ban counts.</summary>
    public int InvalidRequestCount => rest.Records.InvalidCount;

    /// <summary>True while Cloudflare's invalid-request ban holds (see <see cref="EmulatorOptions.InvalidRequestLimit"/>): every request gets a bare 429.</summary>
    public bool Banned => rest.Records.Banned(rest.Now, Options.InvalidRequestLimit, Options.InvalidRequestWindow);

    public Task<RecordedRequest> WaitForRequestAsync(Func<RecordedRequest, bool> match, TimeSpan timeout,
        [CallerArgumentExpression(nameof(match))] string matchText = "")
    {
        ArgumentNullException.ThrowIfNull(match);
        return rest.Records.WaitAsync(match, timeout, matchText);
    }

    /// <summary>
    /// The next <paramref name="count"/> requests matching <paramref name="routeMatcher"/> (method, path under /api/v10,
    /// e.g. "/channels/1/messages"; null = any) get a 429 of <paramref name="scope"/> with retry_after <paramref name="retryAfter"/>.
    /// </summary>
    public void InjectRateLimit(RateLimitScope scope, TimeSpan retryAfter, Func<string, string, bool>? routeMatcher = null, int count = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        rest.Limiter.Inject(scope, retryAfter, routeMatcher, count);
    }

    /// <summary>The live messages of a channel, oldest first (the test's and the bot's).</summary>
    public IReadOnlyList<StoredMessage> Messages(ulong channelId)
    {
        lock (hub.Sync)
        {
            return [.. rest.Messages.InChannel(channelId).Select(m => m.Snapshot())];
        }
    }

    /// <summary>A message by id (also a deleted one, with Deleted set), or null.</summary>
    public StoredMessage? Message(ulong messageId)
    {
        lock (hub.Sync)
        {
            return rest.Messages.Find(messageId)?.Snapshot();
        }
    }

    /// <summary>The first live message of <paramref name="channelId"/> matching <paramref name="match"/>, now or when it comes.</summary>
    public Task<StoredMessage> WaitForMessageAsync(ulong channelId, Func<StoredMessage, bool> match, TimeSpan timeout,
        [CallerArgumentExpression(nameof(match))] string matchText = "")
    {
        ArgumentNullException.ThrowIfNull(match);
        return rest.Messages.Changed.WaitAsync(() => Messages(channelId).FirstOrDefault(match), timeout, $"A message in {channelId} matching `{matchText}`");
    }

    /// <summary>The commands registered in a scope (null = global) as the bot would GET them.</summary>
    public IReadOnlyList<JsonObject> Commands(ulong? guildId = null)
    {
        lock (hub.Sync)
        {
            return [.. rest.Commands.Scope(guildId).Select(c => (JsonObject)c.DeepClone())];
        }
    }

    /// <summary>How many bulk overwrites (PUT …/commands) the scope got, accepted ones only.</summary>
    public int CommandOverwriteCount(ulong? guildId = null)
    {
        lock (hub.Sync)
        {
            return rest.Commands.Overwrites(guildId);
        }
    }
}
