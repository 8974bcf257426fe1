using System.Net;
using System.Text.Json.Nodes;

namespace GameTime.DiscordEmulator.Tests;

/// <summary>Bodies checked like Discord checks them: the limits of spec section 4 and the OpenAPI request schemas.</summary>
public sealed class ValidationTests
{
    private static JsonObject Row(params JsonObject[] components) => new() { ["type"] = 1, ["components"] = new JsonArray([.. components]) };

    private static JsonObject Button(string customId) => new() { ["type"] = 2, ["style"] = 1, ["label"] = "Go", ["custom_id"] = customId };

    private static JsonObject Embed(Action<JsonObject> shape)
    {
        var embed = new JsonObject { ["title"] = "t" };
        shape(embed);
        return new JsonObject { ["embeds"] = new JsonArray(embed) };
    }

    private static JsonArray Fields(int count, int nameLength = 5, int valueLength = 5) =>
        new([.. Enumerable.Range(0, count).Select(_ => (JsonNode)new JsonObject { ["name"] = new string('n', nameLength), ["value"] = new string('v', valueLength) })]);

    public static TheoryData<string, string> Violations() => new()
    {
        { new JsonObject { ["content"] = new string('x', 2001) }.ToJsonString(), "content" },
        { new JsonObject { ["embeds"] = new JsonArray([.. Enumerable.Range(0, 11).Select(_ => (JsonNode)new JsonObject { ["title"] = "t" })]) }.ToJsonString(), "embeds" },
        { Embed(e => e["title"] = new string('t', 257)).ToJsonString(), "embeds.0.title" },
        { Embed(e => e["description"] = new string('d', 4097)).ToJsonString(), "embeds.0.description" },
        { Embed(e => e["fields"] = Fields(26)).ToJsonString(), "embeds.0.fields" },
        { Embed(e => e["fields"] = Fields(1, nameLength: 257)).ToJsonString(), "embeds.0.fields.0.name" },
        { Embed(e => e["fields"] = Fields(1, valueLength: 1025)).ToJsonString(), "embeds.0.fields.0.value" },
        { Embed(e => e["footer"] = new JsonObject { ["text"] = new string('f', 2049) }).ToJsonString(), "embeds.0.footer.text" },
        { Embed(e => { e["description"] = new string('d', 4000); e["fields"] = Fields(3, 10, 1000); }).ToJsonString(), "embeds" },
        { new JsonObject { ["components"] = new JsonArray([.. Enumerable.Range(0, 6).Select(i => (JsonNode)Row(Button($"b{i}")))]) }.ToJsonString(), "components" },
        { new JsonObject { ["components"] = new JsonArray(Row([.. Enumerable.Range(0, 6).Select(i => Button($"b{i}"))])) }.ToJsonString(), "components.0.components" },
        { new JsonObject { ["components"] = new JsonArray(Row(Button(new string('c', 101)))) }.ToJsonString(), "components.0.components.0.custom_id" },
        { new JsonObject { ["components"] = new JsonArray(Row(Button("same"), Button("same"))) }.ToJsonString(), "components.0.components.1.custom_id" },
        {
            new JsonObject
            {
                ["components"] = new JsonArray(Row(new JsonObject
                {
                    ["type"] = 3,
                    ["custom_id"] = "map",
                    ["options"] = new JsonArray([.. Enumerable.Range(0, 26).Select(i => (JsonNode)new JsonObject { ["label"] = $"m{i}", ["value"] = $"m{i}" })]),
                })),
            }.ToJsonString(),
            "components.0.components.0.options"
        },
        // Structural errors found through the OpenAPI request schema.
        { "{\"content\":5}", "content" },
        { "{\"content\":\"x\",\"tts\":\"yes\"}", "tts" },
        { "{\"content\":\"x\",\"nonce\":\"" + new string('n', 26) + "\"}", "nonce" },
        { "{\"content\":\"x\",\"allowed_mentions\":{\"parse\":[\"user\"]}}", "allowed_mentions.parse.0" },
        { "{\"embeds\":[{\"title\":\"t\",\"color\":\"red\"}]}", "embeds.0.color" },
        { "{\"embeds\":[{\"title\":\"t\",\"fields\":[{\"name\":\"only a name\"}]}]}", "embeds.0.fields.0.value" },
        { "{\"content\":\"x\",\"message_reference\":{\"message_id\":\"not-a-snowflake\"}}", "message_reference.message_id" },
    };

    [Theory]
    [MemberData(nameof(Violations))]
    public async Task A_message_breaking_a_rule_gets_50035_at_the_failing_path_and_is_recorded_as_rejected(string body, string path)
    {
        await using var emulator = await Emulators.SeededAsync(RestCalls.Unlimited);
        using var http = RestTests.Client(emulator);

        var answer = await http.RestPostAsync($"channels/{Emulators.General}/messages", JsonNode.Parse(body)!);

        RestCalls.AssertError(answer, HttpStatusCode.BadRequest, 50035, path);
        var rejected = Assert.Single(emulator.RejectedRequests);
        Assert.Equal(body, rejected.Body);
        Assert.Empty(emulator.Messages(Emulators.General));
    }

