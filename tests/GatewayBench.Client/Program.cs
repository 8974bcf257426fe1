using System.Diagnostics;
using GameTime.App;
using GameTime.Gateway;
using GameTime.Gateway.Cache;
using GameTime.Gateway.Events;
using GameTime.Rest.Discord;
using Microsoft.Extensions.Logging.Abstractions;

// Connects GameTime's gateway client to the emulator named by BENCH_API_BASE / BENCH_TOKEN and reports on
// stdout, one line each, for the orchestrator (tests/GatewayBench) to read:
//   READY <ms since process start> <rss bytes>     once every guild is cached
//   COUNT <dispatches handled>                     whenever the orchestrator writes "count" on stdin: the last
//                                                  sequence read, less the events still queued for handlers
//   RSS <bytes>                                    on "rss"
// READY is reported when the gateway says every guild has loaded (GuildsLoaded: the client has compacted its heap by then,
// as in the bot); the RSS is read as it is, without another collection.
// It subscribes to messages and Siege presence like the features do, so each event goes through
// inflate + parse + cache + dispatch to a handler.
var apiBase = new Uri(Environment.GetEnvironmentVariable("BENCH_API_BASE") ?? throw new InvalidOperationException("BENCH_API_BASE"));
var token = Environment.GetEnvironmentVariable("BENCH_TOKEN") ?? throw new InvalidOperationException("BENCH_TOKEN");
int expectedGuilds = int.Parse(Environment.GetEnvironmentVariable("BENCH_GUILDS") ?? "1", System.Globalization.CultureInfo.InvariantCulture);

var cache = new GuildCache();
var hub = new EventHub(NullLogger<EventHub>.Instance);
hub.On<MessageReceived>((_, _) => Task.CompletedTask);
hub.On<SiegePresenceChanged>((_, _) => Task.CompletedTask);
var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
hub.On<GuildsLoaded>((e, _) =>
{
    if (e.GuildCount == expectedGuilds) ready.TrySetResult();
    return Task.CompletedTask;
});

using var rest = new DiscordRestClient(apiBase, token, "bench");
var client = new GatewayClient(new GatewayOptions { Token = token }, new RestGatewayInfoSource(rest), cache, hub, TimeProvider.System, NullLoggerFactory.Instance);
using var stop = new CancellationTokenSource();
var handlers = hub.RunAsync(stop.Token);
var running = client.RunAsync(stop.Token);

await ready.Task;
var sinceStart = DateTime.Now - Process.GetCurrentProcess().StartTime;
Console.WriteLine($"READY {sinceStart.TotalMilliseconds:F0} {Rss()} {cache.TotalMembers}");

string? command;
while ((command = Console.ReadLine()) is not null)
{
    switch (command.Trim())
    {
        case "count":
            Console.WriteLine($"COUNT {(client.LastSequence ?? 0) - hub.Backlog}");
            break;
        case "rss":
            GC.Collect();
            Console.WriteLine($"RSS {Rss()}");
            break;
        case "quit":
            await stop.CancelAsync();
            break;
    }
    if (stop.IsCancellationRequested) break;
}
await stop.CancelAsync();
await running;
await handlers;

static long Rss()
{
    foreach (var line in File.ReadLines("/proc/self/status"))
    {
        if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            return long.Parse(line[6..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) * 1024;
    }
    return 0;
}
