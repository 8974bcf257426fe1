using System.Globalization;
using System.Runtime.InteropServices;

namespace GameTime.DiscordEmulator;

/// <summary>`dotnet run --project tests/DiscordEmulator -- [--port N] [--heartbeat-ms N]`: the demo community until Ctrl+C.</summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        int port = 0;
        var options = new EmulatorOptions();
        for (int i = 0; i < args.Length; i++)
        {
            string? value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--port" when int.TryParse(value, CultureInfo.InvariantCulture, out int p) && p is >= 0 and <= 65535:
                    port = p;
                    i++;
                    break;
                case "--heartbeat-ms" when int.TryParse(value, CultureInfo.InvariantCulture, out int ms) && ms > 0:
                    options = options with { HeartbeatIntervalMs = ms };
                    i++;
                    break;
                default:
                    await Console.Error.WriteLineAsync("usage: DiscordEmulator [--port N] [--heartbeat-ms N]").ConfigureAwait(false);
                    return 2;
            }
        }

        var stop = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => { context.Cancel = true; stop.TrySetResult(); });
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => { context.Cancel = true; stop.TrySetResult(); });

        await using var emulator = await DiscordEmulator.StartAsync(options, port, CancellationToken.None).ConfigureAwait(false);
        var guild = DemoCommunity.Seed(emulator);
        Console.WriteLine($"Discord emulator listening (guild \"{guild.Name}\" {guild.Id}, {guild.Members.Count} members)");
        Console.WriteLine($"DISCORD_API_BASE={emulator.ApiBase}");
        Console.WriteLine($"DISCORD_TOKEN={emulator.Options.BotToken}");
        Console.WriteLine($"gateway: {emulator.GatewayUrl}?v=10&encoding=json[&compress=zlib-stream]");
        Console.WriteLine("Ctrl+C to stop.");
        await stop.Task.ConfigureAwait(false);
        return 0;
    }
}
