using System.Buffers;
using System.IO.Compression;
using System.Text;
using GameTime.Gateway.Transport;

namespace GameTime.Tests.Gateway;

public class ZlibStreamInflaterTests
{
    /// <summary>Compresses payloads the way the gateway does: one zlib stream, a sync flush after each.</summary>
    private static List<byte[]> Compress(params string[] payloads)
    {
        var output = new MemoryStream();
        using var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true);
        var messages = new List<byte[]>();
        foreach (var payload in payloads)
        {
            long start = output.Length;
            zlib.Write(Encoding.UTF8.GetBytes(payload));
            zlib.Flush();
            messages.Add(output.ToArray()[(int)start..]);
        }
        return messages;
    }

    private static string? Feed(ZlibStreamInflater inflater, byte[] message)
    {
        var output = new ArrayBufferWriter<byte>();
        return inflater.TryInflate(message, output) ? Encoding.UTF8.GetString(output.WrittenSpan) : null;
    }

    [Fact]
    public void Every_payload_of_one_stream_inflates_with_one_context()
    {
        string[] payloads = [Fixtures.Text("discord/gateway/hello.json"), Fixtures.Text("discord/gateway/ready.json"), "{\"op\":11,\"d\":null}"];
        var messages = Compress(payloads);
        Assert.Equal([0x78], messages[0][..1]);
        Assert.All(messages, m => Assert.Equal(new byte[] { 0, 0, 0xFF, 0xFF }, m[^4..]));

        using var inflater = new ZlibStreamInflater(1 << 20);
        Assert.Equal(payloads, messages.Select(m => Feed(inflater, m)));
    }

    [Fact]
    public void A_payload_split_across_messages_is_inflated_when_its_flush_arrives()
    {
        var message = Compress(Fixtures.Text("discord/gateway/guild_create.json"))[0];
        using var inflater = new ZlibStreamInflater(1 << 20);
        int cut = message.Length / 3;

        Assert.Null(Feed(inflater, message[..cut]));
        Assert.Null(Feed(inflater, message[cut..(2 * cut)]));
        Assert.Equal(Fixtures.Text("discord/gateway/guild_create.json"), Feed(inflater, message[(2 * cut)..]));
    }

    [Fact]
    public void Messages_that_join_two_payloads_give_both_once_a_flush_ends_the_bytes()
    {
        var messages = Compress("{\"op\":1,\"d\":5}", "{\"op\":11,\"d\":null}");
        var joined = messages[0].Concat(messages[1][..3]).ToArray();
        using var inflater = new ZlibStreamInflater(1 << 20);

        // The joined message does not end with a flush, so nothing is inflated yet ...
        Assert.Null(Feed(inflater, joined));
        // ... and the rest completes both payloads, back to back.
        Assert.Equal("{\"op\":1,\"d\":5}{\"op\":11,\"d\":null}", Feed(inflater, messages[1][3..]));
    }

    [Fact]
    public void A_corrupt_stream_throws_invalid_data()
    {
        var message = Compress("{\"op\":10,\"d\":{\"heartbeat_interval\":41250}}")[0];
        message[0] = 0x00; // not a zlib header: (0x00 << 8 | 0x9C) % 31 != 0
        using var inflater = new ZlibStreamInflater(1 << 20);
        Assert.Throws<InvalidDataException>(() => Feed(inflater, message));
    }

    [Fact]
    public void A_payload_over_the_limit_is_refused()
    {
        var big = "{\"op\":0,\"d\":\"" + new string('x', 10_000) + "\"}";
        using var inflater = new ZlibStreamInflater(4096);
        Assert.Throws<InvalidDataException>(() => Feed(inflater, Compress(big)[0]));
    }
}
