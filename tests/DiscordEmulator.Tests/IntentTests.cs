using System.Text.Json.Nodes;

namespace GameTime.DiscordEmulator.Tests;

/// <summary>Dispatches follow the identified intents (spec 1.7); message content needs MESSAGE_CONTENT.</summary>
public sealed class IntentTests
{
    private const int NoPrivileged = 1665;   // GUILDS | GUILD_VOICE_STATES | GUILD_MESSAGES | GUILD_MESSAGE_REACTIONS

    [Fact]
    public async Task Each_event_reaches_only_sessions_with_its_intent()
    {
        await using var emulator = await Emulators.SeededAsync(Emulators.ManySessions);
        await using var everything = await GatewayTestClient.HelloAsync(emulator);
        await everything.IdentifyAsync(Intent.All);
        await using var messagesOnly = await GatewayTestClient.HelloAsync(emulator);
        await messagesOnly.IdentifyAsync(Intent.Guilds | Intent.GuildMessages);

        await emulator.SetPresenceAsync(Emulators.Guild, Emulators.Zoe, "online", new EmulatedActivity("Rainbow Six Siege", 0, "in MENU"));
        await emulator.MemberAddAsync(Emulators.Guild, new EmulatedMember(900000000000002001, "fresh_recruit"));
        await emulator.VoiceJoinAsync(Emulators.Guild, 900000000000002001, Emulators.Squad2);
        await emulator.ReactionAddAsync(Emulators.Guild, Emulators.General, 900000000000009999, Emulators.Ash, "👍");
        await emulator.MemberRemoveAsync(Emulators.Guild, 900000000000002001);
        await emulator.MessageCreateAsync(Emulators.Guild, Emulators.General, Emulators.Ash, "marker");

        string[] all = ["PRESENCE_UPDATE", "GUILD_MEMBER_ADD", "VOICE_STATE_UPDATE", "MESSAGE_REACTION_ADD", "GUILD_MEMBER_REMOVE", "MESSAGE_CREATE"];
        foreach (string expected in all)
        {
            Assert.Equal(expected, (string?)(await everything.NextDispatchAsync())["t"]);
        }
        // The filtered events were never sent, so the marker is the very next dispatch, with the next sequence number.
        var next = await messagesOnly.NextDispatchAsync();
        Assert.Equal("MESSAGE_CREATE", (string?)next["t"]);
        Assert.Equal(3, (long)next["s"]!);
    }

    [Fact]
    public async Task Without_MESSAGE_CONTENT_content_is_blank_unless_the_message_mentions_the_bot()
    {
        await using var emulator = await Emulators.SeededAsync(Emulators.ManySessions);
        await using var reader = await GatewayTestClient.HelloAsync(emulator);
        await reader.IdentifyAsync(Intent.All);
        await using var blind = await GatewayTestClient.HelloAsync(emulator);
        await blind.IdentifyAsync(NoPrivileged);

        await emulator.MessageCreateAsync(Emulators.Guild, Emulators.General, Emulators.Ash, "secret plans");
        await emulator.MessageCreateAsync(Emulators.Guild, Emulators.General, Emulators.Ash, "<@1234567890123456789> schedule please");

        Assert.Equal("secret plans", (string)(await reader.NextDispatchAsync("MESSAGE_CREATE"))["d"]!["content"]!);
        var blanked = (await blind.NextDispatchAsync("MESSAGE_CREATE"))["d"]!;
        Assert.Equal("", (string)blanked["content"]!);
        Assert.Empty(blanked["embeds"]!.AsArray());
        Assert.Empty(blanked["attachments"]!.AsArray());
        Assert.Empty(blanked["components"]!.AsArray());
        Assert.Equal("900000000000001001", (string)blanked["author"]!["id"]!);   // the rest of the message is still there
        var mention = (await blind.NextDispatchAsync("MESSAGE_CREATE"))["d"]!;
        Assert.Equal("<@1234567890123456789> schedule please", (string)mention["content"]!);
        Assert.Equal("1234567890123456789", (string)mention["mentions"]![0]!["id"]!);
    }

