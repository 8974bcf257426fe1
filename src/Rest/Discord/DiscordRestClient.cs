using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GameTime.Rest.Discord;

/// <summary>
/// Discord's REST API v10: authenticated with "Bot &lt;token&gt;", the User-Agent Discord asks for, Discord's
/// rate-limit buckets and global limit kept (<see cref="RateLimiter"/>), 429s waited out and retried, server and
/// network errors retried with backoff for calls that are safe to repeat, a guard against Discord's
/// invalid-request ban, a timeout on every exchange, and Discord's JSON errors turned into
/// <see cref="DiscordApiException"/>. The routes themselves are in DiscordRestClient.*.cs.
/// </summary>
public sealed partial class DiscordRestClient : IDiscordRest, IDisposable
{
    private readonly HttpClient _http;
    private readonly AuthenticationHeaderValue _auth;
    private readonly TimeProvider _clock;
    private readonly ILogger _log;
    private readonly DiscordRestOptions _options;
    private readonly RateLimiter _limiter;
    private readonly InvalidRequestGuard _guard;

    /// <param name="apiBase">DISCORD_API_BASE, e.g. https://discord.com/api (the version is appended here).</param>
    /// <param name="clock">Time for every rate-limit wait and backoff (a fake one in tests).</param>
    public DiscordRestClient(Uri apiBase, string token, string version, HttpMessageHandler? handler = null,
        TimeProvider? clock = null, ILogger? log = null, DiscordRestOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(apiBase);
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        _options = options ?? new DiscordRestOptions();
        _clock = clock ?? TimeProvider.System;
        _log = log ?? NullLogger.Instance;
        _http = new HttpClient(handler ?? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            BaseAddress = new Uri(apiBase.AbsoluteUri.TrimEnd('/') + "/v10/"),
            Timeout = _options.RequestTimeout,
        };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd($"DiscordBot (https://github.com/gametime-bot/gametime, {version})");
        _auth = new AuthenticationHeaderValue("Bot", token);
        _limiter = new RateLimiter(_clock, _options.GlobalRequestsPerSecond);
        _guard = new InvalidRequestGuard(_clock, _options.InvalidRequestThreshold);
    }

    internal RateLimiter Limiter => _limiter;

    /// <summary>Answers of 401/403/429 (not counting shared-scope 429s) in the last ten minutes.</summary>
    public int InvalidRequestCount => _guard.InvalidCount;

    public void Dispose() => _http.Dispose();

