using System.Net;
using System.Text.Json.Nodes;

namespace GameTime.DiscordEmulator.Tests;

/// <summary>POST/PATCH/DELETE/GET /channels/{id}/messages: Discord's answers, the gateway events, the message store.</summary>
public sealed class MessageRouteTests
{
    [Fact]
    public async Task Creating_a_message_answers_the_message_dispatches_MESSAGE_CREATE_and_stores_it()
    {
        await using var emulator = await Emulators.SeededAsync(RestCalls.Unlimited);
        await using var client = await GatewayTestClient.HelloAsync(emulator);
        await client.IdentifyAsync();
        using var http = RestTests.Client(emulator);

        var answer = await http.RestPostAsync($"channels/{Emulators.General}/messages", new JsonObject
        {
            ["content"] = "Scrim tonight <@900000000000001003>",
            ["embeds"] = new JsonArray(new JsonObject { ["title"] = "Scrim", ["description"] = "21:00 CET" }),
            ["nonce"] = "n-1",
        });
        var created = (await client.NextDispatchAsync("MESSAGE_CREATE"))["d"]!;

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Fixtures.AssertHasKeysOf(Fixtures.Load("rest_message_example"), answer.Body, "POST /messages answer", "reactions");
        Fixtures.AssertHasKeysOf(Fixtures.Load("message_create")["d"], created, "MESSAGE_CREATE d", "referenced_message");
        Assert.Equal(RestCalls.Id(emulator.Options.ApplicationId), (string)answer.Object["author"]!["id"]!);
        Assert.True((bool)answer.Object["author"]!["bot"]!);
        Assert.Equal((string)answer.Object["id"]!, (string)created["id"]!);
        Assert.Equal("n-1", (string)created["nonce"]!);
        Assert.Equal("Scrim", (string)created["embeds"]![0]!["title"]!);
        Assert.Equal("zoé.lefèvre", (string)created["mentions"]![0]!["username"]!);
        Assert.Equal(RestCalls.Id(Emulators.Guild), (string)created["guild_id"]!);
        var stored = Assert.Single(emulator.Messages(Emulators.General));
        Assert.Equal("Scrim tonight <@900000000000001003>", stored.Content);
        Assert.Equal(0, stored.EditCount);
    }

    [Fact]
    public async Task Multipart_bodies_carry_payload_json_and_files_as_attachments()
    {
        await using var emulator = await Emulators.SeededAsync(RestCalls.Unlimited);
        using var http = RestTests.Client(emulator);
        var payload = new JsonObject
        {
            ["content"] = "Bracket",
            ["attachments"] = new JsonArray(new JsonObject { ["id"] = 0, ["filename"] = "bracket.png", ["description"] = "the bracket" }),
            ["embeds"] = new JsonArray(new JsonObject { ["image"] = new JsonObject { ["url"] = "attachment://bracket.png" } }),
        };

        var answer = await RestCalls.MultipartAsync(http, HttpMethod.Post, $"channels/{Emulators.General}/messages", payload, ("bracket.png", new byte[1234]));
        var unknownRef = await RestCalls.MultipartAsync(http, HttpMethod.Post, $"channels/{Emulators.General}/messages",
            new JsonObject { ["content"] = "x", ["attachments"] = new JsonArray(new JsonObject { ["id"] = 5, ["filename"] = "a.png" }) }, ("a.png", new byte[1]));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var attachment = answer.Object["attachments"]![0]!;
        Assert.Equal("bracket.png", (string)attachment["filename"]!);
        Assert.Equal(1234, (int)attachment["size"]!);
        Assert.Equal("the bracket", (string)attachment["description"]!);
        Assert.EndsWith("/bracket.png", (string)attachment["url"]!, StringComparison.Ordinal);
        Assert.Equal(["bracket.png"], emulator.Requests.First(r => r.Status == 200 && r.Route == "POST /channels/{channel_id}/messages").Files);
        RestCalls.AssertError(unknownRef, HttpStatusCode.BadRequest, 50035, "attachments.0.id");
    }

