using GameTime.App.Cli;
using GameTime.Features.Admin;
using GameTime.Features.Data;
using GameTime.Tests.Render.Gif;
using GameTime.Tests.Snapshots;
using Microsoft.Extensions.Time.Testing;

namespace GameTime.Tests.Cli;

/// <summary>
/// The admin console over a demo community: every chart from the real database into a file, the option errors a
/// moderator would make, and the numbered menu driven through its input.
/// </summary>
public sealed class AdminConsoleTests : IClassFixture<AdminConsoleTests.DemoDatabase>
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 17, 0, 0, TimeSpan.Zero);
    private readonly DemoDatabase _demo;

    public AdminConsoleTests(DemoDatabase demo) => _demo = demo;

    /// <summary>One demo community for the whole class: filling it takes a second or two.</summary>
    public sealed class DemoDatabase : IDisposable
    {
        public TempFolder Folder { get; } = new();

        public Database Database { get; }

        public DemoDatabase()
        {
            Database = new Database(Folder.File("admin.db"));
            Database.Migrate(TimeProvider.System);
            DemoCommunity.Fill(Database, Now, TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));
        }

        public void Dispose() => Folder.Dispose();
    }

    private (int Code, string Out, string Err) Run(Func<AdminConsole, int> action, string input = "", Database? database = null)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var console = new AdminConsole(database ?? _demo.Database, new StringReader(input), output, errors, new FakeTimeProvider(Now));
        int code = action(console);
        return (code, output.ToString(), errors.ToString());
    }

    private string Out(string name) => _demo.Folder.File(name);

    public static TheoryData<string> ChartNames => [.. AdminCharts.All.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(ChartNames))]
    public void Every_chart_renders_from_the_database_into_its_file(string name)
    {
        var chart = AdminCharts.Find(name)!;
        var file = Out($"every-{name}.{chart.Extension}");
        string[] args = chart.NeedsMember ? [name, "--member", "Thermite", "--out", file] : [name, "--out", file];
        var (code, stdout, stderr) = Run(c => c.Chart(args));

        Assert.Equal("", stderr);
        Assert.Equal(0, code);
        Assert.Contains($"wrote {file}: {chart.Title}, From 2026-09-04 to 2026-12-03", stdout, StringComparison.Ordinal);
        var bytes = File.ReadAllBytes(file);
        if (chart.Extension == "gif")
        {
            Assert.Equal(60, DecodedGif.From(bytes).Frames.Count);
            Assert.InRange(bytes.Length, 1, 8_000_000);
        }
        else
        {
            using var image = SkiaSharp.SKBitmap.Decode(bytes);
            Assert.InRange(image.Width, 800, 2600);
        }
    }

    [Theory]
    [InlineData("community")]
    [InlineData("weekly")]
    [InlineData("in-server")]
    [InlineData("per-month")]
    public void Charts_of_the_demo_community_match_their_goldens(string name)
    {
        var file = Out($"golden-{name}.png");
        Assert.Equal(0, Run(c => c.Chart([name, "--out", file])).Code);
        ImageSnapshot.Match(File.ReadAllBytes(file), $"admin-demo-{name}");
    }

    [Fact]
    public void The_window_and_the_member_can_be_chosen_by_name_or_id()
    {
        var file = Out("member-window.png");
        var (code, stdout, _) = Run(c => c.Chart(["member", "--member", "thermite", "--from-days", "30", "--to-days", "2", "--out", file]));
        Assert.Equal(0, code);
        Assert.Contains("From 2026-11-03 to 2026-12-01", stdout, StringComparison.Ordinal);
        var byId = Run(c => c.Chart(["member", "--member", (DemoCommunity.DefaultGuildId + 1_001).ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--guild", DemoCommunity.DefaultGuildId.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", file]));
        Assert.Equal(0, byId.Code);
    }

    [Theory]
    [InlineData(new[] { "pie" }, "unknown admin sub-command 'pie'; the charts are: community, community-3d, duo")]
    [InlineData(new[] { "duo" }, "admin duo needs --out FILE (a .png file)")]
    [InlineData(new[] { "duo", "--out" }, "--out needs a value")]
    [InlineData(new[] { "duo", "--colour", "red", "--out", "x.png" }, "unknown option '--colour' for admin duo")]
    [InlineData(new[] { "duo", "--from-days", "ninety", "--out", "x.png" }, "--from-days takes a whole number of days from 0 to 3660 (got 'ninety')")]
    [InlineData(new[] { "duo", "--from-days", "5", "--to-days", "9", "--out", "x.png" }, "The range must start before it ends: from 5 days ago to 9 days ago.")]
    [InlineData(new[] { "duo", "--guild", "42", "--out", "x.png" }, "guild '42' is not in")]
    [InlineData(new[] { "member", "--out", "x.png" }, "admin member needs --member with a member's id or display name")]
    [InlineData(new[] { "member", "--member", "Nobody", "--out", "x.png" }, "no member 'Nobody' in guild 100000000000000001")]
    [InlineData(new[] { "duo", "--out", "/no/such/folder/x.png" }, "the folder /no/such/folder does not exist")]
    public void Mistakes_are_explained_and_exit_2_without_writing_anything(string[] args, string message)
    {
        var (code, stdout, stderr) = Run(c => c.Chart(args));
        Assert.Equal(2, code);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
        Assert.Equal("", stdout);
        Assert.False(File.Exists("x.png"));
    }

    [Fact]
    public void An_empty_database_points_to_demo_data()
    {
        using var folder = new TempFolder();
        var empty = new Database(folder.File("empty.db"));
        empty.Migrate(TimeProvider.System);
        var chart = Run(c => c.Chart(["duo", "--out", folder.File("x.png")]), database: empty);
        Assert.Equal(2, chart.Code);
        Assert.Contains("`gametime admin demo-data` fills it", chart.Err, StringComparison.Ordinal);
        var menu = Run(c => c.Menu(), database: empty);
        Assert.Equal(0, menu.Code);
        Assert.Contains("no voice activity in this database yet", menu.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_menu_walks_from_time_range_to_chart_to_file_and_back_out()
    {
        var duo = Out("menu-duo.png");
        var member = Out("menu-member.png");
        // Last month; a wrong key; duo time into a file; the member timeline for the first member listed; back; exit.
        var input = string.Join('\n', "3", "x", "3", duo, "a", "1", member, "q", "q") + "\n";
        var (code, stdout, stderr) = Run(c => c.Menu(), input);

        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        Assert.Contains("Guild: Demo Community (100000000000000001), times in America/New_York", stdout, StringComparison.Ordinal);
        Assert.Contains("  [1] Last 30 days", stdout, StringComparison.Ordinal);
        Assert.Contains("Charts (From 2026-11-01 to 2026-11-30):", stdout, StringComparison.Ordinal);
        Assert.Contains("  [a] Timeline of one member", stdout, StringComparison.Ordinal);
        Assert.Contains("  [e] Operators per member", stdout, StringComparison.Ordinal);
        Assert.Contains("'x' is not one of the choices.", stdout, StringComparison.Ordinal);
        Assert.Contains("Member:", stdout, StringComparison.Ordinal);
        Assert.Contains($"wrote {duo}: Duo time (top 50 pairs), From 2026-11-01 to 2026-11-30", stdout, StringComparison.Ordinal);
        Assert.Contains($"wrote {member}: Timeline of one member", stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(duo) && File.Exists(member));
    }

    [Fact]
    public void The_menu_offers_a_file_name_and_a_custom_range_and_stops_at_the_end_of_the_input()
    {
        var (code, stdout, _) = Run(c => c.Menu(), "6\n10\n20\n6\n20\n10\n");
        Assert.Equal(0, code);
        Assert.Contains("Two whole numbers, the first not smaller than the second", stdout, StringComparison.Ordinal);
        Assert.Contains("Charts (From 2026-11-13 to 2026-11-23):", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_usage_text_names_every_chart()
    {
        foreach (var chart in AdminCharts.All) Assert.Contains(chart.Name, Usage.Text, StringComparison.Ordinal);
    }
}
