using System.Text.Json;
using GameTime.DiscordEmulator;
using GameTime.Gateway.Events;
using GameTime.Gateway.Protocol;
using static GameTime.Tests.EndToEnd.GatewayHarness;

namespace GameTime.Tests.EndToEnd;

/// <summary>The real gateway client against the Discord emulator over loopback sockets.</summary>
public sealed class GatewayEndToEndTests
{
    private static JsonElement D(ClientFrame frame) => JsonDocument.Parse(frame.Json).RootElement.GetProperty("d");

    [Fact]
    public async Task Connects_identifies_and_caches_the_guild()
    {
        await using var bot = await StartAsync();

        var identify = await bot.Emulator.WaitForFrameAsync(f => f.Op == 2, Patience);
        Assert.Equal(bot.Emulator.Options.BotToken, D(identify).GetProperty("token").GetString());
        Assert.Equal(34691 | 4096 | 8, D(identify).GetProperty("intents").GetInt32());   // the spec's bitfield, DMs, GUILD_EXPRESSIONS
        Assert.Equal(1, bot.Emulator.IdentifyCount);

        var guild = await bot.Next<GuildAvailable>();
        Assert.Equal(("Siege Test Squad", GuildId), (guild.Name, guild.GuildId));
        Assert.True(bot.Cache.TryGetMember(GuildId, Bob, out var bob));
        Assert.Equal("Bøb Ñandú", bob.DisplayName);
        Assert.True(bot.Cache.TryGetMember(GuildId, Chloe, out var chloe));
        Assert.Equal("Хлоя", chloe.DisplayName);
        Assert.True(bot.Cache.TryGetChannel(GuildId, Squad1, out var squad));
        Assert.Equal("Squad 1", squad.Name);
    }

    [Fact]
    public async Task Voice_presence_reactions_and_members_reach_the_features()
    {
        await using var bot = await StartAsync();
        await bot.Next<GuildAvailable>();

        await bot.Emulator.VoiceJoinAsync(GuildId, Alice, Squad1);
        var join = await bot.Next<VoiceStateChanged>();
        Assert.Equal((Alice, "Alice", (ulong?)null, (ulong?)Squad1), (join.UserId, join.DisplayName, join.Before, join.After));

        await bot.Emulator.VoiceMoveAsync(GuildId, Alice, Squad2);
        Assert.Equal((ulong?)Squad1, (await bot.Next<VoiceStateChanged>()).Before);

        await bot.Emulator.SetPresenceAsync(GuildId, Alice, "online", new EmulatedActivity("Rainbow Six Siege", 0, "RANKED match 2 of 9"));
        var siege = await bot.Next<SiegePresenceChanged>();
        Assert.Equal("RANKED match 2 of 9", siege.After?.Details);
        Assert.Equal([(Alice, "RANKED match 2 of 9")],
            bot.Cache.VoiceChannelMembers(GuildId, Squad2).Select(m => (m.Member.UserId, m.Siege?.Details)));

        var message = await bot.Emulator.MessageCreateAsync(GuildId, General, Bob, "who plays tonight?");
        var received = await bot.Next<MessageReceived>();
        Assert.Equal((message, "who plays tonight?", "Bøb Ñandú"), (received.MessageId, received.Content, received.AuthorName));

        await bot.Emulator.ReactionAddAsync(GuildId, General, message, Chloe, "7️⃣");
        var reaction = await bot.Next<ReactionChanged>();
        Assert.Equal((true, "7️⃣", Chloe, message), (reaction.Added, reaction.Emoji, reaction.UserId, reaction.MessageId));

        await bot.Emulator.MemberAddAsync(GuildId, new EmulatedMember(900000000000001009, "dora", "Dóra"));
        Assert.Equal("Dóra", (await bot.Next<MemberJoined>()).DisplayName);
        await bot.Emulator.VoiceLeaveAsync(GuildId, Alice);
        Assert.Null((await bot.Next<VoiceStateChanged>()).After);
        Assert.Null(bot.Cache.VoiceChannelOf(GuildId, Alice));
    }