    [Fact]
    public async Task Allowed_mentions_decide_who_is_mentioned_and_replies_need_an_existing_message()
    {
        await using var emulator = await Emulators.SeededAsync(RestCalls.Unlimited);
        using var http = RestTests.Client(emulator);
        ulong original = await emulator.MessageCreateAsync(Emulators.Guild, Emulators.General, Emulators.Ash, "who's in?");
        const string Content = "@everyone <@900000000000001003> <@900000000000001001> <@&900000000000000011>";

        var quiet = await http.RestPostAsync($"channels/{Emulators.General}/messages", new JsonObject
        {
            ["content"] = Content,
            ["allowed_mentions"] = new JsonObject { ["parse"] = new JsonArray(), ["users"] = new JsonArray(RestCalls.Id(Emulators.Zoe)) },
            ["message_reference"] = new JsonObject { ["message_id"] = RestCalls.Id(original) },
        });
        var loud = await http.RestPostAsync($"channels/{Emulators.General}/messages", new JsonObject { ["content"] = Content });
        var orphan = await http.RestPostAsync($"channels/{Emulators.General}/messages", new JsonObject
        {
            ["content"] = "re",
            ["message_reference"] = new JsonObject { ["message_id"] = "900000000000009999" },
        });

        Assert.Equal([RestCalls.Id(Emulators.Zoe)], quiet.Object["mentions"]!.AsArray().Select(m => (string)m!["id"]!));
        Assert.Empty(quiet.Object["mention_roles"]!.AsArray());
        Assert.False((bool)quiet.Object["mention_everyone"]!);
        Assert.Equal(19, (int)quiet.Object["type"]!);
        Assert.Equal(RestCalls.Id(original), (string)quiet.Object["message_reference"]!["message_id"]!);
        Assert.Equal(2, loud.Object["mentions"]!.AsArray().Count);
        Assert.True((bool)loud.Object["mention_everyone"]!);
        RestCalls.AssertError(orphan, HttpStatusCode.BadRequest, 50035, "message_reference");
    }

    [Fact]
    public async Task A_test_can_await_the_bots_message_instead_of_polling()
    {
        await using var emulator = await Emulators.SeededAsync(RestCalls.Unlimited);
        using var http = RestTests.Client(emulator);

        var waiting = emulator.WaitForMessageAsync(Emulators.General, m => m.Content.StartsWith("Match", StringComparison.Ordinal), RestCalls.Timeout);
        Assert.False(waiting.IsCompleted);
        await http.RestPostAsync($"channels/{Emulators.General}/messages", new JsonObject { ["content"] = "Match at 21:00" });
        var message = await waiting;
        var missing = emulator.WaitForMessageAsync(Emulators.General, m => m.Content == "never", TimeSpan.FromMilliseconds(50));

        Assert.Equal(emulator.Options.ApplicationId, message.AuthorId);
        Assert.Equal(Emulators.Guild, message.GuildId);
        await Assert.ThrowsAsync<TimeoutException>(() => missing);
    }

    [Fact]
    public async Task A_file_over_10_MiB_gets_40005()
    {
        await using var emulator = await Emulators.SeededAsync(RestCalls.Unlimited);
        using var http = RestTests.Client(emulator);

        var answer = await RestCalls.MultipartAsync(http, HttpMethod.Post, $"channels/{Emulators.General}/messages",
            new JsonObject { ["content"] = "big" }, ("big.png", new byte[(10 * 1024 * 1024) + 1]));

        RestCalls.AssertError(answer, HttpStatusCode.RequestEntityTooLarge, 40005);
        Assert.Empty(emulator.Messages(Emulators.General));
    }

