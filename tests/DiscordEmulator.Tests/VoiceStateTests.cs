using System.Text.Json.Nodes;

namespace GameTime.DiscordEmulator.Tests;

/// <summary>Update Voice State (op 4): the model changes and every session hears VOICE_STATE_UPDATE for the bot.</summary>
public sealed class VoiceStateTests
{
    [Fact]
    public async Task Joining_voice_dispatches_the_bots_voice_state_then_a_voice_server_update()
    {
        await using var emulator = await Emulators.SeededAsync(Emulators.ManySessions);
        await using var client = await GatewayTestClient.HelloAsync(emulator);
        var (ready, _) = await client.IdentifyAsync();

        await client.SendAsync(VoiceUpdate(Emulators.RankedGrind));
        var state = (await client.NextDispatchAsync("VOICE_STATE_UPDATE"))["d"]!;
        var server = (await client.NextDispatchAsync("VOICE_SERVER_UPDATE"))["d"]!;

        Fixtures.AssertHasKeysOf(Fixtures.Load("voice_state_update_join")["d"], state, "VOICE_STATE_UPDATE d");
        Assert.Equal("1234567890123456789", (string)state["user_id"]!);
        Assert.Equal("900000000000000202", (string)state["channel_id"]!);
        Assert.Equal((string)ready["session_id"]!, (string)state["session_id"]!);
        Assert.True((bool)state["self_deaf"]!);
        Fixtures.AssertHasKeysOf(Fixtures.Load("voice_server_update")["d"], server, "VOICE_SERVER_UPDATE d");

        // A later session sees the bot in the channel.
        await using var other = await GatewayTestClient.HelloAsync(emulator);
        var (_, guilds) = await other.IdentifyAsync();
        Assert.Contains(guilds[0]["voice_states"]!.AsArray(), v => (string)v!["user_id"]! == "1234567890123456789");
    }

    [Fact]
    public async Task Leaving_voice_dispatches_a_null_channel_and_no_voice_server_update()
    {
        await using var emulator = await Emulators.SeededAsync();
        await using var client = await GatewayTestClient.HelloAsync(emulator);
        await client.IdentifyAsync();
        await client.SendAsync(VoiceUpdate(Emulators.Squad2));
        await client.NextDispatchAsync("VOICE_STATE_UPDATE");
        await client.NextDispatchAsync("VOICE_SERVER_UPDATE");

        await client.SendAsync(VoiceUpdate(null));
        var left = (await client.NextDispatchAsync("VOICE_STATE_UPDATE"))["d"]!;
        await emulator.MessageCreateAsync(Emulators.Guild, Emulators.General, Emulators.Ash, "marker");

        Assert.Null(left["channel_id"]);
        Assert.Equal("MESSAGE_CREATE", (string?)(await client.NextDispatchAsync())["t"]);
    }

    [Fact]
    public async Task Voice_pushes_carry_the_member_and_keep_the_session_id_across_a_move()
    {
        await using var emulator = await Emulators.SeededAsync();
        await using var client = await GatewayTestClient.HelloAsync(emulator);
        await client.IdentifyAsync();

        await emulator.VoiceJoinAsync(Emulators.Guild, Emulators.NewRecruit, Emulators.Squad2);
        await emulator.VoiceMoveAsync(Emulators.Guild, Emulators.NewRecruit, Emulators.RankedGrind);
        await emulator.VoiceLeaveAsync(Emulators.Guild, Emulators.NewRecruit);
        var join = (await client.NextDispatchAsync("VOICE_STATE_UPDATE"))["d"]!;
        var move = (await client.NextDispatchAsync("VOICE_STATE_UPDATE"))["d"]!;
        var leave = (await client.NextDispatchAsync("VOICE_STATE_UPDATE"))["d"]!;

        Assert.Equal("new_recruit", (string)join["member"]!["user"]!["username"]!);
        Assert.Equal("900000000000000201", (string)join["channel_id"]!);
        Assert.Equal("900000000000000202", (string)move["channel_id"]!);
        Assert.Null(leave["channel_id"]);
        Assert.Equal((string)join["session_id"]!, (string)move["session_id"]!);
        Assert.Throws<InvalidOperationException>(() => { _ = emulator.VoiceLeaveAsync(Emulators.Guild, Emulators.NewRecruit); });
    }

    private static JsonObject VoiceUpdate(ulong? channel) => new()
    {
        ["op"] = 4,
        ["d"] = new JsonObject
        {
            ["guild_id"] = "900000000000000001",
            ["channel_id"] = channel?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["self_mute"] = false,
            ["self_deaf"] = true,
        },
    };
}
