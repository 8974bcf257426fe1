using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using GameTime.DiscordEmulator;
using GameTime.Rest.Discord;
using GameTime.Scene;

// Usage: GameTime.CommandBench <gametime binary or gametime.dll> [--calls N]
// 1. Interaction latency: /gettimezones for a 25-member voice channel, each call by a different member (the command has a
//    per-member cooldown), one at a time; the time from the emulator dispatching INTERACTION_CREATE to the bot's
//    callback arriving (gateway send + inflate + parse + route + database + REST), as Discord would see it.
// 2. REST throughput of the bot's client (rate limiter included) against the emulator with its limits off.
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: GameTime.CommandBench <gametime binary or gametime.dll> [--calls N]");
    return 2;
}
string bot = Path.GetFullPath(args[0]);
int calls = args.SkipWhile(a => a != "--calls").Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).FirstOrDefault(500);
const int Warmup = 50, InVoice = 25;
var patience = TimeSpan.FromSeconds(20);

const ulong GuildId = 800000000000000001, General = 800000000000000010, Squad = 800000000000000020, FirstMember = 800000000000001000;
await using var emulator = await DiscordEmulator.StartAsync(new EmulatorOptions());
var guild = emulator.AddGuild(GuildId, "Bench Squad");
guild.AddTextChannel("general", General);
guild.AddVoiceChannel("Squad", Squad);
int members = InVoice + Warmup + calls;
for (int i = 0; i < members; i++)
    guild.AddMember(new EmulatedMember(FirstMember + (ulong)i, $"player{i}", $"Player {i}"));
for (int i = 0; i < InVoice; i++)
    _ = emulator.VoiceJoinAsync(GuildId, FirstMember + (ulong)i, Squad);

var data = Directory.CreateTempSubdirectory("gametime-bench-");
var environment = new Dictionary<string, string>
{
    ["ENV"] = "dev",
    ["BOT_TOKEN_DEV"] = emulator.Options.BotToken,
    ["DISCORD_API_BASE"] = emulator.ApiBase.ToString(),
    ["DATABASE_PATH"] = Path.Combine(data.FullName, "gametime.db"),
    ["LOG_LEVEL"] = "warn",
};
await using (var process = BotProcess.Start(bot, environment, data.FullName, TextWriter.Null))
{
    await emulator.WaitForReadyAsync(patience);
    await emulator.WaitForRequestAsync(r => r.Method == "PUT" && r.Path.EndsWith("/commands", StringComparison.Ordinal) && r.Status == 200, patience);

    string[] zones = ["America/Los_Angeles", "America/Chicago", "America/New_York", "Europe/London", "Europe/Paris", "Europe/Moscow"];
    for (int i = 0; i < InVoice; i++)
    {
        var set = await emulator.SlashCommandAsync(GuildId, General, FirstMember + (ulong)i, "setmytimezone",
            [new JsonObject { ["name"] = "timezone", ["type"] = 3, ["value"] = zones[i % zones.Length] }]);
        await set.WaitForCallbackAsync(patience);
    }

    var elapsed = new List<double>();
    for (int i = 0; i < Warmup + calls; i++)
    {
        var interaction = await emulator.SlashCommandAsync(GuildId, General, FirstMember + (ulong)(InVoice + i), "gettimezones",
            [new JsonObject { ["name"] = "voice_channel", ["type"] = 7, ["value"] = Squad.ToString(CultureInfo.InvariantCulture) }]);
        var callback = await interaction.WaitForCallbackAsync(patience);
        if (callback.Type != 4 || callback.Data?["embeds"]?[0]?["fields"] is not JsonArray { Count: > 0 })
            throw new InvalidOperationException($"unexpected answer: {callback.Body.ToJsonString()}");
        if (i >= Warmup) elapsed.Add(callback.Elapsed.TotalMilliseconds);
    }
    await process.StopAsync(patience);

    elapsed.Sort();
    double P(double q) => elapsed[Math.Min(elapsed.Count - 1, (int)Math.Ceiling(q * elapsed.Count) - 1)];
    Console.WriteLine($"/gettimezones, {InVoice} members in voice, {calls} calls after {Warmup} warm-up ({Path.GetFileName(bot)}):");
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"  INTERACTION_CREATE dispatched -> callback received: p50 {P(0.50):F2} ms, p90 {P(0.90):F2} ms, p99 {P(0.99):F2} ms, max {elapsed[^1]:F2} ms"));
}
data.Delete(recursive: true);

// REST: the same client the bot uses, its limiter on, against an emulator that never limits.
// (Its headers still announce a bucket, so the bucket is made large enough never to be the limit.)
await using var open = await DiscordEmulator.StartAsync(new EmulatorOptions
{
    RateLimitsEnabled = false,
    DefaultRouteLimit = new BucketLimit(1_000_000, TimeSpan.FromSeconds(1)),
});
open.AddGuild(GuildId, "Bench Squad").AddTextChannel("general", General);
foreach (var (label, perSecond, requests) in new[] { ("client global limit off", 1_000_000, 5000), ("client global limit 50/s (Discord's)", 50, 250) })
{
    using var rest = new DiscordRestClient(open.ApiBase, open.Options.BotToken, "bench", options: new DiscordRestOptions { GlobalRequestsPerSecond = perSecond });
    await rest.GetChannelAsync(General, CancellationToken.None); // connection warm-up
    var clock = Stopwatch.StartNew();
    int next = 0;
    await Task.WhenAll(Enumerable.Range(0, 16).Select(async _ =>
    {
        while (Interlocked.Increment(ref next) <= requests) await rest.GetChannelAsync(General, CancellationToken.None);
    }));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"REST GET /channels/{{id}} through the limiter, 16 in flight, {label}: {requests / clock.Elapsed.TotalSeconds:N0} requests/s"));
}
return 0;
