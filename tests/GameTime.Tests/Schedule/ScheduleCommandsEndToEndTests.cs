using System.Globalization;
using System.Text.Json.Nodes;
using GameTime.Tests.EndToEnd;
using static GameTime.Tests.EndToEnd.BotHarness;

namespace GameTime.Tests.Schedule;

/// <summary>The schedule commands through the emulator: menus, answers, and what they change in the database and the message.</summary>
public sealed class ScheduleCommandsEndToEndTests : IAsyncLifetime
{
    private BotHarness _bot = null!;

    public async Task InitializeAsync()
    {
        // Friday noon in New York, whatever the real time: a run near the 10:00 post would otherwise change the schedule day mid-test.
        _bot = await StartAsync(clock: new ShiftedClock(new DateTimeOffset(2026, 12, 4, 17, 0, 0, TimeSpan.Zero)));
        await _bot.WaitForLogAsync("slash commands (guild ");
    }

    public async Task DisposeAsync()
    {
        var rejected = _bot.Emulator.RejectedRequests;
        await _bot.DisposeAsync();
        Assert.True(rejected.Count == 0, "Discord would have rejected: " + string.Join("; ", rejected.Select(r => $"{r.Method} {r.Path} {r.Status} {r.ResponseBody}")));
    }

    private static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);

    private long Recurring(ulong userId) =>
        _bot.Scalar<long>("SELECT count(*) FROM recurring_schedules WHERE guild_id = $g AND user_id = $u", ("$g", (long)Guild), ("$u", (long)userId));

    /// <summary>/addschedule as the member: days menu, then hours menu; returns the final confirmation.</summary>
    private async Task<string> AddScheduleAsync(ulong userId, string[] days, string[] slots)
    {
        var (interaction, callback) = await _bot.CommandAsync(userId, "addschedule");
        var daysMenu = callback.Data!["components"]![0]!["components"]![0]!;
        Assert.Equal(7, daysMenu["options"]!.AsArray().Count);
        ulong menuMessage = ulong.Parse((string)(await interaction.WaitForOriginalAsync(Patience))["id"]!, CultureInfo.InvariantCulture);

        var pickDays = await _bot.Emulator.ComponentAsync(Guild, General, userId, menuMessage, (string)daysMenu["custom_id"]!, 3, days);
        var hours = await pickDays.WaitForCallbackAsync(Patience);
        Assert.Equal(7, hours.Type);
        var hoursMenu = hours.Data!["components"]![0]!["components"]![0]!;
        Assert.Equal(12, hoursMenu["options"]!.AsArray().Count);

        var pickHours = await _bot.Emulator.ComponentAsync(Guild, General, userId, menuMessage, (string)hoursMenu["custom_id"]!, 3, slots);
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
        Assert.Equal("Your recurring schedule (America/New_York):\nSaturday: 12am, 1am, 2am", await _bot.AnswerTextAsync(Tom, "seeschedule"));

        Assert.Equal("Removed your recurring schedule for Saturday (3 hours).",
            await _bot.AnswerTextAsync(Tom, "removeschedule", Option("day", 4, 5)));
        Assert.StartsWith("You have no recurring schedule.", await _bot.AnswerTextAsync(Tom, "seeschedule"), StringComparison.Ordinal);
        Assert.Equal(1, Recurring(Zoe));
    }

    [Fact]
    public async Task Moderators_add_a_member_apply_recurring_schedules_and_refresh_without_losing_votes()
    {
        Assert.StartsWith("There is no schedule message for today yet.", await _bot.AnswerTextAsync(AshMain, "modapplyschedule"), StringComparison.Ordinal);
        await _bot.AnswerTextAsync(AshMain, "modtextschedulechannel", Option("channel", 7, Id(ScheduleChannel)));
        // Setting the channel sent the day's message; a forced one replaces it (answered once it and its reactions are there).
        var first = await _bot.Emulator.WaitForMessageAsync(ScheduleChannel, m => m.Reactions.Count == 12, Patience);
        Assert.StartsWith($"Sent a new schedule message in <#{ScheduleChannel}>", await _bot.AnswerTextAsync(AshMain, "modforcesendschedule"), StringComparison.Ordinal);
        var message = _bot.Emulator.Messages(ScheduleChannel)[^1];
        Assert.NotEqual(first.Id, message.Id);
        Assert.Equal(12, message.Reactions.Count);
        Assert.Equal(first.Id, (ulong)_bot.Scalar<long>("SELECT message_id FROM schedule_messages WHERE retired_at_ms IS NOT NULL"));

        await _bot.Emulator.ReactionAddAsync(Guild, ScheduleChannel, message.Id, Zoe, "9️⃣");
        // Names are listed in the order of their votes: let the bot take Zoé's reaction before the moderator's command.
        await _bot.UntilAsync(() => _bot.Scalar<long>($"SELECT count(*) FROM schedule_votes WHERE user_id = {Zoe}") == 1, "Zoé's reaction as a vote");
        var add = Options(("member", 6, Id(Dima)), ("time_voted", 4, 6));
        Assert.Equal($"Added <@{Dima}> to 9pm on today's schedule.", await _bot.AnswerTextAsync(AshMain, "modadduserschedule", add));
        Assert.Equal($"<@{Dima}> is already on today's schedule at 9pm.", await _bot.AnswerTextAsync(AshMain, "modadduserschedule", add));

        // Every weekday, so whatever today is, Tom's recurring 9pm applies.
        await AddScheduleAsync(Tom, ["0", "1", "2", "3", "4", "5", "6"], ["6"]);
        Assert.Equal("Added 1 recurring entry to today's schedule; every vote was kept.", await _bot.AnswerTextAsync(AshMain, "modapplyschedule"));
        Assert.StartsWith("Today's schedule was rebuilt from its 1 reaction: 0 added, 0 removed.", await _bot.AnswerTextAsync(AshMain, "modrefreshschedule"), StringComparison.Ordinal);

        Assert.Equal(3, _bot.Scalar<long>("SELECT count(*) FROM schedule_votes WHERE slot = 6"));
        try
        {
            await _bot.Emulator.WaitForMessageAsync(ScheduleChannel, m => m.Id == message.Id
                && ((string?)m.Json["embeds"]?[0]?["description"] ?? "").Contains("**9pm**: <:Gold:900000000000000044> Zoé Lefèvre, <:Emerald:900000000000000042> Дима, <:Platinum:900000000000000043> Tom 🔥", StringComparison.Ordinal), Patience);
        }
        catch (TimeoutException ex)
        {
            var shown = _bot.Emulator.Messages(ScheduleChannel).Single(m => m.Id == message.Id);
            throw new TimeoutException($"{ex.Message}\nshown ({shown.EditCount} edits):\n{shown.Json["embeds"]?[0]?["description"]}\n{_bot.Log}", ex);
        }

        Assert.Equal($"You need the Manage Server permission to use /modforcesendschedule.", await _bot.AnswerTextAsync(Tom, "modforcesendschedule"));
        Assert.Equal([first.Id, message.Id], _bot.Emulator.Messages(ScheduleChannel).Select(m => m.Id));
    }
}
