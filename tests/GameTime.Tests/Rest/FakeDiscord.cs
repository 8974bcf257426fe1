using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace GameTime.Tests.Rest;

/// <summary>
/// Discord's REST API as far as the client can tell: rate-limit buckets keyed by hash + major parameter (each with
/// its limit and window on the fake clock, answering 429 when the client oversteps), scripted answers for one-off
/// failures, and a record of every request as it arrived.
/// </summary>
public sealed partial class FakeDiscord(TimeProvider clock) : HttpMessageHandler
{
    public const string ApiPrefix = "/api/v10/";

    private readonly Lock _lock = new();
    private readonly List<SeenRequest> _seen = [];
    private readonly List<BucketRule> _rules = [];
    private readonly Dictionary<string, BucketState> _buckets = [];
    private readonly List<ScriptedAnswer> _scripts = [];
    private int _overstepped;

    /// <summary>Requests in the order they arrived.</summary>
    public IReadOnlyList<SeenRequest> Requests
    {
        get
        {
            lock (_lock) return _seen.ToList();
        }
    }

    /// <summary>429s this fake sent because the client sent into an exhausted bucket (scripted 429s are not counted).</summary>
    public int Overstepped
    {
        get
        {
            lock (_lock) return _overstepped;
        }
    }

    /// <summary>Requests matching <paramref name="method"/> and <paramref name="path"/> (a regex on the path after /api/v10/) share <paramref name="hash"/>.</summary>
    public void Bucket(string method, string path, string hash, int limit, TimeSpan window)
    {
        lock (_lock) _rules.Add(new BucketRule(method, new Regex("^" + path + "$"), hash, limit, window));
    }

    /// <summary>The next <paramref name="times"/> matching requests get <paramref name="answer"/> instead of the normal one.</summary>
    public void Script(string method, string path, Func<HttpResponseMessage> answer, int times = 1)
    {
        lock (_lock) _scripts.Add(new ScriptedAnswer(method, new Regex("^" + path + "$"), _ => answer(), times));
    }

    /// <summary>The next <paramref name="times"/> matching requests fail as if the network broke.</summary>
    public void Break(string method, string path, int times = 1)
    {
        lock (_lock) _scripts.Add(new ScriptedAnswer(method, new Regex("^" + path + "$"), _ => throw new HttpRequestException("Connection reset by peer"), times));
    }

    /// <summary>The next matching request gets no answer until it is cancelled (a server that hangs).</summary>
    public void Hang(string method, string path)
    {
        lock (_lock) _scripts.Add(new ScriptedAnswer(method, new Regex("^" + path + "$"), _ => null, 1));
    }

