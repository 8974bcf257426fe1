using System.Text.Json.Nodes;

namespace GameTime.DiscordEmulator.Tests;

public sealed class IdentifyTests
{
    [Fact]
    public async Task Identify_gets_READY_as_seq_1_shaped_like_the_real_one()
    {
        await using var emulator = await Emulators.SeededAsync();
        await using var client = await GatewayTestClient.HelloAsync(emulator);

        await client.SendAsync(GatewayTestClient.Identify(emulator.Options.BotToken, Intent.All));
        var frame = await client.NextDispatchAsync("READY");
        var ready = frame["d"]!.AsObject();

        Fixtures.AssertEnvelope(frame);
        Assert.Equal(1, (long)frame["s"]!);
        Fixtures.AssertHasKeysOf(Fixtures.Load("ready")["d"], ready, "READY d", "shard");   // shard only when identify sent one
        Assert.False(ready.ContainsKey("shard"));
        Assert.Equal(10, (int)ready["v"]!);
        Assert.Matches("^[0-9a-f]{32}$", (string)ready["session_id"]!);
        Assert.Equal(emulator.GatewayUrl.ToString(), (string)ready["resume_gateway_url"]!);
        Assert.Equal("1234567890123456789", (string)ready["user"]!["id"]!);
        Assert.True((bool)ready["user"]!["bot"]!);
        Fixtures.AssertHasKeysOf(Fixtures.Load("ready")["d"]!["user"], ready["user"], "READY user");
        Assert.Equal("1234567890123456789", (string)ready["application"]!["id"]!);
        var guild = Assert.Single(ready["guilds"]!.AsArray())!;
        Assert.Equal("900000000000000001", (string)guild["id"]!);
        Assert.True((bool)guild["unavailable"]!);
        Assert.NotEmpty(ready["_trace"]!.AsArray());
    }

    [Fact]
    public async Task READY_is_followed_by_one_GUILD_CREATE_per_guild_shaped_like_the_real_one()
    {
        await using var emulator = await Emulators.SeededAsync();
        emulator.AddGuild(900000000000000002, "Second guild").AddTextChannel("lobby");
        await using var client = await GatewayTestClient.HelloAsync(emulator);

        await client.SendAsync(GatewayTestClient.Identify(emulator.Options.BotToken, Intent.All));
        await client.NextDispatchAsync("READY");
        var first = await client.NextDispatchAsync("GUILD_CREATE");
        var second = await client.NextDispatchAsync("GUILD_CREATE");
        await emulator.WaitForReadyAsync(GatewayTestClient.Timeout);

        Assert.Equal(2, (long)first["s"]!);
        Assert.Equal(3, (long)second["s"]!);
        Assert.Equal("Second guild", (string)second["d"]!["name"]!);
        var real = Fixtures.Load("guild_create")["d"]!;
        var d = first["d"]!.AsObject();
        // guild_hashes was an experiment Discord has dropped from bot payloads.
        Fixtures.AssertHasKeysOf(real, d, "GUILD_CREATE d", "guild_hashes");
        Assert.Equal("Siege Squad", (string)d["name"]!);
        Assert.Equal(26, (int)d["member_count"]!);
        Assert.False((bool)d["unavailable"]!);
        Assert.Empty(d["threads"]!.AsArray());
        Assert.Empty(d["stage_instances"]!.AsArray());
        Assert.Empty(d["guild_scheduled_events"]!.AsArray());

        var channels = d["channels"]!.AsArray();
        var text = channels.First(c => (int)c!["type"]! == 0)!;
        var voice = channels.First(c => (int)c!["type"]! == 2)!;
        Fixtures.AssertHasKeysOf(real["channels"]![1], text, "text channel");
        Fixtures.AssertHasKeysOf(real["channels"]![3], voice, "voice channel");
        Assert.All(channels, c => Assert.False(c!.AsObject().ContainsKey("guild_id")));   // Discord leaves it out inside GUILD_CREATE
        Assert.Equal(["schedule", "siege", "tournaments", "general", "Squad 1", "Squad 2", "Ranked grind"], channels.Select(c => (string)c!["name"]!));

        var roles = d["roles"]!.AsArray();
        Assert.All(roles, r => Fixtures.AssertHasKeysOf(real["roles"]![0], r, "role"));
        Assert.Equal("@everyone", (string)roles.Single(r => (string)r!["id"]! == "900000000000000001")!["name"]!);
        Assert.Subset(roles.Select(r => (string)r!["name"]!).ToHashSet(), DemoCommunity.Ranks.ToHashSet());

        var member = d["members"]!.AsArray().First(m => (string)m!["user"]!["id"]! == "900000000000001004")!;
        Fixtures.AssertHasKeysOf(real["members"]![2], member, "member", "hoisted_role", "is_pending");
        Fixtures.AssertHasKeysOf(real["members"]![1]!["user"], member["user"], "member user");
        Assert.Equal("Дмитрий", (string)member["user"]!["global_name"]!);
        Assert.Equal("Дима", (string)member["nick"]!);
        Assert.Equal("0", (string)member["user"]!["discriminator"]!);

        var voiceState = d["voice_states"]!.AsArray().First()!;
        Assert.False(voiceState.AsObject().ContainsKey("guild_id"));
        Assert.Equal(6, d["voice_states"]!.AsArray().Count);
        var presence = d["presences"]!.AsArray().First()!;
        Fixtures.AssertHasKeysOf(real["presences"]![0], presence, "presence");
    }

