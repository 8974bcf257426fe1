using System.Text.Json;
using GameTime.Gateway;
using GameTime.Gateway.Protocol;

namespace GameTime.Tests.Gateway;

public class OutboundFramesTests
{
    private static JsonElement Parse(byte[] frame) => JsonDocument.Parse(frame).RootElement;

    private static IEnumerable<string> Keys(JsonElement e) => e.EnumerateObject().Select(p => p.Name).Order();

    [Fact]
    public void Identify_has_the_fields_of_the_documented_example()
    {
        var options = new GatewayOptions { Token = "a.b.c" };
        var identify = Parse(OutboundFrames.Identify(options, 0, 1));
        var example = JsonDocument.Parse(Fixtures.Text("discord/gateway/identify_full.json")).RootElement;

        Assert.Equal(2, identify.GetProperty("op").GetInt32());
        var d = identify.GetProperty("d");
        Assert.Equal(Keys(example.GetProperty("d")).Except(["presence"]), Keys(d));
        Assert.Equal(Keys(example.GetProperty("d").GetProperty("properties")), Keys(d.GetProperty("properties")));
        Assert.Equal("a.b.c", d.GetProperty("token").GetString());
        Assert.Equal((int)GatewayIntents.GameTime, d.GetProperty("intents").GetInt32());
        Assert.Equal(34691 | 4096 | 8, d.GetProperty("intents").GetInt32()); // the spec's bitfield plus DMs and GUILD_EXPRESSIONS (rank emoji)
        Assert.False(d.GetProperty("compress").GetBoolean()); // never with zlib-stream
        Assert.Equal([0, 1], d.GetProperty("shard").EnumerateArray().Select(x => x.GetInt32()));
    }

    [Fact]
    public void Heartbeat_carries_the_last_sequence_or_null()
    {
        Assert.Equal("""{"op":1,"d":null}""", System.Text.Encoding.UTF8.GetString(OutboundFrames.Heartbeat(null)));
        Assert.Equal("""{"op":1,"d":251}""", System.Text.Encoding.UTF8.GetString(OutboundFrames.Heartbeat(251)));
    }

    [Fact]
    public void Resume_and_voice_state_match_the_fixtures()
    {
        var resume = Parse(OutboundFrames.Resume("a.b.c", "abc123", 1337));
        Assert.Equal(Keys(JsonDocument.Parse(Fixtures.Text("discord/gateway/resume.json")).RootElement.GetProperty("d")), Keys(resume.GetProperty("d")));

        var join = Parse(OutboundFrames.VoiceStateUpdate(41771983423143937, 127121515262115840, false, true));
        var fixture = JsonDocument.Parse(Fixtures.Text("discord/gateway/update_voice_state.json")).RootElement;
        Assert.Equal(Keys(fixture.GetProperty("d")), Keys(join.GetProperty("d")));
        Assert.Equal("127121515262115840", join.GetProperty("d").GetProperty("channel_id").GetString());

        var leave = Parse(OutboundFrames.VoiceStateUpdate(41771983423143937, null, false, false));
        Assert.Equal(JsonValueKind.Null, leave.GetProperty("d").GetProperty("channel_id").ValueKind);
    }

    [Fact]
    public void Request_members_checks_its_limits()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => OutboundFrames.RequestGuildMembers(1, [], false, null));
        Assert.Throws<ArgumentOutOfRangeException>(() => OutboundFrames.RequestGuildMembers(1, Enumerable.Range(1, 101).Select(i => (ulong)i).ToArray(), false, null));
        Assert.Throws<ArgumentOutOfRangeException>(() => OutboundFrames.RequestGuildMembers(1, [5], false, new string('n', 33)));
        var ok = Parse(OutboundFrames.RequestGuildMembers(1, [5, 6], true, "n1"));
        Assert.Equal(8, ok.GetProperty("op").GetInt32());
        Assert.Equal(["5", "6"], ok.GetProperty("d").GetProperty("user_ids").EnumerateArray().Select(x => x.GetString()));
    }

    [Theory]
    [InlineData(4000, Reconnect.Resume)]
    [InlineData(4001, Reconnect.Resume)]
    [InlineData(4002, Reconnect.Resume)]
    [InlineData(4003, Reconnect.Identify)]
    [InlineData(4004, Reconnect.Stop)]
    [InlineData(4005, Reconnect.Resume)]
    [InlineData(4007, Reconnect.Identify)]
    [InlineData(4008, Reconnect.Resume)]
    [InlineData(4009, Reconnect.Identify)]
    [InlineData(4010, Reconnect.Stop)]
    [InlineData(4011, Reconnect.Stop)]
    [InlineData(4012, Reconnect.Stop)]
    [InlineData(4013, Reconnect.Stop)]
    [InlineData(4014, Reconnect.Stop)]
    [InlineData(1000, Reconnect.Resume)]
    [InlineData(1006, Reconnect.Resume)]
    [InlineData(null, Reconnect.Resume)]
    public void Close_codes_map_to_the_spec_action(int? code, Reconnect action) => Assert.Equal(action, CloseCodes.ActionFor(code));
}
