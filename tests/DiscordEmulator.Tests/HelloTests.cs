using System.Text.Json.Nodes;

namespace GameTime.DiscordEmulator.Tests;

public sealed class HelloTests
{
    [Fact]
    public async Task Hello_is_the_first_frame_with_the_configured_interval_and_a_trace()
    {
        await using var emulator = await DiscordEmulator.StartAsync(new EmulatorOptions { HeartbeatIntervalMs = 1234 });
        await using var client = await GatewayTestClient.ConnectAsync(emulator);

        var hello = await client.NextAsync();

        Fixtures.AssertEnvelope(hello);
        Assert.Equal(JsonValueKind(null), JsonValueKind(hello["t"]));
        Assert.Equal(10, (int)hello["op"]!);
        Assert.Equal(1234, (int)hello["d"]!["heartbeat_interval"]!);
        Fixtures.AssertHasKeysOf(Fixtures.Load("hello")["d"], hello["d"], "HELLO d");
        Assert.Equal(1, emulator.ConnectionCount);
    }

    [Fact]
    public async Task Heartbeat_is_acked_with_all_four_keys_like_the_real_ack()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        await using var client = await GatewayTestClient.HelloAsync(emulator);

        await client.HeartbeatAsync();
        var ack = await client.NextAsync();

        Assert.Equal(Fixtures.Load("heartbeat_ack").ToJsonString(), ack.ToJsonString());
        var frame = await emulator.WaitForFrameAsync(f => f.Op == 1, GatewayTestClient.Timeout);
        Assert.Equal("{\"op\":1,\"d\":null}", frame.Json);
    }

    [Fact]
    public async Task The_gateway_also_answers_at_the_path_with_a_trailing_slash()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        await using var client = await GatewayTestClient.ConnectAsync(emulator, path: "/gateway/");

        Assert.Equal(10, (int)(await client.NextAsync())["op"]!);
    }

    private static string JsonValueKind(JsonNode? node) => node?.GetValueKind().ToString() ?? "Null";
}