    /// <summary>An answer read from a fixture file shaped {status, headers, body}.</summary>
    public static HttpResponseMessage FromFixture(string relative)
    {
        using var doc = JsonDocument.Parse(Fixtures.Text(relative));
        var root = doc.RootElement;
        var response = new HttpResponseMessage((HttpStatusCode)root.GetProperty("status").GetInt32())
        {
            Content = new StringContent(root.TryGetProperty("body", out var body) ? body.GetRawText() : "", Encoding.UTF8, "application/json"),
        };
        foreach (var header in root.GetProperty("headers").EnumerateObject())
        {
            if (header.Name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)) continue;
            response.Headers.TryAddWithoutValidation(header.Name, header.Value.GetString());
        }
        return response;
    }

    /// <summary>An error answer with Discord's JSON body.</summary>
    public static HttpResponseMessage Error(HttpStatusCode status, string json) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var seen = await SeenRequest.ReadAsync(request, clock.GetUtcNow());
        lock (_lock)
        {
            _seen.Add(seen);
            var script = _scripts.FirstOrDefault(s => s.Times > 0 && s.Method == seen.Method && s.Path.IsMatch(seen.Path));
            if (script is null)
            {
                var rule = _rules.FirstOrDefault(r => r.Method == seen.Method && r.Path.IsMatch(seen.PathWithoutQuery));
                return rule is null ? Success(seen) : Limited(rule, seen);
            }
            script.Times--;
            if (script.Answer(request) is { } answer) return answer;
        }
        await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
        throw new InvalidOperationException("unreachable");
    }

    private HttpResponseMessage Limited(BucketRule rule, SeenRequest seen)
    {
        var now = clock.GetUtcNow();
        var key = rule.Hash + " " + Major(seen.PathWithoutQuery);
        if (!_buckets.TryGetValue(key, out var bucket) || now >= bucket.ResetAt)
        {
            bucket = new BucketState { Remaining = rule.Limit, ResetAt = now + rule.Window };
            _buckets[key] = bucket;
        }
        var resetAfter = (bucket.ResetAt - now).TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
        HttpResponseMessage response;
        if (bucket.Remaining == 0)
        {
            _overstepped++;
            response = Error(HttpStatusCode.TooManyRequests,
                $$"""{"message": "You are being rate limited.", "retry_after": {{resetAfter}}, "global": false}""");
            response.Headers.TryAddWithoutValidation("X-RateLimit-Scope", "user");
        }
        else
        {
            bucket.Remaining--;
            response = Success(seen);
        }
        response.Headers.TryAddWithoutValidation("X-RateLimit-Limit", rule.Limit.ToString(CultureInfo.InvariantCulture));
        response.Headers.TryAddWithoutValidation("X-RateLimit-Remaining", bucket.Remaining.ToString(CultureInfo.InvariantCulture));
        response.Headers.TryAddWithoutValidation("X-RateLimit-Reset-After", resetAfter);
        response.Headers.TryAddWithoutValidation("X-RateLimit-Bucket", rule.Hash);
        return response;
    }

    // 204 where Discord answers without a body; a list for list routes; otherwise an object every JsonX reads.
    private static HttpResponseMessage Success(SeenRequest seen)
    {
        if (seen.Method is "DELETE" || seen.PathWithoutQuery.EndsWith("/callback", StringComparison.Ordinal)
            || (seen.Method is "PUT" && !seen.Path.EndsWith("/commands", StringComparison.Ordinal)))
            return new HttpResponseMessage(HttpStatusCode.NoContent);
        var json = seen.Method is "PUT" ? seen.BodyText ?? "[]"
            : seen.Method is "GET" && seen.Path.Contains('?', StringComparison.Ordinal) ? "[]"
            : """{"id": "1", "channel_id": "1", "content": "ok", "author": {"id": "2", "username": "gametime", "bot": true}}""";
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
    }

    private static string Major(string path)
    {
        var m = MajorParameter().Match(path);
        return m.Success ? m.Value : "";
    }

    [GeneratedRegex(@"^(channels/\d+|guilds/\d+|webhooks/\d+/[^/?]+|interactions/\d+)")]
    private static partial Regex MajorParameter();

    private sealed record BucketRule(string Method, Regex Path, string Hash, int Limit, TimeSpan Window);

    private sealed class BucketState
    {
        public int Remaining;
        public DateTimeOffset ResetAt;
    }

    private sealed class ScriptedAnswer(string method, Regex path, Func<HttpRequestMessage, HttpResponseMessage?> answer, int times)
    {
        public string Method { get; } = method;
        public Regex Path { get; } = path;
        public Func<HttpRequestMessage, HttpResponseMessage?> Answer { get; } = answer;
        public int Times { get; set; } = times;
    }
}

/// <summary>One request as the fake received it: when, what, and its body (with multipart parts taken apart).</summary>
public sealed record SeenRequest(
    DateTimeOffset At,
    string Method,
    string Path,
    Dictionary<string, string> Headers,
    string? ContentType,
    string? BodyText,
    IReadOnlyList<SeenPart> Parts)
{
    /// <summary>The path after /api/v10/, without the query.</summary>
    public string PathWithoutQuery => Path.Split('?')[0];

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public static async Task<SeenRequest> ReadAsync(HttpRequestMessage request, DateTimeOffset at)
    {
        var uri = request.RequestUri!;
        Assert.StartsWith(FakeDiscord.ApiPrefix, uri.AbsolutePath);
        var headers = request.Headers.ToDictionary(h => h.Key, h => string.Join(" ", h.Value), StringComparer.OrdinalIgnoreCase);
        var parts = new List<SeenPart>();
        string? text = null;
        if (request.Content is MultipartFormDataContent multipart)
        {
            foreach (var part in multipart)
            {
                parts.Add(new SeenPart(
                    part.Headers.ContentDisposition?.Name?.Trim('"'),
                    part.Headers.ContentDisposition?.FileName?.Trim('"'),
                    part.Headers.ContentType?.MediaType,
                    await part.ReadAsByteArrayAsync()));
            }
        }
        if (request.Content is not null) text = await request.Content.ReadAsStringAsync();
        return new SeenRequest(at, request.Method.Method, uri.AbsolutePath[FakeDiscord.ApiPrefix.Length..] + uri.Query, headers,
            request.Content?.Headers.ContentType?.MediaType, text, parts);
    }
}

public sealed record SeenPart(string? Name, string? FileName, string? ContentType, byte[] Content)
{
    public string Text => Encoding.UTF8.GetString(Content);
}
