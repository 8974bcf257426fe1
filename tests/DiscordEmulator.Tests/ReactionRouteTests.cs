using System.Net;
using System.Text.Json.Nodes;

namespace GameTime.DiscordEmulator.Tests;

/// <summary>Reactions through REST and through the test's pushes, read back as Discord lists them.</summary>
public sealed class ReactionRouteTests
{
    [Fact]
    public async Task The_bots_reactions_are_204s_dispatched_and_listed_with_the_users_reactions()
    {
        await using var emulator = await Emulators.SeededAsync(RestCalls.Unlimited);
        await using var client = await GatewayTestClient.HelloAsync(emulator);
        await client.IdentifyAsync();
        using var http = RestTests.Client(emulator);
        var poll = await http.RestPostAsync($"channels/{Emulators.General}/messages", new JsonObject { ["content"] = "Which map?" });
        await client.NextDispatchAsync("MESSAGE_CREATE");
        string id = (string)poll.Object["id"]!;
        string keycap = Uri.EscapeDataString("1️⃣");

        var put = await http.RestPutAsync($"channels/{Emulators.General}/messages/{id}/reactions/{keycap}/@me");
        var added = (await client.NextDispatchAsync("MESSAGE_REACTION_ADD"))["d"]!;
        await emulator.ReactionAddAsync(Emulators.Guild, Emulators.General, RestCalls.Snowflake(id), Emulators.Zoe, "1️⃣");
        await emulator.ReactionAddAsync(Emulators.Guild, Emulators.General, RestCalls.Snowflake(id), Emulators.Ash, "1️⃣");
        await emulator.ReactionAddAsync(Emulators.Guild, Emulators.General, RestCalls.Snowflake(id), Emulators.Zoe, "Diamond:900000000000000041");
        var users = await http.RestGetAsync($"channels/{Emulators.General}/messages/{id}/reactions/{keycap}");
        var page = await http.RestGetAsync($"channels/{Emulators.General}/messages/{id}/reactions/{keycap}?after={Emulators.Ash}&limit=1");
        var custom = await http.RestGetAsync($"channels/{Emulators.General}/messages/{id}/reactions/{Uri.EscapeDataString("Diamond:900000000000000041")}");
        var message = await http.RestGetAsync($"channels/{Emulators.General}/messages/{id}");

        Assert.Equal(HttpStatusCode.NoContent, put.Status);
        Fixtures.AssertHasKeysOf(Fixtures.Load("message_reaction_add")["d"], added, "MESSAGE_REACTION_ADD d");
        Assert.Equal(RestCalls.Id(emulator.Options.ApplicationId), (string)added["user_id"]!);
        Assert.Equal("1️⃣", (string)added["emoji"]!["name"]!);
        // Users by id: Ash (…1001) < Zoé (…1003) < the bot (1234567890123456789).
        Assert.Equal([RestCalls.Id(Emulators.Ash), RestCalls.Id(Emulators.Zoe), RestCalls.Id(emulator.Options.ApplicationId)],
            users.Array.Select(u => (string)u!["id"]!));
        Assert.Equal([RestCalls.Id(Emulators.Zoe)], page.Array.Select(u => (string)u!["id"]!));
        Assert.Equal([RestCalls.Id(Emulators.Zoe)], custom.Array.Select(u => (string)u!["id"]!));
        var reactions = message.Object["reactions"]!.AsArray();
        Assert.Equal(3, (int)reactions[0]!["count"]!);
        Assert.True((bool)reactions[0]!["me"]!);
        Assert.Equal("Diamond", (string)reactions[1]!["emoji"]!["name"]!);
        Assert.False((bool)reactions[1]!["me"]!);
        Assert.Equal(3, emulator.Message(RestCalls.Snowflake(id))!.Reactions[0].Count);
    }

