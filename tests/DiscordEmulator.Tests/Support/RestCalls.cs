using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;

namespace GameTime.DiscordEmulator.Tests;

/// <summary>One REST answer: status, headers and the parsed body (null for 204).</summary>
internal sealed record RestAnswer(HttpStatusCode Status, HttpResponseMessage Response, JsonNode? Body, string Text)
{
    public JsonObject Object => Body!.AsObject();

    public JsonArray Array => Body!.AsArray();

    public int Code => (int)Body!["code"]!;

    public string? Header(string name) =>
        Response.Headers.TryGetValues(name, out var values) ? values.First()
        : Response.Content.Headers.TryGetValues(name, out var contentValues) ? contentValues.First() : null;
}

/// <summary>Raw REST calls against the emulator with a plain HttpClient (bot token, DiscordBot User-Agent).</summary>
internal static class RestCalls
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Options for tests that are not about limits or time: no bucket ever answers 429, and the emulator's clock
    /// stands still, so a slow machine never misses the 3 s interaction deadline.
    /// </summary>
    public static EmulatorOptions Unlimited { get; } = new() { RateLimitsEnabled = false, Time = new FakeTimeProvider(DateTimeOffset.UtcNow) };

    public static Task<RestAnswer> RestGetAsync(this HttpClient http, string route) => SendAsync(http, HttpMethod.Get, route);

    public static Task<RestAnswer> RestDeleteAsync(this HttpClient http, string route, string? reason = null) => SendAsync(http, HttpMethod.Delete, route, reason: reason);

    public static Task<RestAnswer> RestPutAsync(this HttpClient http, string route, JsonNode? body = null, string? reason = null) =>
        SendAsync(http, HttpMethod.Put, route, body, reason);

    public static Task<RestAnswer> RestPostAsync(this HttpClient http, string route, JsonNode body) => SendAsync(http, HttpMethod.Post, route, body);

    public static Task<RestAnswer> RestPatchAsync(this HttpClient http, string route, JsonNode body) => SendAsync(http, HttpMethod.Patch, route, body);

    public static async Task<RestAnswer> SendAsync(HttpClient http, HttpMethod method, string route, JsonNode? body = null, string? reason = null)
    {
        using var request = new HttpRequestMessage(method, new Uri("v10/" + route.TrimStart('/'), UriKind.Relative));
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }
        if (reason is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Audit-Log-Reason", Uri.EscapeDataString(reason));
        }
        return await ReadAsync(await http.SendAsync(request));
    }

    /// <summary>multipart/form-data: payload_json plus files[n] parts named as given.</summary>
    public static async Task<RestAnswer> MultipartAsync(HttpClient http, HttpMethod method, string route, JsonObject payload, params (string Name, byte[] Bytes)[] files)
    {
        using var form = new MultipartFormDataContent();
        var json = new StringContent(payload.ToJsonString(), Encoding.UTF8, "application/json");
        form.Add(json, "payload_json");
        for (int i = 0; i < files.Length; i++)
        {
            var part = new ByteArrayContent(files[i].Bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue("image/png");
            form.Add(part, $"files[{i}]", files[i].Name);
        }
        using var request = new HttpRequestMessage(method, new Uri("v10/" + route.TrimStart('/'), UriKind.Relative)) { Content = form };
        return await ReadAsync(await http.SendAsync(request));
    }

    private static async Task<RestAnswer> ReadAsync(HttpResponseMessage response)
    {
        string text = await response.Content.ReadAsStringAsync();
        bool json = response.Content.Headers.ContentType?.MediaType == "application/json";
        return new RestAnswer(response.StatusCode, response, json && text.Length > 0 ? JsonNode.Parse(text) : null, text);
    }

    public static string Id(ulong id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static ulong Snowflake(JsonNode? node) => ulong.Parse((string)node!, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Asserts a Discord error answer: status, code, and (for 50035) that `errors` has the path "a.0.b".</summary>
    public static void AssertError(RestAnswer answer, HttpStatusCode status, int code, string? errorPath = null)
    {
        Assert.True(answer.Status == status, $"Expected {(int)status}, got {(int)answer.Status}: {answer.Text}");
        Assert.Equal(code, answer.Code);
        Assert.False(string.IsNullOrEmpty((string?)answer.Body!["message"]));
        Assert.Equal("application/json", answer.Response.Content.Headers.ContentType?.MediaType);
        if (errorPath is not null)
        {
            JsonNode? node = answer.Body!["errors"];
            foreach (string key in errorPath.Split('.', StringSplitOptions.RemoveEmptyEntries))
            {
                node = node?[key];
                Assert.True(node is not null, $"errors lacks \"{errorPath}\" (at \"{key}\"): {answer.Text}");
            }
            Assert.True(node!["_errors"] is JsonArray { Count: > 0 }, $"errors.{errorPath} has no _errors: {answer.Text}");
        }
    }
}
