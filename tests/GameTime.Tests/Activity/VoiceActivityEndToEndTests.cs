using System.Globalization;
using GameTime.Tests.EndToEnd;
using static GameTime.Tests.EndToEnd.BotHarness;

namespace GameTime.Tests.Activity;

/// <summary>
/// The real bot against the emulator's demo community: a moderator tracks Squad 1 and Squad 2 ("Ranked grind" stays
/// untracked), members join, move and leave, the bot restarts twice (once with a member leaving while it is down),
/// and voice_sessions ends up with every stretch of tracked voice time, closed, and none invented.
/// </summary>
public sealed class VoiceActivityEndToEndTests : BotTest
{
    private const ulong Valkyrie = 900000000000001007, StatBot = 900000000000001025, Ranked = 900000000000000202;

    protected override bool WaitForCommands => false;

    private sealed record Session(ulong User, ulong Channel, bool Open, string? Reason);

    private List<Session> Sessions(long fromId = 0)
    {
        using var connection = Bot.Database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT user_id, channel_id, ended_at_ms IS NULL, end_reason FROM voice_sessions
            WHERE guild_id = $g AND session_id >= $from ORDER BY session_id
            """;
        command.Parameters.AddWithValue("$g", (long)Guild);
        command.Parameters.AddWithValue("$from", fromId);
        using var r = command.ExecuteReader();
        var rows = new List<Session>();
        while (r.Read()) rows.Add(new Session((ulong)r.GetInt64(0), (ulong)r.GetInt64(1), r.GetBoolean(2), r.IsDBNull(3) ? null : r.GetString(3)));
        return rows;
    }

    private List<Session> Open() => [.. Sessions().Where(s => s.Open).OrderBy(s => s.User)];

    /// <summary>Waits until the bot's handlers have written what the test expects; on a timeout the message lists the sessions.</summary>
    private Task UntilAsync(Func<bool> done, string what) => Bot.UntilAsync(done, what, () => string.Join("\n", Sessions()));

    private async Task TrackAsync(ulong channel)
    {
        string answer = await Bot.AnswerTextAsync(AshMain, "modvoicechannel", Option("channel", 7, channel.ToString(CultureInfo.InvariantCulture)));
        Assert.Equal($"The bot will check the voice channel <#{channel}>.", answer);
    }

    [Fact]
    public async Task Joins_moves_leaves_and_restarts_leave_the_right_sessions_in_the_database()
    {
        Assert.Empty(Sessions()); // nothing is tracked yet, though six members are in voice
        await TrackAsync(Squad1);
        await TrackAsync(Squad2);

        // A restart reconciles with GUILD_CREATE: Ash, Tom and Zoé in Squad 1 and Dima in Squad 2 get sessions.
        Assert.Equal(0, await Bot.StopAsync());
        await Bot.RunAsync();
        await UntilAsync(() => Open().Count == 4, "four open sessions after the restart");
        Assert.Equal([new(AshMain, Squad1, true, null), new(Tom, Squad1, true, null), new(Zoe, Squad1, true, null), new(Dima, Squad2, true, null)], Open());
        // The first run's start-up reconciliation waits in the hub's queue behind the command registration, so it may
        // already have seen Squad 1 tracked and given it sessions (closed at its shutdown): follow this run's from here.
        long first = Bot.Scalar<long>("SELECT min(session_id) FROM voice_sessions WHERE ended_at_ms IS NULL");
        List<Session> Since() => Sessions(first);

        await Bot.Emulator.VoiceMoveAsync(Guild, Tom, Ranked);     // out to an untracked channel
        await Bot.Emulator.VoiceMoveAsync(Guild, Zoe, Squad2);     // between tracked channels
        await Bot.Emulator.VoiceLeaveAsync(Guild, Dima);           // out of voice
        await Bot.Emulator.VoiceJoinAsync(Guild, StatBot, Squad1); // a bot: ignored
        await Bot.Emulator.VoiceMoveAsync(Guild, Valkyrie, Squad1); // in from the untracked channel
        await UntilAsync(() => Open().Any(s => s.User == Valkyrie), "Valkyrie's session in Squad 1");

        Assert.Equal([new(AshMain, Squad1, true, null), new(Zoe, Squad2, true, null), new(Valkyrie, Squad1, true, null)], Open());
        var closed = Since().Where(s => !s.Open).ToList();
        Assert.Equal([new(Tom, Squad1, false, "move"), new(Zoe, Squad1, false, "move"), new(Dima, Squad2, false, "leave")], closed);
        Assert.Equal("Дима", Bot.Scalar<string>("SELECT display_name FROM members WHERE guild_id = $g AND user_id = $u", ("$g", (long)Guild), ("$u", (long)Dima)));
        Assert.Equal(0L, Bot.Scalar<long>("SELECT count(*) FROM members WHERE user_id = $u", ("$u", (long)StatBot)));

        // Shutdown closes all three; Ash leaves while the bot is down, so only Zoé and Valkyrie are reopened.
        Assert.Equal(0, await Bot.StopAsync());
        Assert.Empty(Open());
        Assert.Equal(3, Since().Count(s => s.Reason == "reconciled"));
        await Bot.Emulator.VoiceLeaveAsync(Guild, AshMain);
        await Bot.RunAsync();
        await UntilAsync(() => Open().Count == 2, "two open sessions after the second restart");
        Assert.Equal([new(Zoe, Squad2, true, null), new(Valkyrie, Squad1, true, null)], Open());

        Assert.Equal(0, await Bot.StopAsync());
        Assert.Empty(Open());
        Assert.Equal(8, Since().Count);
        // Reconciliations are not transitions Discord reported, so the audit trail holds the four real ones only.
        Assert.Equal(["leave", "move", "leave", "join"], Events());
    }

    private List<string> Events()
    {
        using var connection = Bot.Database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT event FROM voice_events WHERE guild_id = $g ORDER BY event_id";
        command.Parameters.AddWithValue("$g", (long)Guild);
        using var r = command.ExecuteReader();
        var rows = new List<string>();
        while (r.Read()) rows.Add(r.GetString(0));
        return rows;
    }

    [Fact]
    public async Task Tracking_a_channel_counts_the_members_already_in_it_at_once_and_untracking_stops_counting()
    {
        await TrackAsync(Squad1);
        await UntilAsync(() => Open().Count == 3, "sessions for the three members already in Squad 1");
        Assert.Equal([new(AshMain, Squad1, true, null), new(Tom, Squad1, true, null), new(Zoe, Squad1, true, null)], Open());

        await Bot.AnswerTextAsync(AshMain, "modresetvoicechannel");
        await UntilAsync(() => Open().Count == 0, "no open session once nothing is tracked");
        Assert.All(Sessions(), s => Assert.Equal("reconciled", s.Reason));
    }

    [Fact]
    public async Task A_guild_outage_closes_its_sessions_and_its_return_reopens_them_for_those_still_in_voice()
    {
        await TrackAsync(Squad2);
        Assert.Equal(0, await Bot.StopAsync());
        await Bot.RunAsync();
        await UntilAsync(() => Open().Count == 1, "Dima's session in Squad 2");
        long first = Bot.Scalar<long>("SELECT min(session_id) FROM voice_sessions WHERE ended_at_ms IS NULL");

        await Bot.Emulator.SetGuildAvailableAsync(Guild, false);
        await UntilAsync(() => Open().Count == 0, "no open session during the outage");
        await Bot.Emulator.VoiceMoveAsync(Guild, Tom, Squad2); // unseen: the guild is unavailable
        await Bot.Emulator.SetGuildAvailableAsync(Guild, true);
        await UntilAsync(() => Open().Count == 2, "Dima and Tom in Squad 2 after the outage");

        Assert.Equal([new(Dima, Squad2, false, "reconciled"), new(Tom, Squad2, true, null), new(Dima, Squad2, true, null)], Sessions(first));
    }
}
