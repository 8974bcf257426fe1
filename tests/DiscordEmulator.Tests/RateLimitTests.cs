using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;

namespace GameTime.DiscordEmulator.Tests;

/// <summary>Discord's REST rate limits: headers on every answer, per-route buckets by major parameter, the global limit, injected 429s.</summary>
public sealed class RateLimitTests
{
    private static JsonObject Text(string content) => new() { ["content"] = content };

    [Fact]
    public async Task Every_answer_carries_the_rate_limit_headers()
    {
        await using var emulator = await Emulators.SeededAsync();
        using var http = RestTests.Client(emulator);

        var me = await http.RestGetAsync("users/@me");
        var missing = await http.RestGetAsync("channels/1");

        foreach (var answer in new[] { me, missing })
        {
            foreach (string header in Fixtures.Load("rest_rate_limit_headers_ok")["headers"]!.AsObject().Select(h => h.Key))
            {
                Assert.False(answer.Header(header) is null, $"{header} missing on {(int)answer.Status}");
            }
        }
        Assert.Equal(32, me.Header("X-RateLimit-Bucket")!.Length);
        Assert.True(double.Parse(me.Header("X-RateLimit-Reset-After")!, System.Globalization.CultureInfo.InvariantCulture) > 0);
    }

    [Fact]
    public async Task Message_creates_are_5_per_5_seconds_per_channel_and_the_sixth_gets_a_user_429()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var emulator = await Emulators.SeededAsync(new EmulatorOptions { Time = time });
        using var http = RestTests.Client(emulator);
        const ulong Siege = 900000000000000101;

        List<RestAnswer> answers = [];
        for (int i = 0; i < 6; i++)
        {
            answers.Add(await http.RestPostAsync($"channels/{Emulators.General}/messages", Text($"m{i}")));
        }
        var otherChannel = await http.RestPostAsync($"channels/{Siege}/messages", Text("elsewhere"));
        time.Advance(TimeSpan.FromSeconds(5));
        var afterReset = await http.RestPostAsync($"channels/{Emulators.General}/messages", Text("again"));

