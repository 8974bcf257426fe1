using System.Diagnostics;
using System.Globalization;

namespace GameTime.GatewayBench;

/// <summary>
/// A client process under measurement (ours, AOT; or discord.js under node), speaking a line protocol:
/// it prints "READY ms rss members" once its guilds are cached, and answers "count" with
/// "COUNT events" (events fully handled so far) and "rss" with "RSS bytes".
/// </summary>
public sealed class BenchClient : IAsyncDisposable
{
    private readonly Process _process;

    private BenchClient(Process process) => _process = process;

    public double ReadyMs { get; private set; }
    public long ReadyRss { get; private set; }
    public int Members { get; private set; }

    public static async Task<BenchClient> StartAsync(string file, IEnumerable<string> args, IReadOnlyDictionary<string, string> env)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = false };
        foreach (var a in args) start.ArgumentList.Add(a);
        foreach (var (k, v) in env) start.Environment[k] = v;
        var client = new BenchClient(Process.Start(start)!);
        var ready = (await client.ReadLineAsync("READY", TimeSpan.FromMinutes(3))).Split(' ');
        client.ReadyMs = double.Parse(ready[1], CultureInfo.InvariantCulture);
        client.ReadyRss = long.Parse(ready[2], CultureInfo.InvariantCulture);
        client.Members = int.Parse(ready[3], CultureInfo.InvariantCulture);
        return client;
    }

    /// <summary>
    /// CPU time the client process has used so far (user + system, from /proc; 10 ms resolution): the events it
    /// handles per CPU-second do not depend on how fast the emulator can produce them.
    /// </summary>
    public double CpuSeconds()
    {
        // /proc/<pid>/stat: "pid (comm) state ..."; utime and stime are fields 14 and 15, in clock ticks (100 per second on Linux).
        string stat = File.ReadAllText($"/proc/{_process.Id}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
    }

    public async Task<long> CountAsync()
    {
        await _process.StandardInput.WriteLineAsync("count");
        await _process.StandardInput.FlushAsync();
        return long.Parse((await ReadLineAsync("COUNT", TimeSpan.FromSeconds(30))).Split(' ')[1], CultureInfo.InvariantCulture);
    }

    public async Task<long> RssAsync()
    {
        await _process.StandardInput.WriteLineAsync("rss");
        await _process.StandardInput.FlushAsync();
        return long.Parse((await ReadLineAsync("RSS", TimeSpan.FromSeconds(30))).Split(' ')[1], CultureInfo.InvariantCulture);
    }

    /// <summary>Waits until <paramref name="target"/> events are handled; returns the time it took from <paramref name="since"/>.</summary>
    public async Task<TimeSpan> WaitForCountAsync(long target, Stopwatch since, TimeSpan timeout)
    {
        while (await CountAsync() < target)
        {
            if (since.Elapsed > timeout) throw new TimeoutException($"only {await CountAsync()} of {target} events handled in {timeout}");
            await Task.Delay(2);
        }
        return since.Elapsed;
    }

    private async Task<string> ReadLineAsync(string prefix, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        while (true)
        {
            var line = await _process.StandardOutput.ReadLineAsync(cancel.Token)
                ?? throw new InvalidOperationException($"the client exited (code {(_process.HasExited ? _process.ExitCode : -1)}) before {prefix}");
            if (line.StartsWith(prefix + " ", StringComparison.Ordinal)) return line;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _process.StandardInput.WriteLineAsync("quit");
            await _process.StandardInput.FlushAsync();
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _process.WaitForExitAsync(wait.Token);
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
        }
        _process.Dispose();
    }
}