    /// <summary>
    /// Pushes messages before a fault, during the outage (the emulator keeps them for the session) and
    /// after; every one must arrive exactly once and in order.
    /// </summary>
    private static async Task NoEventLostOrDoubled(GatewayHarness bot, Func<Task> fault)
    {
        var sent = new List<ulong>();
        for (int i = 0; i < 5; i++) sent.Add(await bot.Emulator.MessageCreateAsync(GuildId, General, Alice, $"before {i}"));
        await bot.Messages(5);

        int connections = bot.Emulator.ConnectionCount;
        await fault();
        for (int i = 0; i < 5; i++) sent.Add(await bot.Emulator.MessageCreateAsync(GuildId, General, Alice, $"during {i}"));
        await bot.Next<SessionResumed>();
        for (int i = 0; i < 5; i++) sent.Add(await bot.Emulator.MessageCreateAsync(GuildId, General, Alice, $"after {i}"));

        Assert.Equal(sent, await bot.Messages(15));
        Assert.True(bot.Emulator.ConnectionCount > connections);
        Assert.Equal(1, bot.Emulator.IdentifyCount);
        Assert.True(bot.Emulator.ResumeCount >= 1);
        var resume = D(await bot.Emulator.WaitForFrameAsync(f => f.Op == 6, Patience));
        Assert.Equal(bot.Emulator.Options.BotToken, resume.GetProperty("token").GetString());
    }

    [Fact]
    public async Task Op7_reconnect_resumes_without_losing_or_doubling_events()
    {
        await using var bot = await StartAsync();
        var clientClose = bot.Emulator.WaitForCloseAsync(Patience);
        await NoEventLostOrDoubled(bot, bot.Emulator.SendReconnectAsync);
        Assert.Equal(4000, await clientClose); // never 1000/1001, which would end the session
    }

    [Fact]
    public async Task A_dropped_tcp_connection_resumes()
    {
        await using var bot = await StartAsync();
        await NoEventLostOrDoubled(bot, bot.Emulator.DropConnectionAsync);
    }

    [Fact]
    public async Task A_resumable_invalid_session_resumes()
    {
        await using var bot = await StartAsync();
        await NoEventLostOrDoubled(bot, () => bot.Emulator.SendInvalidSessionAsync(resumable: true));
    }

    [Theory]
    [InlineData(4000)]
    [InlineData(4001)]
    [InlineData(4002)]
    [InlineData(4005)]
    [InlineData(4008)]
    [InlineData(1001)]
    public async Task Resumable_close_codes_resume(int code)
    {
        await using var bot = await StartAsync();
        await NoEventLostOrDoubled(bot, () => bot.Emulator.CloseAsync(code, "test"));
    }

    [Fact]
    public async Task A_zombie_connection_is_detected_and_resumed()
    {
        // The client gives up one interval after an unacknowledged beat; the harness's silence limit (5 intervals) is well
        // past that, so a loaded CI machine cannot let the server's 4009 win the race and end the session instead.
        await using var bot = await StartAsync();
        await NoEventLostOrDoubled(bot, () =>
        {
            bot.Emulator.AckHeartbeats = false;
            _ = Task.Run(async () =>
            {
                // Acks come back once the client has given up on the old connection.
                while (bot.Emulator.ConnectionCount < 2) await Task.Yield();
                bot.Emulator.AckHeartbeats = true;
            });
            return Task.CompletedTask;
        });
        Assert.Contains("zombie", bot.Log.ToString());
    }

    [Fact]
    public async Task A_corrupt_compressed_frame_reconnects_and_resumes()
    {
        await using var bot = await StartAsync();
        await NoEventLostOrDoubled(bot, bot.Emulator.SendCorruptFrameAsync);
    }

    [Fact]
    public async Task An_invalid_session_starts_a_new_one()
    {
        await using var bot = await StartAsync();
        await bot.Next<GuildAvailable>();
        await bot.Emulator.SendInvalidSessionAsync(resumable: false);
        await bot.Next<SessionReady>();
        await bot.Next<GuildAvailable>();
        Assert.Equal(2, bot.Emulator.IdentifyCount);
        Assert.Equal(0, bot.Emulator.ResumeCount);
    }

