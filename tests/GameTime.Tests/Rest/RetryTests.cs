using System.Net;
using GameTime.Rest.Discord;

namespace GameTime.Tests.Rest;

public class RetryTests
{
    private const string BadGateway = """{"message": "502: Bad Gateway", "code": 0}""";

    [Fact]
    public async Task A_GET_is_retried_with_backoff_after_a_5xx()
    {
        using var h = new RestHarness();
        h.Discord.Script("GET", "channels/1", () => FakeDiscord.Error(HttpStatusCode.BadGateway, BadGateway), times: 2);
        var start = h.Clock.GetUtcNow();

        var channel = await h.Clock.RunAsync(h.Client.GetChannelAsync(1, default));

        Assert.Equal(1ul, channel.Id);
        var requests = h.Discord.Requests;
        Assert.Equal(3, requests.Count);
        Assert.Equal(start + TimeSpan.FromSeconds(0.5), requests[1].At);
        Assert.Equal(start + TimeSpan.FromSeconds(1.5), requests[2].At); // the wait doubled
    }

    [Fact]
    public async Task A_GET_gives_up_after_its_attempts_with_Discords_error()
    {
        using var h = new RestHarness(new DiscordRestOptions { MaxAttempts = 3 });
        h.Discord.Script("GET", "channels/1", () => FakeDiscord.Error(HttpStatusCode.BadGateway, BadGateway), times: 10);

        var ex = await Assert.ThrowsAsync<DiscordApiException>(() => h.Clock.RunAsync(h.Client.GetChannelAsync(1, default)));
        Assert.Equal(HttpStatusCode.BadGateway, ex.Status);
        Assert.Equal(3, h.Discord.Requests.Count);
    }

    [Fact]
    public async Task A_GET_is_retried_after_a_network_error()
    {
        using var h = new RestHarness();
        h.Discord.Break("GET", @"channels/1/messages/2");

        await h.Clock.RunAsync(h.Client.GetMessageAsync(1, 2, default));
        Assert.Equal(2, h.Discord.Requests.Count);
    }

    [Fact]
    public async Task A_message_create_is_not_retried_after_a_network_error_because_it_could_post_twice()
    {
        using var h = new RestHarness();
        h.Discord.Break("POST", @"channels/1/messages");

        await Assert.ThrowsAsync<HttpRequestException>(() => h.Clock.RunAsync(h.Client.CreateMessageAsync(1, RestHarness.Text("once"), null, default)));
        Assert.Single(h.Discord.Requests);
    }

    [Fact]
    public async Task Follow_ups_and_callbacks_are_not_retried_after_a_network_error_or_a_5xx()
    {
        using var h = new RestHarness();
        h.Discord.Break("POST", @"webhooks/7/[^/]+\?wait=true");
        h.Discord.Script("POST", @"interactions/5/[^/]+/callback", () => FakeDiscord.Error(HttpStatusCode.InternalServerError, "{}"));

        await Assert.ThrowsAsync<HttpRequestException>(
            () => h.Clock.RunAsync(h.Client.CreateFollowupAsync(7, RestHarness.InteractionToken, RestHarness.Text("once"), null, default)));
        var ex = await Assert.ThrowsAsync<DiscordApiException>(() => h.Clock.RunAsync(
            h.Client.CreateInteractionResponseAsync(5, RestHarness.InteractionToken, new JsonInteractionResponse { Type = 5 }, null, default)));
        Assert.Equal(HttpStatusCode.InternalServerError, ex.Status);
        Assert.Equal(2, h.Discord.Requests.Count);
    }

    [Fact]
    public async Task A_message_create_is_retried_after_a_429_since_Discord_did_not_take_it()
    {
        using var h = new RestHarness();
        h.Discord.Script("POST", @"channels/1/messages", () => FakeDiscord.FromFixture("discord/rest/rate_limit_429_user.json"));

        await h.Clock.RunAsync(h.Client.CreateMessageAsync(1, RestHarness.Text("later"), null, default));
        Assert.Equal(2, h.Discord.Requests.Count);
    }

    [Fact]
    public async Task An_edit_is_retried_after_a_5xx_since_repeating_it_changes_nothing()
    {
        using var h = new RestHarness();
        h.Discord.Script("PATCH", @"channels/1/messages/2", () => FakeDiscord.Error(HttpStatusCode.ServiceUnavailable, "{}"));

        await h.Clock.RunAsync(h.Client.EditMessageAsync(1, 2, RestHarness.Text("edited"), null, default));
        Assert.Equal(2, h.Discord.Requests.Count);
    }

    [Fact]
    public async Task An_exchange_that_outlasts_the_timeout_fails_as_a_timeout_and_a_create_is_not_resent()
    {
        using var h = new RestHarness(new DiscordRestOptions { RequestTimeout = TimeSpan.FromMilliseconds(200) });
        h.Discord.Hang("POST", @"channels/1/messages");

        var ex = await Assert.ThrowsAsync<TimeoutException>(
            () => h.Clock.RunAsync(h.Client.CreateMessageAsync(1, RestHarness.Text("slow"), null, default)));
        Assert.Contains("POST /channels/1/messages", ex.Message, StringComparison.Ordinal);
        Assert.Single(h.Discord.Requests);
    }

    [Fact]
    public async Task A_GET_that_times_out_is_tried_again()
    {
        using var h = new RestHarness(new DiscordRestOptions { RequestTimeout = TimeSpan.FromMilliseconds(200) });
        h.Discord.Hang("GET", @"channels/1");

        await h.Clock.RunAsync(h.Client.GetChannelAsync(1, default));
        Assert.Equal(2, h.Discord.Requests.Count);
    }
}
