using GameTime.Features.Schedule;

namespace GameTime.Tests.Schedule;

public sealed class ScheduleMessageTextTests
{
    private static readonly DateOnly Friday = new(2024, 10, 4);

    private static List<IReadOnlyList<ScheduleEntry>> Empty() => [.. Enumerable.Range(0, 12).Select(_ => (IReadOnlyList<ScheduleEntry>)[])];

    [Fact]
    public void The_message_shows_the_date_every_slot_with_its_reaction_and_who_plays()
    {
        var slots = Empty();
        slots[4] = [new(1, "LaheySwag", "<:Gold:41>")];
        slots[7] = [new(2, "Patrick", "🟣"), new(1, "LaheySwag", "<:Gold:41>"), new(3, "newcomer", null)];
        var body = ScheduleMessageText.Render(Friday, "America/New_York", slots, DateTimeOffset.UnixEpoch);
        var embed = Assert.Single(body.Embeds!);
        var lines = embed.Description!.Split('\n');

        Assert.Equal("What time will you play on **Friday, October 04, 2024**?", lines[0]);
        Assert.Equal(14, lines.Length);
        Assert.Equal("3️⃣ **3pm**: -", lines[2]);
        Assert.Equal("7️⃣ **7pm**: <:Gold:41> LaheySwag", lines[6]);
        Assert.Equal("🔟 **10pm**: 🟣 Patrick, <:Gold:41> LaheySwag, newcomer", lines[9]);
        Assert.Equal("2️⃣ **2am**: -", lines[13]);
        Assert.StartsWith("⚠️ Times are in Eastern Time (America/New_York).", embed.Footer!.Text, StringComparison.Ordinal);
        Assert.Contains("/addschedule", embed.Footer.Text, StringComparison.Ordinal);
        Assert.Empty(body.AllowedMentions!.Parse ?? []);
    }

    [Fact]
    public void Names_keep_their_emoji_and_scripts_lose_their_markdown_and_stop_at_32_characters()
    {
        Assert.Equal("Łukasz 🇵🇱 \\*\\*bold\\*\\*", ScheduleMessageText.Name("Łukasz 🇵🇱 **bold**"));
        Assert.Equal("東京の 👨‍👩‍👧 family", ScheduleMessageText.Name("東京の 👨‍👩‍👧 family"));
        Assert.Equal("two lines", ScheduleMessageText.Name("two\nlines"));
        var longName = string.Concat(Enumerable.Repeat("🙂", 40));
        Assert.Equal(string.Concat(Enumerable.Repeat("🙂", 32)) + "…", ScheduleMessageText.Name(longName));
    }

    [Fact]
    public void With_hundreds_of_voters_every_slot_is_cut_evenly_and_the_description_stays_within_discord_s_limit()
    {
        var slots = Empty();
        for (int slot = 0; slot < 12; slot++)
            slots[slot] = [.. Enumerable.Range(0, 300).Select(i => new ScheduleEntry((ulong)i + 1, $"Member number {i:000} with a long name", "<:Platinum:900000000000000043>"))];
        var description = ScheduleMessageText.Description(Friday, slots);

        Assert.True(description.Length <= ScheduleMessageText.DescriptionLimit, $"{description.Length} characters");
        var lines = description.Split('\n');
        Assert.All(lines.Skip(2), line => Assert.Matches(@"\+\d+ more$", line));
        var shown = lines.Skip(2).Select(l => l.Split(", ").Length - 1).Distinct();
        Assert.True(Assert.Single(shown) >= 1); // the same number of names in every slot, at least one
        Assert.Contains("Member number 000", lines[2], StringComparison.Ordinal); // earliest voters first
    }

    [Fact]
    public void A_full_list_that_fits_is_not_cut()
    {
        var slots = Empty();
        slots[0] = [.. Enumerable.Range(0, 60).Select(i => new ScheduleEntry((ulong)i + 1, $"m{i}", null))];
        var description = ScheduleMessageText.Description(Friday, slots);
        Assert.DoesNotContain("more", description, StringComparison.Ordinal);
        Assert.Contains("m59", description, StringComparison.Ordinal);
    }
}
