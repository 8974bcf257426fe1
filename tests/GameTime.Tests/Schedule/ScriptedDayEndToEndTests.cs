using System.Globalization;
using GameTime.DiscordEmulator;
using GameTime.Features.Schedule;
using GameTime.Tests.EndToEnd;
using static GameTime.Tests.EndToEnd.BotHarness;

namespace GameTime.Tests.Schedule;

/// <summary>
/// A scripted weekend of the daily schedule in the whole bot against the emulator, on a shifted clock: Saturday
/// 7 March 2026 in New York and the Sunday after, when the clocks spring forward. The bot is restarted between the
/// moments of the day, and the clock moved while it is down, so each part runs on the bot's own timers: the 10:00
/// post with the recurring votes, reactions, a restart with reactions made while it was down, the voice check just
/// after midnight (Saturday evening's message), and Sunday's 10:00 post on the new offset.
/// </summary>
public sealed class ScriptedDayEndToEndTests : BotTest
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private const ulong Valkyrie = 900000000000001007;
    private readonly ShiftedClock _clock = new(At(2026, 3, 7, 9, 58, 0));
    protected override TimeProvider Clock => _clock;

    private static DateTimeOffset At(int year, int month, int day, int hour, int minute, int second)
    {
        var local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, NewYork.GetUtcOffset(local));
    }

    private static string Description(StoredMessage m) => (string?)m.Json["embeds"]?[0]?["description"] ?? "";

    private static string Line(StoredMessage m, string label) =>
        Description(m).Split('\n').FirstOrDefault(l => l.Contains($"**{label}**:", StringComparison.Ordinal)) ?? "";

    private long Count(string sql) => Bot.Scalar<long>(sql);

    private async Task RestartAt(DateTimeOffset now)
    {
        Assert.Equal(0, await Bot.StopAsync());
        _clock.Set(now);
        await Bot.RunAsync();
    }

    /// <summary>The daily post (message number <paramref name="index"/> in #schedule) once it has its 12 reactions.</summary>
    private async Task<StoredMessage> PostedAsync(int index)
    {
        // First until 10:00 itself, so the wait for the post has its whole patience after the job's time.
        var now = _clock.GetUtcNow().ToOffset(NewYork.GetUtcOffset(_clock.GetUtcNow()));
        var tenOClock = At(now.Year, now.Month, now.Day, 10, 0, 0);
        await Bot.UntilAsync(() => _clock.GetUtcNow() >= tenOClock, "10:00 on the bot's clock");
        await Bot.UntilAsync(() => Bot.Emulator.Messages(ScheduleChannel).Count > index, $"daily post {index + 1} at 10:00");
        var posted = Bot.Emulator.Messages(ScheduleChannel)[index];
        await Bot.UntilAsync(() => Message(posted.Id).Reactions.Count == 12, $"the 12 reactions of daily post {index + 1}");
        return Message(posted.Id);
    }

    private StoredMessage Message(ulong id) => Bot.Emulator.Messages(ScheduleChannel).Single(m => m.Id == id);

    [Fact]
    public async Task A_weekend_of_schedules_across_midnight_a_restart_and_the_spring_forward()
    {
        var emulator = Bot.Emulator;
        await Bot.AnswerTextAsync(AshMain, "modtextschedulechannel", Option("channel", 7, ScheduleChannel.ToString(CultureInfo.InvariantCulture)));
        await Bot.AnswerTextAsync(AshMain, "modvoicechannel", Option("channel", 7, Squad1.ToString(CultureInfo.InvariantCulture)));
        // Zoé plays at 8pm on Saturdays and Sundays (slot 5; Monday is weekday 0).
        new RecurringScheduleStore(Bot.Database, _clock).Replace(Guild, Zoe, "Zoé Lefèvre", [5, 6], [5]);

        // 9:58 on Saturday: Friday's schedule day ended at 3am, so starting up posts nothing.
        Assert.Empty(emulator.Messages(ScheduleChannel));

        // 10:00: the daily post, its 12 reactions, Zoé's recurring 8pm.
        await RestartAt(At(2026, 3, 7, 9, 59, 50));
        var saturday = await PostedAsync(0);
        Assert.Contains("**Saturday, March 07, 2026**", Description(saturday), StringComparison.Ordinal);
        Assert.Equal("8️⃣ **8pm**: <:Gold:900000000000000044> Zoé Lefèvre", Line(saturday, "8pm"));
        Assert.Equal(1, Count("SELECT count(*) FROM schedule_votes WHERE source = 'recurring' AND slot = 5"));
        Assert.Equal("2026-03-07", Bot.Scalar<string>("SELECT schedule_day FROM schedule_messages"));

        // Members vote; a bot's reaction and a thumbs-up do not count.
        await emulator.ReactionAddAsync(Guild, ScheduleChannel, saturday.Id, Tom, "7️⃣");
        await emulator.ReactionAddAsync(Guild, ScheduleChannel, saturday.Id, AshMain, "9️⃣");
        await emulator.ReactionAddAsync(Guild, ScheduleChannel, saturday.Id, Dima, "🕛");
        await emulator.ReactionAddAsync(Guild, ScheduleChannel, saturday.Id, Zoe, "👍");
        await Bot.UntilAsync(() => Line(Message(saturday.Id), "12am").Contains("Дима", StringComparison.Ordinal) && Line(Message(saturday.Id), "7pm").Contains("Tom", StringComparison.Ordinal)
            && Line(Message(saturday.Id), "9pm").Contains("Ash", StringComparison.Ordinal), "the three votes in the message");
        Assert.Equal(3, Count("SELECT count(*) FROM schedule_votes WHERE source = 'reaction'"));

        // Down from 11pm: Valkyrie votes 11pm and Tom takes back 7pm. Back at 0:29 on Sunday, the votes are rebuilt
        // from the reactions, and at 0:30 the voice check puts Squad 1 into the 12am slot of Saturday's message.
        Assert.Equal(0, await Bot.StopAsync());
        await emulator.ReactionAddAsync(Guild, ScheduleChannel, saturday.Id, Valkyrie, "🕚");
        await emulator.ReactionRemoveAsync(Guild, ScheduleChannel, saturday.Id, Tom, "7️⃣");
        _clock.Set(At(2026, 3, 8, 0, 29, 45));
        await Bot.RunAsync();
        await Bot.WaitForLogAsync("rebuilt from");
        // First until 0:30 itself, so the wait for the check's votes has its whole patience after the job's time.
        await Bot.UntilAsync(() => _clock.GetUtcNow() >= At(2026, 3, 8, 0, 30, 0), "0:30 on the bot's clock");
        await Bot.UntilAsync(() => Count("SELECT count(*) FROM schedule_votes WHERE source = 'voice'") == 3, "the voice check at 0:30");
        Assert.Equal(0, Count("SELECT count(*) FROM schedule_votes WHERE slot = 4"));
        Assert.Equal(1, Count($"SELECT count(*) FROM schedule_votes WHERE slot = 8 AND user_id = {Valkyrie}"));
        Assert.Equal(4, Count("SELECT count(*) FROM schedule_votes WHERE slot = 9"));   // Дима by reaction, Ash, Tom and Zoé in voice
        Assert.Equal(1, Count("SELECT count(*) FROM schedule_messages"));                // after midnight, still Saturday's message
        await Bot.UntilAsync(() => Line(Message(saturday.Id), "12am").Split(", ").Length == 4 && Line(Message(saturday.Id), "7pm").EndsWith(": -", StringComparison.Ordinal),
            "Saturday's message showing the night");

        // Sunday, 9:59:50 daylight time (the clocks went forward at 2:00): starting up posts nothing for the evening
        // that is over, and at 10:00 EDT, 14:00 UTC, Sunday's message comes with Zoé's recurring 8pm.
        await RestartAt(At(2026, 3, 8, 9, 59, 50));
        var sunday = await PostedAsync(1);
        Assert.Contains("**Sunday, March 08, 2026**", Description(sunday), StringComparison.Ordinal);
        Assert.Equal("8️⃣ **8pm**: <:Gold:900000000000000044> Zoé Lefèvre", Line(sunday, "8pm"));
        long postedAt = Bot.Scalar<long>("SELECT posted_at_ms FROM schedule_messages WHERE schedule_day = '2026-03-08'");
        Assert.InRange(DateTimeOffset.FromUnixTimeMilliseconds(postedAt), new DateTimeOffset(2026, 3, 8, 14, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2026, 3, 8, 14, 0, 30, TimeSpan.Zero));
        Assert.Equal(2, emulator.Messages(ScheduleChannel).Count(m => !m.Deleted));

        // Saturday's message is closed now: a late reaction on it is not a vote.
        long before = Count("SELECT count(*) FROM schedule_votes");
        await emulator.ReactionAddAsync(Guild, ScheduleChannel, saturday.Id, Tom, "3️⃣");
        await emulator.ReactionAddAsync(Guild, ScheduleChannel, sunday.Id, Tom, "3️⃣");
        await Bot.UntilAsync(() => Count("SELECT count(*) FROM schedule_votes") == before + 1, "Tom's vote on Sunday's message");
        Assert.Equal(0, Count($"SELECT count(*) FROM schedule_votes v JOIN schedule_messages m USING (guild_id, message_id) WHERE m.schedule_day = '2026-03-07' AND v.slot = 0"));
    }
}