    [Theory]
    [InlineData(4003)]
    [InlineData(4007)]
    [InlineData(4009)]
    public async Task Close_codes_that_end_the_session_identify_again(int code)
    {
        await using var bot = await StartAsync();
        await bot.Next<GuildAvailable>();
        await bot.Emulator.CloseAsync(code, "test");
        await bot.Next<SessionReady>();
        Assert.True(2 == bot.Emulator.IdentifyCount, bot.Log.ToString());
        Assert.Equal(0, bot.Emulator.ResumeCount);
    }

    [Fact]
    public async Task An_expired_session_falls_back_to_identify()
    {
        await using var bot = await StartAsync();
        await bot.Next<GuildAvailable>();
        bot.Emulator.ExpireSessions();
        await bot.Emulator.DropConnectionAsync();
        await bot.Next<SessionReady>();
        Assert.Equal(2, bot.Emulator.IdentifyCount);
        Assert.Equal(1, bot.Emulator.ResumeCount); // it tried, was told op 9, then identified
    }

    [Theory]
    [InlineData(4004)]
    [InlineData(4010)]
    [InlineData(4011)]
    [InlineData(4012)]
    [InlineData(4013)]
    [InlineData(4014)]
    public async Task Fatal_close_codes_stop_the_client_without_reconnecting(int code)
    {
        await using var bot = await StartAsync();
        await bot.Next<GuildAvailable>();
        int connections = bot.Emulator.ConnectionCount;
        await bot.Emulator.CloseAsync(code, "test");

        var fatal = await Assert.ThrowsAsync<GatewayFatalException>(() => bot.Running.WaitAsync(Patience));
        Assert.Equal(code, fatal.CloseCode);
        Assert.Equal(connections, bot.Emulator.ConnectionCount);
    }

    [Fact]
    public async Task A_wrong_token_stops_at_once_without_opening_the_gateway()
    {
        await using var bot = await StartAsync(clientToken: "MTIz.QUJD.wrong-token-for-the-gateway", connect: false);
        var running = bot.Client.RunAsync(CancellationToken.None);
        var fatal = await Assert.ThrowsAsync<GatewayFatalException>(() => running.WaitAsync(Patience));
        Assert.Equal(4004, fatal.CloseCode);
        Assert.Equal(0, bot.Emulator.ConnectionCount);
    }

    [Fact]
    public async Task A_server_heartbeat_request_is_answered_at_once()
    {
        await using var bot = await StartAsync(new EmulatorOptions { HeartbeatIntervalMs = 60_000 });
        await bot.Next<GuildAvailable>();
        int before = bot.Emulator.Received.Count(f => f.Op == 1);
        await bot.Emulator.RequestHeartbeatAsync();
        await bot.Emulator.WaitForFrameAsync(f => f.Op == 1 && bot.Emulator.Received.Count(x => x.Op == 1) > before, Patience);
    }

    [Fact]
    public async Task Plain_text_frames_work_without_compression()
    {
        await using var bot = await StartAsync(compress: false);
        await bot.Next<GuildAvailable>();
        await NoEventLostOrDoubled(bot, bot.Emulator.SendReconnectAsync);
    }

    [Fact]
    public async Task Split_and_joined_compressed_payloads_are_reassembled()
    {
        await using var split = await StartAsync(GatewayHarness.FastHeartbeats with { SplitPayloads = true });
        await NoEventLostOrDoubled(split, split.Emulator.SendReconnectAsync);

        await using var joined = await StartAsync(GatewayHarness.FastHeartbeats with { JoinPayloads = true });
        await NoEventLostOrDoubled(joined, joined.Emulator.DropConnectionAsync);
    }

    [Fact]
    public async Task A_burst_of_10000_events_is_delivered_completely_and_in_order()
    {
        await using var bot = await StartAsync();
        await bot.Next<GuildAvailable>();
        await bot.Emulator.BurstAsync(10_000);
        var ids = await bot.Messages(10_000);
        Assert.Equal(10_000, ids.Distinct().Count());
        // Heartbeats kept flowing: the emulator never closed the connection for a missed beat.
        Assert.Equal(1, bot.Emulator.ConnectionCount);
    }
}
