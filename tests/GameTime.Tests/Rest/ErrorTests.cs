using System.Net;
using GameTime.Rest.Discord;

namespace GameTime.Tests.Rest;

public class ErrorTests
{
    [Fact]
    public async Task A_field_error_becomes_an_exception_with_the_code_and_the_fields_message()
    {
        using var h = new RestHarness();
        h.Discord.Script("POST", @"channels/1/messages", () => FakeDiscord.Error(HttpStatusCode.BadRequest,
            """{"code": 50035, "message": "Invalid Form Body", "errors": {"content": {"_errors": [{"code": "BASE_TYPE_MAX_LENGTH", "message": "Must be 2000 or fewer in length."}]}}}"""));

        var ex = await Assert.ThrowsAsync<DiscordApiException>(
            () => h.Client.CreateMessageAsync(1, RestHarness.Text(new string('x', 2001)), null, default));

        Assert.Equal(HttpStatusCode.BadRequest, ex.Status);
        Assert.Equal(50035, ex.Code);
        Assert.Equal("POST /channels/1/messages", ex.Route);
        Assert.Contains("Invalid Form Body: content: Must be 2000 or fewer in length.", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("discord/rest/error_50035_array.json", "activities.0.platform: Value must be one of ('desktop', 'android', 'ios').")]
    [InlineData("discord/rest/error_50035_object.json", "access_token: This field is required")]
    [InlineData("discord/rest/error_50035_request.json", "Invalid Form Body: Command exceeds maximum size (8000)")]
    [InlineData("discord/rest/error_json_code.json", "Invalid authentication token (code 50014)")]
    public async Task Discords_error_fixtures_read_as_their_first_field_messages(string fixture, string expected)
    {
        using var h = new RestHarness();
        h.Discord.Script("PUT", @"applications/7/commands", () => FakeDiscord.Error(HttpStatusCode.BadRequest, Fixtures.Text(fixture)));

        var ex = await Assert.ThrowsAsync<DiscordApiException>(() => h.Client.BulkOverwriteGlobalCommandsAsync(7, [], default));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_answer_that_is_not_Discords_JSON_still_gives_the_status()
    {
        using var h = new RestHarness();
        h.Discord.Script("POST", @"channels/1/messages", () => new HttpResponseMessage(HttpStatusCode.BadRequest)
        {
            Content = new StringContent("<html>Cloudflare</html>"),
        });

        var ex = await Assert.ThrowsAsync<DiscordApiException>(() => h.Client.CreateMessageAsync(1, RestHarness.Text("x"), null, default));
        Assert.Equal(HttpStatusCode.BadRequest, ex.Status);
        Assert.Equal(0, ex.Code);
    }

    [Fact]
    public async Task Neither_the_bot_token_nor_an_interaction_token_appears_in_exceptions_or_logs()
    {
        using var h = new RestHarness(new DiscordRestOptions { MaxAttempts = 2 });
        h.Discord.Script("PATCH", @"webhooks/7/.+/messages/@original",
            () => FakeDiscord.Error(HttpStatusCode.NotFound, """{"message": "Unknown Webhook", "code": 10015}"""));
        h.Discord.Break("POST", @"webhooks/7/.+");
        h.Discord.Break("DELETE", @"webhooks/7/.+", times: 2);
        h.Discord.Script("POST", @"interactions/5/.+/callback", () => FakeDiscord.FromFixture("discord/rest/rate_limit_429_user.json"));
        h.Discord.Script("GET", "users/@me", () => FakeDiscord.Error(HttpStatusCode.Unauthorized, """{"message": "401: Unauthorized", "code": 0}"""));

        await h.Clock.RunAsync(h.Client.CreateInteractionResponseAsync(5, RestHarness.InteractionToken,
            new JsonInteractionResponse { Type = 5 }, null, default)); // a 429 first: logged
        var errors = new List<Exception>
        {
            await Assert.ThrowsAsync<DiscordApiException>(
                () => h.Client.EditOriginalResponseAsync(7, RestHarness.InteractionToken, RestHarness.Text("x"), null, default)),
            await Assert.ThrowsAsync<HttpRequestException>(
                () => h.Client.CreateFollowupAsync(7, RestHarness.InteractionToken, RestHarness.Text("x"), null, default)),
            await Assert.ThrowsAsync<HttpRequestException>(
                () => h.Clock.RunAsync(h.Client.DeleteOriginalResponseAsync(7, RestHarness.InteractionToken, default))),
            await Assert.ThrowsAsync<DiscordApiException>(() => h.Client.GetCurrentUserAsync(default)),
            await Assert.ThrowsAsync<DiscordApiException>(() => h.Client.GetChannelAsync(1, default)),
        };

        Assert.Contains("webhooks/7/:token/messages/@original", errors[0].Message, StringComparison.Ordinal);
        Assert.NotEmpty(h.Log.Lines);
        foreach (var text in errors.Select(e => e.ToString()).Concat(h.Log.Lines))
        {
            Assert.DoesNotContain(RestHarness.BotToken, text, StringComparison.Ordinal);
            Assert.DoesNotContain("SECRET", text, StringComparison.Ordinal);
        }
    }
}
