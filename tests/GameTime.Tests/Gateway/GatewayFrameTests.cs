using System.Text;
using System.Text.Json;
using GameTime.Gateway.Protocol;

namespace GameTime.Tests.Gateway;

public class GatewayFrameTests
{
    [Theory]
    [InlineData("discord/gateway/hello.json", 10, null, DispatchEvent.None)]
    [InlineData("discord/gateway/heartbeat_ack.json", 11, null, DispatchEvent.None)]
    [InlineData("discord/gateway/ready.json", 0, 1L, DispatchEvent.Ready)]
    [InlineData("discord/gateway/guild_create.json", 0, null, DispatchEvent.GuildCreate)]
    [InlineData("discord/gateway/presence_update.json", 0, 48L, DispatchEvent.PresenceUpdate)]
    [InlineData("discord/gateway/invalid_session.json", 9, null, DispatchEvent.None)]
    [InlineData("discord/gateway/reconnect.json", 7, null, DispatchEvent.None)]
    public void Reads_the_envelope_of_real_payloads(string fixture, int op, long? sequence, DispatchEvent dispatch)
    {
        var bytes = Fixtures.Bytes(fixture);
        var frame = GatewayFrame.Read(bytes, out int consumed);

        Assert.Equal(op, frame.Op);
        if (dispatch != DispatchEvent.GuildCreate) Assert.Equal(sequence, frame.Sequence);
        Assert.Equal(dispatch, frame.Event);
        // `d` is exactly the value in the payload.
        using var whole = JsonDocument.Parse(bytes);
        Assert.Equal(whole.RootElement.GetProperty("d").GetRawText(), Encoding.UTF8.GetString(frame.Data(bytes)));
        Assert.Equal(bytes.AsSpan().TrimEnd("\n "u8).Length, consumed);
    }

    [Fact]
    public void Unknown_events_and_extra_keys_are_tolerated()
    {
        var bytes = """{"t":"SOMETHING_NEW","s":7,"op":0,"d":{"x":[1,2,{"y":null}]},"_trace":["a"]}"""u8.ToArray();
        var frame = GatewayFrame.Read(bytes, out _);
        Assert.Equal((0, 7L, DispatchEvent.Unknown), (frame.Op, frame.Sequence, frame.Event));
    }

    [Fact]
    public void Back_to_back_payloads_are_read_one_at_a_time()
    {
        var bytes = """{"op":1,"d":5}{"op":11,"d":null}"""u8.ToArray();
        var first = GatewayFrame.Read(bytes, out int used);
        var second = GatewayFrame.Read(bytes.AsSpan(used), out _);
        Assert.Equal((1, 11), (first.Op, second.Op));
    }

    [Theory]
    [InlineData("""{"op":0,"d":{"a":""")]
    [InlineData("""[1,2,3]""")]
    [InlineData("""{"d":null}""")]
    [InlineData("""not json""")]
    public void Malformed_payloads_throw_json_exceptions(string text) =>
        Assert.ThrowsAny<JsonException>(() => GatewayFrame.Read(Encoding.UTF8.GetBytes(text), out _));

    [Fact]
    public void Event_names_map_both_ways()
    {
        foreach (var e in Enum.GetValues<DispatchEvent>().Where(e => e > DispatchEvent.Unknown))
            Assert.Equal(e, DispatchEvents.Parse(Encoding.ASCII.GetBytes(DispatchEvents.WireName(e))));
        Assert.Equal("GUILD_MEMBER_ADD", DispatchEvents.WireName(DispatchEvent.GuildMemberAdd));
        Assert.Equal("MESSAGE_REACTION_ADD", DispatchEvents.WireName(DispatchEvent.MessageReactionAdd));
    }
}
