using System.Text;
using GameTime.Gateway.Cache;
using GameTime.Gateway.Events;
using GameTime.Gateway.Protocol;
using GameTime.Gateway.Connection;
using Microsoft.Extensions.Logging.Abstractions;

namespace GameTime.Tests.Gateway;

public class GuildCacheTests
{
    private readonly GuildCache _cache = new();
    private readonly EventHub _events = new(NullLogger<EventHub>.Instance);
    private readonly List<object> _published = [];
    private readonly DispatchProcessor _processor;

    public GuildCacheTests()
    {
        _events.On<VoiceStateChanged>((e, _) => Record(e));
        _events.On<SiegePresenceChanged>((e, _) => Record(e));
        _events.On<MemberJoined>((e, _) => Record(e));
        _events.On<MemberLeft>((e, _) => Record(e));
        _events.On<ReactionChanged>((e, _) => Record(e));
        _processor = new DispatchProcessor(_cache, _events);
    }

    private Task Record(object e)
    {
        _published.Add(e);
        return Task.CompletedTask;
    }

    private async Task Apply(string fixture) => await Apply(Fixtures.Bytes(fixture));

    private async Task Apply(byte[] payload)
    {
        var frame = GatewayFrame.Read(payload, out _);
        _processor.Process(frame.Event, frame.Data(payload));
        using var drain = new CancellationTokenSource();
        var run = _events.RunAsync(drain.Token);
        await _events.DrainedAsync();
        await drain.CancelAsync();
        await run;
    }

    [Fact]
    public async Task Guild_create_fills_roles_channels_members_and_presences()
    {
        await Apply("discord/gateway/guild_create.json");
        const ulong guild = 999999999999999999;

        // The capture's ids were scrubbed to 999…, so count what is distinct.
        using var fixture = System.Text.Json.JsonDocument.Parse(Fixtures.Bytes("discord/gateway/guild_create.json"));
        int Distinct(string list) => fixture.RootElement.GetProperty("d").GetProperty(list).EnumerateArray()
            .Select(x => x.GetProperty("id").GetString()).Distinct().Count();
        Assert.Equal("none", _cache.GuildName(guild));
        Assert.Equal(Distinct("channels"), _cache.Channels(guild).Count);
        Assert.Equal(Distinct("roles"), _cache.Roles(guild).Count);
        Assert.True(_cache.MemberCount(guild) >= 1);
        Assert.True(_cache.TryGetMember(guild, 999999999999999999, out var member));
        Assert.Equal("68b329da9893e34099c7d8ad5cb9c940", member.AvatarHash);
        Assert.True(member.IsBot);
    }

    [Fact]
    public async Task Custom_emoji_come_from_guild_create_and_are_replaced_by_guild_emojis_update()
    {
        await Apply("discord/gateway/guild_create.json");
        const ulong guild = 999999999999999999;
        Assert.Equal("<:none:999999999999999999>", _cache.CustomEmoji(guild, "none"));   // the capture's one emoji
        Assert.Null(_cache.CustomEmoji(guild, "None"));                                  // names match exactly

        // The update carries the whole list: what it leaves out is gone; unavailable ones (boost lost) cannot be used.
        await Apply(Encoding.UTF8.GetBytes("""
            {"t":"GUILD_EMOJIS_UPDATE","s":3,"op":0,"d":{"guild_id":"999999999999999999","emojis":[
              {"id":"11","name":"Gold","animated":false,"available":true,"require_colons":true,"managed":false,"roles":[]},
              {"id":"12","name":"Champion","animated":true,"available":true},
              {"id":"13","name":"Silver","available":false},
              {"id":"14","name":"Gold","available":true}]}}
            """));
        Assert.Null(_cache.CustomEmoji(guild, "none"));
        Assert.Equal("<:Gold:11>", _cache.CustomEmoji(guild, "Gold"));
        Assert.Equal("<a:Champion:12>", _cache.CustomEmoji(guild, "Champion"));
        Assert.Null(_cache.CustomEmoji(guild, "Silver"));
    }

    [Fact]
    public async Task Members_join_change_and_leave()
    {
        await Apply("discord/gateway/guild_member_add.json");
        const ulong guild = 244567637332328449, user = 249608457672458240;
        Assert.True(_cache.TryGetMember(guild, user, out var added));
        Assert.Equal(("Oguri Cap", 0), (added.DisplayName, added.Roles.Count));

        await Apply("discord/gateway/guild_member_update.json");
        Assert.True(_cache.TryGetMember(guild, user, out var updated));
        Assert.Equal([280852787552845834UL], updated.Roles);

        var remove = Encoding.UTF8.GetBytes(
            """{"t":"GUILD_MEMBER_REMOVE","s":9,"op":0,"d":{"guild_id":""" + $"\"{guild}\",\"user\":{{\"id\":\"{user}\",\"username\":\"x\"}}}}}}");
        await Apply(remove);
        Assert.False(_cache.TryGetMember(guild, user, out _));
        Assert.Equal("Oguri Cap", Assert.IsType<MemberLeft>(_published[^1]).DisplayName);
    }

