using System.Text.Json;
using GameTime.Rest.Discord;

namespace GameTime.Tests.Rest;

public class RouteTests
{
    private const string Token = RestHarness.InteractionToken;

    public static TheoryData<string, string, string> Calls => new()
    {
        { "CreateMessage", "POST", "channels/1/messages" },
        { "EditMessage", "PATCH", "channels/1/messages/2" },
        { "DeleteMessage", "DELETE", "channels/1/messages/2" },
        { "GetMessage", "GET", "channels/1/messages/2" },
        { "GetMessages", "GET", "channels/1/messages?limit=100&before=9" },
        { "RemoveOwnReaction", "DELETE", "channels/1/messages/2/reactions/%F0%9F%91%8D/@me" },
        { "RemoveUserReaction", "DELETE", "channels/1/messages/2/reactions/%F0%9F%91%8D/4" },
        { "GetReactions", "GET", "channels/1/messages/2/reactions/%F0%9F%91%8D?limit=25&after=4" },
        { "Callback", "POST", $"interactions/5/{Token}/callback" },
        { "EditOriginal", "PATCH", $"webhooks/7/{Token}/messages/@original" },
        { "DeleteOriginal", "DELETE", $"webhooks/7/{Token}/messages/@original" },
        { "Followup", "POST", $"webhooks/7/{Token}?wait=true" },
        { "GlobalCommands", "PUT", "applications/7/commands" },
        { "GuildCommands", "PUT", "applications/7/guilds/3/commands" },
        { "GetGuild", "GET", "guilds/3" },
        { "GetMember", "GET", "guilds/3/members/4" },
        { "ListMembers", "GET", "guilds/3/members?limit=1000&after=4" },
        { "AddMemberRole", "PUT", "guilds/3/members/4/roles/6" },
        { "RemoveMemberRole", "DELETE", "guilds/3/members/4/roles/6" },
        { "GetChannel", "GET", "channels/1" },
        { "CreateDm", "POST", "users/@me/channels" },
        { "GatewayBot", "GET", "gateway/bot" },
        { "CurrentUser", "GET", "users/@me" },
        { "CurrentApplication", "GET", "applications/@me" },
    };

    [Theory]
    [MemberData(nameof(Calls))]
    public async Task Each_call_uses_Discords_method_and_path_under_v10(string call, string method, string path)
    {
        using var h = new RestHarness();
        await Invoke(h.Client, call);

        var request = Assert.Single(h.Discord.Requests);
        Assert.Equal(method, request.Method);
        Assert.Equal(path, request.Path);
        Assert.Equal("DiscordBot (https://github.com/gametime-bot/gametime, 1.2.3)", request.Header("User-Agent"));
        // Interaction routes carry their own token; the bot token is not sent there.
        Assert.Equal(path.Contains(Token, StringComparison.Ordinal) ? null : "Bot " + RestHarness.BotToken, request.Header("Authorization"));
    }

    [Fact]
    public async Task Bodies_are_Discords_snake_case_JSON_and_leave_out_nulls()
    {
        using var h = new RestHarness();
        await h.Client.CreateDmAsync(42, default);
        await h.Client.CreateMessageAsync(1, new JsonMessageBody { Content = "hi", AllowedMentions = JsonAllowedMentions.None }, null, default);
        await h.Client.BulkOverwriteGuildCommandsAsync(7, 3, [new JsonApplicationCommand { Name = "ping", Description = "Pong" }], default);

        var requests = h.Discord.Requests;
        Assert.Equal("application/json", requests[0].ContentType);
        Assert.Equal("""{"recipient_id":"42"}""", requests[0].BodyText);
        Assert.Equal("""{"content":"hi","allowed_mentions":{"parse":[]}}""", requests[1].BodyText);
        Assert.Equal("""[{"name":"ping","description":"Pong"}]""", requests[2].BodyText);
    }

    [Theory]
    [InlineData("3️⃣", "3%EF%B8%8F%E2%83%A3")]
    [InlineData("gg:1147300000000000000", "gg%3A1147300000000000000")]
    [InlineData("<:gg:1147300000000000000>", "gg%3A1147300000000000000")]
    [InlineData("<a:dance:1147300000000000001>", "dance%3A1147300000000000001")]
    public async Task Reaction_emoji_are_URL_encoded_in_the_path(string emoji, string encoded)
    {
        using var h = new RestHarness();
        await h.Client.AddReactionAsync(1, 2, emoji, default);

        var request = Assert.Single(h.Discord.Requests);
        Assert.Equal("PUT", request.Method);
        Assert.Equal($"channels/1/messages/2/reactions/{encoded}/@me", request.Path);
    }

