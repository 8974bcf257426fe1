using System.IO.Compression;

namespace GameTime.DiscordEmulator.Tests;

/// <summary>Transport compression (zlib-stream) and payload compression, as spec 1.3 describes them.</summary>
public sealed class CompressionTests
{
    private const string ZlibQuery = "v=10&encoding=json&compress=zlib-stream";

    [Fact]
    public async Task Zlib_stream_sends_binary_messages_that_each_end_with_a_sync_flush_and_share_one_context()
    {
        await using var emulator = await Emulators.SeededAsync();
        await using var client = await GatewayTestClient.HelloAsync(emulator, ZlibQuery);
        await client.IdentifyAsync();
        await client.HeartbeatAsync();
        await client.NextAsync();

        var messages = Snapshot(client);
        Assert.Equal(4, messages.Count);   // HELLO, READY, GUILD_CREATE, ACK
        Assert.All(messages, m => Assert.True(m.Binary));
        Assert.All(messages, m => Assert.True(ZlibStreamInflater.EndsWithSyncFlush(m.Bytes), "every payload ends with 00 00 FF FF"));
        Assert.Equal([0x78, 0x9C], messages[0].Bytes[..2]);   // the zlib header, once, at the start of the stream
        Assert.NotEqual([0x78, 0x9C], messages[1].Bytes[..2]);
        // Only the shared context can read a later message: on its own it is not a zlib stream.
        Assert.ThrowsAny<InvalidDataException>(() => InflateAlone(messages[3].Bytes));
    }

    [Fact]
    public async Task A_new_connection_starts_a_new_zlib_stream()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        await using var first = await GatewayTestClient.HelloAsync(emulator, ZlibQuery);
        await using var second = await GatewayTestClient.HelloAsync(emulator, ZlibQuery);

        Assert.Equal([0x78, 0x9C], Snapshot(second)[0].Bytes[..2]);
        Assert.Equal(Snapshot(first)[0].Bytes, Snapshot(second)[0].Bytes);
    }

    [Fact]
    public async Task SplitPayloads_sends_every_payload_as_two_messages_only_the_second_ending_the_flush()
    {
        await using var emulator = await Emulators.SeededAsync(new EmulatorOptions { SplitPayloads = true });
        await using var client = await GatewayTestClient.HelloAsync(emulator, ZlibQuery);
        var (ready, guilds) = await client.IdentifyAsync();

        var messages = Snapshot(client);
        Assert.Equal(6, messages.Count);   // HELLO, READY, GUILD_CREATE in two halves each
        for (int i = 0; i < messages.Count; i += 2)
        {
            Assert.False(ZlibStreamInflater.EndsWithSyncFlush(messages[i].Bytes));
            Assert.True(ZlibStreamInflater.EndsWithSyncFlush(messages[i + 1].Bytes));
        }
        Assert.Equal("Siege Squad", (string)Assert.Single(guilds)["name"]!);
        Assert.NotNull(ready["session_id"]);
    }

    [Fact]
    public async Task JoinPayloads_sends_the_tail_of_one_payload_with_the_next_and_every_payload_still_arrives()
    {
        await using var emulator = await Emulators.SeededAsync(new EmulatorOptions { JoinPayloads = true });
        await using var client = await GatewayTestClient.HelloAsync(emulator, ZlibQuery);
        await client.IdentifyAsync();
        await emulator.BurstAsync(5);
        for (int i = 1; i <= 5; i++)
        {
            Assert.Equal($"burst message {i}", (string)(await client.NextDispatchAsync("MESSAGE_CREATE"))["d"]!["content"]!);
        }

        var messages = Snapshot(client);
        // A held-back payload end travels with the whole next payload: that message holds a flush marker inside and
        // one at its end, and the message before it ended mid-payload.
        int joined = messages.FindIndex(m => InnerSyncFlush(m.Bytes) && ZlibStreamInflater.EndsWithSyncFlush(m.Bytes));
        Assert.True(joined > 0, "no message carried the tail of one payload and the next payload");
        Assert.False(ZlibStreamInflater.EndsWithSyncFlush(messages[joined - 1].Bytes));
        Assert.True(ZlibStreamInflater.EndsWithSyncFlush(messages[^1].Bytes));
    }

    private static bool InnerSyncFlush(byte[] bytes) =>
        bytes.AsSpan(0, bytes.Length - 4).IndexOf((ReadOnlySpan<byte>)[0x00, 0x00, 0xFF, 0xFF]) >= 0;

    [Fact]
    public async Task A_corrupt_frame_breaks_the_clients_zlib_stream()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        await using var client = await GatewayTestClient.HelloAsync(emulator, ZlibQuery);

        await emulator.SendCorruptFrameAsync();

        var (code, reason) = await client.ClosedAsync();   // the test client's inflater throws and it gives up
        Assert.Equal(-1, code);
        Assert.StartsWith(nameof(InvalidDataException), reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_compression_frames_are_text()
    {
        await using var emulator = await Emulators.SeededAsync();
        await using var client = await GatewayTestClient.HelloAsync(emulator);
        await client.IdentifyAsync();

        Assert.All(Snapshot(client), m => Assert.False(m.Binary));
    }

    [Fact]
    public async Task Identify_compress_true_sends_large_dispatches_as_standalone_zlib_payloads()
    {
        await using var emulator = await Emulators.SeededAsync();
        await using var client = await GatewayTestClient.HelloAsync(emulator);
        var (_, guilds) = await client.IdentifyAsync(Intent.All, new() { ["compress"] = true });
        await client.HeartbeatAsync();
        await client.NextAsync();

        var messages = Snapshot(client);
        Assert.False(messages[0].Binary);   // HELLO comes before identify
        Assert.True(messages[2].Binary);    // GUILD_CREATE is large
        Assert.Contains("\"GUILD_CREATE\"", InflateAlone(messages[2].Bytes), StringComparison.Ordinal);
        Assert.False(messages[^1].Binary);  // the ACK is small
        Assert.Equal("Siege Squad", (string)Assert.Single(guilds)["name"]!);
    }

    private static List<(byte[] Bytes, bool Binary)> Snapshot(GatewayTestClient client)
    {
        lock (client.Messages)
        {
            return [.. client.Messages];
        }
    }

    private static string InflateAlone(byte[] bytes)
    {
        using var z = new ZLibStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var reader = new StreamReader(z);
        return reader.ReadToEnd();
    }
}