    [Fact]
    public async Task Voice_join_and_leave_are_tracked_and_published_once()
    {
        await Apply("discord/gateway/voice_state_update_join.json");
        var join = Assert.IsType<VoiceStateChanged>(Assert.Single(_published));
        Assert.Equal(("BobbyTables", (ulong?)null), (join.DisplayName, join.Before));
        Assert.NotNull(join.After);
        Assert.Equal(join.After, _cache.VoiceChannelOf(join.GuildId, join.UserId));

        await Apply("discord/gateway/voice_state_update_join.json"); // a repeat (mute toggle, replay) is not a move
        Assert.Single(_published);

        await Apply("discord/gateway/voice_state_update_leave.json");
        var leave = Assert.IsType<VoiceStateChanged>(_published[^1]);
        Assert.Equal((join.After, (ulong?)null), (leave.Before, leave.After));
        Assert.Null(_cache.VoiceChannelOf(join.GuildId, join.UserId));
    }

    private static byte[] Presence(string activitiesJson) => Encoding.UTF8.GetBytes(
        """{"t":"PRESENCE_UPDATE","s":3,"op":0,"d":{"user":{"id":"42"},"guild_id":"7","status":"online","activities":"""
        + activitiesJson + """,'client_status':{'desktop':'online'}}}""".Replace('\'', '"'));

    [Fact]
    public async Task Only_rainbow_six_presence_changes_are_published()
    {
        await Apply(Presence("""[{"type":2,"name":"Spotify","details":"Song"}]"""));
        Assert.Empty(_published);

        await Apply(Presence("""[{"type":2,"name":"Spotify","details":"Song"},{"type":0,"name":"Rainbow Six Siege","details":"in MENU","state":"Playing"}]"""));
        var menu = Assert.IsType<SiegePresenceChanged>(Assert.Single(_published));
        Assert.Equal("in MENU", menu.After?.Details);

        await Apply(Presence("""[{"type":2,"name":"Spotify","details":"Other song"},{"type":0,"name":"Rainbow Six Siege","details":"in MENU","state":"Playing"}]"""));
        Assert.Single(_published); // only Spotify changed

        await Apply(Presence("""[{"type":0,"name":"Tom Clancy's Rainbow Six Siege X","details":"RANKED match 2 of 9"}]"""));
        var ranked = Assert.IsType<SiegePresenceChanged>(_published[^1]);
        Assert.Equal(("in MENU", "RANKED match 2 of 9"), (ranked.Before?.Details, ranked.After?.Details));
        Assert.Equal("RANKED match 2 of 9", _cache.SiegePresence(7, 42)?.Details);

        await Apply(Presence("[]"));
        Assert.Null(Assert.IsType<SiegePresenceChanged>(_published[^1]).After);
    }

    [Fact]
    public async Task The_real_presence_fixture_with_a_custom_status_is_no_siege_presence()
    {
        await Apply("discord/gateway/presence_update.json");
        Assert.Empty(_published);
    }

    [Fact]
    public async Task Reactions_carry_the_emoji_and_whether_a_bot_reacted()
    {
        await Apply("discord/gateway/message_reaction_add.json");
        var reaction = Assert.IsType<ReactionChanged>(Assert.Single(_published));
        Assert.Equal((true, "👍", (ulong?)null, false), (reaction.Added, reaction.Emoji, reaction.EmojiId, reaction.UserIsBot));
    }

    [Fact]
    public void A_cached_member_costs_well_under_150_bytes_beyond_its_name()
    {
        const int count = 100_000;
        var names = Enumerable.Range(0, count).Select(i => $"Member number {i}").ToArray();
        ulong[][] roleSets = [[1, 2], [1, 3], [1, 2, 3], []];
        var avatar = "0123456789abcdef0123456789abcdef";

        long before = GC.GetTotalMemory(forceFullCollection: true);
        var table = new MemberTable();
        for (int i = 0; i < count; i++)
            table.Upsert((ulong)(1_000_000_000_000_000 + i), names[i], [.. roleSets[i % 4]], i % 2 == 0 ? avatar : null, isBot: false);
        table.TrimExcess();
        long after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(table);

        double perMember = (after - before) / (double)count;
        Assert.True(perMember < 150, $"{perMember:F1} bytes per member");
        Assert.True(table.TryGet(1_000_000_000_000_002, out var m));
        Assert.Equal(("Member number 2", avatar), (m.DisplayName, m.AvatarHash));
    }
}