    [Fact]
    public async Task Editing_dispatches_MESSAGE_UPDATE_and_only_the_author_may_change_content()
    {
        await using var emulator = await Emulators.SeededAsync(RestCalls.Unlimited);
        await using var client = await GatewayTestClient.HelloAsync(emulator);
        await client.IdentifyAsync();
        using var http = RestTests.Client(emulator);
        ulong theirs = await emulator.MessageCreateAsync(Emulators.Guild, Emulators.General, Emulators.Ash, "my message");
        await client.NextDispatchAsync("MESSAGE_CREATE");
        var mine = await http.RestPostAsync($"channels/{Emulators.General}/messages", new JsonObject { ["content"] = "v1" });
        await client.NextDispatchAsync("MESSAGE_CREATE");
        string id = (string)mine.Object["id"]!;

        var edit = await http.RestPatchAsync($"channels/{Emulators.General}/messages/{id}", new JsonObject { ["content"] = "v2" });
        var updated = (await client.NextDispatchAsync("MESSAGE_UPDATE"))["d"]!;
        var foreign = await http.RestPatchAsync($"channels/{Emulators.General}/messages/{theirs}", new JsonObject { ["content"] = "hijacked" });
        var suppress = await http.RestPatchAsync($"channels/{Emulators.General}/messages/{theirs}", new JsonObject { ["flags"] = 4 });

        Assert.Equal(HttpStatusCode.OK, edit.Status);
        Assert.Equal("v2", (string)edit.Object["content"]!);
        Assert.NotNull((string?)edit.Object["edited_timestamp"]);
        Assert.Equal("v2", (string)updated["content"]!);
        RestCalls.AssertError(foreign, HttpStatusCode.Forbidden, 50005);
        Assert.Equal(HttpStatusCode.OK, suppress.Status);
        Assert.Equal("my message", emulator.Message(theirs)!.Content);
        Assert.Equal(1, emulator.Message(RestCalls.Snowflake(id))!.EditCount);
    }

    [Fact]
    public async Task Deleting_dispatches_MESSAGE_DELETE_and_unknown_ids_get_10003_and_10008()
    {
        await using var emulator = await Emulators.SeededAsync(RestCalls.Unlimited);
        await using var client = await GatewayTestClient.HelloAsync(emulator);
        await client.IdentifyAsync();
        using var http = RestTests.Client(emulator);
        var mine = await http.RestPostAsync($"channels/{Emulators.General}/messages", new JsonObject { ["content"] = "bye" });
        await client.NextDispatchAsync("MESSAGE_CREATE");
        string id = (string)mine.Object["id"]!;

        var deleted = await http.RestDeleteAsync($"channels/{Emulators.General}/messages/{id}", reason: "cleanup");
        var gone = (await client.NextDispatchAsync("MESSAGE_DELETE"))["d"]!;
        var again = await http.RestGetAsync($"channels/{Emulators.General}/messages/{id}");
        var noChannel = await http.RestPostAsync("channels/1/messages", new JsonObject { ["content"] = "x" });
        var noMessage = await http.RestGetAsync($"channels/{Emulators.General}/messages/1");

        Assert.Equal(HttpStatusCode.NoContent, deleted.Status);
        Assert.Equal(id, (string)gone["id"]!);
        Assert.Equal(RestCalls.Id(Emulators.General), (string)gone["channel_id"]!);
        Assert.True(emulator.Message(RestCalls.Snowflake(id))!.Deleted);
        Assert.Empty(emulator.Messages(Emulators.General));
        Assert.Equal("cleanup", emulator.Requests.Single(r => r.Method == "DELETE").AuditLogReason);
        RestCalls.AssertError(again, HttpStatusCode.NotFound, 10008);
        RestCalls.AssertError(noChannel, HttpStatusCode.NotFound, 10003);
        RestCalls.AssertError(noMessage, HttpStatusCode.NotFound, 10008);
        Assert.Equal("{\"message\":\"Unknown Channel\",\"code\":10003}", noChannel.Text);
    }

    [Fact]
    public async Task History_is_newest_first_and_pages_with_before_after_around_and_limit()
    {
        await using var emulator = await Emulators.SeededAsync(RestCalls.Unlimited);
        using var http = RestTests.Client(emulator);
        List<ulong> ids = [];
        for (int i = 0; i < 60; i++)
        {
            ids.Add(await emulator.MessageCreateAsync(Emulators.Guild, Emulators.General, Emulators.Zoe, $"m{i}"));
        }

        var latest = await http.RestGetAsync($"channels/{Emulators.General}/messages");
        var before = await http.RestGetAsync($"channels/{Emulators.General}/messages?before={ids[10]}&limit=3");
        var after = await http.RestGetAsync($"channels/{Emulators.General}/messages?after={ids[10]}&limit=3");
        var around = await http.RestGetAsync($"channels/{Emulators.General}/messages?around={ids[30]}&limit=5");
        var tooMany = await http.RestGetAsync($"channels/{Emulators.General}/messages?limit=101");

        static string[] Contents(RestAnswer a) => [.. a.Array.Select(m => (string)m!["content"]!)];
        Assert.Equal(50, latest.Array.Count);
        Assert.Equal("m59", Contents(latest)[0]);
        Assert.Equal("m10", Contents(latest)[^1]);
        Assert.Equal(["m9", "m8", "m7"], Contents(before));
        Assert.Equal(["m13", "m12", "m11"], Contents(after));
        Assert.Equal(["m32", "m31", "m30", "m29", "m28"], Contents(around));
        RestCalls.AssertError(tooMany, HttpStatusCode.BadRequest, 50035, "limit");
    }

