using GameTime.Features.Configuration;
using GameTime.Features.Schedule;

namespace GameTime.Tests.Schedule;

public sealed class ScheduleServiceTests : IDisposable
{
    // Friday 4 December 2026, 10:30 in New York (EST, UTC-5).
    private static readonly DateTimeOffset FridayMorning = new(2026, 12, 4, 15, 30, 0, TimeSpan.Zero);
    private readonly ScheduleWorld _world = new(FridayMorning);

    public void Dispose() => _world.Dispose();

    private async Task<ScheduleMessage> PostAsync()
    {
        var message = await _world.Service.PostDailyAsync(ScheduleWorld.Guild, force: false, default);
        await _world.SettleAsync();
        return message!;
    }

    [Fact]
    public async Task The_daily_post_has_the_date_the_twelve_reactions_and_the_recurring_schedules_of_the_day()
    {
        _world.Service.Recurring.Replace(ScheduleWorld.Guild, ScheduleWorld.Ash, "Ash 🔥", [4], [4]); // Fridays, 7pm
        _world.Service.Recurring.Replace(ScheduleWorld.Guild, ScheduleWorld.Tom, "Tom", [3], [4]);    // Thursdays

        var message = await PostAsync();

        var posted = Assert.Single(_world.Discord.MessagesIn(ScheduleWorld.ScheduleChannel));
        Assert.Equal(posted.Id, message.MessageId);
        Assert.Equal(new DateOnly(2026, 12, 4), message.Day);
        Assert.StartsWith("What time will you play on **Friday, December 04, 2026**?", posted.Description, StringComparison.Ordinal);
        Assert.Equal(ScheduleSlots.Emoji, posted.Reactions.Keys);
        Assert.All(posted.Reactions.Values, users => Assert.Equal([FakeScheduleDiscord.BotId], users.Keys));
        Assert.Equal("7️⃣ **7pm**: 🟡 Ash 🔥", _world.Line(message.MessageId, "7pm"));
    }

    [Fact]
    public async Task Posting_again_the_same_day_refreshes_the_message_and_forcing_sends_a_new_one()
    {
        var first = await PostAsync();
        var again = await _world.Service.PostDailyAsync(ScheduleWorld.Guild, force: false, default);
        Assert.Equal(first.MessageId, again!.MessageId);
        Assert.Single(_world.Discord.MessagesIn(ScheduleWorld.ScheduleChannel));

        var forced = await _world.Service.PostDailyAsync(ScheduleWorld.Guild, force: true, default);
        await _world.SettleAsync();
        Assert.NotEqual(first.MessageId, forced!.MessageId);
        Assert.Equal(2, _world.Discord.MessagesIn(ScheduleWorld.ScheduleChannel).Count);
        Assert.Equal(forced.MessageId, _world.Service.CurrentMessage(ScheduleWorld.Guild)!.MessageId);
        // reactions on the retired message no longer count
        await _world.ReactAsync(first.MessageId, ScheduleWorld.Tom, "7️⃣");
        Assert.Equal(0, _world.Count("SELECT count(*) FROM schedule_votes"));
    }

    [Fact]
    public async Task Reactions_by_members_add_and_remove_votes_and_bots_and_other_emoji_are_ignored()
    {
        var message = await PostAsync();
        ulong id = message.MessageId;

        await _world.ReactAsync(id, ScheduleWorld.Tom, "7️⃣");
        await _world.ReactAsync(id, ScheduleWorld.Zoe, "7️⃣");
        await _world.ReactAsync(id, ScheduleWorld.Ash, "🔟");
        await _world.ReactAsync(id, ScheduleWorld.Tom, "🕛");
        await _world.ReactAsync(id, ScheduleWorld.OtherBot, "8️⃣", isBot: true);
        await _world.ReactAsync(id, ScheduleWorld.Zoe, "👍");
        await _world.Service.OnReactionAsync(new(true, ScheduleWorld.Guild, ScheduleWorld.ScheduleChannel, id + 999, ScheduleWorld.Zoe, "9️⃣", null, false), default);
        await _world.SettleAsync();

        Assert.Equal("7️⃣ **7pm**: Tom, Zoë", _world.Line(id, "7pm"));
        Assert.Equal("🔟 **10pm**: 🟡 Ash 🔥", _world.Line(id, "10pm"));
        Assert.Equal("🕛 **12am**: Tom", _world.Line(id, "12am"));
        Assert.Equal("8️⃣ **8pm**: -", _world.Line(id, "8pm"));
        Assert.Equal(4, _world.Count("SELECT count(*) FROM schedule_votes"));

        await _world.ReactAsync(id, ScheduleWorld.Tom, "7️⃣", add: false);
        await _world.SettleAsync();
        Assert.Equal("7️⃣ **7pm**: Zoë", _world.Line(id, "7pm"));
    }

