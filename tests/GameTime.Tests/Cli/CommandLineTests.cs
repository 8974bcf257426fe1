using System.Diagnostics;
using GameTime.Tests.Configuration;

namespace GameTime.Tests.Cli;

/// <summary>Runs the real `gametime` program (JIT build) the way a moderator or systemd would.</summary>
public sealed class CommandLineTests : IDisposable
{
    private static readonly string[] OurVariables =
        ["ENV", "BOT_TOKEN", "BOT_TOKEN_DEV", "TRN_API_KEY", "GEMINI_API_KEY", "OPENAI_API_KEY", "DATABASE_PATH", "LOG_LEVEL",
         "DISCORD_API_BASE", "TRN_API_BASE", "GEMINI_API_BASE", "OPENAI_API_BASE", "JOURNAL_STREAM"];

    private readonly TempFolder _folder = new();

    // The App's own build output (same configuration as this test assembly), with its own runtimeconfig and
    // dependencies: the copy in the test folder is resolved against the test's frameworks, not the bot's.
    private static readonly string AppBuild = Path.Combine(Fixtures.RepoRoot, "src", "App", "bin",
        new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name, "net10.0", "gametime.dll");

    public void Dispose() => _folder.Dispose();

    private sealed record Result(int Code, string Out, string Err);

    private Result Gametime(string[] args, params (string Key, string Value)[] environment)
    {
        var dotnet = Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet";
        var start = new ProcessStartInfo(dotnet)
        {
            WorkingDirectory = _folder.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(AppBuild);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var name in OurVariables) start.Environment.Remove(name);
        foreach (var (key, value) in environment) start.Environment[key] = value;

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), "gametime did not exit");
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }

    [Theory]
    [InlineData(new string[0], "usage: gametime <verb>")]
    [InlineData(new[] { "bogus" }, "unknown verb 'bogus'")]
    [InlineData(new[] { "--frobnicate" }, "unknown option '--frobnicate'")]
    [InlineData(new[] { "check", "--fast" }, "gametime check takes no arguments (got '--fast')")]
    public void Unknown_verbs_and_options_print_usage_and_exit_2(string[] args, string message)
    {
        var result = Gametime(args);
        Assert.Equal(2, result.Code);
        Assert.StartsWith(message, result.Err);
        Assert.Contains("usage: gametime <verb>", result.Err);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void Help_prints_usage_and_succeeds() =>
        Assert.Equal((0, true), (Gametime(["--help"]).Code, Gametime(["help"]).Out.StartsWith("usage: gametime <verb>", StringComparison.Ordinal)));

    [Fact]
    public void Version_names_the_version_and_commit()
    {
        var result = Gametime(["version"]);
        Assert.Equal(0, result.Code);
        Assert.Matches(@"^gametime \d+\.\d+\.\d+ \(commit ([0-9a-f]{7,}|unknown), linux-", result.Out);
    }

    [Fact]
    public void Run_without_a_token_stops_with_one_line_naming_the_variable()
    {
        var result = Gametime(["run"]);
        Assert.Equal(2, result.Code);
        Assert.Equal("configuration error: BOT_TOKEN is not set (the bot's token, required when ENV=prod)" + Environment.NewLine, result.Err);
        Assert.False(File.Exists(_folder.File("gametime.db")), "nothing is created before the configuration is valid");
    }

    [Fact]
    public void A_dotenv_in_the_working_directory_is_read_and_its_secrets_never_echoed()
    {
        const string malformed = "this-token-is-wrong-and-secret";
        File.WriteAllLines(_folder.File(".env"), ["ENV=dev", $"BOT_TOKEN_DEV={malformed}"]);

        var result = Gametime(["run"]);

        Assert.Equal(2, result.Code);
        Assert.StartsWith("configuration error: BOT_TOKEN_DEV is malformed", result.Err);
        Assert.DoesNotContain(malformed, result.Out + result.Err);
    }

    [Fact]
    public void The_environment_wins_over_the_dotenv_file()
    {
        File.WriteAllLines(_folder.File(".env"), ["LOG_LEVEL=loud"]);
        Assert.Equal(2, Gametime(["migrate"]).Code);

        var result = Gametime(["migrate"], ("LOG_LEVEL", "debug"), ("BOT_TOKEN", BotConfigTests.Token));
        Assert.Equal(0, result.Code);
    }

    [Fact]
    public void Migrate_creates_the_database_then_reports_it_up_to_date()
    {
        var first = Gametime(["migrate"], ("DATABASE_PATH", "data.db"));
        Assert.Equal(0, first.Code);
        Assert.Contains("schema version 0 -> 1 (applied 0001_initial)", first.Out);
        Assert.True(File.Exists(_folder.File("data.db")));

        var second = Gametime(["migrate"], ("DATABASE_PATH", "data.db"));
        Assert.Equal((0, "data.db: schema version 1, up to date"), (second.Code, second.Out.Trim()));
    }

    [Fact]
    public void Admin_demo_data_fills_a_fresh_database_once_and_refuses_a_second_time()
    {
        var first = Gametime(["admin", "demo-data"], ("DATABASE_PATH", "demo.db"));
        Assert.Equal(0, first.Code);
        Assert.Contains("with 40 members", first.Out);

        var second = Gametime(["admin", "demo-data"], ("DATABASE_PATH", "demo.db"));
        Assert.Equal(1, second.Code);
        Assert.Contains("already has voice sessions", second.Err);
        Assert.Equal(2, Gametime(["admin", "nonsense"]).Code);
    }

    [Fact]
    public void Check_runs_as_a_program_and_exits_0()
    {
        var result = Gametime(["check"]);
        Assert.Equal(0, result.Code);
        Assert.Contains("check passed: 5 of 5 checks", result.Out);
    }
}
