using System.Text.Json.Nodes;

namespace GameTime.DiscordEmulator.Tests;

/// <summary>Every way a client can break the gateway rules gets the close code Discord uses (spec 1.10).</summary>
public sealed class CloseCodeTests
{
    [Fact]
    public async Task Unknown_opcode_closes_4001()
    {
        var (code, reason) = await CloseAfter(c => c.SendAsync("{\"op\":99,\"d\":null}"));
        Assert.Equal(4001, code);
        Assert.Equal("Unknown opcode.", reason);
    }

    [Fact]
    public async Task Malformed_JSON_closes_4002() =>
        Assert.Equal(4002, (await CloseAfter(c => c.SendAsync("{\"op\":1,\"d\":"))).Code);

    [Fact]
    public async Task A_frame_without_an_integer_op_closes_4002() =>
        Assert.Equal(4002, (await CloseAfter(c => c.SendAsync("{\"op\":\"1\",\"d\":null}"))).Code);

    [Fact]
    public async Task A_frame_over_4096_bytes_closes_4002()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        await using var client = await GatewayTestClient.HelloAsync(emulator);
        var identify = GatewayTestClient.Identify(emulator.Options.BotToken, Intent.All);
        identify["d"]!["properties"]!["browser"] = "";
        identify["d"]!["properties"]!["browser"] = new string('x', 4097 - identify.ToJsonString().Length);
        Assert.Equal(4097, identify.ToJsonString().Length);

        await client.SendAsync(identify);

