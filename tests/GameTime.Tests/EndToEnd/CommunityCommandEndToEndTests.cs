using GameTime.Features.Data;
using static GameTime.Tests.EndToEnd.BotHarness;
using DemoData = GameTime.Features.Admin.DemoCommunity;

namespace GameTime.Tests.EndToEnd;

/// <summary>/modshowcommunity through the emulator: deferred in time, administrators only, the graph as an attachment.</summary>
public sealed class CommunityCommandEndToEndTests : BotTest
{
    private const ulong Valkyrie = 900000000000001007;   // Moderator role (Manage Server), not an administrator

    [Fact]
    public async Task An_administrator_gets_the_graph_as_an_attachment_after_a_defer_within_the_deadline()
    {
        DemoData.Fill(Bot.Database, DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("America/New_York"), Guild);

        var (interaction, callback) = await Bot.CommandAsync(AshMain, "modshowcommunity", Option("from_day_ago", 4, 30));
        Assert.Equal(5, callback.Type);
        Assert.True(callback.Elapsed < TimeSpan.FromSeconds(3), $"answered after {callback.Elapsed}");
        var original = await interaction.WaitForOriginalAsync(Patience, m => m["attachments"] is System.Text.Json.Nodes.JsonArray { Count: > 0 });

        Assert.True(interaction.OriginalEphemeral);
        Assert.Matches(@"^Who plays with whom from \d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d: \d+ members, \d+ pairs with more than an hour together\.$",
            (string?)original["content"]);
        var attachment = original["attachments"]![0]!;
        Assert.Equal("community.png", (string?)attachment["filename"]);
        Assert.Equal("image/png", (string?)attachment["content_type"]);
        Assert.InRange((int)attachment["size"]!, 20_000, 8_000_000);
        Assert.DoesNotContain("wrote 0 characters", Bot.Log.ToString(), StringComparison.Ordinal);   // ephemeral: no MESSAGE_CREATE
    }

    [Fact]
    public async Task A_moderator_who_is_not_an_administrator_is_refused()
    {
        var (_, callback) = await Bot.CommandAsync(Valkyrie, "modshowcommunity");
        Assert.Equal(4, callback.Type);
        Assert.Equal("You need the Administrator permission to use /modshowcommunity.", (string?)callback.Data!["content"]);
    }

    [Fact]
    public async Task A_period_that_ends_before_it_starts_is_explained_and_no_graph_is_sent()
    {
        var (interaction, callback) = await Bot.CommandAsync(AshMain, "modshowcommunity", Options(("from_day_ago", 4, 5), ("to_day_ago", 4, 9)));
        Assert.Equal(4, callback.Type);
        Assert.StartsWith("`to_day_ago` (9) must not be more days ago than `from_day_ago` (5)", (string?)callback.Data!["content"], StringComparison.Ordinal);
        Assert.Empty(callback.Files);
    }

    [Fact]
    public async Task A_guild_without_voice_activity_gets_an_empty_graph_and_says_so()
    {
        var text = await Bot.AnswerTextAsync(AshMain, "modshowcommunity");
        Assert.Matches(@"^Nobody was in a tracked voice channel from \d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d, so the graph is empty\.$", text);
    }
}
