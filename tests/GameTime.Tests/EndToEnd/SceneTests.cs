using GameTime.Scene;

namespace GameTime.Tests.EndToEnd;

/// <summary>The newcomer's scene (tools/demo.sh), run with the real bot program against the emulator.</summary>
public sealed class SceneTests
{
    [Fact]
    public async Task The_demo_scene_runs_the_real_bot_through_an_evening()
    {
        var bot = Path.Combine(Fixtures.RepoRoot, "src", "App", "bin",
            new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name, "net10.0", "gametime.dll");
        var output = new StringWriter();

        int code = await DemoScene.RunAsync(bot, output);

        var text = output.ToString();
        Assert.True(code == 0, text);
        Assert.Contains("guild 'Siege Squad' loaded: 26 members, 7 channels, 6 in voice", text);
        Assert.Contains("voice: Sofía joined voice 'Squad 1'", text);
        Assert.Contains("session resumed", text);
        Assert.Contains("1 × identify", text);
        Assert.Contains("1 × resume", text);
        Assert.Contains("bot exit code 0", text);
    }
}
