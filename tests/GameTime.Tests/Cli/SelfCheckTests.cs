using GameTime.App.Cli;
using GameTime.App.Configuration;

namespace GameTime.Tests.Cli;

public sealed class SelfCheckTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Check_passes_on_this_machine_and_says_what_it_checked()
    {
        var output = new StringWriter();
        var path = _folder.File("gametime.db");
        int code = new SelfCheck(output, TimeProvider.System)
            .Run(() => BotConfig.Load(new Dictionary<string, string> { ["DATABASE_PATH"] = path }));

        var text = output.ToString();
        Assert.Equal(ExitCode.Ok, code);
        foreach (var step in new[] { "configuration", "database", "fonts", "png", "timezones" })
            Assert.Contains($"ok    {step}: ", text);
        Assert.Contains("BOT_TOKEN not set", text);
        Assert.Contains("integrity ok", text);
        Assert.Contains("DejaVu Sans", text);
        Assert.EndsWith("check passed: 5 of 5 checks" + Environment.NewLine, text);
        Assert.True(File.Exists(path));
    }

    [Fact]
    public void Check_fails_with_exit_1_and_names_what_broke()
    {
        var output = new StringWriter();
        var notADatabase = _folder.File("garbage.db");
        File.WriteAllText(notADatabase, "this is not an SQLite file, just text that is long enough to be read as a header");

        int code = new SelfCheck(output, TimeProvider.System)
            .Run(() => BotConfig.Load(new Dictionary<string, string> { ["DATABASE_PATH"] = notADatabase }));

        Assert.Equal(ExitCode.Failed, code);
        Assert.Contains("FAIL  database: ", output.ToString());
        Assert.Contains("ok    fonts: ", output.ToString());
        Assert.Contains("check FAILED: 1 of 5 checks", output.ToString());
    }

    [Fact]
    public void A_configuration_error_fails_check_without_echoing_secrets()
    {
        var output = new StringWriter();
        int code = new SelfCheck(output, TimeProvider.System)
            .Run(() => BotConfig.Load(new Dictionary<string, string> { ["BOT_TOKEN"] = "secret-but-malformed" }));

        Assert.Equal(ExitCode.Failed, code);
        Assert.Contains("FAIL  configuration: BOT_TOKEN is malformed", output.ToString());
        Assert.DoesNotContain("secret-but-malformed", output.ToString());
    }
}
