using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace GameTime.DiscordEmulator.Tests;

/// <summary>The REST routes the gateway needs, and the ways Discord refuses requests.</summary>
public sealed class RestTests
{
    [Fact]
    public async Task Gateway_bot_reports_the_gateway_url_shards_and_a_session_start_limit_that_identify_uses_up()
    {
        await using var emulator = await DiscordEmulator.StartAsync(new EmulatorOptions { RecommendedShards = 2, SessionStartRemaining = 900, MaxConcurrency = 16 });
        using var http = Client(emulator);

        var before = await GetJsonAsync(http, "gateway/bot");
        await using (var client = await GatewayTestClient.HelloAsync(emulator))
        {
            await client.IdentifyAsync();
        }
        var after = await GetJsonAsync(http, "gateway/bot");

        Fixtures.AssertHasKeysOf(Fixtures.Load("rest_gateway_bot"), before, "GET /gateway/bot");
        Fixtures.AssertHasKeysOf(Fixtures.Load("rest_gateway_bot")["session_start_limit"], before["session_start_limit"], "session_start_limit");
        Assert.Equal(emulator.GatewayUrl.ToString(), (string)before["url"]!);
        Assert.Equal(2, (int)before["shards"]!);
        Assert.Equal(1000, (int)before["session_start_limit"]!["total"]!);
        Assert.Equal(900, (int)before["session_start_limit"]!["remaining"]!);
        Assert.Equal(16, (int)before["session_start_limit"]!["max_concurrency"]!);
        Assert.InRange((long)before["session_start_limit"]!["reset_after"]!, 1, 86_400_000);
        Assert.Equal(899, (int)after["session_start_limit"]!["remaining"]!);
    }

    [Fact]
    public async Task Gateway_needs_no_token_and_answers_the_same_url()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        using var http = Client(emulator, authorized: false);

        var body = await GetJsonAsync(http, "gateway");

        Assert.Equal(JsonPayloads.Keys(Fixtures.Load("rest_gateway")), JsonPayloads.Keys(body));
        Assert.Equal(emulator.GatewayUrl.ToString(), (string)body["url"]!);
    }

    [Fact]
    public async Task Users_me_and_applications_me_describe_the_bot_and_its_owner()
    {
        await using var emulator = await DiscordEmulator.StartAsync(new EmulatorOptions { OwnerId = 222222222222222222 });
        using var http = Client(emulator);

        var user = await GetJsonAsync(http, "users/@me");
        var application = await GetJsonAsync(http, "applications/@me");

        Fixtures.AssertHasKeysOf(Fixtures.Load("rest_user_example"), user, "GET /users/@me");
        Assert.Equal("1234567890123456789", (string)user["id"]!);
        Assert.Equal("GameTime", (string)user["username"]!);
        Assert.True((bool)user["bot"]!);
        Assert.Equal("1234567890123456789", (string)application["id"]!);
        Assert.Equal("222222222222222222", (string)application["owner"]!["id"]!);
        Assert.True((bool)application["bot_public"]!);
        // The portal toggles show as the *_LIMITED flags: presence 1<<13, members 1<<15, message content 1<<19.
        Assert.Equal((1 << 13) | (1 << 15) | (1 << 19), (int)application["flags"]! & ((1 << 13) | (1 << 15) | (1 << 19)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Bot wrong.token.here")]
    [InlineData("Bearer MTIzNDU2Nzg5MDEyMzQ1Njc4.GEmuLa.dGhpcy1pcy1hLWZha2UtZW11bGF0b3ItdG9rZW4")]
    [InlineData("MTIzNDU2Nzg5MDEyMzQ1Njc4.GEmuLa.dGhpcy1pcy1hLWZha2UtZW11bGF0b3ItdG9rZW4")]
    public async Task A_missing_or_wrong_token_gets_401(string? authorization)
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        using var http = Client(emulator, authorized: false);
        if (authorization is not null)
        {
            http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", authorization);
        }

        var response = await http.GetAsync(new Uri("v10/gateway/bot", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("{\"message\":\"401: Unauthorized\",\"code\":0}", await response.Content.ReadAsStringAsync());
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Mozilla/5.0")]
    [InlineData("DiscordBot")]
    public async Task Without_a_DiscordBot_user_agent_requests_get_400(string? userAgent)
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        using var http = new HttpClient { BaseAddress = emulator.ApiBase.Append("/") };
        if (userAgent is not null)
        {
            http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", userAgent);
        }

        var response = await http.GetAsync(new Uri("v10/gateway", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonPayloads.Object(await response.Content.ReadAsStringAsync());
        Assert.Equal(40333, (int)body["code"]!);
        Assert.NotEmpty((string)body["message"]!);
        Assert.Equal(400, Assert.Single(emulator.RejectedRequests).Status);
    }

    [Theory]
    [InlineData("v10/nothing/here")]
    [InlineData("v10/users/@me/guilds")]
    [InlineData("v9/gateway")]
    public async Task Unknown_routes_get_Discords_404(string route)
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        using var http = Client(emulator);

        var response = await http.GetAsync(new Uri(route, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("{\"message\":\"404: Not Found\",\"code\":0}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_wrong_method_gets_405()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        using var http = Client(emulator);

        var response = await http.PostAsync(new Uri("v10/gateway/bot", UriKind.Relative), new StringContent("{}"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("{\"message\":\"405: Method Not Allowed\",\"code\":0}", await response.Content.ReadAsStringAsync());
    }

    /// <summary>An HttpClient that sends Discord's User-Agent and, when <paramref name="authorized"/>, the bot token.</summary>
    internal static HttpClient Client(DiscordEmulator emulator, bool authorized = true)
    {
        var http = new HttpClient { BaseAddress = emulator.ApiBase.Append("/") };
        http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", "DiscordBot (https://github.com/gametime, 0.1.0)");
        if (authorized)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bot", emulator.Options.BotToken);
        }
        return http;
    }

    internal static async Task<JsonObject> GetJsonAsync(HttpClient http, string route)
    {
        var response = await http.GetAsync(new Uri("v10/" + route, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonPayloads.Object(await response.Content.ReadAsStringAsync());
    }
}

internal static class UriExtensions
{
    public static Uri Append(this Uri uri, string tail) => new(uri + tail);
}