    private async Task<T> SendAsync<T>(RestRoute route, RestBody? body, JsonTypeInfo<T> type, CancellationToken ct, string? auditLogReason = null)
    {
        using var response = await SendCoreAsync(route, body, auditLogReason, ct).ConfigureAwait(false);
        var stream = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            return await JsonSerializer.DeserializeAsync(stream, type, ct).ConfigureAwait(false)
                ?? throw new JsonException($"{route}: empty answer");
        }
    }

    private async Task SendAsync(RestRoute route, RestBody? body, CancellationToken ct, string? auditLogReason = null)
    {
        using var response = await SendCoreAsync(route, body, auditLogReason, ct).ConfigureAwait(false);
    }

    /// <summary>Sends until Discord answers with success; the caller disposes the answer.</summary>
    private async Task<HttpResponseMessage> SendCoreAsync(RestRoute route, RestBody? body, string? auditLogReason, CancellationToken ct)
    {
        var reason = RouteEncoding.AuditLogReason(auditLogReason);
        int failures = 0, rateLimited = 0;
        while (true)
        {
            _guard.ThrowIfRefused(route);
            var bucket = await _limiter.AcquireAsync(route, ct).ConfigureAwait(false);
            HttpResponseMessage response;
            try
            {
                using var request = CreateRequest(route, body, reason);
                response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct).ConfigureAwait(false);
            }
            catch (Exception ex) when (IsNetworkFailure(ex, ct))
            {
                bucket.Exit();
                // A POST may have reached Discord before the connection broke: sending it again could post twice.
                if (!route.Idempotent || ++failures >= _options.MaxAttempts) throw NetworkFailure(ex, route);
                var wait = Backoff(failures);
                LogRetry(_log, route.ToString(), ex.GetType().Name, wait);
                await _clock.DelayAsync(wait, ct).ConfigureAwait(false);
                continue;
            }
            catch
            {
                bucket.Exit();
                throw;
            }

            var retryServerError = route.Idempotent && failures + 1 < _options.MaxAttempts;
            var outcome = await ReadOutcomeAsync(route, bucket, response, retryServerError, ct).ConfigureAwait(false);
            if (outcome == Outcome.Success) return response;
            response.Dispose();
            if (outcome == Outcome.RateLimited && ++rateLimited > _options.MaxRateLimitRetries)
                throw new DiscordApiException(HttpStatusCode.TooManyRequests, 0, $"still rate limited after {rateLimited} tries", route.ToString());
            if (outcome == Outcome.ServerError)
            {
                var wait = Backoff(++failures);
                LogRetry(_log, route.ToString(), "server error", wait);
                await _clock.DelayAsync(wait, ct).ConfigureAwait(false);
            }
        }
    }

    private enum Outcome { Success, RateLimited, ServerError }

    /// <summary>Learns the rate limits of an answer, then releases its bucket; throws for an answer not worth retrying.</summary>
    private async Task<Outcome> ReadOutcomeAsync(RestRoute route, RouteBucket bucket, HttpResponseMessage response,
        bool retryServerError, CancellationToken ct)
    {
        try
        {
            var headers = RateLimitHeaders.Read(response.Headers);
            var learned = _limiter.Learn(route, bucket, headers);
            _guard.Record(response.StatusCode, headers, route);
            if (response.IsSuccessStatusCode) return Outcome.Success;

            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                // Pause before the bucket is released, so nothing queued behind this request slips through.
                var text = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
                var (retryAfter, global) = RateLimitAnswer.Read(text, headers, response.Headers.RetryAfter);
                // A global pause does not hold routes exempt from the global limit: pause this request's bucket too.
                if (global) _limiter.PauseGlobal(retryAfter);
                learned.Pause(retryAfter);
                LogRateLimited(_log, route.ToString(), headers.Scope ?? (global ? "global" : "bucket"), retryAfter);
                return Outcome.RateLimited;
            }
            if (response.StatusCode == HttpStatusCode.Unauthorized && !route.TokenInUrl) LogTokenRejected(_log, route.ToString());

            if ((int)response.StatusCode >= 500 && retryServerError) return Outcome.ServerError;
            throw await DiscordErrorReader.ReadAsync(response, route, ct).ConfigureAwait(false);
        }
        catch
        {
            response.Dispose();
            throw;
        }
        finally
        {
            bucket.Exit();
        }
    }

    private HttpRequestMessage CreateRequest(RestRoute route, RestBody? body, string? auditLogReason)
    {
        var request = new HttpRequestMessage(route.Method, new Uri(route.Path, UriKind.Relative));
        if (!route.TokenInUrl) request.Headers.Authorization = _auth;
        if (auditLogReason is not null) request.Headers.TryAddWithoutValidation("X-Audit-Log-Reason", auditLogReason);
        if (body is not null) request.Content = body.CreateContent();
        return request;
    }

    private TimeSpan Backoff(int failures)
    {
        var wait = _options.FirstBackoff * Math.Pow(2, failures - 1);
        return wait < _options.MaxBackoff ? wait : _options.MaxBackoff;
    }

    // HttpClient reports its own timeout as a cancellation the caller did not ask for.
    private static bool IsNetworkFailure(Exception ex, CancellationToken ct) =>
        ex is HttpRequestException || (ex is OperationCanceledException && !ct.IsCancellationRequested);

    private Exception NetworkFailure(Exception ex, RestRoute route) => ex is OperationCanceledException
        ? new TimeoutException($"{route}: no answer within {_options.RequestTimeout.TotalSeconds:0.#} s", ex)
        : new HttpRequestException($"{route}: {ex.Message}", ex, (ex as HttpRequestException)?.StatusCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Route} was rate limited ({Scope}): waiting {RetryAfter} before retrying")]
    private static partial void LogRateLimited(ILogger log, string route, string scope, TimeSpan retryAfter);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Route} failed ({Problem}): retrying in {Wait}")]
    private static partial void LogRetry(ILogger log, string route, string problem, TimeSpan wait);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Route}: Discord rejected the bot token (401); no further REST request will be sent")]
    private static partial void LogTokenRejected(ILogger log, string route);
}
