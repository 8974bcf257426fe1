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
        using var charts = new TempFolder();

        int code = await DemoScene.RunAsync(bot, output, charts.Path);

        var text = output.ToString();
        Assert.True(code == 0, text);
        Assert.Contains("guild 'Siege Squad' loaded: 26 members, 7 channels, 6 in voice", text);
        Assert.Contains("voice: Sofía joined voice 'Squad 1'", text);
        Assert.Contains("session resumed", text);
        Assert.Contains("1 × identify", text);
        Assert.Contains("1 × resume", text);
        Assert.Contains("bot exit code 0", text);
        Assert.Contains("the daily message in #schedule has 12 reactions: 3️⃣ 4️⃣ 5️⃣ 6️⃣ 7️⃣ 8️⃣ 9️⃣ 🔟 🕚 🕛 1️⃣ 2️⃣", text);
        Assert.Matches(@"7️⃣ \*\*7pm\*\*: \S+ Zoé Lefèvre, \S+ Tom 🔥", text);
        Assert.Matches(@"9️⃣ \*\*9pm\*\*: \S+ Tom 🔥\r?\n", text);
        Assert.Contains("are looking for 1 teammate to play in <#900000000000000200>", text);
        Assert.Contains("demo guild 900000000000000001 with 40 members", text);
        Assert.Matches(@"Who plays with whom from \S+ to \S+: \d+ members, \d+ pairs with more than an hour together\. \[attached community.png, [\d,]+ bytes\]", text);
        Assert.Contains("You need the Administrator permission to use /modshowcommunity.", text);
        foreach (var chart in new[] { "community", "weekly", "weekday", "in-server" })
        {
            Assert.Contains($"wrote {Path.Combine(charts.Path, chart + ".png")}", text);
            Assert.True(new FileInfo(Path.Combine(charts.Path, chart + ".png")).Length > 10_000, chart);
        }
    }
}
