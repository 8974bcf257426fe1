using GameTime.Features.Schedule;

namespace GameTime.Tests.Schedule;

public sealed class ScheduleSlotsTests
{
    [Fact]
    public void The_twelve_reactions_are_those_of_the_decisions_in_slot_order()
    {
        Assert.Equal(["3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣", "🔟", "🕚", "🕛", "1️⃣", "2️⃣"], ScheduleSlots.Emoji);
        Assert.Equal("3pm", ScheduleSlots.Label(0));
        Assert.Equal("12am", ScheduleSlots.Label(9));
        Assert.Equal("2am", ScheduleSlots.Label(11));
    }

    [Fact]
    public void Every_reaction_reads_back_as_its_slot()
    {
        for (int slot = 0; slot < ScheduleSlots.Count; slot++)
            Assert.Equal(slot, ScheduleSlots.FromEmoji(ScheduleSlots.EmojiOf(slot)));
        Assert.Equal(0, ScheduleSlots.FromEmoji("3\u20E3")); // keycap without the variation selector
    }

    [Theory]
    [InlineData("👍", null)]
    [InlineData("0️⃣", null)]
    [InlineData("🕐", null)]
    [InlineData("3️⃣", 123UL)] // a custom emoji that happens to be named like one
    public void Other_emoji_are_no_slot(string emoji, ulong? customId) => Assert.Null(ScheduleSlots.FromEmoji(emoji, customId));

    [Fact]
    public void Hours_and_slots_map_both_ways()
    {
        for (int slot = 0; slot < ScheduleSlots.Count; slot++)
            Assert.Equal(slot, ScheduleSlots.FromHour(ScheduleSlots.Hour(slot)));
        Assert.Null(ScheduleSlots.FromHour(3));
        Assert.Null(ScheduleSlots.FromHour(14));
    }
}
