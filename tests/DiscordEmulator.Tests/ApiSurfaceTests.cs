namespace GameTime.DiscordEmulator.Tests;

/// <summary>The agreed public surface, by signature, so client tests written against it keep compiling.</summary>
public sealed class ApiSurfaceTests
{
    [Fact]
    public void Options_default_to_real_Discord_values()
    {
        var options = new EmulatorOptions();

        Assert.Equal("MTIzNDU2Nzg5MDEyMzQ1Njc4.GEmuLa.dGhpcy1pcy1hLWZha2UtZW11bGF0b3ItdG9rZW4", options.BotToken);
        Assert.Equal(3, options.BotToken.Split('.').Length);
        Assert.Equal(1234567890123456789UL, options.ApplicationId);
        Assert.Equal("GameTime", options.BotUsername);
        Assert.Equal(111111111111111111UL, options.OwnerId);
        Assert.Equal(41250, options.HeartbeatIntervalMs);
        Assert.Equal(2 | 256 | 32768, options.PrivilegedIntentsEnabled);
        Assert.Equal((1000, 1000, 1, 1), (options.SessionStartTotal, options.SessionStartRemaining, options.MaxConcurrency, options.RecommendedShards));
        Assert.False(options.SplitPayloads);
        Assert.False(options.JoinPayloads);
        Assert.Equal(TimeSpan.FromMinutes(2), options.ResumeWindow);
        Assert.Equal(TimeSpan.FromSeconds(5), options.IdentifyWindow);
        Assert.Equal(TimeSpan.FromSeconds(30), options.RequestAllMembersWindow);
        Assert.Equal(120, options.SendLimitPerMinute);
    }

    [Fact]
    public async Task Every_agreed_member_binds_with_its_agreed_signature()
    {
        Func<EmulatorOptions?, CancellationToken, Task<DiscordEmulator>> start = DiscordEmulator.StartAsync;
        await using IAsyncDisposable disposable = await start(null, CancellationToken.None);
        var emulator = (DiscordEmulator)disposable;

        EmulatorOptions options = emulator.Options;
        Uri api = emulator.ApiBase, gateway = emulator.GatewayUrl;
        Func<ulong, string, EmulatedGuild> addGuild = emulator.AddGuild;
        Func<ulong, EmulatedGuild> guild = emulator.Guild;
        Func<ulong, ulong, ulong, Task> voiceJoin = emulator.VoiceJoinAsync, voiceMove = emulator.VoiceMoveAsync;
        Func<ulong, ulong, Task> voiceLeave = emulator.VoiceLeaveAsync, memberRemove = emulator.MemberRemoveAsync;
        Func<ulong, ulong, string, EmulatedActivity[], Task> presence = emulator.SetPresenceAsync;
        Func<ulong, EmulatedMember, Task> memberAdd = emulator.MemberAddAsync;
        Func<ulong, ulong, ulong, string, Task<ulong>> messageCreate = emulator.MessageCreateAsync;
        Func<ulong, ulong, ulong, ulong, string, Task> reactionAdd = emulator.ReactionAddAsync, reactionRemove = emulator.ReactionRemoveAsync;
        Func<string, string, ulong?, Task> dispatch = emulator.DispatchAsync;
        Func<int, string, Task> burst = emulator.BurstAsync, close = emulator.CloseAsync;
        Func<Task> drop = emulator.DropConnectionAsync, heartbeat = emulator.RequestHeartbeatAsync,
            reconnect = emulator.SendReconnectAsync, corrupt = emulator.SendCorruptFrameAsync;
        Func<bool, Task> invalidSession = emulator.SendInvalidSessionAsync;
        Action expire = emulator.ExpireSessions;
        IReadOnlyList<ClientFrame> received = emulator.Received;
        IReadOnlyList<(string SessionId, long Seq, string Event)> dispatched = emulator.Dispatched;
        int counts = emulator.IdentifyCount + emulator.ResumeCount + emulator.ConnectionCount;
        Func<TimeSpan, Task> waitReady = emulator.WaitForReadyAsync;
        Func<TimeSpan, Task<int>> waitClose = emulator.WaitForCloseAsync;
        // WaitForFrameAsync has one more, optional parameter (the caller's expression, for the timeout message).
        Func<Func<ClientFrame, bool>, TimeSpan, Task<ClientFrame>> waitFrame = (match, timeout) => emulator.WaitForFrameAsync(match, timeout);

        var g = addGuild(5, "g");
        Func<string, int, ulong?, ulong> addRole = g.AddRole;
        Func<string, ulong?, ulong> addText = g.AddTextChannel, addVoice = g.AddVoiceChannel;
        Func<EmulatedMember, EmulatedMember> addMember = g.AddMember;
        IReadOnlyCollection<EmulatedMember> members = g.Members;
        var member = new EmulatedMember(UserId: 7, Username: "u", GlobalName: null, Nick: null, Roles: null, Avatar: null, Bot: false);
        var activity = new EmulatedActivity(Name: "Rainbow Six Siege", Type: 0, Details: "RANKED match 2 of 9", State: null);
        var frame = new ClientFrame(ConnectionId: 1, Op: 1, Json: "{}", At: DateTimeOffset.UnixEpoch);
        emulator.AckHeartbeats = !emulator.AckHeartbeats;

        Assert.Equal(5UL, g.Id);
        Assert.Equal("g", g.Name);
        Assert.Same(g, guild(5));
        Assert.Equal(member, addMember(member));
        Assert.Equal(2, members.Count + 1);   // the bot is a member of every guild
        Assert.Equal(api.Port, gateway.Port);
        Assert.Equal(0, counts + received.Count + dispatched.Count);
        Assert.NotNull(new object[]
        {
            options, voiceJoin, voiceMove, voiceLeave, memberRemove, presence, memberAdd, messageCreate, reactionAdd, reactionRemove,
            dispatch, burst, close, drop, heartbeat, reconnect, corrupt, invalidSession, expire, waitReady, waitClose, waitFrame,
            addRole, addText, addVoice, activity, frame,
        });
    }

    [Fact]
    public async Task Api_base_and_gateway_url_have_the_agreed_shape()
    {
        await using var emulator = await DiscordEmulator.StartAsync();

        Assert.Matches(@"^http://127\.0\.0\.1:\d+/api$", emulator.ApiBase.ToString());
        Assert.Matches(@"^ws://127\.0\.0\.1:\d+/gateway$", emulator.GatewayUrl.ToString());
        Assert.NotEqual(0, emulator.ApiBase.Port);
    }
}