        Assert.Equal((4002, "Decode error."), await client.ClosedAsync());
        Assert.Equal(-1, (await emulator.WaitForFrameAsync(f => f.Json.Length >= 4096, GatewayTestClient.Timeout)).Op);
    }

    [Fact]
    public async Task A_frame_of_exactly_4096_bytes_is_accepted()
    {
        await using var emulator = await Emulators.SeededAsync();
        await using var client = await GatewayTestClient.HelloAsync(emulator);
        var identify = GatewayTestClient.Identify(emulator.Options.BotToken, Intent.All);
        identify["d"]!["properties"]!["browser"] = "";
        identify["d"]!["properties"]!["browser"] = new string('x', 4096 - identify.ToJsonString().Length);
        Assert.Equal(4096, identify.ToJsonString().Length);

        await client.SendAsync(identify);

        Assert.Equal("READY", (string?)(await client.NextDispatchAsync())["t"]);
    }

    [Fact]
    public async Task A_payload_before_identify_closes_4003() =>
        Assert.Equal((4003, "Not authenticated."), await CloseAfter(c => c.SendAsync(
            "{\"op\":4,\"d\":{\"guild_id\":\"900000000000000001\",\"channel_id\":null,\"self_mute\":false,\"self_deaf\":false}}")));

    [Fact]
    public async Task A_wrong_token_closes_4004_and_the_client_echo_is_recorded()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        await using var client = await GatewayTestClient.HelloAsync(emulator);

        await client.SendAsync(GatewayTestClient.Identify("Bot " + emulator.Options.BotToken, Intent.All));

        Assert.Equal((4004, "Authentication failed."), await client.ClosedAsync());
        Assert.Equal(4004, await emulator.WaitForCloseAsync(GatewayTestClient.Timeout));   // our test client echoes the code
        Assert.Equal(1, emulator.IdentifyCount);
    }

    [Fact]
    public async Task A_second_identify_closes_4005()
    {
        await using var emulator = await DiscordEmulator.StartAsync(Emulators.ManySessions);
        await using var client = await GatewayTestClient.HelloAsync(emulator);
        await client.IdentifyAsync();

        await client.SendAsync(GatewayTestClient.Identify(emulator.Options.BotToken, Intent.All));

        Assert.Equal((4005, "Already authenticated."), await client.ClosedAsync());
    }

    [Fact]
    public async Task Sending_121_frames_in_a_minute_closes_4008_but_120_are_fine()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        await using var client = await GatewayTestClient.HelloAsync(emulator);
        for (int i = 0; i < 119; i++)
        {
            await client.HeartbeatAsync();
        }
        await client.IdentifyAsync();   // frame 120: still answered

        await client.HeartbeatAsync();   // frame 121

        Assert.Equal((4008, "Rate limited."), await client.ClosedAsync());
        Assert.Equal(121, emulator.Received.Count);
    }

    [Fact]
    public async Task A_sixth_presence_update_in_20_seconds_closes_4008()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        await using var client = await GatewayTestClient.HelloAsync(emulator);
        await client.IdentifyAsync();
        const string Presence = "{\"op\":3,\"d\":{\"since\":null,\"activities\":[{\"name\":\"Siege\",\"type\":0}],\"status\":\"online\",\"afk\":false}}";
        for (int i = 0; i < 5; i++)
        {
            await client.SendAsync(Presence);
        }
        await client.HeartbeatAsync();
        Assert.Equal(11, (int)(await client.NextAsync())["op"]!);   // five were fine

        await client.SendAsync(Presence);

        Assert.Equal(4008, (await client.ClosedAsync()).Code);
    }

    [Fact]
    public async Task No_heartbeat_within_one_and_a_half_intervals_closes_4009()
    {
        await using var emulator = await DiscordEmulator.StartAsync(new EmulatorOptions { HeartbeatIntervalMs = 100 });
        await using var client = await GatewayTestClient.HelloAsync(emulator);
        await client.IdentifyAsync();

        Assert.Equal((4009, "Session timed out."), await client.ClosedAsync());
    }

    [Fact]
    public async Task Heartbeating_on_schedule_keeps_the_connection_open_past_the_timeout()
    {
        await using var emulator = await DiscordEmulator.StartAsync(new EmulatorOptions { HeartbeatIntervalMs = 400 });
        await using var client = await GatewayTestClient.HelloAsync(emulator);

        // A client's heartbeats are paced by the interval (that is the protocol, not a wait for something):
        // ten beats 100 ms apart outlast the 600 ms timeout, and leave 500 ms of slack for a busy test machine.
        using var beat = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        for (int i = 0; i < 10; i++)
        {
            await beat.WaitForNextTickAsync();
            await client.HeartbeatAsync();
            Assert.Equal(11, (int)(await client.NextAsync())["op"]!);
        }
        Assert.Equal(1, emulator.ConnectionCount);
    }

    [Theory]
    [InlineData("[2,2]", 4010)]
    [InlineData("[0,0]", 4010)]
    [InlineData("[-1,1]", 4010)]
    [InlineData("[0]", 4010)]
    public async Task An_invalid_shard_closes_4010(string shard, int expected) =>
        Assert.Equal(expected, (await CloseAfterIdentify(new JsonObject { ["shard"] = JsonNode.Parse(shard) })).Code);

    [Theory]
    [InlineData("v=9&encoding=json", 4012)]
    [InlineData("encoding=json", 4012)]
    [InlineData("v=10&encoding=etf", 4002)]
    [InlineData("v=10&encoding=json&compress=zstd-stream", 4002)]
    public async Task Unsupported_connection_parameters_close_before_hello(string query, int expected)
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        await using var client = await GatewayTestClient.ConnectAsync(emulator, query);

        Assert.Equal(expected, (await client.ClosedAsync()).Code);
        Assert.Empty(client.Messages);
    }

    [Fact]
    public async Task Unknown_intent_bits_close_4013() =>
        Assert.Equal((4013, "Invalid intent(s)."), await CloseAfterIdentify(new JsonObject { ["intents"] = 1 << 18 }));

    [Fact]
    public async Task Missing_intents_close_4013()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        await using var client = await GatewayTestClient.HelloAsync(emulator);
        var identify = GatewayTestClient.Identify(emulator.Options.BotToken, Intent.All);
        identify["d"]!.AsObject().Remove("intents");

        await client.SendAsync(identify);

        Assert.Equal(4013, (await client.ClosedAsync()).Code);
    }

    [Fact]
    public async Task A_privileged_intent_not_enabled_in_the_portal_closes_4014()
    {
        await using var emulator = await DiscordEmulator.StartAsync(new EmulatorOptions { PrivilegedIntentsEnabled = Intent.GuildMembers });
        await using var client = await GatewayTestClient.HelloAsync(emulator);

        await client.SendAsync(GatewayTestClient.Identify(emulator.Options.BotToken, Intent.Guilds | Intent.GuildPresences));

        Assert.Equal((4014, "Disallowed intent(s)."), await client.ClosedAsync());
    }

    [Theory]
    [InlineData("{\"large_threshold\":49}")]
    [InlineData("{\"large_threshold\":251}")]
    [InlineData("{\"compress\":\"yes\"}")]
    [InlineData("{\"properties\":null}")]
    public async Task An_identify_with_a_malformed_field_closes_4002(string extra) =>
        Assert.Equal(4002, (await CloseAfterIdentify(JsonPayloads.Object(extra))).Code);

    [Fact]
    public async Task CloseAsync_closes_with_any_code_and_reason()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        await using var client = await GatewayTestClient.HelloAsync(emulator);

        await emulator.CloseAsync(4000, "maintenance");

        Assert.Equal((4000, "maintenance"), await client.ClosedAsync());
    }

    private static async Task<(int Code, string Reason)> CloseAfter(Func<GatewayTestClient, Task> act)
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        await using var client = await GatewayTestClient.HelloAsync(emulator);
        await act(client);
        return await client.ClosedAsync();
    }

    private static async Task<(int Code, string Reason)> CloseAfterIdentify(JsonObject extra)
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        await using var client = await GatewayTestClient.HelloAsync(emulator);
        await client.SendAsync(GatewayTestClient.Identify(emulator.Options.BotToken, Intent.All, extra));
        return await client.ClosedAsync();
    }
}