    [Fact]
    public async Task Raw_dispatches_are_filtered_by_their_name_and_blanked_like_pushes()
    {
        await using var emulator = await Emulators.SeededAsync();
        await using var blind = await GatewayTestClient.HelloAsync(emulator);
        await blind.IdentifyAsync(NoPrivileged);

        await emulator.DispatchAsync("PRESENCE_UPDATE", Fixtures.Load("presence_update")["d"]!.ToJsonString(), Emulators.Guild);
        await emulator.DispatchAsync("GUILD_MEMBER_UPDATE",
            "{\"guild_id\":\"900000000000000001\",\"roles\":[],\"user\":{\"id\":\"1234567890123456789\",\"username\":\"GameTime\"}}", Emulators.Guild);
        await emulator.DispatchAsync("MESSAGE_CREATE", Fixtures.Load("message_create")["d"]!.ToJsonString(), Emulators.Guild);
        await emulator.DispatchAsync("SOMETHING_NEW", "{\"x\":1}");

        Assert.Equal("GUILD_MEMBER_UPDATE", (string?)(await blind.NextDispatchAsync())["t"]);   // about the bot: always sent
        Assert.Equal("", (string)(await blind.NextDispatchAsync("MESSAGE_CREATE"))["d"]!["content"]!);
        Assert.Equal(1, (int)(await blind.NextDispatchAsync("SOMETHING_NEW"))["d"]!["x"]!);   // unknown events are not gated
    }

    [Fact]
    public async Task Without_GUILD_PRESENCES_GUILD_CREATE_has_only_the_bot_and_voice_members_and_no_presences()
    {
        await using var emulator = await Emulators.SeededAsync();
        await using var client = await GatewayTestClient.HelloAsync(emulator);

        var (_, guilds) = await client.IdentifyAsync(NoPrivileged | Intent.GuildMembers);

        var members = guilds[0]["members"]!.AsArray().Select(m => (string)m!["user"]!["id"]!).ToList();
        Assert.Equal(7, members.Count);   // the bot + six members in voice
        Assert.Contains("1234567890123456789", members);
        Assert.Empty(guilds[0]["presences"]!.AsArray());
        Assert.Equal(26, (int)guilds[0]["member_count"]!);
    }

    [Fact]
    public async Task With_GUILD_PRESENCES_a_small_guild_sends_everyone_and_the_online_presences()
    {
        await using var emulator = await Emulators.SeededAsync();
        await using var client = await GatewayTestClient.HelloAsync(emulator);

        var (_, guilds) = await client.IdentifyAsync(Intent.All);

        Assert.Equal(26, guilds[0]["members"]!.AsArray().Count);
        Assert.False((bool)guilds[0]["large"]!);
        var presences = guilds[0]["presences"]!.AsArray();
        Assert.Equal(11, presences.Count);
        var ranked = presences.Single(p => (string)p!["user"]!["id"]! == "900000000000001007")!;
        var siege = ranked["activities"]![0]!;
        Assert.Equal("Rainbow Six Siege", (string)siege["name"]!);
        Assert.Equal("RANKED match 2 of 9", (string)siege["details"]!);
        Assert.NotNull(siege["application_id"]);   // rich presence, not a plain game
    }

    [Fact]
    public async Task A_guild_over_large_threshold_leaves_offline_members_out()
    {
        await using var emulator = await Emulators.SeededAsync();
        for (ulong i = 0; i < 30; i++)
        {
            emulator.Guild(Emulators.Guild).AddMember(new EmulatedMember(900000000000003000 + i, $"lurker{i}"));
        }
        await emulator.SetPresenceAsync(Emulators.Guild, Emulators.Zoe, "offline");   // offline, but in voice
        await using var client = await GatewayTestClient.HelloAsync(emulator);

        var (_, guilds) = await client.IdentifyAsync(Intent.All, new JsonObject { ["large_threshold"] = 50 });

        Assert.True((bool)guilds[0]["large"]!);
        Assert.Equal(56, (int)guilds[0]["member_count"]!);
        // The bot, the 10 online members and Zoé, who is offline but in voice.
        var members = guilds[0]["members"]!.AsArray().Select(m => (string)m!["user"]!["id"]!).ToList();
        Assert.Equal(12, members.Count);
        Assert.Contains("900000000000001003", members);
        Assert.DoesNotContain("900000000000003000", members);
        Assert.Equal(10, guilds[0]["presences"]!.AsArray().Count);
    }
}
