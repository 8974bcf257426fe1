using GameTime.Features.Admin;
using GameTime.Features.Analytics;
using GameTime.Features.Data;
using Microsoft.Data.Sqlite;

namespace GameTime.Tests.Analytics;

public sealed class DemoCommunityTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 6, 10, 16, 0, 0, TimeSpan.Zero);
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private Database Fresh(string name)
    {
        var database = new Database(_folder.File(name));
        database.Migrate(TimeProvider.System);
        return database;
    }

    [Fact]
    public void The_demo_community_gives_every_chart_something_to_show()
    {
        var database = Fresh("demo.db");
        var result = DemoCommunity.Fill(database, Now, NewYork);
        var data = CommunityData.Load(database, result.GuildId, DemoCommunity.Days, 0, Now);

        Assert.Equal(40, result.Members);
        Assert.Equal(40, data.Names.Count);
        Assert.InRange(result.Sessions, 600, 2500);
        Assert.Equal(2, data.Spans.Count(s => s.Open));
        Assert.True(TimeTogether.Pairs(data.Spans).Count >= 40, "friend groups spend hours together");
        Assert.NotEmpty(VoiceTime.Inactive(data.LastSeen, data.Range.ToMs));
        Assert.Contains(VoiceTime.UniqueMembersPerDay(data.Spans, data.Range), d => d.Members >= 8);
        var splits = MatchPresence.Split(data.Matches, data.Spans);
        Assert.Contains(splits, s => s.InVoice > 0 && s.Outside > 0);
        Assert.Contains(data.Spans, s => LocalCalendar.SplitByDay(s, NewYork).Count() == 2);   // some evenings run past midnight
    }

    [Fact]
    public void The_same_seed_writes_the_same_community()
    {
        var a = DemoCommunity.Fill(Fresh("a.db"), Now, NewYork);
        var b = DemoCommunity.Fill(Fresh("b.db"), Now, NewYork);
        Assert.Equal(a, b);
    }

    [Fact]
    public void Demo_data_never_goes_into_a_guild_that_already_has_voice_data()
    {
        var database = Fresh("twice.db");
        var first = DemoCommunity.Fill(database, Now, NewYork);
        var e = Assert.Throws<InvalidOperationException>(() => DemoCommunity.Fill(database, Now, NewYork));
        Assert.Contains("already has voice sessions", e.Message, StringComparison.Ordinal);
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM voice_sessions";
        Assert.Equal(first.Sessions, (long)command.ExecuteScalar()!);
        SqliteConnection.ClearAllPools();
    }
}
