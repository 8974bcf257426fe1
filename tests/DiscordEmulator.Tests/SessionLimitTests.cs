namespace GameTime.DiscordEmulator.Tests;

/// <summary>The daily session-start budget and identify concurrency (spec 1.11): over either, IDENTIFY gets op 9.</summary>
public sealed class SessionLimitTests
{
    [Fact]
    public async Task A_second_identify_within_the_concurrency_window_gets_op_9_false()
    {
        await using var emulator = await Emulators.SeededAsync();
        await using var first = await GatewayTestClient.HelloAsync(emulator);
        await first.IdentifyAsync();
        await using var second = await GatewayTestClient.HelloAsync(emulator);

        await second.SendAsync(GatewayTestClient.Identify(emulator.Options.BotToken, Intent.All));

        Assert.Equal("{\"t\":null,\"s\":null,\"op\":9,\"d\":false}", (await second.NextAsync()).ToJsonString());
        Assert.Equal(2, emulator.IdentifyCount);
    }

    [Fact]
    public async Task With_max_concurrency_2_shards_in_different_buckets_identify_together()
    {
        await using var emulator = await Emulators.SeededAsync(new EmulatorOptions { MaxConcurrency = 2 });
        await using var shard0 = await GatewayTestClient.HelloAsync(emulator);
        await using var shard1 = await GatewayTestClient.HelloAsync(emulator);

        await shard0.IdentifyAsync(Intent.All, new() { ["shard"] = new System.Text.Json.Nodes.JsonArray(0, 2) });
        var (ready, _) = await shard1.IdentifyAsync(Intent.All, new() { ["shard"] = new System.Text.Json.Nodes.JsonArray(1, 2) });

        Assert.Equal(1, (int)ready["shard"]![0]!);
    }

    [Fact]
    public async Task With_no_session_starts_left_identify_gets_op_9_false_and_remaining_stays_0()
    {
        await using var emulator = await Emulators.SeededAsync(Emulators.ManySessions with { SessionStartRemaining = 1 });
        await using var first = await GatewayTestClient.HelloAsync(emulator);
        await first.IdentifyAsync();
        await using var second = await GatewayTestClient.HelloAsync(emulator);

        await second.SendAsync(GatewayTestClient.Identify(emulator.Options.BotToken, Intent.All));

        Assert.False((bool)(await second.NextAsync())["d"]!);
        using var http = RestTests.Client(emulator);
        var body = await RestTests.GetJsonAsync(http, "gateway/bot");
        Assert.Equal(0, (int)body["session_start_limit"]!["remaining"]!);
    }
}
