using System.Text.RegularExpressions;
using GameTime.Features.Interactions;
using GameTime.Rest.Discord;

namespace GameTime.Tests.Interactions;

/// <summary>The catalogue against Discord's registration rules (discord-protocol.md 3.3) and the spec's command list.</summary>
public sealed partial class CommandCatalogueTests
{
    [GeneratedRegex(@"^[-_'\p{L}\p{N}\p{IsDevanagari}\p{IsThai}]{1,32}$")]
    private static partial Regex CommandName();

    public static TheoryData<string> Names() => [.. CommandCatalogue.All.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_command_obeys_discords_limits(string name)
    {
        var command = CommandCatalogue.All.Single(c => c.Name == name).Definition;
        Assert.Matches(CommandName(), command.Name);
        Assert.Equal(command.Name.ToLowerInvariant(), command.Name);
        Assert.InRange(command.Description.Length, 1, 100);
        var options = command.Options ?? [];
        Assert.True(options.Length <= 25);
        // required options come before optional ones
        Assert.Equal(options.OrderByDescending(o => o.Required == true).Select(o => o.Name), options.Select(o => o.Name));
        foreach (var option in options)
        {
            Assert.Matches(CommandName(), option.Name);
            Assert.InRange(option.Description.Length, 1, 100);
            Assert.True((option.Choices?.Length ?? 0) <= 25);
            Assert.False(option.Autocomplete == true && option.Choices is not null, "autocomplete and choices exclude each other");
            Assert.All(option.Choices ?? [], c => Assert.InRange(c.Name.Length, 1, 100));
        }
        int characters = command.Name.Length + command.Description.Length
            + options.Sum(o => o.Name.Length + o.Description.Length + (o.Choices?.Sum(c => c.Name.Length + c.Value.ToString().Length) ?? 0));
        Assert.True(characters <= 8000);
        Assert.Equal([0], command.Contexts!); // guild only
    }

    [Fact]
    public void Names_are_unique_and_within_the_per_scope_limit()
    {
        var names = CommandCatalogue.All.Select(c => c.Name).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.InRange(names.Count, 1, 100);
    }

    [Fact]
    public void Every_mod_command_needs_manage_server_or_administrator_by_default_and_user_commands_need_nothing()
    {
        foreach (var spec in CommandCatalogue.All)
        {
            bool mod = spec.Name.StartsWith("mod", StringComparison.Ordinal);
            Assert.Equal(mod, spec.Access != CommandAccess.Everyone);
            string? expected = !mod ? null : spec.Access == CommandAccess.Administrator ? CommandCatalogue.Administrator : CommandCatalogue.ManageGuild;
            Assert.Equal(expected, spec.Definition.DefaultMemberPermissions);
        }
    }

    [Fact]
    public void The_catalogue_has_the_original_bots_public_commands()
    {
        string[] expected =
        [
            "addschedule", "removeschedule", "seeschedule", "setmytimezone", "getusertimezone", "gettimezones", "setupprofile", "lfg",
            "modadduserschedule", "modrefreshschedule", "modforcesendschedule", "modapplyschedule", "modsetusertimezone",
            "modenablebotvoice", "modshowcommunity", "modgenaisummary", "modversion", "modresetcache", "modtestjoin",
            "modvoicecurrentactivity", "moddailystats", "modstatsmatches", "modstatsactiveusers", "moduserinformationsactiveusers",
            "modsetusermaxrankaccount", "modsetuseractiveaccount", "modtextschedulechannel", "modseeschedulechannel", "modvoicechannel",
            "modseevoicechannels", "modresetvoicechannel", "modtextmainchannel", "modseemainchannel", "modtextgamingsessionchannel",
            "modseesgamingsessionchannel", "modtextnewuserchannel", "modseesnewuserchannel", "modtextusernamechannel",
            "modseesusernamechannel", "modtexttournamentchannel", "modseestournamentchannel", "modcreatetournament", "modstarttournament",
            "registertournament", "reportlosttournament", "seebrackettournament", "modreportlosttournament", "modreportlosttournamentdebug",
            "modshowendtournamentresult", "bet", "betwallet", "betleaderboard", "betactivetournament", "setmymaxrankaccount", "setmyactiveaccount",
        ];
        Assert.Empty(expected.Except(CommandCatalogue.All.Select(c => c.Name)));
    }

    [Fact]
    public void The_hash_changes_with_any_change_to_what_discord_is_sent()
    {
        string hash = CommandRegistrar.Hash(CommandCatalogue.All);
        Assert.Equal(hash, CommandRegistrar.Hash(CommandCatalogue.All));
        Assert.Matches("^[0-9a-f]{64}$", hash);

        var changed = CommandCatalogue.All.Select(c => c with
        {
            Definition = c.Name == "lfg" ? Copy(c.Definition, "Find players") : c.Definition,
        }).ToList();
        Assert.NotEqual(hash, CommandRegistrar.Hash(changed));
    }

    private static JsonApplicationCommand Copy(JsonApplicationCommand c, string description) => new()
    {
        Type = c.Type, Name = c.Name, Description = description, Options = c.Options, DefaultMemberPermissions = c.DefaultMemberPermissions,
        Contexts = c.Contexts, IntegrationTypes = c.IntegrationTypes,
    };
}
