using System.Text.Json.Nodes;

namespace GameTime.DiscordEmulator.Tests;

public sealed class ResumeTests
{
    [Fact]
    public async Task Resume_replays_exactly_the_missed_dispatches_in_order_then_RESUMED()
    {
        await using var emulator = await Emulators.SeededAsync();
        await using var first = await GatewayTestClient.HelloAsync(emulator);
        var (ready, _) = await first.IdentifyAsync();
        string sessionId = (string)ready["session_id"]!;
        long seq = emulator.Dispatched.Max(d => d.Seq);   // READY + GUILD_CREATE = 2
        await emulator.WaitForReadyAsync(GatewayTestClient.Timeout);

        await emulator.DropConnectionAsync();
        Assert.Equal(-1, await emulator.WaitForCloseAsync(GatewayTestClient.Timeout));
        await emulator.MessageCreateAsync(Emulators.Guild, Emulators.General, Emulators.Ash, "anyone up for ranked?");
        await emulator.VoiceMoveAsync(Emulators.Guild, Emulators.Ash, Emulators.RankedGrind);
        await emulator.SetPresenceAsync(Emulators.Guild, Emulators.Ash, "online", new EmulatedActivity("Rainbow Six Siege", 0, "RANKED match 1 of 9"));

        await using var second = await GatewayTestClient.HelloAsync(emulator);
        await second.ResumeAsync(sessionId, seq);
        var replayed = new List<JsonObject>();
        for (int i = 0; i < 4; i++)
        {
            replayed.Add(await second.NextDispatchAsync());
        }
        await emulator.WaitForReadyAsync(GatewayTestClient.Timeout);

        Assert.Equal(["MESSAGE_CREATE", "VOICE_STATE_UPDATE", "PRESENCE_UPDATE", "RESUMED"], replayed.Select(p => (string)p["t"]!));
        Assert.Equal([seq + 1, seq + 2, seq + 3, seq + 4], replayed.Select(p => (long)p["s"]!));
        Assert.Equal("anyone up for ranked?", (string)replayed[0]["d"]!["content"]!);
        Assert.Equal(["_trace"], JsonPayloads.Keys(replayed[3]["d"]));
        Assert.Equal(1, emulator.ResumeCount);
        Assert.Equal(1, emulator.IdentifyCount);

        await emulator.MessageCreateAsync(Emulators.Guild, Emulators.General, Emulators.Zoe, "after resume");
        var live = await second.NextDispatchAsync("MESSAGE_CREATE");
        Assert.Equal(seq + 5, (long)live["s"]!);   // the session's sequence goes on across resumes
        Assert.Equal(
            [(sessionId, seq + 1, "MESSAGE_CREATE"), (sessionId, seq + 2, "VOICE_STATE_UPDATE"), (sessionId, seq + 3, "PRESENCE_UPDATE"), (sessionId, seq + 4, "RESUMED"), (sessionId, seq + 5, "MESSAGE_CREATE")],
            emulator.Dispatched.Skip(2));
    }

    [Fact]
    public async Task Resuming_from_an_older_seq_replays_what_was_already_received_too()
    {
        await using var emulator = await Emulators.SeededAsync();
        await using var first = await GatewayTestClient.HelloAsync(emulator);
        var (ready, _) = await first.IdentifyAsync();

        await using var second = await GatewayTestClient.HelloAsync(emulator);
        await second.ResumeAsync((string)ready["session_id"]!, 1);

        var guildCreate = await second.NextDispatchAsync("GUILD_CREATE");
        Assert.Equal(2, (long)guildCreate["s"]!);
        Assert.Equal(3, (long)(await second.NextDispatchAsync("RESUMED"))["s"]!);
        Assert.Equal(-1, await emulator.WaitForCloseAsync(GatewayTestClient.Timeout));   // the superseded socket is dropped
    }

    [Fact]
    public async Task A_seq_the_session_never_reached_closes_4007()
    {
        await using var emulator = await Emulators.SeededAsync();
        await using var first = await GatewayTestClient.HelloAsync(emulator);
        var (ready, _) = await first.IdentifyAsync();
        await emulator.DropConnectionAsync();

        await using var second = await GatewayTestClient.HelloAsync(emulator);
        await second.ResumeAsync((string)ready["session_id"]!, 99);

        Assert.Equal((4007, "Invalid seq."), await second.ClosedAsync());
    }

    [Fact]
    public async Task A_resume_after_the_resume_window_closes_4009()
    {
        await using var emulator = await Emulators.SeededAsync(new EmulatorOptions { ResumeWindow = TimeSpan.Zero });
        await using var first = await GatewayTestClient.HelloAsync(emulator);
        var (ready, _) = await first.IdentifyAsync();
        await emulator.DropConnectionAsync();
        await emulator.WaitForCloseAsync(GatewayTestClient.Timeout);

        await using var second = await GatewayTestClient.HelloAsync(emulator);
        await second.ResumeAsync((string)ready["session_id"]!, 2);

        Assert.Equal((4009, "Session timed out."), await second.ClosedAsync());
    }

