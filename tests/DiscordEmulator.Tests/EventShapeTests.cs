namespace GameTime.DiscordEmulator.Tests;

/// <summary>Pushed events carry at least the keys of real captures (fixtures), with the values the test asked for.</summary>
public sealed class EventShapeTests
{
    [Fact]
    public async Task Community_pushes_are_shaped_like_real_dispatches()
    {
        await using var emulator = await Emulators.SeededAsync();
        await using var client = await GatewayTestClient.HelloAsync(emulator);
        await client.IdentifyAsync();

        ulong message = await emulator.MessageCreateAsync(Emulators.Guild, Emulators.General, Emulators.Ash, "Ranked at 21:00? <@900000000000001003>");
        await emulator.ReactionAddAsync(Emulators.Guild, Emulators.General, message, Emulators.Zoe, "👍");
        await emulator.ReactionRemoveAsync(Emulators.Guild, Emulators.General, message, Emulators.Zoe, "Diamond:900000000000000041");
        await emulator.MemberAddAsync(Emulators.Guild, new EmulatedMember(900000000000002002, "rookie", "Rookie"));
        await emulator.MemberRemoveAsync(Emulators.Guild, 900000000000002002);
        await emulator.SetPresenceAsync(Emulators.Guild, Emulators.Zoe, "online",
            new EmulatedActivity("Rainbow Six Siege", 0, "RANKED match 2 of 9"), new EmulatedActivity("Custom Status", 4, State: "gg"));

        var created = await client.NextDispatchAsync("MESSAGE_CREATE");
        Fixtures.AssertHasKeysOf(Fixtures.Load("message_create")["d"], created["d"], "MESSAGE_CREATE d");
        Fixtures.AssertHasKeysOf(Fixtures.Load("message_create")["d"]!["member"], created["d"]!["member"], "message member", "hoisted_role");
        Assert.Equal(message.ToString(System.Globalization.CultureInfo.InvariantCulture), (string)created["d"]!["id"]!);
        Assert.Equal("zoé.lefèvre", (string)created["d"]!["mentions"]![0]!["username"]!);

        var added = (await client.NextDispatchAsync("MESSAGE_REACTION_ADD"))["d"]!;
        Fixtures.AssertHasKeysOf(Fixtures.Load("message_reaction_add")["d"], added, "MESSAGE_REACTION_ADD d");
        Assert.Equal("👍", (string)added["emoji"]!["name"]!);
        Assert.Equal("900000000000001001", (string)added["message_author_id"]!);
        Assert.False((bool)added["burst"]!);

        var removed = (await client.NextDispatchAsync("MESSAGE_REACTION_REMOVE"))["d"]!;
        Fixtures.AssertHasKeysOf(Fixtures.Load("message_reaction_remove")["d"], removed, "MESSAGE_REACTION_REMOVE d");
        Assert.Equal("Diamond", (string)removed["emoji"]!["name"]!);
        Assert.Equal("900000000000000041", (string)removed["emoji"]!["id"]!);

        var joined = (await client.NextDispatchAsync("GUILD_MEMBER_ADD"))["d"]!;
        Fixtures.AssertHasKeysOf(Fixtures.Load("guild_member_add")["d"], joined, "GUILD_MEMBER_ADD d");
        Assert.Equal("Rookie", (string)joined["user"]!["global_name"]!);

        var gone = (await client.NextDispatchAsync("GUILD_MEMBER_REMOVE"))["d"]!;
        Fixtures.AssertHasKeysOf(Fixtures.Load("guild_member_remove")["d"], gone, "GUILD_MEMBER_REMOVE d");

        var presence = (await client.NextDispatchAsync("PRESENCE_UPDATE"))["d"]!;
        var real = Fixtures.Load("presence_update")["d"]!;
        Fixtures.AssertHasKeysOf(real, presence, "PRESENCE_UPDATE d");
        // The real rich-presence game has buttons (not something a test sets); everything else is there.
        Fixtures.AssertHasKeysOf(real["activities"]![1], presence["activities"]![0], "Siege activity", "buttons");
        Fixtures.AssertHasKeysOf(real["activities"]![0], presence["activities"]![1], "custom status", "emoji");
        Assert.Equal("RANKED match 2 of 9", (string)presence["activities"]![0]!["details"]!);
        Assert.Equal("gg", (string)presence["activities"]![1]!["state"]!);
    }

    [Fact]
    public async Task Pushes_reject_what_Discord_could_not_send()
    {
        await using var emulator = await Emulators.SeededAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => emulator.MessageCreateAsync(Emulators.Guild, Emulators.Squad2, Emulators.Ash, "voice text?"));
        await Assert.ThrowsAsync<ArgumentException>(() => emulator.MessageCreateAsync(Emulators.Guild, Emulators.General, 42, "stranger"));
        await Assert.ThrowsAsync<ArgumentException>(() => emulator.MessageCreateAsync(Emulators.Guild, Emulators.General, Emulators.Ash, new string('x', 4001)));
        Assert.Throws<ArgumentException>(() => { _ = emulator.SetPresenceAsync(Emulators.Guild, Emulators.Ash, "busy"); });
        Assert.Throws<ArgumentException>(() => emulator.Guild(Emulators.Guild).AddMember(new EmulatedMember(1, "x", Roles: [12345])));
        Assert.Throws<KeyNotFoundException>(() => emulator.Guild(1));
        await Assert.ThrowsAsync<ArgumentException>(() => emulator.DispatchAsync("X", "{not json"));
    }

    [Fact]
    public async Task A_burst_sends_count_real_shaped_events_in_order()
    {
        await using var emulator = await Emulators.SeededAsync();
        await using var client = await GatewayTestClient.HelloAsync(emulator);
        await client.IdentifyAsync();

        await emulator.BurstAsync(300);
        await emulator.BurstAsync(20, "PRESENCE_UPDATE");

        for (int i = 1; i <= 300; i++)
        {
            var message = await client.NextDispatchAsync("MESSAGE_CREATE");
            Assert.Equal($"burst message {i}", (string)message["d"]!["content"]!);
            Assert.Equal(2 + i, (long)message["s"]!);
        }
        for (int i = 0; i < 20; i++)
        {
            Assert.Equal("Rainbow Six Siege", (string)(await client.NextDispatchAsync("PRESENCE_UPDATE"))["d"]!["activities"]![0]!["name"]!);
        }
        Assert.Equal(322, emulator.Dispatched.Count);
    }

    [Fact]
    public async Task A_prepared_burst_is_held_compressed_until_sent_and_then_follows_the_stream_in_order()
    {
        await using var emulator = await Emulators.SeededAsync();
        await using var client = await GatewayTestClient.HelloAsync(emulator);
        await client.IdentifyAsync();
        int before = emulator.Dispatched.Count;

        var burst = await emulator.PrepareBurstAsync(50);
        Assert.Equal(before, emulator.Dispatched.Count);   // compressed and waiting, nothing on the wire yet
        await burst.SendAsync();
        await emulator.BurstAsync(1);   // the shared zlib context still inflates after the held frames

        for (int i = 1; i <= 51; i++)
        {
            var message = await client.NextDispatchAsync("MESSAGE_CREATE");
            Assert.Equal($"burst message {i}", (string)message["d"]!["content"]!);
        }
        Assert.Equal(before + 51, emulator.Dispatched.Count);
    }
}
