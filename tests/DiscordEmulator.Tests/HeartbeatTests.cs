namespace GameTime.DiscordEmulator.Tests;

public sealed class HeartbeatTests
{
    [Fact]
    public async Task With_AckHeartbeats_off_heartbeats_go_unanswered()
    {
        await using var emulator = await Emulators.SeededAsync();
        await using var client = await GatewayTestClient.HelloAsync(emulator);
        await client.IdentifyAsync();
        emulator.AckHeartbeats = false;

        await client.HeartbeatAsync(2);
        await emulator.WaitForFrameAsync(f => f.Op == 1, GatewayTestClient.Timeout);
        await emulator.MessageCreateAsync(Emulators.Guild, Emulators.General, Emulators.Ash, "marker");

        Assert.Equal(0, (int)(await client.NextAsync())["op"]!);   // the marker, not an ACK
        emulator.AckHeartbeats = true;
        await client.HeartbeatAsync(3);
        Assert.Equal(11, (int)(await client.NextAsync())["op"]!);
    }

    [Fact]
    public async Task RequestHeartbeat_sends_op_1_with_all_four_keys()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        await using var client = await GatewayTestClient.HelloAsync(emulator);

        await emulator.RequestHeartbeatAsync();

        Assert.Equal("{\"t\":null,\"s\":null,\"op\":1,\"d\":null}", (await client.NextAsync()).ToJsonString());
    }

    [Fact]
    public async Task Received_records_every_client_frame_with_its_connection_and_op()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        await using var first = await GatewayTestClient.HelloAsync(emulator);
        await using var second = await GatewayTestClient.HelloAsync(emulator);

        await first.HeartbeatAsync();
        await first.NextAsync();
        await second.SendAsync("{\"op\":1,\"d\":7}");
        var frame = await emulator.WaitForFrameAsync(f => f.ConnectionId == 2, GatewayTestClient.Timeout);

        Assert.Equal("{\"op\":1,\"d\":7}", frame.Json);
        Assert.Equal([(1, 1), (2, 1)], emulator.Received.Select(f => (f.ConnectionId, f.Op)));
        var timeout = await Assert.ThrowsAsync<TimeoutException>(() => emulator.WaitForFrameAsync(f => f.Op == 2, TimeSpan.FromMilliseconds(50)));
        Assert.Contains("f => f.Op == 2", timeout.Message, StringComparison.Ordinal);
    }
}