    [Fact]
    public async Task Text_is_raw_UTF8_not_escaped()
    {
        await using var emulator = await Emulators.SeededAsync();
        await using var client = await GatewayTestClient.HelloAsync(emulator);

        await client.IdentifyAsync();

        string guildCreate = System.Text.Encoding.UTF8.GetString(client.Messages[2].Bytes);
        Assert.Contains("\"Дмитрий\"", guildCreate, StringComparison.Ordinal);
        Assert.Contains("Tom 🔥", guildCreate, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_shard_gets_only_its_guilds_and_READY_echoes_the_shard()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        // (id >> 22) % 2: 4194304 is on shard 1, 8388608 on shard 0.
        emulator.AddGuild(4194304, "odd");
        emulator.AddGuild(8388608, "even");
        await using var client = await GatewayTestClient.HelloAsync(emulator);

        var (ready, guilds) = await client.IdentifyAsync(Intent.All, new JsonObject { ["shard"] = new JsonArray(1, 2) });

        Assert.Equal([1, 2], ready["shard"]!.AsArray().Select(n => (int)n!));
        Assert.Equal("odd", (string)Assert.Single(guilds)["name"]!);
    }

    [Fact]
    public async Task Without_GUILDS_there_is_READY_but_no_GUILD_CREATE()
    {
        await using var emulator = await Emulators.SeededAsync();
        await using var client = await GatewayTestClient.HelloAsync(emulator);

        var (ready, _) = await client.IdentifyAsync(Intent.GuildMessages);
        await emulator.WaitForReadyAsync(GatewayTestClient.Timeout);
        await client.HeartbeatAsync();

        Assert.Single(ready["guilds"]!.AsArray());
        Assert.Equal(11, (int)(await client.NextAsync())["op"]!);   // the ACK comes next: no GUILD_CREATE was queued
    }

    [Fact]
    public async Task A_guild_added_after_connect_arrives_as_GUILD_CREATE()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        await using var client = await GatewayTestClient.HelloAsync(emulator);
        await client.IdentifyAsync();

        var guild = emulator.AddGuild(900000000000000009, "Late guild");
        var created = await client.NextDispatchAsync("GUILD_CREATE");
        ulong channel = guild.AddVoiceChannel("Late voice");
        var channelCreate = await client.NextDispatchAsync("CHANNEL_CREATE");

        Assert.Equal("Late guild", (string)created["d"]!["name"]!);
        Assert.Equal(channel.ToString(System.Globalization.CultureInfo.InvariantCulture), (string)channelCreate["d"]!["id"]!);
        Assert.Equal("900000000000000009", (string)channelCreate["d"]!["guild_id"]!);
    }

    [Fact]
    public async Task A_guild_outage_sends_GUILD_DELETE_unavailable_and_its_end_a_full_GUILD_CREATE()
    {
        await using var emulator = await Emulators.SeededAsync(Emulators.ManySessions);
        await using var live = await GatewayTestClient.HelloAsync(emulator);
        await live.IdentifyAsync();

        await emulator.SetGuildAvailableAsync(Emulators.Guild, available: false);
        var deleted = await live.NextDispatchAsync("GUILD_DELETE");
        await using var late = await GatewayTestClient.HelloAsync(emulator);
        await late.SendAsync(GatewayTestClient.Identify(emulator.Options.BotToken, Intent.All));
        var ready = await late.NextDispatchAsync("READY");
        await emulator.SetGuildAvailableAsync(Emulators.Guild, available: true);

        Assert.Equal("{\"id\":\"900000000000000001\",\"unavailable\":true}", deleted["d"]!.ToJsonString());
        Assert.Single(ready["d"]!["guilds"]!.AsArray());   // READY still lists it...
        var back = await late.NextDispatchAsync();          // ...and its GUILD_CREATE comes when the outage ends
        Assert.Equal("GUILD_CREATE", (string?)back["t"]);
        Assert.Equal(26, (int)back["d"]!["member_count"]!);
        Assert.Equal("GUILD_CREATE", (string?)(await live.NextDispatchAsync())["t"]);
    }
}