    [Fact]
    public async Task A_message_needs_content_embeds_components_or_files()
    {
        await using var emulator = await Emulators.SeededAsync(RestCalls.Unlimited);
        using var http = RestTests.Client(emulator);

        var empty = await http.RestPostAsync($"channels/{Emulators.General}/messages", new JsonObject { ["content"] = "" });
        var blank = await http.RestPostAsync($"channels/{Emulators.General}/messages", new JsonObject());

        RestCalls.AssertError(empty, HttpStatusCode.BadRequest, 50006);
        RestCalls.AssertError(blank, HttpStatusCode.BadRequest, 50006);
        Assert.Equal(2, emulator.RejectedRequests.Count);
        Assert.Empty(emulator.Messages(Emulators.General));
    }

    [Fact]
    public async Task Bad_json_and_a_missing_content_type_are_refused()
    {
        await using var emulator = await Emulators.SeededAsync(RestCalls.Unlimited);
        using var http = RestTests.Client(emulator);

        using var broken = new StringContent("{\"content\":", System.Text.Encoding.UTF8, "application/json");
        var badJson = await http.PostAsync(new Uri($"v10/channels/{Emulators.General}/messages", UriKind.Relative), broken);
        using var plain = new StringContent("{\"content\":\"x\"}", System.Text.Encoding.UTF8, "text/plain");
        var badType = await http.PostAsync(new Uri($"v10/channels/{Emulators.General}/messages", UriKind.Relative), plain);

        Assert.Equal(HttpStatusCode.BadRequest, badJson.StatusCode);
        Assert.Equal(50109, (int)JsonNode.Parse(await badJson.Content.ReadAsStringAsync())!["code"]!);
        Assert.Equal(HttpStatusCode.BadRequest, badType.StatusCode);
        Assert.Equal(50035, (int)JsonNode.Parse(await badType.Content.ReadAsStringAsync())!["code"]!);
    }

    [Fact]
    public async Task A_DM_channel_can_be_opened_and_written_to()
    {
        await using var emulator = await Emulators.SeededAsync(RestCalls.Unlimited);
        using var http = RestTests.Client(emulator);

        var dm = await http.RestPostAsync("users/@me/channels", new JsonObject { ["recipient_id"] = RestCalls.Id(Emulators.Zoe) });
        var same = await http.RestPostAsync("users/@me/channels", new JsonObject { ["recipient_id"] = RestCalls.Id(Emulators.Zoe) });
        var sent = await http.RestPostAsync($"channels/{(string)dm.Object["id"]!}/messages", new JsonObject { ["content"] = "Your match starts in 10 min" });
        var nobody = await http.RestPostAsync("users/@me/channels", new JsonObject { ["recipient_id"] = "1" });

        Assert.Equal(HttpStatusCode.OK, dm.Status);
        Assert.Equal(1, (int)dm.Object["type"]!);
        Assert.Equal(RestCalls.Id(Emulators.Zoe), (string)dm.Object["recipients"]![0]!["id"]!);
        Assert.Equal((string)dm.Object["id"]!, (string)same.Object["id"]!);
        Assert.Equal(HttpStatusCode.OK, sent.Status);
        Assert.Equal("Your match starts in 10 min", Assert.Single(emulator.Messages(RestCalls.Snowflake(dm.Object["id"]))).Content);
        RestCalls.AssertError(nobody, HttpStatusCode.NotFound, 10013);
    }
}
