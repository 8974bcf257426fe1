using System.Text.Json.Nodes;

namespace GameTime.DiscordEmulator.Tests;

/// <summary>Request Guild Members (op 8): GUILD_MEMBERS_CHUNK replies and the 1-per-30-s limit on "everyone".</summary>
public sealed class MemberChunkTests
{
    [Fact]
    public async Task Asking_for_everyone_answers_in_chunks_of_1000_and_again_within_30_s_gets_RATE_LIMITED()
    {
        await using var emulator = await Emulators.SeededAsync();
        var guild = emulator.Guild(Emulators.Guild);
        for (ulong i = 0; i < 2100; i++)
        {
            guild.AddMember(new EmulatedMember(900000000000010000 + i, $"member{i}"));
        }
        await using var client = await GatewayTestClient.HelloAsync(emulator);
        await client.IdentifyAsync();

        await client.SendAsync(RequestAll("members-1"));
        var chunks = new List<JsonNode>();
        for (int i = 0; i < 3; i++)
        {
            chunks.Add((await client.NextDispatchAsync("GUILD_MEMBERS_CHUNK"))["d"]!);
        }
        await client.SendAsync(RequestAll("members-2"));
        var limited = await client.NextDispatchAsync("RATE_LIMITED");

        Assert.Equal([1000, 1000, 126], chunks.Select(c => c["members"]!.AsArray().Count));
        Assert.Equal([0, 1, 2], chunks.Select(c => (int)c["chunk_index"]!));
        Assert.All(chunks, c => Assert.Equal(3, (int)c["chunk_count"]!));
        Assert.All(chunks, c => Assert.Equal("members-1", (string)c["nonce"]!));
        Assert.All(chunks, c => Assert.Equal("900000000000000001", (string)c["guild_id"]!));
        Fixtures.AssertHasKeysOf(Fixtures.Load("rate_limited"), limited, "RATE_LIMITED frame");
        Fixtures.AssertHasKeysOf(Fixtures.Load("rate_limited")["d"], limited["d"], "RATE_LIMITED d");
        Assert.Equal(8, (int)limited["d"]!["opcode"]!);
        Assert.InRange((double)limited["d"]!["retry_after"]!, 20, 30);
        Assert.Equal("members-2", (string)limited["d"]!["meta"]!["nonce"]!);
        Assert.Equal("900000000000000001", (string)limited["d"]!["meta"]!["guild_id"]!);
    }

    [Fact]
    public async Task A_query_matches_username_or_nick_prefixes_case_insensitively()
    {
        await using var emulator = await Emulators.SeededAsync();
        await using var client = await GatewayTestClient.HelloAsync(emulator);
        await client.IdentifyAsync();

        await client.SendAsync(Request(new JsonObject { ["query"] = "ZO", ["limit"] = 10 }));
        var byName = (await client.NextDispatchAsync("GUILD_MEMBERS_CHUNK"))["d"]!;
        await client.SendAsync(Request(new JsonObject { ["query"] = "пеп", ["limit"] = 10 }));
        await client.SendAsync(Request(new JsonObject { ["query"] = "ди", ["limit"] = 10 }));
        var noMatch = (await client.NextDispatchAsync("GUILD_MEMBERS_CHUNK"))["d"]!;
        var byNick = (await client.NextDispatchAsync("GUILD_MEMBERS_CHUNK"))["d"]!;

        Assert.Equal("zoé.lefèvre", (string)Assert.Single(byName["members"]!.AsArray())!["user"]!["username"]!);
        Assert.Empty(noMatch["members"]!.AsArray());
        Assert.Equal("dmitriy", (string)Assert.Single(byNick["members"]!.AsArray())!["user"]!["username"]!);
        Assert.Equal(1, (int)byNick["chunk_count"]!);
    }

    [Fact]
    public async Task User_ids_return_the_members_found_not_found_and_presences_when_asked()
    {
        await using var emulator = await Emulators.SeededAsync();
        await using var client = await GatewayTestClient.HelloAsync(emulator);
        await client.IdentifyAsync();

        await client.SendAsync(Request(new JsonObject
        {
            ["user_ids"] = new JsonArray("900000000000001001", "42424242424242424"),
            ["presences"] = true,
        }));
        var chunk = (await client.NextDispatchAsync("GUILD_MEMBERS_CHUNK"))["d"]!;

        Assert.Equal("ashmain", (string)Assert.Single(chunk["members"]!.AsArray())!["user"]!["username"]!);
        Assert.Equal("42424242424242424", (string)Assert.Single(chunk["not_found"]!.AsArray())!);
        Assert.Equal("in MENU", (string)Assert.Single(chunk["presences"]!.AsArray())!["activities"]![0]!["details"]!);
    }

    [Fact]
    public async Task Asking_for_everyone_without_GUILD_MEMBERS_gets_no_answer()
    {
        await using var emulator = await Emulators.SeededAsync();
        await using var client = await GatewayTestClient.HelloAsync(emulator);
        await client.IdentifyAsync(1665);

        await client.SendAsync(RequestAll("n"));
        await client.HeartbeatAsync();

        Assert.Equal(11, (int)(await client.NextAsync())["op"]!);   // the ACK is next: no chunk was sent
        await emulator.WaitForFrameAsync(f => f.Op == 1, GatewayTestClient.Timeout);
        Assert.DoesNotContain(emulator.Dispatched, d => d.Event == "GUILD_MEMBERS_CHUNK");
    }

    private static JsonObject RequestAll(string nonce) => Request(new JsonObject { ["query"] = "", ["limit"] = 0, ["nonce"] = nonce });

    private static JsonObject Request(JsonObject fields)
    {
        fields["guild_id"] = "900000000000000001";
        return new JsonObject { ["op"] = 8, ["d"] = fields };
    }
}