    [Fact]
    public async Task An_expired_session_gets_op_9_false_and_a_fresh_identify_works_on_the_same_socket()
    {
        await using var emulator = await Emulators.SeededAsync(Emulators.ManySessions);
        await using var first = await GatewayTestClient.HelloAsync(emulator);
        var (ready, _) = await first.IdentifyAsync();
        emulator.ExpireSessions();
        await emulator.DropConnectionAsync();

        await using var second = await GatewayTestClient.HelloAsync(emulator);
        await second.ResumeAsync((string)ready["session_id"]!, 2);
        var invalid = await second.NextAsync();
        var (fresh, _) = await second.IdentifyAsync();

        Assert.Equal("{\"t\":null,\"s\":null,\"op\":9,\"d\":false}", invalid.ToJsonString());
        Fixtures.AssertHasKeysOf(Fixtures.Load("invalid_session"), invalid, "op 9");
        Assert.NotEqual((string)ready["session_id"]!, (string)fresh["session_id"]!);
    }

    [Fact]
    public async Task An_unknown_session_gets_op_9_false()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        await using var client = await GatewayTestClient.HelloAsync(emulator);

        await client.ResumeAsync("0123456789abcdef0123456789abcdef", 1);

        Assert.False((bool)(await client.NextAsync())["d"]!);
    }

    [Theory]
    [InlineData(1000)]
    [InlineData(1001)]
    public async Task Closing_with_1000_or_1001_ends_the_session(int code)
    {
        await using var emulator = await Emulators.SeededAsync();
        var first = await GatewayTestClient.HelloAsync(emulator);
        var (ready, _) = await first.IdentifyAsync();

        await first.CloseAsync(code);
        Assert.Equal(code, await emulator.WaitForCloseAsync(GatewayTestClient.Timeout));
        await first.DisposeAsync();
        await using var second = await GatewayTestClient.HelloAsync(emulator);
        await second.ResumeAsync((string)ready["session_id"]!, 2);

        Assert.False((bool)(await second.NextAsync())["d"]!);
    }

    [Fact]
    public async Task Closing_with_4000_keeps_the_session_resumable()
    {
        await using var emulator = await Emulators.SeededAsync();
        var first = await GatewayTestClient.HelloAsync(emulator);
        var (ready, _) = await first.IdentifyAsync();

        await first.CloseAsync(4000);
        Assert.Equal(4000, await emulator.WaitForCloseAsync(GatewayTestClient.Timeout));
        await first.DisposeAsync();
        await using var second = await GatewayTestClient.HelloAsync(emulator);
        await second.ResumeAsync((string)ready["session_id"]!, 2);

        Assert.Equal("RESUMED", (string?)(await second.NextDispatchAsync())["t"]);
    }

    [Fact]
    public async Task Op_7_asks_the_client_to_reconnect_and_the_resume_succeeds()
    {
        await using var emulator = await Emulators.SeededAsync();
        var first = await GatewayTestClient.HelloAsync(emulator);
        var (ready, _) = await first.IdentifyAsync();

        await emulator.SendReconnectAsync();
        var reconnect = await first.NextAsync();
        await first.CloseAsync(4000);
        await first.DisposeAsync();
        await using var second = await GatewayTestClient.HelloAsync(emulator);
        await second.ResumeAsync((string)ready["session_id"]!, 2);

        Assert.Equal("{\"t\":null,\"s\":null,\"op\":7,\"d\":null}", reconnect.ToJsonString());
        Assert.Equal("RESUMED", (string?)(await second.NextDispatchAsync())["t"]);
    }

    [Fact]
    public async Task Op_9_true_lets_the_client_resume_on_the_same_socket()
    {
        await using var emulator = await Emulators.SeededAsync();
        await using var client = await GatewayTestClient.HelloAsync(emulator);
        var (ready, _) = await client.IdentifyAsync();

        await emulator.SendInvalidSessionAsync(resumable: true);
        Assert.True((bool)(await client.NextAsync())["d"]!);
        await emulator.MessageCreateAsync(Emulators.Guild, Emulators.General, Emulators.Ash, "while invalid");
        await client.ResumeAsync((string)ready["session_id"]!, 2);

        Assert.Equal("while invalid", (string)(await client.NextDispatchAsync("MESSAGE_CREATE"))["d"]!["content"]!);
        Assert.Equal("RESUMED", (string?)(await client.NextDispatchAsync())["t"]);
    }

    [Fact]
    public async Task After_a_heartbeat_timeout_the_session_cannot_be_resumed()
    {
        await using var emulator = await Emulators.SeededAsync(new EmulatorOptions { HeartbeatIntervalMs = 100 });
        await using var first = await GatewayTestClient.HelloAsync(emulator);
        var (ready, _) = await first.IdentifyAsync();
        Assert.Equal(4009, (await first.ClosedAsync()).Code);

        await using var second = await GatewayTestClient.HelloAsync(emulator);
        await second.ResumeAsync((string)ready["session_id"]!, 2);

        Assert.False((bool)(await second.NextAsync())["d"]!);
    }
}