        Assert.All(answers.Take(5), a => Assert.Equal(HttpStatusCode.OK, a.Status));
        Assert.Equal(["4", "3", "2", "1", "0"], answers.Take(5).Select(a => a.Header("X-RateLimit-Remaining")));
        var limited = answers[5];
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.Status);
        Assert.Equal("user", limited.Header("X-RateLimit-Scope"));
        Assert.Equal("5", limited.Header("Retry-After"));
        Fixtures.AssertHasKeysOf(Fixtures.Load("rest_rate_limit_429_user")["body"], limited.Body, "429 body");
        Assert.Equal(5.0, (double)limited.Object["retry_after"]!);
        Assert.False((bool)limited.Object["global"]!);
        Assert.Equal(HttpStatusCode.OK, otherChannel.Status);
        Assert.Equal(answers[0].Header("X-RateLimit-Bucket"), otherChannel.Header("X-RateLimit-Bucket"));
        Assert.Equal(HttpStatusCode.OK, afterReset.Status);
        Assert.Equal(1, emulator.RateLimitedCount);
        Assert.Equal(1, emulator.InvalidRequestCount);
        Assert.Equal(8, emulator.RequestCount);
        Assert.Empty(emulator.RejectedRequests);
    }

    [Fact]
    public async Task Reactions_share_one_bucket_of_1_per_quarter_second()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var emulator = await Emulators.SeededAsync(new EmulatorOptions { Time = time });
        using var http = RestTests.Client(emulator);
        ulong id = await emulator.MessageCreateAsync(Emulators.Guild, Emulators.General, Emulators.Ash, "vote");
        string route = $"channels/{Emulators.General}/messages/{id}/reactions";

        var first = await http.RestPutAsync($"{route}/{Uri.EscapeDataString("👍")}/@me");
        var second = await http.RestPutAsync($"{route}/{Uri.EscapeDataString("👎")}/@me");
        var remove = await http.RestDeleteAsync($"{route}/{Uri.EscapeDataString("👍")}/@me");
        time.Advance(TimeSpan.FromMilliseconds(250));
        var later = await http.RestPutAsync($"{route}/{Uri.EscapeDataString("👎")}/@me");

        Assert.Equal(HttpStatusCode.NoContent, first.Status);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.Status);
        Assert.Equal(HttpStatusCode.TooManyRequests, remove.Status);
        Assert.Equal(0.25, (double)second.Object["retry_after"]!);
        Assert.Equal(HttpStatusCode.NoContent, later.Status);
        Assert.Equal(first.Header("X-RateLimit-Bucket"), remove.Header("X-RateLimit-Bucket"));
    }

    [Fact]
    public async Task The_global_limit_answers_a_global_429_but_interaction_callbacks_are_exempt()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var emulator = await Emulators.SeededAsync(new EmulatorOptions { Time = time, GlobalRateLimitPerSecond = 10 });
        using var http = RestTests.Client(emulator);
        var interaction = await emulator.SlashCommandAsync(Emulators.Guild, Emulators.General, Emulators.Zoe, "ping");

        List<RestAnswer> answers = [];
        for (int i = 0; i < 11; i++)
        {
            answers.Add(await http.RestGetAsync($"guilds/{Emulators.Guild}/members/{Emulators.Zoe}"));
        }
        var callback = await http.RestPostAsync($"interactions/{interaction.Id}/{interaction.Token}/callback", new JsonObject { ["type"] = 5 });
        time.Advance(TimeSpan.FromSeconds(1));
        var nextSecond = await http.RestGetAsync($"guilds/{Emulators.Guild}");

        Assert.All(answers.Take(10), a => Assert.Equal(HttpStatusCode.OK, a.Status));
        var global = answers[10];
        Assert.Equal(HttpStatusCode.TooManyRequests, global.Status);
        Assert.Equal("global", global.Header("X-RateLimit-Scope"));
        Assert.Equal("true", global.Header("X-RateLimit-Global"));
        Assert.True((bool)global.Object["global"]!);
        Fixtures.AssertHasKeysOf(Fixtures.Load("rest_rate_limit_429_global")["body"], global.Body, "global 429 body");
        Assert.Equal(HttpStatusCode.NoContent, callback.Status);
        Assert.Equal(HttpStatusCode.OK, nextSecond.Status);
    }

    [Fact]
    public async Task Disabled_limits_never_answer_429()
    {
        await using var emulator = await Emulators.SeededAsync(new EmulatorOptions { RateLimitsEnabled = false });
        using var http = RestTests.Client(emulator);

        List<RestAnswer> answers = [];
        for (int i = 0; i < 12; i++)
        {
            answers.Add(await http.RestPostAsync($"channels/{Emulators.General}/messages", Text($"m{i}")));
        }

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.Status));
        Assert.Equal(0, emulator.RateLimitedCount);
        Assert.Equal(12, emulator.Messages(Emulators.General).Count);
    }

    [Fact]
    public async Task Injected_429s_hit_the_matching_requests_and_shared_ones_are_not_invalid_requests()
    {
        await using var emulator = await Emulators.SeededAsync(RestCalls.Unlimited);
        using var http = RestTests.Client(emulator);
        emulator.InjectRateLimit(RateLimitScope.Shared, TimeSpan.FromSeconds(1.5), (method, path) => method == "POST" && path.EndsWith("/messages", StringComparison.Ordinal));

        var me = await http.RestGetAsync("users/@me");
        var shared = await http.RestPostAsync($"channels/{Emulators.General}/messages", Text("x"));
        var retried = await http.RestPostAsync($"channels/{Emulators.General}/messages", Text("x"));
        emulator.InjectRateLimit(RateLimitScope.Global, TimeSpan.FromSeconds(2), count: 2);
        var global1 = await http.RestGetAsync("users/@me");
        var global2 = await http.RestGetAsync("users/@me");
        var free = await http.RestGetAsync("users/@me");

        Assert.Equal(HttpStatusCode.OK, me.Status);
        Assert.Equal(HttpStatusCode.TooManyRequests, shared.Status);
        Assert.Equal("shared", shared.Header("X-RateLimit-Scope"));
        Assert.Equal("The resource is being rate limited.", (string)shared.Object["message"]!);
        Assert.Equal(1.5, (double)shared.Object["retry_after"]!);
        Assert.Equal("2", shared.Header("Retry-After"));
        Assert.Equal(HttpStatusCode.OK, retried.Status);
        Assert.Equal(HttpStatusCode.TooManyRequests, global1.Status);
        Assert.Equal(HttpStatusCode.TooManyRequests, global2.Status);
        Assert.Equal("true", global1.Header("X-RateLimit-Global"));
        Assert.Equal(HttpStatusCode.OK, free.Status);
        Assert.Equal(3, emulator.RateLimitedCount);
        Assert.Equal(2, emulator.InvalidRequestCount);
    }

    [Fact]
    public async Task Unauthorized_requests_count_as_invalid_and_every_request_is_recorded()
    {
        await using var emulator = await Emulators.SeededAsync(RestCalls.Unlimited);
        using var http = RestTests.Client(emulator, authorized: false);

        var answer = await http.RestGetAsync($"channels/{Emulators.General}");
        var recorded = await emulator.WaitForRequestAsync(r => r.Status == 401, RestCalls.Timeout);

        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
        Assert.Equal(1, emulator.InvalidRequestCount);
        Assert.Equal("GET", recorded.Method);
        Assert.Equal($"/channels/{Emulators.General}", recorded.Path);
        Assert.Equal("GET /channels/{channel_id}", recorded.Route);
        Assert.StartsWith("DiscordBot (", recorded.UserAgent, StringComparison.Ordinal);
        Assert.Single(emulator.RejectedRequests);
    }

    [Fact]
    public async Task Too_many_invalid_requests_get_the_client_banned_until_the_window_passes()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var emulator = await Emulators.SeededAsync(new EmulatorOptions { Time = time, InvalidRequestLimit = 3 });
        using var anonymous = RestTests.Client(emulator, authorized: false);
        using var http = RestTests.Client(emulator);

        for (int i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.RestGetAsync("users/@me")).Status);
        }
        var banned = await http.RestGetAsync("users/@me");
        bool wasBanned = emulator.Banned;
        time.Advance(TimeSpan.FromMinutes(10));
        var later = await http.RestGetAsync("users/@me");

        Assert.True(wasBanned);
        Assert.Equal(HttpStatusCode.TooManyRequests, banned.Status);
        Assert.Equal("error code: 1015", banned.Text);
        Assert.Null(banned.Header("X-RateLimit-Bucket"));
        Assert.Equal(HttpStatusCode.OK, later.Status);
        Assert.False(emulator.Banned);
    }
}
