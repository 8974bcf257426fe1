using System.Globalization;
using System.Text.Json.Nodes;
using GameTime.Tests.EndToEnd;
using static GameTime.Tests.EndToEnd.BotHarness;

namespace GameTime.Tests.Schedule;

/// <summary>The schedule commands through the emulator: menus, answers, and what they change in the database and the message.</summary>
public sealed class ScheduleCommandsEndToEndTests : BotTest
{
    // Friday noon in New York, whatever the real time: a run near the 10:00 post would otherwise change the schedule day mid-test.
    protected override TimeProvider Clock { get; } = new ShiftedClock(new DateTimeOffset(2026, 12, 4, 17, 0, 0, TimeSpan.Zero));

    private static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);

    private long Recurring(ulong userId) =>
        Bot.Scalar<long>("SELECT count(*) FROM recurring_schedules WHERE guild_id = $g AND user_id = $u", ("$g", (long)Guild), ("$u", (long)userId));

    /// <summary>/addschedule as the member: days menu, then hours menu; returns the final confirmation.</summary>
    private async Task<string> AddScheduleAsync(ulong userId, string[] days, string[] slots)
    {
        var (interaction, callback) = await Bot.CommandAsync(userId, "addschedule");
        var daysMenu = callback.Data!["components"]![0]!["components"]![0]!;
        Assert.Equal(7, daysMenu["options"]!.AsArray().Count);
        ulong menuMessage = ulong.Parse((string)(await interaction.WaitForOriginalAsync(Patience))["id"]!, CultureInfo.InvariantCulture);

        var pickDays = await Bot.Emulator.ComponentAsync(Guild, General, userId, menuMessage, (string)daysMenu["custom_id"]!, 3, days);
        var hours = await pickDays.WaitForCallbackAsync(Patience);
        Assert.Equal(7, hours.Type);
        var hoursMenu = hours.Data!["components"]![0]!["components"]![0]!;
        Assert.Equal(12, hoursMenu["options"]!.AsArray().Count);

        var pickHours = await Bot.Emulator.ComponentAsync(Guild, General, userId, menuMessage, (string)hoursMenu["custom_id"]!, 3, slots);
        var saved = await pickHours.WaitForCallbackAsync(Patience);
        return (string?)saved.Data!["content"] ?? "";
    }

    [Fact]
    public async Task Addschedule_saves_the_callers_days_and_hours_and_replaces_only_their_own_schedule()
    {
        Assert.StartsWith("Saved. You usually play on Monday, Friday at 7pm, 8pm", await AddScheduleAsync(Tom, ["0", "4"], ["4", "5"]), StringComparison.Ordinal);
        await AddScheduleAsync(Zoe, ["4"], ["7"]);
        Assert.Equal(4, Recurring(Tom));

        await AddScheduleAsync(Tom, ["5"], ["9", "10", "11"]);
        Assert.Equal(3, Recurring(Tom));
        Assert.Equal(1, Recurring(Zoe));
        Assert.Equal("Your recurring schedule (America/New_York):\nSaturday: 12am, 1am, 2am", await Bot.AnswerTextAsync(Tom, "seeschedule"));

        Assert.Equal("Removed your recurring schedule for Saturday (3 hours).",
            await Bot.AnswerTextAsync(Tom, "removeschedule", Option("day", 4, 5)));
        Assert.StartsWith("You have no recurring schedule.", await Bot.AnswerTextAsync(Tom, "seeschedule"), StringComparison.Ordinal);
        Assert.Equal(1, Recurring(Zoe));
    }

    [Fact]
    public async Task Moderators_add_a_member_apply_recurring_schedules_and_refresh_without_losing_votes()
    {
        Assert.StartsWith("There is no schedule message for today yet.", await Bot.AnswerTextAsync(AshMain, "modapplyschedule"), StringComparison.Ordinal);
        await Bot.AnswerTextAsync(AshMain, "modtextschedulechannel", Option("channel", 7, Id(ScheduleChannel)));
        // Setting the channel sent the day's message; a forced one replaces it (answered once it and its reactions are there).
        var first = await Bot.Emulator.WaitForMessageAsync(ScheduleChannel, m => m.Reactions.Count == 12, Patience);
        Assert.StartsWith($"Sent a new schedule message in <#{ScheduleChannel}>", await Bot.AnswerTextAsync(AshMain, "modforcesendschedule"), StringComparison.Ordinal);
        var message = Bot.Emulator.Messages(ScheduleChannel)[^1];
        Assert.NotEqual(first.Id, message.Id);
        Assert.Equal(12, message.Reactions.Count);
        Assert.Equal(first.Id, (ulong)Bot.Scalar<long>("SELECT message_id FROM schedule_messages WHERE retired_at_ms IS NOT NULL"));

        await Bot.Emulator.ReactionAddAsync(Guild, ScheduleChannel, message.Id, Zoe, "9️⃣");
        // Names are listed in the order of their votes: let the bot take Zoé's reaction before the moderator's command.
        await Bot.UntilAsync(() => Bot.Scalar<long>($"SELECT count(*) FROM schedule_votes WHERE user_id = {Zoe}") == 1, "Zoé's reaction as a vote");
        var add = Options(("member", 6, Id(Dima)), ("time_voted", 4, 6));
        Assert.Equal($"Added <@{Dima}> to 9pm on today's schedule.", await Bot.AnswerTextAsync(AshMain, "modadduserschedule", add));
        Assert.Equal($"<@{Dima}> is already on today's schedule at 9pm.", await Bot.AnswerTextAsync(AshMain, "modadduserschedule", add));

        // Every weekday, so whatever today is, Tom's recurring 9pm applies.
        await AddScheduleAsync(Tom, ["0", "1", "2", "3", "4", "5", "6"], ["6"]);
        Assert.Equal("Added 1 recurring entry to today's schedule; every vote was kept.", await Bot.AnswerTextAsync(AshMain, "modapplyschedule"));
        Assert.StartsWith("Today's schedule was rebuilt from its 1 reaction: 0 added, 0 removed.", await Bot.AnswerTextAsync(AshMain, "modrefreshschedule"), StringComparison.Ordinal);

        Assert.Equal(3, Bot.Scalar<long>("SELECT count(*) FROM schedule_votes WHERE slot = 6"));
        try
        {
            await Bot.Emulator.WaitForMessageAsync(ScheduleChannel, m => m.Id == message.Id
                && ((string?)m.Json["embeds"]?[0]?["description"] ?? "").Contains("**9pm**: <:Gold:900000000000000044> Zoé Lefèvre, <:Emerald:900000000000000042> Дима, <:Platinum:900000000000000043> Tom 🔥", StringComparison.Ordinal), Patience);
        }
        catch (TimeoutException ex)
        {
            var shown = Bot.Emulator.Messages(ScheduleChannel).Single(m => m.Id == message.Id);
            throw new TimeoutException($"{ex.Message}\nshown ({shown.EditCount} edits):\n{shown.Json["embeds"]?[0]?["description"]}\n{Bot.Log}", ex);
        }

        Assert.Equal($"You need the Manage Server permission to use /modforcesendschedule.", await Bot.AnswerTextAsync(Tom, "modforcesendschedule"));
        Assert.Equal([first.Id, message.Id], Bot.Emulator.Messages(ScheduleChannel).Select(m => m.Id));
    }
}
