using System.Collections.Concurrent;
using System.Diagnostics;

namespace GameTime.Scene;

/// <summary>The real `gametime run` (or another verb), started against the emulator, its log lines echoed and searchable.</summary>
public sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly SemaphoreSlim _lineArrived = new(0);
    private readonly TextWriter _echo;
    private int _searchedUpTo;

    private BotProcess(Process process, TextWriter echo)
    {
        _process = process;
        _echo = echo;
    }

    /// <summary>Starts <paramref name="bot"/> (a native binary, or a gametime.dll run with dotnet) with `run` or the given verb.</summary>
    public static BotProcess Start(string bot, IReadOnlyDictionary<string, string> environment, string workingDirectory, TextWriter echo,
        params string[] verb)
    {
        var start = bot.EndsWith(".dll", StringComparison.Ordinal) ? new ProcessStartInfo("dotnet") : new ProcessStartInfo(bot);
        if (bot.EndsWith(".dll", StringComparison.Ordinal)) start.ArgumentList.Add(bot);
        foreach (var arg in verb.Length == 0 ? ["run"] : verb) start.ArgumentList.Add(arg);
        start.WorkingDirectory = workingDirectory;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        foreach (var name in new[] { "ENV", "BOT_TOKEN", "BOT_TOKEN_DEV", "DATABASE_PATH", "DISCORD_API_BASE", "LOG_LEVEL", "JOURNAL_STREAM" })
            start.Environment.Remove(name);
        foreach (var (key, value) in environment) start.Environment[key] = value;

        var process = new Process { StartInfo = start };
        var bot_ = new BotProcess(process, echo);
        process.OutputDataReceived += (_, e) => bot_.Line(e.Data);
        process.ErrorDataReceived += (_, e) => bot_.Line(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return bot_;
    }

    public IReadOnlyCollection<string> Lines => _lines;

    private void Line(string? line)
    {
        if (line is null) return;
        _lines.Enqueue(line);
        _echo.WriteLine($"   bot │ {line}");
        _lineArrived.Release();
    }

    /// <summary>Waits for a log line (after the last one found) containing <paramref name="text"/>.</summary>
    public async Task<string> WaitForLineAsync(string text, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var lines = _lines.ToArray();
            for (int i = _searchedUpTo; i < lines.Length; i++)
            {
                if (lines[i].Contains(text, StringComparison.Ordinal))
                {
                    _searchedUpTo = i + 1;
                    return lines[i];
                }
            }
            if (_process.HasExited && _lines.Count == lines.Length)
                throw new InvalidOperationException($"the bot exited with code {_process.ExitCode} before logging \"{text}\"");
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || !await _lineArrived.WaitAsync(left))
                throw new TimeoutException($"the bot did not log \"{text}\" within {timeout}");
        }
    }

    /// <summary>Waits for a verb that ends by itself (admin, migrate) and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var wait = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(wait.Token);
        return _process.ExitCode;
    }

    /// <summary>SIGTERM, as systemd stops it; returns the exit code.</summary>
    public async Task<int> StopAsync(TimeSpan timeout)
    {
        if (!_process.HasExited)
        {
            using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            await kill.WaitForExitAsync();
        }
        using var wait = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(wait.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        _lineArrived.Dispose();
    }
}
