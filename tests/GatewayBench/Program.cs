using System.Diagnostics;
using System.Globalization;
using GameTime.DiscordEmulator;
using GameTime.GatewayBench;

// Usage: GatewayBench <our AOT client binary> [<node script for discord.js>] [--events N]
// (tools/bench-gateway.sh publishes the client and runs this.)
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: GatewayBench <gametime bench client> [<discord.js bench script>] [--events N]");
    return 2;
}
string ours = args[0];
string? node = args.Length > 1 && !args[1].StartsWith("--", StringComparison.Ordinal) ? args[1] : null;
int events = args.SkipWhile(a => a != "--events").Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).FirstOrDefault(100_000);

var clients = new List<(string Name, string File, string[] Args)> { ("GameTime (AOT)", ours, []) };
if (node is not null) clients.Add(("discord.js 14", "node", ["--expose-gc", node]));

var results = new Dictionary<string, Dictionary<string, string>>();
foreach (var (name, file, clientArgs) in clients)
{
    var r = results[name] = [];
    await using var emulator = await DiscordEmulator.StartAsync(new EmulatorOptions());
    SeedGuilds(emulator, guilds: 1, membersEach: 200);
    await using (var client = await BenchClient.StartAsync(file, clientArgs, Env(emulator, guilds: 1)))
    {
        r["start to READY (200 members)"] = $"{client.ReadyMs:F0} ms";
        r["RSS after READY (200 members)"] = Mb(client.ReadyRss);
        // Warm-up: the emulator runs JIT-compiled in this process, so its first burst is slower than later ones; each client
        // gets a warm emulator (and warms itself) before anything is measured.
        foreach (var kind in new[] { "MESSAGE_CREATE", "PRESENCE_UPDATE" })
        {
            long before = await client.CountAsync();
            var warm = emulator.BurstAsync(Math.Min(events, 20_000), kind);
            await client.WaitForCountAsync(before + Math.Min(events, 20_000), Stopwatch.StartNew(), TimeSpan.FromMinutes(5));
            await warm;
        }
        foreach (var kind in new[] { "MESSAGE_CREATE", "PRESENCE_UPDATE" })
        {
            long before = await client.CountAsync();
            // Built, serialised and compressed before the clock starts: the emulator's own JSON and deflate work is not
            // what is measured, only delivery and the client's inflate + parse + dispatch.
            var burst = await emulator.PrepareBurstAsync(events, kind);
            double cpuBefore = client.CpuSeconds();
            var clock = Stopwatch.StartNew();
            var sending = burst.SendAsync();
            var took = await client.WaitForCountAsync(before + events, clock, TimeSpan.FromMinutes(5));
            await sending;
            double cpu = client.CpuSeconds() - cpuBefore;
            r[$"{kind} events/s ({events:N0})"] = $"{events / took.TotalSeconds:N0}";
            r[$"{kind} events per client CPU-second"] = $"{events / cpu:N0}";
        }
        r["RSS after the bursts"] = Mb(await client.RssAsync());
    }

    await using var big = await DiscordEmulator.StartAsync(new EmulatorOptions());
    SeedGuilds(big, guilds: 100, membersEach: 1000);
    await using (var client = await BenchClient.StartAsync(file, clientArgs, Env(big, guilds: 100)))
    {
        r["start to READY (100 × 1,000 members)"] = $"{client.ReadyMs:F0} ms";
        r["RSS with 100,000 members cached"] = Mb(client.ReadyRss);
        r["members cached"] = client.Members.ToString("N0", CultureInfo.InvariantCulture);
    }
}

var names = results.Keys.ToList();
var width = results.Values.SelectMany(r => r.Keys).Max(k => k.Length) + 2;
Console.WriteLine($"{"".PadRight(width)}{string.Join("", names.Select(n => n.PadLeft(18)))}");
foreach (var row in results[names[0]].Keys)
    Console.WriteLine($"{row.PadRight(width)}{string.Join("", names.Select(n => results[n].GetValueOrDefault(row, "-").PadLeft(18)))}");
if (names.Count == 2)
{
    foreach (var kind in new[] { "MESSAGE_CREATE", "PRESENCE_UPDATE" })
    {
        double Ratio(string key) =>
            double.Parse(results[names[0]][key], NumberStyles.Number, CultureInfo.InvariantCulture)
            / double.Parse(results[names[1]][key], NumberStyles.Number, CultureInfo.InvariantCulture);
        Console.WriteLine($"{kind}: GameTime handles {Ratio($"{kind} events/s ({events:N0})"):F2}x the events per second of discord.js "
            + $"(wall clock, both fed by the same emulator), {Ratio($"{kind} events per client CPU-second"):F2}x per CPU-second");
    }
}
return 0;

static Dictionary<string, string> Env(DiscordEmulator emulator, int guilds) => new()
{
    ["BENCH_API_BASE"] = emulator.ApiBase.ToString(),
    ["BENCH_TOKEN"] = emulator.Options.BotToken,
    ["BENCH_GUILDS"] = guilds.ToString(CultureInfo.InvariantCulture),
};

static string Mb(long bytes) => $"{bytes / 1048576.0:F1} MB";

static void SeedGuilds(DiscordEmulator emulator, int guilds, int membersEach)
{
    for (int g = 0; g < guilds; g++)
    {
        var guild = emulator.AddGuild(800000000000000000UL + (ulong)g * 100_000, $"Bench guild {g + 1}");
        guild.AddTextChannel("general");
        guild.AddVoiceChannel("Squad");
        var role = guild.AddRole("Member");
        for (int m = 0; m < membersEach; m++)
        {
            ulong id = 700000000000000000UL + (ulong)g * 100_000 + (ulong)m;
            guild.AddMember(new EmulatedMember(id, $"player{g}_{m}", $"Player {m} of {g}", Roles: [role],
                Avatar: m % 2 == 0 ? "0123456789abcdef0123456789abcdef" : null));
            // Online, so a large guild's GUILD_CREATE lists them (Discord leaves offline members out).
            _ = emulator.SetPresenceAsync(guild.Id, id, "online");
        }
    }
}
