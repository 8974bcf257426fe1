using GameTime.Features.Schedule;
using Microsoft.Extensions.Time.Testing;

namespace GameTime.Tests.Schedule;

public sealed class ReactionReaderTests
{
    [Fact]
    public async Task Every_page_of_every_slot_is_read_and_bots_and_other_emoji_are_left_out()
    {
        var discord = new FakeScheduleDiscord(new FakeTimeProvider());
        var message = await discord.CreateMessageAsync(2, new(), null, default);
        foreach (var emoji in ScheduleSlots.Emoji) await discord.AddReactionAsync(2, message.Id, emoji, default);
        for (ulong user = 1000; user < 1250; user++) discord.React(message.Id, "8️⃣", user); // 250 voters: three pages
        discord.React(message.Id, "1️⃣", 77);
        discord.React(message.Id, "1️⃣", 88, isBot: true);
        discord.React(message.Id, "👍", 99);

        var reactions = await ReactionReader.ReadAsync(discord, 2, message.Id, default);

        Assert.Equal(250, reactions.Count(r => r.Slot == 5));
        Assert.Equal(250, reactions.Where(r => r.Slot == 5).Select(r => r.User.Id).Distinct().Count());
        Assert.Equal([77UL], reactions.Where(r => r.Slot == 10).Select(r => r.User.Id));
        Assert.Equal(251, reactions.Count);
        Assert.DoesNotContain(reactions, r => r.User.Id == FakeScheduleDiscord.BotId);
    }
}
