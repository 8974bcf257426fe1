using GameTime.Rest.Discord;

namespace GameTime.Tests.Rest;

public class RateLimitTests
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Twenty_concurrent_sends_into_a_bucket_of_5_never_meet_a_429_and_all_arrive()
    {
        using var h = new RestHarness();
        h.Discord.Bucket("POST", @"channels/\d+/messages", "create", limit: 5, Window);
        var start = h.Clock.GetUtcNow();

        var sends = Enumerable.Range(0, 20).Select(i => h.Client.CreateMessageAsync(10, RestHarness.Text($"#{i}"), null, default)).ToArray();
        var messages = await h.Clock.RunAsync(Task.WhenAll(sends));

        Assert.Equal(20, messages.Length);
        Assert.Equal(0, h.Discord.Overstepped);
        var requests = h.Discord.Requests;
        Assert.Equal(20, requests.Count);
        // Four windows of five: the last five go once three resets have passed, not before.
        Assert.Equal(5, requests.Count(r => r.At == start));
        Assert.Equal(start + 3 * Window, requests[^1].At);
    }

    [Fact]
    public async Task Two_channels_never_share_a_bucket_even_with_one_hash()
    {
        using var h = new RestHarness();
        h.Discord.Bucket("GET", @"channels/\d+/messages/\d+", "same-hash", limit: 1, Window);

        await h.Client.GetMessageAsync(1, 100, default);
        // Channel 1's bucket is empty now; channel 2 goes at once.
        await h.Client.GetMessageAsync(2, 200, default).WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Equal(h.Clock.GetUtcNow(), h.Discord.Requests[1].At);

        var again = h.Client.GetMessageAsync(1, 101, default);
        await h.Clock.WaitForTimersAsync(1);
        Assert.Equal(2, h.Discord.Requests.Count); // channel 1 waits for its reset instead of sending
        await h.Clock.RunAsync(again);
        Assert.Equal(0, h.Discord.Overstepped);
    }

    [Fact]
    public async Task A_hash_learned_for_two_routes_makes_them_share_one_bucket()
    {
        using var h = new RestHarness();
        h.Discord.Bucket("GET", @"channels/\d+/messages/\d+", "message-hash", limit: 2, Window);
        h.Discord.Bucket("PATCH", @"channels/\d+/messages/\d+", "message-hash", limit: 2, Window);
        var start = h.Clock.GetUtcNow();

        await h.Client.GetMessageAsync(7, 1, default);                       // 1 left in the shared bucket
        await h.Client.EditMessageAsync(7, 1, RestHarness.Text("x"), null, default); // 0 left: the PATCH learns the GET's hash

        var get = h.Client.GetMessageAsync(7, 2, default);
        await h.Clock.WaitForTimersAsync(1);
        Assert.Equal(2, h.Discord.Requests.Count);
        await h.Clock.RunAsync(get);
        Assert.Equal(0, h.Discord.Overstepped);
        Assert.Equal(start + Window, h.Discord.Requests[2].At);
    }

    [Fact]
    public async Task A_global_429_pauses_every_other_route_until_retry_after_has_passed()
    {
        using var h = new RestHarness();
        h.Discord.Script("GET", @"channels/1", () => FakeDiscord.FromFixture("discord/rest/rate_limit_429_global.json"));
        var start = h.Clock.GetUtcNow();

        var first = h.Client.GetChannelAsync(1, default);
        await h.Clock.WaitForTimersAsync(1);
        var other = h.Client.GetGuildAsync(2, default);
        await h.Clock.WaitForTimersAsync(2);
        Assert.Single(h.Discord.Requests); // the guild request is held back, not sent

        h.Clock.Advance(TimeSpan.FromSeconds(64.56));
        Assert.Single(h.Discord.Requests); // retry_after is 64.57 s: not a moment less
        await h.Clock.RunAsync(Task.WhenAll(first, other));

        var requests = h.Discord.Requests;
        Assert.Equal(3, requests.Count);
        Assert.All(requests.Skip(1), r => Assert.Equal(start + TimeSpan.FromMilliseconds(64_570), r.At));
        Assert.Contains(requests, r => r.Path == "guilds/2");
    }

    [Fact]
    public async Task Interaction_callbacks_are_not_held_by_a_global_pause()
    {
        // Discord exempts interaction routes from the global limit, and a callback has 3 seconds.
        using var h = new RestHarness();
        h.Discord.Script("GET", @"channels/1", () => FakeDiscord.FromFixture("discord/rest/rate_limit_429_global.json"));
        var paused = h.Client.GetChannelAsync(1, default);
        await h.Clock.WaitForTimersAsync(1);

        await h.Client.CreateInteractionResponseAsync(5, RestHarness.InteractionToken, new JsonInteractionResponse { Type = 5 }, null, default)
            .WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Equal(2, h.Discord.Requests.Count);
        await h.Clock.RunAsync(paused);
    }

    [Fact]
    public async Task A_shared_scope_429_is_retried_and_not_counted_as_invalid_but_a_user_scope_429_is()
    {
        using var h = new RestHarness();
        var start = h.Clock.GetUtcNow();

        h.Discord.Script("GET", @"channels/3", () => FakeDiscord.FromFixture("discord/rest/rate_limit_429_shared.json"));
        var shared = h.Client.GetChannelAsync(3, default);
        await h.Clock.WaitForTimersAsync(1); // waiting to retry
        Assert.Equal(0, h.Client.InvalidRequestCount);
        await h.Clock.RunAsync(shared);
        var requests = h.Discord.Requests;
        Assert.Equal(2, requests.Count);
        Assert.Equal(start + TimeSpan.FromMilliseconds(1_336_570), requests[1].At); // the body's retry_after, not Retry-After

        h.Discord.Script("GET", @"channels/3", () => FakeDiscord.FromFixture("discord/rest/rate_limit_429_user.json"));
        var user = h.Client.GetChannelAsync(3, default);
        await h.Clock.WaitForTimersAsync(1);
        Assert.Equal(1, h.Client.InvalidRequestCount);
        await h.Clock.RunAsync(user);
        Assert.Equal(4, h.Discord.Requests.Count);
    }

    [Fact]
    public async Task Buckets_unused_for_ten_minutes_are_forgotten()
    {
        using var h = new RestHarness();
        for (ulong id = 1; id <= 3; id++)
            await h.Client.CreateInteractionResponseAsync(id, RestHarness.InteractionToken, new JsonInteractionResponse { Type = 5 }, null, default);
        Assert.Equal(3, h.Client.Limiter.BucketCount);

        h.Clock.Advance(TimeSpan.FromMinutes(11));
        await h.Client.GetChannelAsync(1, default);
        Assert.Equal(1, h.Client.Limiter.BucketCount);
    }

    [Fact]
    public async Task The_global_limit_lets_50_requests_a_second_through_and_holds_the_rest()
    {
        using var h = new RestHarness();
        var start = h.Clock.GetUtcNow();

        var gets = Enumerable.Range(1, 60).Select(i => h.Client.GetChannelAsync((ulong)i, default)).ToArray();
        await h.Clock.RunAsync(Task.WhenAll(gets));

        var requests = h.Discord.Requests;
        Assert.Equal(60, requests.Count);
        Assert.Equal(50, requests.Count(r => r.At == start));
        Assert.All(requests.Where(r => r.At != start), r => Assert.Equal(start + TimeSpan.FromSeconds(1), r.At));
    }

    [Fact]
    public async Task A_call_waiting_for_its_bucket_is_cancelled_by_its_token_without_sending()
    {
        using var h = new RestHarness();
        h.Discord.Bucket("GET", @"channels/\d+", "channel", limit: 1, Window);
        await h.Client.GetChannelAsync(1, default);

        using var cancel = new CancellationTokenSource();
        var waiting = h.Client.GetChannelAsync(1, cancel.Token);
        await h.Clock.WaitForTimersAsync(1);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.WaitAsync(TimeSpan.FromSeconds(20)));
        Assert.Single(h.Discord.Requests);
    }
}
