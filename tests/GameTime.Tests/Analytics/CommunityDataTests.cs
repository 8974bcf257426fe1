using GameTime.Features.Analytics;
using GameTime.Features.Data;
using Microsoft.Data.Sqlite;

namespace GameTime.Tests.Analytics;

/// <summary>Reading a window of voice sessions from the real schema: clipping, open sessions, guilds kept apart.</summary>
public sealed class CommunityDataTests : IDisposable
{
    private const ulong Guild = 900, OtherGuild = 901, Ash = 1, Thermite = 2;
    private const long Hour = 3_600_000;
    private static readonly DateTimeOffset Now = new(2026, 6, 10, 16, 0, 0, TimeSpan.Zero);   // 12:00 in New York
    private readonly TempFolder _folder = new();
    private readonly Database _database;

    public CommunityDataTests()
    {
        _database = new Database(_folder.File("gametime.db"));
        _database.Migrate(TimeProvider.System);
        using var connection = _database.Open();
        foreach (var guild in new[] { Guild, OtherGuild })
        {
            GuildRows.EnsureGuild(connection, guild, $"Guild {guild}", 0);
            GuildRows.EnsureMember(connection, guild, Ash, "Ash", 0);
            GuildRows.EnsureMember(connection, guild, Thermite, "Thermite", 0);
        }
    }

    public void Dispose() => _folder.Dispose();

    private void Session(ulong guild, ulong user, long start, long? end)
    {
        using var connection = _database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO voice_sessions (guild_id, user_id, channel_id, started_at_ms, ended_at_ms, end_reason)
            VALUES ($g, $u, 10, $s, $e, CASE WHEN $e IS NULL THEN NULL ELSE 'leave' END)
            """;
        command.Parameters.AddWithValue("$g", (long)guild);
        command.Parameters.AddWithValue("$u", (long)user);
        command.Parameters.AddWithValue("$s", start);
        command.Parameters.AddWithValue("$e", end is { } e ? e : DBNull.Value);
        command.ExecuteNonQuery();
    }

    [Fact]
    public void Sessions_are_clipped_to_the_window_and_a_member_who_never_left_counts_until_now()
    {
        long now = Now.ToUnixTimeMilliseconds();
        var range = AnalyticsRange.DaysAgo(Guild, TimeZoneInfo.FindSystemTimeZoneById("America/New_York"), 7, 0, Now);
        Session(Guild, Ash, range.FromMs - 2 * Hour, range.FromMs + Hour);   // starts before the window: 1 h inside
        Session(Guild, Ash, range.FromMs - 5 * Hour, range.FromMs - Hour);   // wholly before: not read
        Session(Guild, Thermite, now - 3 * Hour, null);                      // still in voice: 3 h so far
        Session(OtherGuild, Ash, now - 5 * Hour, now - Hour);                // another guild's data stays there

        var data = CommunityData.Load(_database, Guild, 7, 0, Now);

        Assert.Equal([(Thermite, 3 * Hour), (Ash, Hour)], VoiceTime.PerMember(data.Spans));
        Assert.Contains(data.Spans, s => s.UserId == Thermite && s.Open);
        Assert.Equal("Thermite", data.Name(Thermite));
        Assert.Contains(data.LastSeen, s => s.UserId == Thermite && s.LastLeftMs is null);
    }

    [Fact]
    public void Inactivity_looks_past_the_start_of_the_window()
    {
        long now = Now.ToUnixTimeMilliseconds();
        Session(Guild, Ash, now - 40 * 24 * Hour, now - 40 * 24 * Hour + Hour);
        var data = CommunityData.Load(_database, Guild, 7, 0, Now);
        Assert.Empty(data.Spans);
        Assert.Equal([(Ash, 39)], VoiceTime.Inactive(data.LastSeen, data.Range.ToMs));
    }

    [Fact]
    public void An_unknown_guild_timezone_falls_back_to_the_default_instead_of_failing()
    {
        using (var connection = _database.Open())
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "UPDATE guild_config SET timezone = 'Mars/Olympus' WHERE guild_id = $g";
            command.Parameters.AddWithValue("$g", (long)Guild);
            command.ExecuteNonQuery();
        }
        var data = CommunityData.Load(_database, Guild, 7, 0, Now);
        Assert.Equal("America/New_York", data.Range.Zone.Id);
        SqliteConnection.ClearAllPools();
    }
}
