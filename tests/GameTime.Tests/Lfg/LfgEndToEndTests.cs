using System.Globalization;
using System.Text.Json.Nodes;
using GameTime.DiscordEmulator;
using GameTime.Features.Members;
using GameTime.Tests.EndToEnd;
using static GameTime.Tests.EndToEnd.BotHarness;

namespace GameTime.Tests.Lfg;

/// <summary>
/// The whole bot against the emulator's demo community (real clock: the 5 s debounce runs for real): what Discord
/// receives for an auto-LFG post and a /lfg call, including who it really pings.
/// </summary>
public sealed class LfgEndToEndTests : BotTest
{
    private static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);

    private static List<ulong> Mentioned(JsonObject message) =>
        [.. message["mentions"]!.AsArray().Select(m => ulong.Parse((string)m!["id"]!, CultureInfo.InvariantCulture)).Order()];

    [Fact]
    public async Task Squad_one_back_in_menu_after_ranked_gets_one_post_in_the_main_channel_that_pings_only_who_agreed()
    {
        await Bot.AnswerTextAsync(AshMain, "modtextmainchannel", Option("channel", 7, Id(SiegeChannel)));
        await Bot.AnswerTextAsync(AshMain, "modvoicechannel", Option("channel", 7, Id(Squad1)));
        Assert.StartsWith("Done:", await Bot.AnswerTextAsync(Tom, "lfgoptout", Option("opt_out", 5, true)), StringComparison.Ordinal);

        // Squad 1 (Ash, Tom, Zoé) plays a ranked match, then all three are back in the menu.
        foreach (var who in new[] { AshMain, Tom, Zoe })
            await Bot.Emulator.SetPresenceAsync(Guild, who, "online", new EmulatedActivity("Rainbow Six Siege", 0, "RANKED match 3 of 9", "Round 7: 3 - 3"));
        foreach (var who in new[] { AshMain, Tom, Zoe })
            await Bot.Emulator.SetPresenceAsync(Guild, who, "online", new EmulatedActivity("Rainbow Six Siege", 0, "in MENU", "Party of 3"));

        var post = await Bot.Emulator.WaitForMessageAsync(SiegeChannel, m => m.Content.StartsWith("🎮", StringComparison.Ordinal), Patience);
        // Each named member with the demo guild's own rank emoji (Ash is Diamond, Zoé Gold, Dima Emerald).
        Assert.Equal($"🎮 <:Diamond:900000000000000041> <@{AshMain}>, <:Gold:900000000000000044> <@{Zoe}> and 1 more are looking for 2 teammates to play in <#{Squad1}>", post.Content);
        Assert.Equal([AshMain, Zoe], Mentioned(post.Json));
        Assert.False((bool)post.Json["mention_everyone"]!);
        // The emulator stores the message before its answer reaches the bot, which records the id after that answer.
        long Stored() => Bot.Scalar<long>("SELECT last_message_id FROM lfg_cooldowns WHERE guild_id = $g AND voice_channel_id = $v AND kind = 'auto'",
            ("$g", (long)Guild), ("$v", (long)Squad1));
        await Bot.UntilAsync(() => Stored() != 0, "the post's id in lfg_cooldowns");
        Assert.Equal((long)post.Id, Stored());
        Assert.Equal(1, Bot.Scalar<long>("SELECT lfg_opt_out FROM members WHERE guild_id = $g AND user_id = $u", ("$g", (long)Guild), ("$u", (long)Tom)));
    }

    [Fact]
    public async Task Lfg_pings_here_and_nobody_in_voice_and_a_second_call_is_refused_privately()
    {
        var (interaction, callback) = await Bot.CommandAsync(Dima, "lfg");
        Assert.Equal(4, callback.Type);
        var original = await interaction.WaitForOriginalAsync(Patience);
        Assert.Equal($"@here <:Emerald:900000000000000042> <@{Dima}> is in the voice channel <#{Squad2}> and needs 4 more players.", (string?)original["content"]);
        Assert.True((bool)original["mention_everyone"]!);
        Assert.Empty(Mentioned(original));
        Assert.False(interaction.OriginalEphemeral);

        // The router's own one-minute limit is per member; the voice channel's limit stops a second member too.
        await Bot.Emulator.VoiceJoinAsync(Guild, Zoe, Squad2);
        await Bot.WaitForLogAsync("voice: Zoé Lefèvre moved from 'Squad 1' to 'Squad 2'");
        var (again, _) = await Bot.CommandAsync(Zoe, "lfg");
        Assert.True(again.OriginalEphemeral);
        Assert.StartsWith($"An LFG call for <#{Squad2}> went out", (string?)(await again.WaitForOriginalAsync(Patience))["content"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rank_emoji_deleted_in_the_server_is_no_longer_used_and_the_rank_shows_as_its_colour()
    {
        // GUILD_EMOJIS_UPDATE reaches the bot only with the GUILD_EXPRESSIONS intent (the emulator filters like Discord), on
        // the same connection as, and before, the command's INTERACTION_CREATE: the reader applies it to the cache first.
        Assert.True(Bot.Emulator.Guild(Guild).RemoveEmoji(900000000000000042));   // Emerald

        var (interaction, _) = await Bot.CommandAsync(Dima, "lfg");
        var original = await interaction.WaitForOriginalAsync(Patience);
        Assert.Equal($"@here {RankEmoji.Symbol("Emerald")} <@{Dima}> is in the voice channel <#{Squad2}> and needs 4 more players.", (string?)original["content"]);
    }
}