    [Fact]
    public async Task After_a_restart_the_votes_are_rebuilt_from_reactions_made_while_the_bot_was_down()
    {
        var message = await PostAsync();
        ulong id = message.MessageId;
        await _world.ReactAsync(id, ScheduleWorld.Tom, "7️⃣");
        await _world.ReactAsync(id, ScheduleWorld.Zoe, "8️⃣");
        await _world.SettleAsync();

        // The bot is down: 150 people react 9️⃣ (two pages), Zoë takes back her 8️⃣, Ash reacts 🕚.
        for (ulong user = 2000; user < 2150; user++) _world.Discord.React(id, "9️⃣", user);
        _world.Discord.React(id, "8️⃣", ScheduleWorld.Zoe, add: false);
        _world.Discord.React(id, "🕚", ScheduleWorld.Ash);
        _world.Clock.Advance(TimeSpan.FromHours(2));

        _world.Restart();
        await _world.Service.SendOrRefreshAsync(ScheduleWorld.Guild, default);
        await _world.SettleAsync();

        Assert.Single(_world.Discord.MessagesIn(ScheduleWorld.ScheduleChannel)); // no second message that day
        Assert.Equal(150, _world.Count("SELECT count(*) FROM schedule_votes WHERE slot = 6"));
        Assert.Equal("8️⃣ **8pm**: -", _world.Line(id, "8pm"));
        Assert.Equal("🕚 **11pm**: 🟡 Ash 🔥", _world.Line(id, "11pm"));
        Assert.Equal("7️⃣ **7pm**: Tom", _world.Line(id, "7pm"));
        Assert.Contains("User 2149", _world.Line(id, "9pm"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_up_before_the_post_time_does_not_post_the_evening_that_is_over_but_during_its_late_slots_it_does()
    {
        _world.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 5, 14, 30, 0, TimeSpan.Zero)); // Saturday 9:30 in New York
        await _world.Service.SendOrRefreshAsync(ScheduleWorld.Guild, default);
        await _world.SettleAsync();
        Assert.Empty(_world.Discord.MessagesIn(ScheduleWorld.ScheduleChannel));

        _world.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 6, 6, 30, 0, TimeSpan.Zero));  // Sunday 1:30: Saturday's 1am slot
        await _world.Service.SendOrRefreshAsync(ScheduleWorld.Guild, default);
        await _world.SettleAsync();
        Assert.Single(_world.Discord.MessagesIn(ScheduleWorld.ScheduleChannel));
    }

    [Fact]
    public async Task Start_up_posts_the_days_message_when_the_daily_post_was_missed()
    {
        await _world.Service.SendOrRefreshAsync(ScheduleWorld.Guild, default);
        await _world.SettleAsync();
        Assert.Single(_world.Discord.MessagesIn(ScheduleWorld.ScheduleChannel));
    }

    [Fact]
    public async Task A_moved_schedule_channel_gets_the_days_message_at_once_and_the_old_one_stops_counting()
    {
        const ulong newChannel = 9;
        var old = await PostAsync();
        await _world.ReactAsync(old.MessageId, ScheduleWorld.Tom, "7️⃣");
        await _world.SettleAsync();

        new GuildConfigStore(_world.Database, _world.Clock).SetChannel(ScheduleWorld.Guild, "Siege Squad", ConfigChannel.Schedule, newChannel);
        await _world.Service.SendOrRefreshAsync(ScheduleWorld.Guild, default);
        await _world.SettleAsync();

        var moved = Assert.Single(_world.Discord.MessagesIn(newChannel));
        Assert.Equal(12, moved.Reactions.Count);
        Assert.Equal(moved.Id, _world.Service.CurrentMessage(ScheduleWorld.Guild)!.MessageId);
        Assert.Equal(1, _world.Count($"SELECT count(*) FROM schedule_messages WHERE message_id = {old.MessageId} AND retired_at_ms IS NOT NULL"));

        // Setting the same channel again refreshes that message: no third one.
        await _world.Service.SendOrRefreshAsync(ScheduleWorld.Guild, default);
        await _world.SettleAsync();
        Assert.Single(_world.Discord.MessagesIn(newChannel));
        Assert.Single(_world.Discord.MessagesIn(ScheduleWorld.ScheduleChannel));
    }

    [Fact]
    public async Task Members_in_tracked_voice_channels_join_the_current_slot_and_after_midnight_the_evening_befores_message()
    {
        var message = await PostAsync();
        _world.EnterVoice(ScheduleWorld.Tom, ScheduleWorld.Voice);
        _world.EnterVoice(ScheduleWorld.OtherBot, ScheduleWorld.Voice);
        _world.EnterVoice(ScheduleWorld.Zoe, ScheduleWorld.OtherVoice); // not tracked

        _world.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 5, 1, 40, 0, TimeSpan.Zero)); // 20:40 Friday
        Assert.Equal(1, await _world.Service.AdjustFromVoiceAsync(ScheduleWorld.Guild, default));
        Assert.Equal(0, await _world.Service.AdjustFromVoiceAsync(ScheduleWorld.Guild, default)); // already in

        _world.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 5, 6, 10, 0, TimeSpan.Zero)); // 1:10 Saturday
        Assert.Equal(1, await _world.Service.AdjustFromVoiceAsync(ScheduleWorld.Guild, default));
        _world.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 5, 9, 0, 0, TimeSpan.Zero)); // 4:00: no slot
        Assert.Equal(0, await _world.Service.AdjustFromVoiceAsync(ScheduleWorld.Guild, default));
        await _world.SettleAsync();

        Assert.Equal("8️⃣ **8pm**: Tom", _world.Line(message.MessageId, "8pm"));
        Assert.Equal("1️⃣ **1am**: Tom", _world.Line(message.MessageId, "1am"));
        Assert.Equal(2, _world.Count("SELECT count(*) FROM schedule_votes WHERE source = 'voice'"));
    }

    [Fact]
    public async Task Moderator_additions_and_applied_recurring_schedules_keep_the_reaction_votes()
    {
        var message = await PostAsync();
        await _world.ReactAsync(message.MessageId, ScheduleWorld.Tom, "7️⃣");
        _world.Clock.Advance(TimeSpan.FromSeconds(1));
        _world.Service.Recurring.Replace(ScheduleWorld.Guild, ScheduleWorld.Zoe, "Zoë", [4], [4, 5]);

        Assert.True(await _world.Service.AddByModeratorAsync(ScheduleWorld.Guild, ScheduleWorld.Ash, null, 4, default));
        Assert.False(await _world.Service.AddByModeratorAsync(ScheduleWorld.Guild, ScheduleWorld.Ash, null, 4, default));
        Assert.Equal(2, await _world.Service.ApplyRecurringAsync(ScheduleWorld.Guild, default));
        await _world.SettleAsync();

        Assert.Equal("7️⃣ **7pm**: Tom, 🟡 Ash 🔥, Zoë", _world.Line(message.MessageId, "7pm"));
        Assert.Equal("8️⃣ **8pm**: Zoë", _world.Line(message.MessageId, "8pm"));
    }

    [Fact]
    public async Task A_burst_of_200_reactions_in_5_seconds_counts_every_vote_with_one_edit_in_flight_and_within_discords_edit_limit()
    {
        var message = await PostAsync();
        int editsBefore = _world.Discord.Edits;
        for (int i = 0; i < 200; i++)
        {
            await _world.ReactAsync(message.MessageId, 3000 + (ulong)(i % 100), i < 100 ? "7️⃣" : "8️⃣");
            _world.Clock.Advance(TimeSpan.FromMilliseconds(25));
        }
        await _world.SettleAsync();

        Assert.Equal(200, _world.Count("SELECT count(*) FROM schedule_votes"));
        Assert.Equal(1, _world.Discord.MaxEditsInFlight);
        int edits = _world.Discord.Edits - editsBefore;
        Assert.InRange(edits, 1, 6);
        // Discord allows 5 edits of a channel's messages per 5 s: no window of 5 s holds more.
        var times = _world.Discord.EditTimes;
        for (int i = 5; i < times.Count; i++) Assert.True(times[i] - times[i - 5] >= TimeSpan.FromSeconds(5), $"edits {i - 5}..{i} within 5 s");
        Assert.Contains("3099", _world.Line(message.MessageId, "7pm"), StringComparison.Ordinal);
        Assert.Contains("3099", _world.Line(message.MessageId, "8pm"), StringComparison.Ordinal);
    }
}
