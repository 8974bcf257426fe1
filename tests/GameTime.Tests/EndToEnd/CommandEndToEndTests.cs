using System.Globalization;
using System.Text.Json.Nodes;
using GameTime.DiscordEmulator;
using GameTime.Features.Interactions;
using static GameTime.Tests.EndToEnd.BotHarness;

namespace GameTime.Tests.EndToEnd;

/// <summary>
/// Slash commands end to end: the interaction goes in over the emulator's gateway, the bot answers over REST,
/// and the test checks the answer, the database, and that Discord would have accepted every request.
/// </summary>
public sealed class CommandEndToEndTests : BotTest
{
    private static JsonArray Channel(ulong id) => Option("channel", 7, id.ToString(CultureInfo.InvariantCulture));

    private static JsonArray Member(ulong id, string? timezone = null) => timezone is null
        ? Option("member", 6, id.ToString(CultureInfo.InvariantCulture))
        : Options(("member", 6, id.ToString(CultureInfo.InvariantCulture)), ("timezone", 3, timezone));

    private string? MemberTimezone(ulong userId) =>
        Bot.Scalar<string>("SELECT timezone FROM members WHERE guild_id = $g AND user_id = $u", ("$g", (long)Guild), ("$u", (long)userId));

    [Fact]
    public async Task The_catalogue_is_registered_in_the_guild_in_dev_and_not_again_after_a_restart()
    {
        Assert.Equal(CommandCatalogue.All.Count, Bot.Emulator.Commands(Guild).Count);
        Assert.Equal(1, Bot.Emulator.CommandOverwriteCount(Guild));
        Assert.Equal(0, Bot.Emulator.CommandOverwriteCount());

        Assert.Equal(0, await Bot.StopAsync());
        await Bot.RunAsync();
        await Bot.WaitForLogAsync("slash commands unchanged");
        Assert.Equal(1, Bot.Emulator.CommandOverwriteCount(Guild));
        // and the commands still work after the restart
        Assert.StartsWith("Version: gametime", await Bot.AnswerTextAsync(AshMain, "modversion"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("modtextschedulechannel", "modseeschedulechannel", "schedule_channel_id", "Confirmed to send a daily schedule message into", "The schedule text channel is", "Schedule text channel not set.")]
    [InlineData("modtexttournamentchannel", "modseestournamentchannel", "tournament_channel_id", "Confirmed to send tournament messages into", "The tournament text channel is", "Tournament text channel not set.")]
    [InlineData("modtextmainchannel", "modseemainchannel", "main_channel_id", "Confirmed to send main interaction messages into", "The main text channel is", "Main text channel not set.")]
    [InlineData("modtextgamingsessionchannel", "modseesgamingsessionchannel", "gaming_session_channel_id", "Confirmed to send user gaming session stats into", "The gaming session text channel is", "Gaming session text channel not set.")]
    [InlineData("modtextnewuserchannel", "modseesnewuserchannel", "new_user_channel_id", "Confirmed to send new user messages into", "The new user text channel is", "New user text channel not set.")]
    [InlineData("modtextusernamechannel", "modseesusernamechannel", "username_channel_id", "Confirmed to send user name messages into", "The username text channel is", "Username text channel not set.")]
    public async Task A_moderator_sets_and_reads_each_text_channel(string set, string see, string column, string confirmed, string shown, string notSet)
    {
        Assert.Equal(notSet, await Bot.AnswerTextAsync(AshMain, see));

        var (interaction, callback) = await Bot.CommandAsync(AshMain, set, Channel(TournamentChannel));
        Assert.Equal(4, callback.Type);
        Assert.Equal($"{confirmed} <#{TournamentChannel}>.", (string?)callback.Data!["content"]);
        Assert.True(interaction.OriginalEphemeral);
        Assert.Equal((long)TournamentChannel, Bot.Scalar<long>($"SELECT {column} FROM guild_config WHERE guild_id = $g", ("$g", (long)Guild)));

        Assert.Equal($"{shown} <#{TournamentChannel}>", await Bot.AnswerTextAsync(AshMain, see));
    }

    [Fact]
    public async Task A_member_without_manage_server_is_refused_a_mod_command_and_nothing_changes()
    {
        var (interaction, callback) = await Bot.CommandAsync(Tom, "modtextschedulechannel", Channel(ScheduleChannel));

        Assert.Equal("You need the Manage Server permission to use /modtextschedulechannel.", (string?)callback.Data!["content"]);
        Assert.True(interaction.OriginalEphemeral);
        Assert.Equal(0L, Bot.Scalar<long>("SELECT count(*) FROM guild_config WHERE schedule_channel_id IS NOT NULL"));
        Assert.Empty(Bot.Emulator.Messages(ScheduleChannel));
        Assert.Contains($"refused: user {Tom} may not use /modtextschedulechannel", Bot.Log.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_voice_channel_is_refused_where_a_text_channel_is_needed_and_the_other_way_round()
    {
        Assert.Equal($"<#{Squad1}> is not a text channel.", await Bot.AnswerTextAsync(AshMain, "modtextschedulechannel", Channel(Squad1)));
        Assert.Equal($"<#{General}> is not a voice channel.", await Bot.AnswerTextAsync(AshMain, "modvoicechannel", Channel(General)));
        Assert.Equal(0L, Bot.Scalar<long>("SELECT count(*) FROM guild_config WHERE schedule_channel_id IS NOT NULL"));
        Assert.Equal(0L, Bot.Scalar<long>("SELECT count(*) FROM guild_voice_channels"));
    }

    [Fact]
    public async Task Voice_channels_are_added_once_listed_and_reset()
    {
        Assert.Equal("Voice channel not set.", await Bot.AnswerTextAsync(AshMain, "modseevoicechannels"));
        Assert.Equal($"The bot will check the voice channel <#{Squad1}>.", await Bot.AnswerTextAsync(AshMain, "modvoicechannel", Channel(Squad1)));
        Assert.Equal($"The bot already checks the voice channel <#{Squad1}>.", await Bot.AnswerTextAsync(AshMain, "modvoicechannel", Channel(Squad1)));
        Assert.Equal($"The bot will check the voice channel <#{Squad2}>.", await Bot.AnswerTextAsync(AshMain, "modvoicechannel", Channel(Squad2)));
        Assert.Equal($"The voice channels are: <#{Squad1}>, <#{Squad2}>", await Bot.AnswerTextAsync(AshMain, "modseevoicechannels"));

        Assert.Equal("Deleted all configuration for voice channels: the bot no longer tracks 2 voice channels.",
            await Bot.AnswerTextAsync(AshMain, "modresetvoicechannel"));
        Assert.Equal("Voice channel not set.", await Bot.AnswerTextAsync(AshMain, "modseevoicechannels"));
    }

    [Fact]
    public async Task A_member_sets_a_typed_timezone_and_others_can_read_it()
    {
        string answer = await Bot.AnswerTextAsync(Zoe, "setmytimezone", Option("timezone", 3, "Europe/Paris"));
        Assert.StartsWith("Your timezone is now Europe/Paris (it is ", answer, StringComparison.Ordinal);
        Assert.Equal("Europe/Paris", MemberTimezone(Zoe));

        Assert.StartsWith("Zoé Lefèvre has timezone Europe/Paris (it is ", await Bot.AnswerTextAsync(Tom, "getusertimezone", Member(Zoe)), StringComparison.Ordinal);
        Assert.Equal("Tom 🔥 has no timezone set. They can set one with `/setmytimezone`.",
            await Bot.AnswerTextAsync(Zoe, "getusertimezone", Member(Tom)));
    }

    [Fact]
    public async Task Legacy_names_are_stored_as_their_iana_zone_and_unknown_zones_are_refused_without_storing()
    {
        await Bot.AnswerTextAsync(Tom, "setmytimezone", Option("timezone", 3, "US/Eastern"));
        Assert.Equal("America/New_York", MemberTimezone(Tom));

        string refused = await Bot.AnswerTextAsync(Zoe, "setmytimezone", Option("timezone", 3, "Mars/Olympus_Mons"));
        Assert.StartsWith("`Mars/Olympus_Mons` is not a timezone I know.", refused, StringComparison.Ordinal);
        Assert.Null(MemberTimezone(Zoe));
        Assert.Equal(0L, Bot.Scalar<long>("SELECT count(*) FROM members WHERE user_id = $u", ("$u", (long)Zoe)));
    }

    [Fact]
    public async Task Without_a_value_the_member_picks_a_timezone_from_a_menu()
    {
        var (interaction, callback) = await Bot.CommandAsync(Zoe, "setmytimezone");
        var select = callback.Data!["components"]![0]!["components"]![0]!;
        Assert.Equal("tz:self", (string?)select["custom_id"]);
        Assert.Contains("Asia/Tokyo", select["options"]!.AsArray().Select(o => (string?)o!["value"]));
        ulong menuMessage = ulong.Parse((string)(await interaction.WaitForOriginalAsync(Patience))["id"]!, CultureInfo.InvariantCulture);

        var pick = await Bot.Emulator.ComponentAsync(Guild, General, Zoe, menuMessage, "tz:self", 3, ["Asia/Tokyo"]);
        var picked = await pick.WaitForCallbackAsync(Patience);
        Assert.Equal(7, picked.Type); // the menu message is replaced by the confirmation
        Assert.StartsWith("Your timezone is now Asia/Tokyo", (string?)picked.Data!["content"], StringComparison.Ordinal);
        Assert.Equal("Asia/Tokyo", MemberTimezone(Zoe));
    }

    [Fact]
    public async Task Autocomplete_suggests_iana_zones_from_what_is_typed()
    {
        var interaction = await Bot.Emulator.AutocompleteAsync(Guild, General, Zoe, "setmytimezone", "timezone", "new york");
        var callback = await interaction.WaitForCallbackAsync(Patience);
        Assert.Equal(8, callback.Type);
        var choices = callback.Data!["choices"]!.AsArray();
        Assert.InRange(choices.Count, 1, 25);
        Assert.Equal("America/New_York", (string?)choices[0]!["value"]);
        Assert.StartsWith("America/New_York (now ", (string?)choices[0]!["name"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_moderators_set_another_members_timezone()
    {
        Assert.Equal("You need the Manage Server permission to use /modsetusertimezone.",
            await Bot.AnswerTextAsync(Tom, "modsetusertimezone", Member(Zoe, "Europe/Berlin")));
        Assert.Null(MemberTimezone(Zoe));

        Assert.StartsWith($"The timezone of <@{Zoe}> is now Europe/Berlin",
            await Bot.AnswerTextAsync(AshMain, "modsetusertimezone", Member(Zoe, "Europe/Berlin")), StringComparison.Ordinal);
        Assert.Equal("Europe/Berlin", MemberTimezone(Zoe));
    }

    [Fact]
    public async Task Everyone_in_the_callers_voice_channel_is_listed_by_timezone_publicly()
    {
        await Bot.AnswerTextAsync(Zoe, "setmytimezone", Option("timezone", 3, "Europe/Paris"));
        await Bot.AnswerTextAsync(Tom, "setmytimezone", Option("timezone", 3, "America/Chicago"));
        await Bot.AnswerTextAsync(AshMain, "setmytimezone", Option("timezone", 3, "Europe/Paris"));

        var (interaction, callback) = await Bot.CommandAsync(Tom, "gettimezones");
        var message = callback.Type == 5 ? await interaction.WaitForOriginalAsync(Patience) : callback.Data!;
        Assert.False(interaction.OriginalEphemeral);
        var embed = message["embeds"]![0]!;
        Assert.Equal("Squad 1 timezones", (string?)embed["title"]);
        var fields = embed["fields"]!.AsArray();
        Assert.Equal(2, fields.Count);
        Assert.StartsWith("America/Chicago · ", (string?)fields[0]!["name"], StringComparison.Ordinal); // west first
        Assert.Equal($"<@{Tom}> (?)", (string?)fields[0]!["value"]);
        Assert.EndsWith("(2)", (string?)fields[1]!["name"], StringComparison.Ordinal);
        Assert.Equal("Most common timezone: Europe/Paris", (string?)embed["footer"]!["text"]);
        // the message is in the channel for everyone, and mentions nobody
        var posted = await Bot.Emulator.WaitForMessageAsync(General, m => m.Json["embeds"]?.AsArray().Count == 1, Patience);
        Assert.NotNull(posted);
    }

    [Fact]
    public async Task An_empty_voice_channel_or_a_caller_outside_voice_gets_a_clear_answer()
    {
        await Bot.Emulator.VoiceLeaveAsync(Guild, Dima);
        Assert.Equal($"No one is in <#{Squad2}>.",
            await Bot.AnswerTextAsync(Tom, "gettimezones", Option("voice_channel", 7, Squad2.ToString(CultureInfo.InvariantCulture))));
        Assert.Equal("Join a voice channel, or pick one in the `voice_channel` option.", await Bot.AnswerTextAsync(Dima, "gettimezones"));
    }

    [Fact]
    public async Task Moderators_see_the_version_and_switch_the_voice_greeting()
    {
        Assert.Matches(@"^Version: gametime \d+\.\d+\.\d+ \(commit [0-9a-z]+, linux-", await Bot.AnswerTextAsync(AshMain, "modversion"));

        Assert.StartsWith("The voice greeting is on", await Bot.AnswerTextAsync(AshMain, "modenablebotvoice", Option("enable", 5, true)), StringComparison.Ordinal);
        Assert.Equal(1L, Bot.Scalar<long>("SELECT voice_greeting_enabled FROM guild_config WHERE guild_id = $g", ("$g", (long)Guild)));
        Assert.Equal("The voice greeting is off.", await Bot.AnswerTextAsync(AshMain, "modenablebotvoice", Option("enable", 5, false)));
        Assert.Equal(0L, Bot.Scalar<long>("SELECT voice_greeting_enabled FROM guild_config WHERE guild_id = $g", ("$g", (long)Guild)));
    }

    [Fact]
    public async Task Only_the_application_owner_resets_the_cache()
    {
        ulong owner = Bot.Emulator.Options.OwnerId;
        await Bot.Emulator.MemberAddAsync(Guild, new EmulatedMember(owner, "the_owner", "The Owner"));
        await Bot.AnswerTextAsync(Zoe, "setmytimezone", Option("timezone", 3, "Europe/Paris"));

        Assert.Equal("Only the bot's owner can use /modresetcache.", await Bot.AnswerTextAsync(AshMain, "modresetcache"));

        string answer = await Bot.AnswerTextAsync(owner, "modresetcache");
        Assert.Matches(@"^Cache reloaded from Discord: \d+ members read, 0 stored names updated\.$", answer);
    }

    [Fact]
    public async Task A_command_whose_feature_is_not_built_yet_says_so()
    {
        Assert.Equal("`/bet` is not available yet in this version of GameTime.", await Bot.AnswerTextAsync(Zoe, "bet"));
    }
}
