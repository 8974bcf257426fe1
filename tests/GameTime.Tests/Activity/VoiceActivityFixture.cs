using GameTime.Features.Activity;
using GameTime.Features.Configuration;
using GameTime.Features.Data;
using GameTime.Gateway.Events;
using Microsoft.Extensions.Time.Testing;

namespace GameTime.Tests.Activity;

/// <summary>A migrated database with two guilds and their tracked voice channels, a fake clock, and readers for the rows.</summary>
public sealed class VoiceActivityFixture : IDisposable
{
    public const ulong Guild = 100, OtherGuild = 200;
    public const ulong Squad = 1001, Duo = 1002, Afk = 1003, OtherSquad = 2001;
    public const ulong Ash = 11, Tom = 12, Zoe = 13, StatBot = 19;

    private readonly TempFolder _folder = new();

    public VoiceActivityFixture()
    {
        Database = new Database(_folder.File("voice.db"));
        Database.Migrate(Clock);
        var config = new GuildConfigStore(Database, Clock);
        config.AddVoiceChannel(Guild, "Siege Squad", Squad);
        config.AddVoiceChannel(Guild, "Siege Squad", Duo);
        config.AddVoiceChannel(OtherGuild, "Other", OtherSquad);
        Recorder = new VoiceActivityRecorder(Database, Clock);
    }

    /// <summary>Thursday 3 December 2026, 20:00 UTC.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 12, 3, 20, 0, 0, TimeSpan.Zero));
    public Database Database { get; }
    public VoiceActivityRecorder Recorder { get; }
    public long Now => Clock.GetUtcNow().ToUnixTimeMilliseconds();

    public static readonly long Minute = 60_000;

    public VoiceTransition Update(ulong user, ulong? before, ulong? after, string? name = null, ulong guild = Guild, bool bot = false) =>
        Recorder.Record(new VoiceStateChanged(guild, user, name ?? $"member {user}", bot, before, after, "s"));

    public void Advance(int minutes) => Clock.Advance(TimeSpan.FromMinutes(minutes));

    public sealed record SessionRow(ulong Guild, ulong User, ulong Channel, long Start, long? End, string? Reason);

    public sealed record EventRow(ulong Guild, ulong User, string Event, ulong Channel, ulong? From, long At);

    public List<SessionRow> Sessions()
    {
        using var connection = Database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT guild_id, user_id, channel_id, started_at_ms, ended_at_ms, end_reason FROM voice_sessions ORDER BY session_id";
        using var r = command.ExecuteReader();
        var rows = new List<SessionRow>();
        while (r.Read())
        {
            rows.Add(new SessionRow((ulong)r.GetInt64(0), (ulong)r.GetInt64(1), (ulong)r.GetInt64(2), r.GetInt64(3),
                r.IsDBNull(4) ? null : r.GetInt64(4), r.IsDBNull(5) ? null : r.GetString(5)));
        }
        return rows;
    }

    public List<EventRow> Events()
    {
        using var connection = Database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT guild_id, user_id, event, channel_id, from_channel_id, at_ms FROM voice_events ORDER BY event_id";
        using var r = command.ExecuteReader();
        var rows = new List<EventRow>();
        while (r.Read())
        {
            rows.Add(new EventRow((ulong)r.GetInt64(0), (ulong)r.GetInt64(1), r.GetString(2), (ulong)r.GetInt64(3),
                r.IsDBNull(4) ? null : (ulong)r.GetInt64(4), r.GetInt64(5)));
        }
        return rows;
    }

    public string? DisplayName(ulong user, ulong guild = Guild)
    {
        using var connection = Database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT display_name FROM members WHERE guild_id = $g AND user_id = $u";
        command.Parameters.AddWithValue("$g", (long)guild);
        command.Parameters.AddWithValue("$u", (long)user);
        return command.ExecuteScalar() as string;
    }

    public void Dispose() => _folder.Dispose();
}
