using System.Net;
using System.Text.Json.Nodes;

namespace GameTime.DiscordEmulator.Tests;

/// <summary>Bulk overwrite and listing of application commands, validated like Discord.</summary>
public sealed class CommandRouteTests
{
    private static readonly string App = RestCalls.Id(new EmulatorOptions().ApplicationId);

    private static JsonObject Command(string name, string description = "Does a thing", JsonArray? options = null)
    {
        var command = new JsonObject { ["name"] = name, ["description"] = description, ["type"] = 1 };
        if (options is not null)
        {
            command["options"] = options;
        }
        return command;
    }

    private static JsonObject Option(string name, int type = 3, bool required = false) =>
        new() { ["name"] = name, ["description"] = "An option", ["type"] = type, ["required"] = required };

    [Fact]
    public async Task Bulk_overwrite_answers_the_stored_commands_keeps_ids_and_counts_overwrites_per_scope()
    {
        await using var emulator = await Emulators.SeededAsync(RestCalls.Unlimited);
        using var http = RestTests.Client(emulator);

        var first = await http.RestPutAsync($"applications/{App}/commands", new JsonArray(Command("schedule"), Command("stats")));
        var second = await http.RestPutAsync($"applications/{App}/commands", new JsonArray(Command("schedule", "Plan a match")));
        var guild = await http.RestPutAsync($"applications/{App}/guilds/{Emulators.Guild}/commands", new JsonArray(Command("admin")));
        var listed = await http.RestGetAsync($"applications/{App}/commands");
        var listedGuild = await http.RestGetAsync($"applications/{App}/guilds/{Emulators.Guild}/commands");

        Assert.Equal(HttpStatusCode.OK, first.Status);
        var stored = first.Array[0]!;
        Assert.Equal(App, (string)stored["application_id"]!);
        Assert.NotNull((string?)stored["version"]);
        Assert.Equal((string)stored["id"]!, (string)second.Array[0]!["id"]!);
        Assert.NotEqual((string)stored["version"]!, (string)second.Array[0]!["version"]!);
        Assert.Equal(["schedule"], listed.Array.Select(c => (string)c!["name"]!));
        Assert.Equal("Plan a match", (string)listed.Array[0]!["description"]!);
        Assert.Equal(RestCalls.Id(Emulators.Guild), (string)listedGuild.Array[0]!["guild_id"]!);
        Assert.Equal(HttpStatusCode.OK, guild.Status);
        Assert.Equal(2, emulator.CommandOverwriteCount());
        Assert.Equal(1, emulator.CommandOverwriteCount(Emulators.Guild));
        Assert.Equal(["admin"], emulator.Commands(Emulators.Guild).Select(c => (string)c["name"]!));

        // An interaction for a registered command carries its id.
        var interaction = await emulator.SlashCommandAsync(Emulators.Guild, Emulators.General, Emulators.Zoe, "schedule");
        Assert.Equal((string)stored["id"]!, (string)interaction.Payload["data"]!["id"]!);
    }