    [Fact]
    public async Task Removing_reactions_dispatches_MESSAGE_REACTION_REMOVE_and_updates_the_lists()
    {
        await using var emulator = await Emulators.SeededAsync(RestCalls.Unlimited);
        await using var client = await GatewayTestClient.HelloAsync(emulator);
        await client.IdentifyAsync();
        using var http = RestTests.Client(emulator);
        ulong id = await emulator.MessageCreateAsync(Emulators.Guild, Emulators.General, Emulators.Ash, "vote");
        await client.NextDispatchAsync("MESSAGE_CREATE");
        await emulator.ReactionAddAsync(Emulators.Guild, Emulators.General, id, Emulators.Zoe, "👍");
        await client.NextDispatchAsync("MESSAGE_REACTION_ADD");
        await http.RestPutAsync($"channels/{Emulators.General}/messages/{id}/reactions/{Uri.EscapeDataString("👍")}/@me");
        await client.NextDispatchAsync("MESSAGE_REACTION_ADD");

        var own = await http.RestDeleteAsync($"channels/{Emulators.General}/messages/{id}/reactions/{Uri.EscapeDataString("👍")}/@me");
        var ownRemoved = (await client.NextDispatchAsync("MESSAGE_REACTION_REMOVE"))["d"]!;
        var theirs = await http.RestDeleteAsync($"channels/{Emulators.General}/messages/{id}/reactions/{Uri.EscapeDataString("👍")}/{Emulators.Zoe}");
        var theirsRemoved = (await client.NextDispatchAsync("MESSAGE_REACTION_REMOVE"))["d"]!;
        var users = await http.RestGetAsync($"channels/{Emulators.General}/messages/{id}/reactions/{Uri.EscapeDataString("👍")}");

        Assert.Equal(HttpStatusCode.NoContent, own.Status);
        Assert.Equal(HttpStatusCode.NoContent, theirs.Status);
        Assert.Equal(RestCalls.Id(emulator.Options.ApplicationId), (string)ownRemoved["user_id"]!);
        Assert.Equal(RestCalls.Id(Emulators.Zoe), (string)theirsRemoved["user_id"]!);
        Assert.Empty(users.Array);
        Assert.Empty(emulator.Message(id)!.Reactions);
    }

    [Fact]
    public async Task A_twenty_first_distinct_emoji_gets_30010_and_unknown_emojis_10014()
    {
        await using var emulator = await Emulators.SeededAsync(RestCalls.Unlimited);
        using var http = RestTests.Client(emulator);
        ulong id = await emulator.MessageCreateAsync(Emulators.Guild, Emulators.General, Emulators.Ash, "react!");
        string[] emojis = [.. Enumerable.Range(0, 21).Select(i => char.ConvertFromUtf32(0x1F600 + i))];

        List<RestAnswer> answers = [];
        foreach (string emoji in emojis)
        {
            answers.Add(await http.RestPutAsync($"channels/{Emulators.General}/messages/{id}/reactions/{Uri.EscapeDataString(emoji)}/@me"));
        }
        var again = await http.RestPutAsync($"channels/{Emulators.General}/messages/{id}/reactions/{Uri.EscapeDataString(emojis[0])}/@me");
        var word = await http.RestPutAsync($"channels/{Emulators.General}/messages/{id}/reactions/thumbsup/@me");
        var foreign = await http.RestPutAsync($"channels/{Emulators.General}/messages/{id}/reactions/{Uri.EscapeDataString("nope:123456789012345678")}/@me");
        var noMessage = await http.RestPutAsync($"channels/{Emulators.General}/messages/1/reactions/{Uri.EscapeDataString(emojis[0])}/@me");

        Assert.All(answers.Take(20), a => Assert.Equal(HttpStatusCode.NoContent, a.Status));
        RestCalls.AssertError(answers[20], HttpStatusCode.BadRequest, 30010);
        Assert.Equal(HttpStatusCode.NoContent, again.Status);
        RestCalls.AssertError(word, HttpStatusCode.BadRequest, 10014);
        RestCalls.AssertError(foreign, HttpStatusCode.BadRequest, 10014);
        RestCalls.AssertError(noMessage, HttpStatusCode.NotFound, 10008);
        Assert.Equal(20, emulator.Message(id)!.Reactions.Count);
    }
}