    [Fact]
    public async Task Bodies_shaped_like_the_bots_wire_types_pass_every_check()
    {
        await using var emulator = await Emulators.SeededAsync(RestCalls.Unlimited);
        using var http = RestTests.Client(emulator);
        // What DiscordRestJson writes: snake_case, nulls left out, attachment ids as numbers.
        var message = JsonNode.Parse("""
            {"content":"Scrim <@900000000000001003>","allowed_mentions":{"parse":[],"users":["900000000000001003"],"replied_user":false},
             "embeds":[{"title":"Scrim","description":"Tonight","url":"https://example.com","timestamp":"2026-11-29T20:00:00+00:00","color":3447003,
               "footer":{"text":"GameTime","icon_url":"https://example.com/i.png"},"image":{"url":"attachment://bracket.png"},
               "thumbnail":{"url":"https://example.com/t.png"},"author":{"name":"Ash"},"fields":[{"name":"When","value":"21:00","inline":true}]}],
             "components":[{"type":1,"components":[{"type":2,"style":3,"label":"Join","custom_id":"lfg:join","emoji":{"name":"✅"}},
               {"type":2,"style":5,"label":"Rules","url":"https://example.com/rules"}]},
               {"type":1,"components":[{"type":3,"custom_id":"map","placeholder":"Map","min_values":1,"max_values":2,
                 "options":[{"label":"Bank","value":"bank","description":"Basement","default":true},{"label":"Clubhouse","value":"club"}]}]}],
             "flags":4096,"attachments":[{"id":0,"filename":"bracket.png","description":"Bracket"}],
             "message_reference":{"message_id":"900000000000009999","fail_if_not_exists":false}}
            """)!.AsObject();
        var interaction = await emulator.SlashCommandAsync(Emulators.Guild, Emulators.General, Emulators.Zoe, "note");
        var modal = JsonNode.Parse("""
            {"type":9,"data":{"custom_id":"note","title":"Note","components":[{"type":1,"components":[
              {"type":4,"custom_id":"text","style":2,"label":"Text","min_length":1,"max_length":400,"required":true,"value":"hi"}]}]}}
            """)!;

        var created = await RestCalls.MultipartAsync(http, HttpMethod.Post, $"channels/{Emulators.General}/messages", message, ("bracket.png", new byte[10]));
        var callback = await http.RestPostAsync($"interactions/{interaction.Id}/{interaction.Token}/callback", modal);
        var commands = await http.RestPutAsync($"applications/{RestCalls.Id(emulator.Options.ApplicationId)}/commands", JsonNode.Parse("""
            [{"name":"schedule","description":"Plan a match","type":1,"default_member_permissions":"32","contexts":[0],"integration_types":[0],
              "options":[{"type":1,"name":"create","description":"New match","options":[
                {"type":3,"name":"when","description":"Time","required":true,"max_length":100},
                {"type":3,"name":"map","description":"Map","autocomplete":true},
                {"type":4,"name":"size","description":"Players","min_value":2,"max_value":10,"choices":[{"name":"5v5","value":5}]},
                {"type":6,"name":"captain","description":"Captain"}]}]}]
            """));

        Assert.True(created.Status == HttpStatusCode.OK, created.Text);
        Assert.True(callback.Status == HttpStatusCode.NoContent, callback.Text);
        Assert.True(commands.Status == HttpStatusCode.OK, commands.Text);
        Assert.Empty(emulator.RejectedRequests);
    }

    [Fact]
    public async Task Callback_and_command_bodies_are_checked_against_their_schemas_too()
    {
        await using var emulator = await Emulators.SeededAsync(RestCalls.Unlimited);
        using var http = RestTests.Client(emulator);
        var interaction = await emulator.SlashCommandAsync(Emulators.Guild, Emulators.General, Emulators.Zoe, "ping");

        var callback = await http.RestPostAsync($"interactions/{interaction.Id}/{interaction.Token}/callback",
            JsonNode.Parse("{\"type\":4,\"data\":{\"content\":\"x\",\"embeds\":[{\"title\":" + new JsonArray().ToJsonString() + "}]}}")!);
        var notAList = await http.RestPutAsync($"applications/{RestCalls.Id(emulator.Options.ApplicationId)}/commands", new JsonObject { ["name"] = "x" });

        RestCalls.AssertError(callback, HttpStatusCode.BadRequest, 50035, "data.embeds.0.title");
        Assert.Null(interaction.Callback);
        Assert.Equal(HttpStatusCode.BadRequest, notAList.Status);
        Assert.Equal(50035, notAList.Code);
    }

    [Fact]
    public async Task The_OpenAPI_document_is_found_beside_the_repository_and_can_be_switched_off()
    {
        var schema = OpenApiSchema.Load(null);
        await using var emulator = await Emulators.SeededAsync(RestCalls.Unlimited with { ValidateOpenApi = false });
        using var http = RestTests.Client(emulator);

        var unchecked_ = await http.RestPostAsync($"channels/{Emulators.General}/messages", JsonNode.Parse("{\"content\":\"x\",\"tts\":\"yes\"}")!);

        Assert.NotNull(schema);
        Assert.EndsWith("openapi.json", schema.Path, StringComparison.Ordinal);
        Assert.True(schema.Covers("POST", "/channels/{channel_id}/messages"));
        Assert.True(schema.Covers("POST", "/interactions/{interaction_id}/{token}/callback"));
        Assert.True(schema.Covers("PATCH", "/webhooks/{application_id}/{token}/messages/{message_id}"));
        Assert.Equal(HttpStatusCode.OK, unchecked_.Status);
    }
}
