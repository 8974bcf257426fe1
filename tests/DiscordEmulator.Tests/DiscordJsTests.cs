using System.ComponentModel;
using System.Diagnostics;
using System.Threading.Channels;

namespace GameTime.DiscordEmulator.Tests;

/// <summary>
/// The emulator against discord.js (tests/discordjs/check-emulator.mjs), a client nobody here wrote: it must log in
/// through GET /gateway/bot, become ready with the guild cached, resume after op 7 and receive a message.
/// </summary>
public sealed class DiscordJsTests
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Discord_js_logs_in_resumes_after_op_7_and_receives_a_message()
    {
        string root = RepoRoot();
        string folder = Path.Combine(root, "tests", "discordjs");
        Assert.True(Directory.Exists(Path.Combine(folder, "node_modules", "discord.js")),
            $"discord.js is not installed in {folder}: run `npm ci --prefix tests/discordjs` in the repository root first.");
        await using var emulator = await Emulators.SeededAsync();
        using var node = StartNode(Path.Combine(folder, "check-emulator.mjs"), emulator);
        var lines = Channel.CreateUnbounded<string>();
        var output = new List<string>();
        node.OutputDataReceived += (_, e) => { if (e.Data is { } line) { lock (output) { output.Add(line); } lines.Writer.TryWrite(line); } };
        node.ErrorDataReceived += (_, e) => { if (e.Data is { } line) { lock (output) { output.Add("stderr: " + line); } } };
        node.BeginOutputReadLine();
        node.BeginErrorReadLine();
        try
        {
            Assert.Equal($"READY guilds=1 members=26", await NextLineAsync(lines, output, "READY"));
            await emulator.WaitForReadyAsync(StepTimeout);

            await emulator.SendReconnectAsync();
            await emulator.WaitForReadyAsync(StepTimeout);   // RESUMED went out
            Assert.StartsWith("RESUMED replayed=", await NextLineAsync(lines, output, "RESUMED"), StringComparison.Ordinal);
            Assert.Equal(1, emulator.ResumeCount);
            Assert.Equal(1, emulator.IdentifyCount);
            Assert.Equal(2, emulator.ConnectionCount);

            await emulator.MessageCreateAsync(Emulators.Guild, Emulators.General, Emulators.Zoe, "Ranked tonight? 🎮");
            Assert.Equal("MESSAGE zoé.lefèvre: Ranked tonight? 🎮", await NextLineAsync(lines, output, "MESSAGE"));

            using var exit = new CancellationTokenSource(StepTimeout);
            await node.WaitForExitAsync(exit.Token);
            Assert.True(node.ExitCode == 0, $"check-emulator.mjs exited {node.ExitCode}:\n{Transcript(output)}");
            // discord.js closes its first socket with 4200 to resume, and its last with 1000 on destroy.
            Assert.Equal(4200, await emulator.WaitForCloseAsync(StepTimeout));
            Assert.Equal(1000, await emulator.WaitForCloseAsync(StepTimeout));
        }
        finally
        {
            if (!node.HasExited)
            {
                node.Kill(entireProcessTree: true);
            }
        }
    }

    private static Process StartNode(string script, DiscordEmulator emulator)
    {
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(emulator.ApiBase.ToString());
        start.ArgumentList.Add(emulator.Options.BotToken);
        start.Environment["CHECK_TIMEOUT_MS"] = ((int)(StepTimeout.TotalMilliseconds * 2)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException("This test needs Node.js (`node` on PATH) to run discord.js.", e);
        }
    }

    private static async Task<string> NextLineAsync(Channel<string> lines, List<string> output, string prefix)
    {
        using var timeout = new CancellationTokenSource(StepTimeout);
        try
        {
            while (true)
            {
                string line = await lines.Reader.ReadAsync(timeout.Token);
                if (line.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return line;
                }
                if (line.StartsWith("FAIL", StringComparison.Ordinal))
                {
                    Assert.Fail($"discord.js failed before {prefix}:\n{Transcript(output)}");
                }
            }
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"discord.js printed no {prefix} line within {StepTimeout.TotalSeconds} s:\n{Transcript(output)}");
            throw;
        }
    }

    private static string Transcript(List<string> output)
    {
        lock (output)
        {
            return string.Join('\n', output);
        }
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GameTime.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"No GameTime.sln above {AppContext.BaseDirectory}.");
    }
}
