using System.Net;
using GameTime.Rest.Discord;

namespace GameTime.Tests.Rest;

public class InvalidRequestGuardTests
{
    private const string Unauthorized = """{"message": "401: Unauthorized", "code": 0}""";
    private const string MissingPermissions = """{"message": "Missing Permissions", "code": 50013}""";

    [Fact]
    public async Task A_401_stops_every_further_request_with_a_clear_exception()
    {
        using var h = new RestHarness();
        h.Discord.Script("GET", "users/@me", () => FakeDiscord.Error(HttpStatusCode.Unauthorized, Unauthorized));

        var first = await Assert.ThrowsAsync<DiscordApiException>(() => h.Client.GetCurrentUserAsync(default));
        Assert.Equal(HttpStatusCode.Unauthorized, first.Status);

        // Another route, which Discord would answer: nothing more is sent.
        var refused = await Assert.ThrowsAsync<DiscordApiException>(() => h.Client.GetChannelAsync(1, default));
        Assert.Equal(HttpStatusCode.Unauthorized, refused.Status);
        Assert.Contains("not sent", refused.Message, StringComparison.Ordinal);
        Assert.Contains("bot token", refused.Message, StringComparison.Ordinal);
        Assert.Single(h.Discord.Requests);
    }

    [Fact]
    public async Task A_401_for_an_expired_interaction_token_does_not_stop_the_bot()
    {
        using var h = new RestHarness();
        h.Discord.Script("PATCH", @"webhooks/7/.+/messages/@original",
            () => FakeDiscord.Error(HttpStatusCode.Unauthorized, """{"message": "Invalid Webhook Token", "code": 50027}"""));

        var ex = await Assert.ThrowsAsync<DiscordApiException>(
            () => h.Client.EditOriginalResponseAsync(7, RestHarness.InteractionToken, RestHarness.Text("late"), null, default));
        Assert.Equal(50027, ex.Code);

        await h.Client.GetChannelAsync(1, default);
        Assert.Equal(2, h.Discord.Requests.Count);
        Assert.Equal(1, h.Client.InvalidRequestCount);
    }

    [Fact]
    public async Task The_guard_refuses_to_send_at_its_threshold_until_old_answers_leave_the_ten_minute_window()
    {
        using var h = new RestHarness(new DiscordRestOptions { InvalidRequestThreshold = 3 });
        h.Discord.Script("PUT", @"guilds/1/members/\d+/roles/\d+", () => FakeDiscord.Error(HttpStatusCode.Forbidden, MissingPermissions), times: 3);

        for (ulong user = 1; user <= 3; user++)
        {
            var ex = await Assert.ThrowsAsync<DiscordApiException>(() => h.Client.AddMemberRoleAsync(1, user, 9, null, default));
            Assert.Equal(50013, ex.Code);
        }

        var refused = await Assert.ThrowsAsync<DiscordRestRefusedException>(() => h.Client.AddMemberRoleAsync(1, 4, 9, null, default));
        Assert.Contains("10,000", refused.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<DiscordRestRefusedException>(() => h.Client.GetChannelAsync(5, default)); // every route
        Assert.Equal(3, h.Discord.Requests.Count);

        h.Clock.Advance(TimeSpan.FromMinutes(10));
        await h.Client.AddMemberRoleAsync(1, 4, 9, null, default);
        Assert.Equal(4, h.Discord.Requests.Count);
    }
}