    [Fact]
    public async Task Interactions_for_a_registered_command_may_only_carry_its_options()
    {
        await using var emulator = await Emulators.SeededAsync(RestCalls.Unlimited);
        using var http = RestTests.Client(emulator);
        var create = new JsonObject { ["name"] = "create", ["description"] = "New match", ["type"] = 1, ["options"] = new JsonArray(Option("when", 3, required: true)) };
        await http.RestPutAsync($"applications/{App}/commands", new JsonArray(Command("match", options: new JsonArray(create))));

        var ok = await emulator.SlashCommandAsync(Emulators.Guild, Emulators.General, Emulators.Zoe, "match",
            [new JsonObject { ["name"] = "create", ["type"] = 1, ["options"] = new JsonArray(new JsonObject { ["name"] = "when", ["type"] = 3, ["value"] = "21:00" }) }]);
        var unknown = await Assert.ThrowsAsync<ArgumentException>(() => emulator.SlashCommandAsync(Emulators.Guild, Emulators.General, Emulators.Zoe, "match",
            [new JsonObject { ["name"] = "create", ["type"] = 1, ["options"] = new JsonArray(new JsonObject { ["name"] = "where", ["type"] = 3, ["value"] = "x" }) }]));
        var wrongType = await Assert.ThrowsAsync<ArgumentException>(() => emulator.SlashCommandAsync(Emulators.Guild, Emulators.General, Emulators.Zoe, "match",
            [new JsonObject { ["name"] = "create", ["type"] = 2 }]));

        Assert.Equal("21:00", (string)ok.Payload["data"]!["options"]![0]!["options"]![0]!["value"]!);
        Assert.Contains("where", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("type 1", wrongType.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Schedule", "0.name")]          // upper case
    [InlineData("two words", "0.name")]
    [InlineData("a-name-that-is-far-too-long-for-discord", "0.name")]
    [InlineData("", "0.name")]
    public async Task Bad_names_get_50035_with_the_path(string name, string path)
    {
        await using var emulator = await Emulators.SeededAsync(RestCalls.Unlimited);
        using var http = RestTests.Client(emulator);

        var answer = await http.RestPutAsync($"applications/{App}/commands", new JsonArray(Command(name)));

        RestCalls.AssertError(answer, HttpStatusCode.BadRequest, 50035, path);
        Assert.Equal(0, emulator.CommandOverwriteCount());
    }

    [Fact]
    public async Task Unicode_names_in_lowercase_are_accepted()
    {
        await using var emulator = await Emulators.SeededAsync(RestCalls.Unlimited);
        using var http = RestTests.Client(emulator);

        var answer = await http.RestPutAsync($"applications/{App}/commands", new JsonArray(Command("планы"), Command("zeitplan-ä"), Command("तारीख")));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
    }

    [Fact]
    public async Task Option_rules_are_enforced_with_errors_at_their_paths()
    {
        await using var emulator = await Emulators.SeededAsync(RestCalls.Unlimited);
        using var http = RestTests.Client(emulator);
        var tooMany = new JsonArray([.. Enumerable.Range(0, 26).Select(i => (JsonNode)Option($"o{i}"))]);
        var order = new JsonArray(Option("optional"), Option("required", required: true));
        var both = Option("map");
        both["autocomplete"] = true;
        both["choices"] = new JsonArray(new JsonObject { ["name"] = "Bank", ["value"] = "bank" });
        var choices = Option("mode");
        choices["choices"] = new JsonArray([.. Enumerable.Range(0, 26).Select(i => (JsonNode)new JsonObject { ["name"] = $"c{i}", ["value"] = $"v{i}" })]);
        var length = Option("text");
        length["max_length"] = 6001;
        var longText = new string('x', 100);
        var huge = Command("huge", longText, new JsonArray([.. Enumerable.Range(0, 25).Select(i =>
        {
            var o = Option($"o{i}");
            o["description"] = longText;
            o["choices"] = new JsonArray([.. Enumerable.Range(0, 25).Select(c => (JsonNode)new JsonObject { ["name"] = $"{c}{longText}"[..100], ["value"] = "v" })]);
            return (JsonNode)o;
        })]));

        async Task<RestAnswer> Put(JsonObject command) => await http.RestPutAsync($"applications/{App}/commands", new JsonArray(command));

        RestCalls.AssertError(await Put(Command("many", options: tooMany)), HttpStatusCode.BadRequest, 50035, "0.options");
        RestCalls.AssertError(await Put(Command("order", options: order)), HttpStatusCode.BadRequest, 50035, "0.options.1.required");
        RestCalls.AssertError(await Put(Command("both", options: new JsonArray(both))), HttpStatusCode.BadRequest, 50035, "0.options.0.autocomplete");
        RestCalls.AssertError(await Put(Command("choices", options: new JsonArray(choices))), HttpStatusCode.BadRequest, 50035, "0.options.0.choices");
        RestCalls.AssertError(await Put(Command("length", options: new JsonArray(length))), HttpStatusCode.BadRequest, 50035, "0.options.0.max_length");
        RestCalls.AssertError(await Put(Command("desc", new string('d', 101))), HttpStatusCode.BadRequest, 50035, "0.description");
        var tooBig = await Put(huge);
        RestCalls.AssertError(tooBig, HttpStatusCode.BadRequest, 50035, "0");
        Assert.Equal("Invalid Form Body", (string)tooBig.Object["message"]!);
        Assert.Empty(emulator.Commands());
    }

    [Fact]
    public async Task More_than_100_commands_in_a_scope_or_duplicate_names_are_refused()
    {
        await using var emulator = await Emulators.SeededAsync(RestCalls.Unlimited);
        using var http = RestTests.Client(emulator);

        var hundred = await http.RestPutAsync($"applications/{App}/commands", new JsonArray([.. Enumerable.Range(0, 100).Select(i => (JsonNode)Command($"c{i}"))]));
        var tooMany = await http.RestPutAsync($"applications/{App}/commands", new JsonArray([.. Enumerable.Range(0, 101).Select(i => (JsonNode)Command($"c{i}"))]));
        var twice = await http.RestPutAsync($"applications/{App}/guilds/{Emulators.Guild}/commands", new JsonArray(Command("stats"), Command("stats")));

        Assert.Equal(HttpStatusCode.OK, hundred.Status);
        RestCalls.AssertError(tooMany, HttpStatusCode.BadRequest, 50035, "");
        RestCalls.AssertError(twice, HttpStatusCode.BadRequest, 50035, "");
        Assert.Equal(100, emulator.Commands().Count);
        Assert.Equal(1, emulator.CommandOverwriteCount());
    }

    [Fact]
    public async Task Another_applications_commands_and_unknown_guilds_are_refused()
    {
        await using var emulator = await Emulators.SeededAsync(RestCalls.Unlimited);
        using var http = RestTests.Client(emulator);

        var foreign = await http.RestPutAsync("applications/42/commands", new JsonArray(Command("x")));
        var noGuild = await http.RestPutAsync($"applications/{App}/guilds/1/commands", new JsonArray(Command("x")));

        RestCalls.AssertError(foreign, HttpStatusCode.Forbidden, 50001);
        RestCalls.AssertError(noGuild, HttpStatusCode.NotFound, 10004);
    }
}
