using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;

namespace GameTime.DiscordEmulator.Tests;

/// <summary>Interactions the test sends as a user, and the bot's answers over the callback and webhook routes.</summary>
public sealed class InteractionTests
{
    private static readonly TimeSpan Wait = RestCalls.Timeout;
    private static readonly string App = RestCalls.Id(new EmulatorOptions().ApplicationId);

    [Fact]
    public async Task A_slash_command_arrives_shaped_like_a_real_one_with_resolved_users_and_the_members_permissions()
    {
        await using var emulator = await Emulators.SeededAsync(RestCalls.Unlimited);
        await using var client = await GatewayTestClient.HelloAsync(emulator);
        await client.IdentifyAsync();
        var options = new JsonArray(
            new JsonObject { ["name"] = "target", ["type"] = 6, ["value"] = RestCalls.Id(Emulators.Ash) },
            new JsonObject { ["name"] = "note", ["type"] = 3, ["value"] = "gg" });

        var interaction = await emulator.SlashCommandAsync(Emulators.Guild, Emulators.General, Emulators.Zoe, "rank", options);
        var d = (await client.NextDispatchAsync("INTERACTION_CREATE"))["d"]!;

        Fixtures.AssertHasKeysOf(Fixtures.Load("interaction_create_slash")["d"], d, "INTERACTION_CREATE d");
        Fixtures.AssertHasKeysOf(Fixtures.Load("interaction_create_slash")["d"]!["member"], d["member"], "interaction member");
        Fixtures.AssertHasKeysOf(Fixtures.Load("interaction_create_slash_user_option")["d"]!["data"]!["resolved"]!["members"]!["1033681843708510238"],
            d["data"]!["resolved"]!["members"]![RestCalls.Id(Emulators.Ash)], "resolved member");
        Assert.Equal(RestCalls.Id(interaction.Id), (string)d["id"]!);
        Assert.Equal(interaction.Token, (string)d["token"]!);
        Assert.Equal(2, (int)d["type"]!);
        Assert.Equal("rank", (string)d["data"]!["name"]!);
        Assert.Equal("ashmain", (string)d["data"]!["resolved"]!["users"]![RestCalls.Id(Emulators.Ash)]!["username"]!);
        Assert.Equal("gg", (string)d["data"]!["options"]![1]!["value"]!);
        // Zoé has @everyone + Gold + LFG: no MANAGE_GUILD; Ash owns the guild: every bit.
        ulong zoe = ulong.Parse((string)d["member"]!["permissions"]!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(0UL, zoe & (1UL << 5));
        Assert.Equal((1UL << 53) - 1, ulong.Parse((string)d["data"]!["resolved"]!["members"]![RestCalls.Id(Emulators.Ash)]!["permissions"]!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Member_permissions_come_from_everyone_and_the_roles_and_administrator_gives_every_bit()
    {
        await using var emulator = await Emulators.SeededAsync(RestCalls.Unlimited);
        var guild = emulator.Guild(Emulators.Guild);
        ulong admins = guild.AddRole("Admins", 0, null, "8");
        ulong hosts = guild.AddRole("Hosts", 0, null, "32");
        guild.AddMember(new EmulatedMember(900000000000003001, "admin", Roles: [admins]));
        guild.AddMember(new EmulatedMember(900000000000003002, "host", Roles: [hosts]));

        var admin = await emulator.SlashCommandAsync(Emulators.Guild, Emulators.General, 900000000000003001, "setup");
        var host = await emulator.SlashCommandAsync(Emulators.Guild, Emulators.General, 900000000000003002, "setup");
        var recruit = await emulator.SlashCommandAsync(Emulators.Guild, Emulators.General, Emulators.NewRecruit, "setup");

        static ulong Bits(EmulatedInteraction i) => ulong.Parse((string)i.Payload["member"]!["permissions"]!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal((1UL << 53) - 1, Bits(admin));
        Assert.Equal(32UL, Bits(host) & 32UL);
        Assert.NotEqual((1UL << 53) - 1, Bits(host));
        Assert.Equal(2248473465835073UL, Bits(recruit));   // @everyone alone
    }

    [Fact]
    public async Task A_message_answer_is_204_without_content_type_and_becomes_a_channel_message()
    {
        await using var emulator = await Emulators.SeededAsync(RestCalls.Unlimited);
        await using var client = await GatewayTestClient.HelloAsync(emulator);
        await client.IdentifyAsync();
        using var http = RestTests.Client(emulator);
        var interaction = await emulator.SlashCommandAsync(Emulators.Guild, Emulators.General, Emulators.Zoe, "ping");
        await client.NextDispatchAsync("INTERACTION_CREATE");

        var answer = await http.RestPostAsync($"interactions/{interaction.Id}/{interaction.Token}/callback",
            new JsonObject { ["type"] = 4, ["data"] = new JsonObject { ["content"] = "pong" } });
        var callback = await interaction.WaitForCallbackAsync(Wait);
        var created = (await client.NextDispatchAsync("MESSAGE_CREATE"))["d"]!;

        Assert.Equal(HttpStatusCode.NoContent, answer.Status);
        Assert.Null(answer.Response.Content.Headers.ContentType);
        Assert.Equal("", answer.Text);
        Assert.Equal(4, callback.Type);
        Assert.Equal("pong", (string)callback.Data!["content"]!);
        Assert.Equal(TimeSpan.Zero, callback.Elapsed);   // the test's clock stands still
        Assert.Equal("pong", (string)created["content"]!);
        Assert.Equal(RestCalls.Id(interaction.Id), (string)created["interaction_metadata"]!["id"]!);
        Assert.Equal(20, (int)created["type"]!);
        Assert.Equal("pong", (string)interaction.Original!["content"]!);
        Assert.Contains(emulator.Messages(Emulators.General), m => m.Content == "pong" && m.AuthorId == emulator.Options.ApplicationId);
    }

    [Fact]
    public async Task A_callback_after_three_seconds_gets_10062_and_a_second_callback_gets_40060()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var emulator = await Emulators.SeededAsync(RestCalls.Unlimited with { Time = time });
        using var http = RestTests.Client(emulator);
        var late = await emulator.SlashCommandAsync(Emulators.Guild, Emulators.General, Emulators.Zoe, "ping");
        time.Advance(TimeSpan.FromSeconds(2.9));
        var onTime = await emulator.SlashCommandAsync(Emulators.Guild, Emulators.General, Emulators.Zoe, "ping");
        time.Advance(TimeSpan.FromSeconds(0.2));
        var body = new JsonObject { ["type"] = 5 };

        var tooLate = await http.RestPostAsync($"interactions/{late.Id}/{late.Token}/callback", body);
        var first = await http.RestPostAsync($"interactions/{onTime.Id}/{onTime.Token}/callback", body);
        var second = await http.RestPostAsync($"interactions/{onTime.Id}/{onTime.Token}/callback", body);
        var wrongToken = await http.RestPostAsync($"interactions/{onTime.Id}/not-the-token/callback", body);

        RestCalls.AssertError(tooLate, HttpStatusCode.NotFound, 10062);
        Assert.Null(late.Callback);
        Assert.Equal(HttpStatusCode.NoContent, first.Status);
        Assert.Equal(TimeSpan.FromSeconds(0.2), (await onTime.WaitForCallbackAsync(Wait)).Elapsed);
        RestCalls.AssertError(second, HttpStatusCode.BadRequest, 40060);
        RestCalls.AssertError(wrongToken, HttpStatusCode.NotFound, 10062);
        Assert.Equal(3, emulator.RejectedRequests.Count);
    }

    [Fact]
    public async Task A_deferred_answer_shows_loading_until_the_original_is_edited()
    {
        await using var emulator = await Emulators.SeededAsync(RestCalls.Unlimited);
        await using var client = await GatewayTestClient.HelloAsync(emulator);
        await client.IdentifyAsync();
        using var http = RestTests.Client(emulator);
        var interaction = await emulator.SlashCommandAsync(Emulators.Guild, Emulators.General, Emulators.Zoe, "stats");
        await client.NextDispatchAsync("INTERACTION_CREATE");

        var before = await http.RestGetAsync($"webhooks/{App}/{interaction.Token}/messages/@original");
        await http.RestPostAsync($"interactions/{interaction.Id}/{interaction.Token}/callback", new JsonObject { ["type"] = 5 });
        var loading = (await client.NextDispatchAsync("MESSAGE_CREATE"))["d"]!;
        var edit = await http.RestPatchAsync($"webhooks/{App}/{interaction.Token}/messages/@original", new JsonObject { ["content"] = "K/D 1.21" });
        var updated = (await client.NextDispatchAsync("MESSAGE_UPDATE"))["d"]!;
        var original = await interaction.WaitForOriginalAsync(Wait, m => (string?)m["content"] == "K/D 1.21");
        var fetched = await http.RestGetAsync($"webhooks/{App}/{interaction.Token}/messages/@original");

        RestCalls.AssertError(before, HttpStatusCode.NotFound, 10008);
        Assert.Equal(128, (int)loading["flags"]! & 128);
        Assert.Equal(HttpStatusCode.OK, edit.Status);
        Assert.Equal((string)loading["id"]!, (string)updated["id"]!);
        Assert.Equal(0, (int)updated["flags"]! & 128);
        Assert.NotNull((string?)updated["edited_timestamp"]);
        Assert.Equal("K/D 1.21", (string)fetched.Object["content"]!);
        Assert.Equal(1, interaction.OriginalEditCount);
        Assert.Equal((string)original["id"]!, (string)fetched.Object["id"]!);
    }

    [Fact]
    public async Task Ephemeral_answers_and_follow_ups_stay_on_the_interaction_and_public_follow_ups_are_posted()
    {
        await using var emulator = await Emulators.SeededAsync(RestCalls.Unlimited);
        await using var client = await GatewayTestClient.HelloAsync(emulator);
        await client.IdentifyAsync();
        using var http = RestTests.Client(emulator);
        var interaction = await emulator.SlashCommandAsync(Emulators.Guild, Emulators.General, Emulators.Zoe, "secret");
        await client.NextDispatchAsync("INTERACTION_CREATE");
        var before = await http.RestPostAsync($"webhooks/{App}/{interaction.Token}", new JsonObject { ["content"] = "too early" });

        await http.RestPostAsync($"interactions/{interaction.Id}/{interaction.Token}/callback",
            new JsonObject { ["type"] = 4, ["data"] = new JsonObject { ["content"] = "only you", ["flags"] = 64 } });
        var hidden = await http.RestPostAsync($"webhooks/{App}/{interaction.Token}", new JsonObject { ["content"] = "also only you", ["flags"] = 64 });
        var shown = await http.RestPostAsync($"webhooks/{App}/{interaction.Token}", new JsonObject { ["content"] = "for everyone" });
        var created = (await client.NextDispatchAsync("MESSAGE_CREATE"))["d"]!;
        var followups = await interaction.WaitForFollowupsAsync(2, Wait);

        RestCalls.AssertError(before, HttpStatusCode.NotFound, 10015);
        Assert.True(interaction.OriginalEphemeral);
        Assert.Equal("only you", (string)interaction.Original!["content"]!);
        Assert.Equal(64, (int)hidden.Object["flags"]! & 64);
        Assert.Equal("for everyone", (string)created["content"]!);   // the first MESSAGE_CREATE: nothing ephemeral was dispatched
        Assert.Equal(["also only you", "for everyone"], followups.Select(f => (string)f["content"]!));
        Assert.Equal(["for everyone"], emulator.Messages(Emulators.General).Select(m => m.Content));
        Assert.Equal(RestCalls.Id(emulator.Messages(Emulators.General)[0].Id), (string)shown.Object["id"]!);
    }

    [Fact]
    public async Task A_button_click_carries_the_message_and_update_message_edits_it()
    {
        await using var emulator = await Emulators.SeededAsync(RestCalls.Unlimited);
        await using var client = await GatewayTestClient.HelloAsync(emulator);
        await client.IdentifyAsync();
        using var http = RestTests.Client(emulator);
        var posted = await http.RestPostAsync($"channels/{Emulators.General}/messages", new JsonObject
        {
            ["content"] = "Ranked at 21:00?",
            ["components"] = new JsonArray(new JsonObject
            {
                ["type"] = 1,
                ["components"] = new JsonArray(new JsonObject { ["type"] = 2, ["style"] = 3, ["label"] = "Join", ["custom_id"] = "lfg:join" }),
            }),
        });
        ulong messageId = RestCalls.Snowflake(posted.Object["id"]);
        await client.NextDispatchAsync("MESSAGE_CREATE");

        var click = await emulator.ComponentAsync(Emulators.Guild, Emulators.General, Emulators.Zoe, messageId, "lfg:join");
        var d = (await client.NextDispatchAsync("INTERACTION_CREATE"))["d"]!;
        var answer = await http.RestPostAsync($"interactions/{click.Id}/{click.Token}/callback",
            new JsonObject { ["type"] = 7, ["data"] = new JsonObject { ["content"] = "Ranked at 21:00? (1 going)" } });
        var updated = (await client.NextDispatchAsync("MESSAGE_UPDATE"))["d"]!;

        Fixtures.AssertHasKeysOf(Fixtures.Load("interaction_create_button")["d"], d, "component INTERACTION_CREATE d");
        Assert.Equal("lfg:join", (string)d["data"]!["custom_id"]!);
        Assert.Equal(2, (int)d["data"]!["component_type"]!);
        Assert.Equal("lfg:join", (string)d["message"]!["components"]![0]!["components"]![0]!["custom_id"]!);
        Assert.Equal(HttpStatusCode.NoContent, answer.Status);
        Assert.Equal(RestCalls.Id(messageId), (string)updated["id"]!);
        var stored = emulator.Message(messageId)!;
        Assert.Equal("Ranked at 21:00? (1 going)", stored.Content);
        Assert.Equal(1, stored.EditCount);
    }

    [Fact]
    public async Task A_user_select_resolves_its_values_and_a_string_select_carries_them()
    {
        await using var emulator = await Emulators.SeededAsync(RestCalls.Unlimited);
        ulong messageId = await emulator.MessageCreateAsync(Emulators.Guild, Emulators.General, Emulators.Ash, "pick");

        var users = await emulator.ComponentAsync(Emulators.Guild, Emulators.General, Emulators.Zoe, messageId, "team", 5, [RestCalls.Id(Emulators.Ash)]);
        var maps = await emulator.ComponentAsync(Emulators.Guild, Emulators.General, Emulators.Zoe, messageId, "maps", 3, ["bank", "club"]);

        Assert.Equal("ashmain", (string)users.Payload["data"]!["resolved"]!["users"]![RestCalls.Id(Emulators.Ash)]!["username"]!);
        Assert.NotNull(users.Payload["data"]!["resolved"]!["members"]![RestCalls.Id(Emulators.Ash)]);
        Fixtures.AssertHasKeysOf(Fixtures.Load("interaction_create_string_select")["d"]!["data"], maps.Payload["data"], "string select data");
        Assert.Equal(["bank", "club"], maps.Payload["data"]!["values"]!.AsArray().Select(v => (string)v!));
        Assert.Null(maps.Payload["data"]!["resolved"]);
        Assert.Equal("pick", (string)maps.Payload["message"]!["content"]!);
    }

    [Fact]
    public async Task Callback_types_must_fit_the_interaction()
    {
        await using var emulator = await Emulators.SeededAsync(RestCalls.Unlimited);
        using var http = RestTests.Client(emulator);
        ulong messageId = await emulator.MessageCreateAsync(Emulators.Guild, Emulators.General, Emulators.Ash, "a message");
        var slash = await emulator.SlashCommandAsync(Emulators.Guild, Emulators.General, Emulators.Zoe, "ping");
        var modal = await emulator.ModalSubmitAsync(Emulators.Guild, Emulators.General, Emulators.Zoe, "note", new Dictionary<string, string> { ["text"] = "hi" });
        var auto = await emulator.AutocompleteAsync(Emulators.Guild, Emulators.General, Emulators.Zoe, "map", "name", "ban");
        var select = await emulator.ComponentAsync(Emulators.Guild, Emulators.General, Emulators.Zoe, messageId, "pick", 3, ["a", "b"]);
        var aModal = new JsonObject
        {
            ["type"] = 9,
            ["data"] = new JsonObject
            {
                ["custom_id"] = "note",
                ["title"] = "Note",
                ["components"] = new JsonArray(new JsonObject
                {
                    ["type"] = 1,
                    ["components"] = new JsonArray(new JsonObject { ["type"] = 4, ["custom_id"] = "text", ["style"] = 1, ["label"] = "Text" }),
                }),
            },
        };

        var updateOnSlash = await http.RestPostAsync($"interactions/{slash.Id}/{slash.Token}/callback", new JsonObject { ["type"] = 6 });
        var modalOnModal = await http.RestPostAsync($"interactions/{modal.Id}/{modal.Token}/callback", aModal);
        var messageOnAutocomplete = await http.RestPostAsync($"interactions/{auto.Id}/{auto.Token}/callback",
            new JsonObject { ["type"] = 4, ["data"] = new JsonObject { ["content"] = "x" } });
        var tooManyChoices = await http.RestPostAsync($"interactions/{auto.Id}/{auto.Token}/callback", new JsonObject
        {
            ["type"] = 8,
            ["data"] = new JsonObject { ["choices"] = Json(Enumerable.Range(0, 26).Select(i => new JsonObject { ["name"] = $"map {i}", ["value"] = $"m{i}" })) },
        });
        var choices = await http.RestPostAsync($"interactions/{auto.Id}/{auto.Token}/callback", new JsonObject
        {
            ["type"] = 8,
            ["data"] = new JsonObject { ["choices"] = Json(Enumerable.Range(0, 25).Select(i => new JsonObject { ["name"] = $"map {i}", ["value"] = $"m{i}" })) },
        });
        var modalOnSlash = await http.RestPostAsync($"interactions/{slash.Id}/{slash.Token}/callback", aModal);
        var deferUpdateOnSelect = await http.RestPostAsync($"interactions/{select.Id}/{select.Token}/callback", new JsonObject { ["type"] = 6 });

        RestCalls.AssertError(updateOnSlash, HttpStatusCode.BadRequest, 50035, "type");
        RestCalls.AssertError(modalOnModal, HttpStatusCode.BadRequest, 50035, "type");
        RestCalls.AssertError(messageOnAutocomplete, HttpStatusCode.BadRequest, 50035, "type");
        RestCalls.AssertError(tooManyChoices, HttpStatusCode.BadRequest, 50035, "data.choices");
        Assert.Equal(HttpStatusCode.NoContent, choices.Status);
        Assert.Equal(HttpStatusCode.NoContent, modalOnSlash.Status);
        Assert.Equal(9, (await slash.WaitForCallbackAsync(Wait)).Type);
        Assert.Equal(HttpStatusCode.NoContent, deferUpdateOnSelect.Status);
        Assert.Equal(["a", "b"], select.Payload["data"]!["values"]!.AsArray().Select(v => (string)v!));
        Assert.True((bool)auto.Payload["data"]!["options"]![0]!["focused"]!);
        Assert.Equal("hi", (string)modal.Payload["data"]!["components"]![0]!["components"]![0]!["value"]!);
        Assert.Equal(25, (await auto.WaitForCallbackAsync(Wait)).Data!["choices"]!.AsArray().Count);
    }

    [Fact]
    public async Task Autocomplete_and_modal_submit_payloads_have_the_keys_of_real_ones()
    {
        await using var emulator = await Emulators.SeededAsync(RestCalls.Unlimited);
        var auto = await emulator.AutocompleteAsync(Emulators.Guild, Emulators.General, Emulators.Zoe, "map", "name", "ban");
        var modal = await emulator.ModalSubmitAsync(Emulators.Guild, Emulators.General, Emulators.Zoe, "note", new Dictionary<string, string> { ["text"] = "hi" });

        Fixtures.AssertHasKeysOf(Fixtures.Load("interaction_create_autocomplete_partial")["d"]!["data"], auto.Payload["data"], "autocomplete data");
        Fixtures.AssertHasKeysOf(Fixtures.Load("interaction_create_modal_submit")["d"], modal.Payload, "modal submit d");
        Assert.Equal(4, (int)auto.Payload["type"]!);
        Assert.Equal(5, (int)modal.Payload["type"]!);
        Assert.Equal("note", (string)modal.Payload["data"]!["custom_id"]!);
    }

    [Fact]
    public async Task With_response_true_answers_200_with_the_created_message()
    {
        await using var emulator = await Emulators.SeededAsync(RestCalls.Unlimited);
        using var http = RestTests.Client(emulator);
        var interaction = await emulator.SlashCommandAsync(Emulators.Guild, Emulators.General, Emulators.Zoe, "ping");

        var answer = await http.RestPostAsync($"interactions/{interaction.Id}/{interaction.Token}/callback?with_response=true",
            new JsonObject { ["type"] = 4, ["data"] = new JsonObject { ["content"] = "pong" } });

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(RestCalls.Id(interaction.Id), (string)answer.Object["interaction"]!["id"]!);
        Assert.Equal("pong", (string)answer.Object["resource"]!["message"]!["content"]!);
        Assert.Equal((string)answer.Object["interaction"]!["response_message_id"]!, (string)answer.Object["resource"]!["message"]!["id"]!);
    }

    [Fact]
    public async Task The_token_works_for_15_minutes_then_webhook_calls_get_50027()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var emulator = await Emulators.SeededAsync(RestCalls.Unlimited with { Time = time });
        using var http = RestTests.Client(emulator);
        var interaction = await emulator.SlashCommandAsync(Emulators.Guild, Emulators.General, Emulators.Zoe, "ping");
        await http.RestPostAsync($"interactions/{interaction.Id}/{interaction.Token}/callback", new JsonObject { ["type"] = 5 });

        time.Advance(TimeSpan.FromMinutes(14));
        var inTime = await http.RestPatchAsync($"webhooks/{App}/{interaction.Token}/messages/@original", new JsonObject { ["content"] = "done" });
        time.Advance(TimeSpan.FromMinutes(2));
        var late = await http.RestPatchAsync($"webhooks/{App}/{interaction.Token}/messages/@original", new JsonObject { ["content"] = "later" });
        var unknown = await http.RestPostAsync($"webhooks/{App}/no-such-token", new JsonObject { ["content"] = "x" });

        Assert.Equal(HttpStatusCode.OK, inTime.Status);
        RestCalls.AssertError(late, HttpStatusCode.Unauthorized, 50027);
        RestCalls.AssertError(unknown, HttpStatusCode.NotFound, 10015);
        Assert.Equal("done", (string)interaction.Original!["content"]!);
    }

    [Fact]
    public async Task Deleting_the_original_dispatches_MESSAGE_DELETE()
    {
        await using var emulator = await Emulators.SeededAsync(RestCalls.Unlimited);
        await using var client = await GatewayTestClient.HelloAsync(emulator);
        await client.IdentifyAsync();
        using var http = RestTests.Client(emulator);
        var interaction = await emulator.SlashCommandAsync(Emulators.Guild, Emulators.General, Emulators.Zoe, "ping");
        await client.NextDispatchAsync("INTERACTION_CREATE");
        await http.RestPostAsync($"interactions/{interaction.Id}/{interaction.Token}/callback",
            new JsonObject { ["type"] = 4, ["data"] = new JsonObject { ["content"] = "pong" } });
        var created = (await client.NextDispatchAsync("MESSAGE_CREATE"))["d"]!;

        var deleted = await http.RestDeleteAsync($"webhooks/{App}/{interaction.Token}/messages/@original");
        var gone = (await client.NextDispatchAsync("MESSAGE_DELETE"))["d"]!;

        Assert.Equal(HttpStatusCode.NoContent, deleted.Status);
        Assert.Equal((string)created["id"]!, (string)gone["id"]!);
        Assert.Null(interaction.Original);
        Assert.DoesNotContain(emulator.Messages(Emulators.General), m => m.AuthorId == emulator.Options.ApplicationId);
    }

    private static JsonArray Json(IEnumerable<JsonObject> items) => new([.. items]);
}
