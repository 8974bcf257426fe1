using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace GameTime.Rest.Discord;

/// <summary>
/// Discord's REST API v10: authenticated with "Bot &lt;token&gt;", the User-Agent Discord asks for, a timeout
/// on every call, and Discord's JSON errors turned into <see cref="DiscordApiException"/>.
/// </summary>
public sealed class DiscordRestClient : IDisposable
{
    private readonly HttpClient _http;

    /// <param name="apiBase">DISCORD_API_BASE, e.g. https://discord.com/api (the version is appended here).</param>
    public DiscordRestClient(Uri apiBase, string token, string version, HttpMessageHandler? handler = null)
    {
        _http = new HttpClient(handler ?? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            BaseAddress = new Uri(apiBase.AbsoluteUri.TrimEnd('/') + "/v10/"),
            Timeout = TimeSpan.FromSeconds(15),
        };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bot", token);
        _http.DefaultRequestHeaders.UserAgent.ParseAdd($"DiscordBot (https://github.com/gametime-bot/gametime, {version})");
    }

    public Task<JsonGatewayBot> GetGatewayBotAsync(CancellationToken ct) =>
        GetAsync("gateway/bot", DiscordRestJson.Default.JsonGatewayBot, ct);

    public Task<JsonRestUser> GetCurrentUserAsync(CancellationToken ct) =>
        GetAsync("users/@me", DiscordRestJson.Default.JsonRestUser, ct);

    public Task<JsonRestApplication> GetCurrentApplicationAsync(CancellationToken ct) =>
        GetAsync("applications/@me", DiscordRestJson.Default.JsonRestApplication, ct);

    private async Task<T> GetAsync<T>(string route, JsonTypeInfo<T> type, CancellationToken ct)
    {
        for (int attempt = 1; ; attempt++)
        {
            using var response = await _http.GetAsync(route, HttpCompletionOption.ResponseContentRead, ct);
            if (response.IsSuccessStatusCode)
            {
                await using var body = await response.Content.ReadAsStreamAsync(ct);
                return await JsonSerializer.DeserializeAsync(body, type, ct)
                    ?? throw new JsonException($"{route}: empty response");
            }
            // A GET is safe to repeat after a server error or a rate limit.
            if (attempt < 3 && ((int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.TooManyRequests))
            {
                var wait = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(attempt);
                await Task.Delay(wait < TimeSpan.FromSeconds(10) ? wait : TimeSpan.FromSeconds(10), ct);
                continue;
            }
            throw await ErrorAsync(response, route, ct);
        }
    }

    private static async Task<DiscordApiException> ErrorAsync(HttpResponseMessage response, string route, CancellationToken ct)
    {
        var text = await response.Content.ReadAsStringAsync(ct);
        try
        {
            if (JsonSerializer.Deserialize(text, DiscordRestJson.Default.JsonRestError) is { } error)
                return new DiscordApiException(response.StatusCode, error.Code, error.Message ?? response.ReasonPhrase ?? "", route);
        }
        catch (JsonException)
        {
            // not Discord's JSON (a proxy's HTML page, say): report the status alone
        }
        return new DiscordApiException(response.StatusCode, 0, response.ReasonPhrase ?? "error", route);
    }

    public void Dispose() => _http.Dispose();
}