    [Fact]
    public async Task An_audit_log_reason_is_sent_URL_encoded_and_only_when_given()
    {
        using var h = new RestHarness();
        await h.Client.DeleteMessageAsync(1, 2, "spam: 3 links, Müller", default);
        await h.Client.AddMemberRoleAsync(3, 4, 6, "won the cup", default);
        await h.Client.RemoveMemberRoleAsync(3, 4, 6, null, default);

        var requests = h.Discord.Requests;
        Assert.Equal("spam%3A%203%20links%2C%20M%C3%BCller", requests[0].Header("X-Audit-Log-Reason"));
        Assert.Equal("won%20the%20cup", requests[1].Header("X-Audit-Log-Reason"));
        Assert.Null(requests[2].Header("X-Audit-Log-Reason"));
    }

    [Fact]
    public async Task An_audit_log_reason_over_512_characters_is_refused_before_sending()
    {
        using var h = new RestHarness();
        await h.Client.DeleteMessageAsync(1, 2, new string('a', 512), default);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => h.Client.DeleteMessageAsync(1, 2, new string('a', 513), default));
        Assert.Single(h.Discord.Requests);
    }

    [Fact]
    public async Task Page_sizes_outside_Discords_ranges_are_refused_before_sending()
    {
        using var h = new RestHarness();
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => h.Client.GetMessagesAsync(1, new MessageHistoryQuery(Limit: 0), default));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => h.Client.GetMessagesAsync(1, new MessageHistoryQuery(Limit: 101), default));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => h.Client.GetReactionsAsync(1, 2, "👍", null, 101, default));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => h.Client.ListMembersAsync(3, null, 1001, default));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => h.Client.ListMembersAsync(3, null, 0, default));
        await Assert.ThrowsAsync<ArgumentException>(() => h.Client.GetMessagesAsync(1, new MessageHistoryQuery(Before: 5, After: 3), default));
        Assert.Empty(h.Discord.Requests);

        await h.Client.GetMessagesAsync(1, new MessageHistoryQuery(Around: 5, Limit: 1), default);
        Assert.Equal("channels/1/messages?limit=1&around=5", Assert.Single(h.Discord.Requests).Path);
    }

    private static Task Invoke(DiscordRestClient c, string call)
    {
        var body = RestHarness.Text("x");
        return call switch
        {
            "CreateMessage" => c.CreateMessageAsync(1, body, null, default),
            "EditMessage" => c.EditMessageAsync(1, 2, body, null, default),
            "DeleteMessage" => c.DeleteMessageAsync(1, 2, null, default),
            "GetMessage" => c.GetMessageAsync(1, 2, default),
            "GetMessages" => c.GetMessagesAsync(1, new MessageHistoryQuery(Before: 9, Limit: 100), default),
            "RemoveOwnReaction" => c.RemoveOwnReactionAsync(1, 2, "👍", default),
            "RemoveUserReaction" => c.RemoveUserReactionAsync(1, 2, "👍", 4, default),
            "GetReactions" => c.GetReactionsAsync(1, 2, "👍", 4, 25, default),
            "Callback" => c.CreateInteractionResponseAsync(5, Token, new JsonInteractionResponse { Type = 4, Data = new() { Content = "x" } }, null, default),
            "EditOriginal" => c.EditOriginalResponseAsync(7, Token, body, null, default),
            "DeleteOriginal" => c.DeleteOriginalResponseAsync(7, Token, default),
            "Followup" => c.CreateFollowupAsync(7, Token, body, null, default),
            "GlobalCommands" => c.BulkOverwriteGlobalCommandsAsync(7, [], default),
            "GuildCommands" => c.BulkOverwriteGuildCommandsAsync(7, 3, [], default),
            "GetGuild" => c.GetGuildAsync(3, default),
            "GetMember" => c.GetMemberAsync(3, 4, default),
            "ListMembers" => c.ListMembersAsync(3, 4, 1000, default),
            "AddMemberRole" => c.AddMemberRoleAsync(3, 4, 6, null, default),
            "RemoveMemberRole" => c.RemoveMemberRoleAsync(3, 4, 6, null, default),
            "GetChannel" => c.GetChannelAsync(1, default),
            "CreateDm" => c.CreateDmAsync(42, default),
            "GatewayBot" => c.GetGatewayBotAsync(default),
            "CurrentUser" => c.GetCurrentUserAsync(default),
            "CurrentApplication" => c.GetCurrentApplicationAsync(default),
            _ => throw new ArgumentOutOfRangeException(nameof(call), call, null),
        };
    }
}
