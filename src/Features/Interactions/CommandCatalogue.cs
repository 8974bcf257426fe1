using GameTime.Rest.Discord;
using static GameTime.Features.Interactions.CommandOptions;

namespace GameTime.Features.Interactions;

/// <summary>
/// Every slash command of the bot, as registered with Discord: the original bot's public names and options
/// (spec README "Commands"), guild-only, with our own descriptions. Mod commands carry Manage Server as their
/// default permission and are checked again on every call; owner commands also check the application owner.
/// </summary>
public static class CommandCatalogue
{
    /// <summary>MANAGE_GUILD (1 &lt;&lt; 5), as Discord wants it: a decimal string.</summary>
    public const string ManageGuild = "32";
    public const string Administrator = "8";

    private static readonly TimeSpan NoCooldown = TimeSpan.Zero;

    public static readonly (string Name, long Value)[] Weekdays =
        [("Monday", 0), ("Tuesday", 1), ("Wednesday", 2), ("Thursday", 3), ("Friday", 4), ("Saturday", 5), ("Sunday", 6)];

    /// <summary>The 12 schedule slots (spec README: 3pm to 2am in the guild's timezone), slot 0 = 3pm.</summary>
    public static readonly (string Name, long Value)[] Slots =
    [
        ("3pm", 0), ("4pm", 1), ("5pm", 2), ("6pm", 3), ("7pm", 4), ("8pm", 5), ("9pm", 6), ("10pm", 7), ("11pm", 8),
        ("12am", 9), ("1am", 10), ("2am", 11),
    ];

    public static IReadOnlyList<CommandSpec> All { get; } = Build();

    private static List<CommandSpec> Build() =>
    [
        // Daily schedule and recurring schedules (features-community 1).
        User("addschedule", "Pick the days and hours you usually play (replaces your own recurring schedule)"),
        User("removeschedule", "Remove your recurring schedule for one day of the week",
            Choice("day", "The day of the week", true, Weekdays)),
        User("seeschedule", "Show your recurring schedule"),
        Mod("modadduserschedule", "Add a member to a time slot of today's schedule",
            Member("member", "The member to add"), Choice("time_voted", "The time slot", true, Slots)),
        Mod("modrefreshschedule", "Rebuild today's schedule votes from the message's reactions"),
        Mod("modforcesendschedule", "Send a new daily schedule message now"),
        Mod("modapplyschedule", "Add everyone's recurring schedules to today's message (votes are kept)"),

        // Timezones (features-community 2).
        User("setmytimezone", "Set your timezone (an IANA name such as America/New_York)",
            Text("timezone", "Your timezone; leave empty to pick from a list", maxLength: 64, autocomplete: true)),
        User("getusertimezone", "Show a member's timezone", Member("member", "The member")),
        User("gettimezones", "Show the timezones of everyone in a voice channel, to pick the best host", ephemeral: false,
            cooldown: TimeSpan.FromSeconds(10),
            options: [Channel("voice_channel", "The voice channel (yours if empty)", false, VoiceChannel)]),
        Mod("modsetusertimezone", "Set a member's timezone",
            Member("member", "The member"),
            Text("timezone", "The timezone; leave empty to pick from a list", maxLength: 64, autocomplete: true)),
        User("setupprofile", "Set your timezone and your Ubisoft accounts"),

        // Looking for group (features-community 4).
        User("lfg", "Ask this channel for players to fill your voice channel", ephemeral: false, cooldown: TimeSpan.FromMinutes(1),
            options: [Integer("number_of_users_needed", "How many players you need (default: enough for five)", min: 1, max: 10)]),
        User("lfgoptout", "Choose whether the automatic looking-for-group messages may mention you",
            Boolean("opt_out", "True: never mention me; false: mention me again", required: true)),

        // Voice, analytics, AI (features-community 3, 5, 6).
        Mod("modenablebotvoice", "Turn the spoken voice greeting on or off", Boolean("enable", "On or off", required: true)),
        Mod("modvoicecurrentactivity", "Show what members in the tracked voice channels are playing"),
        Admin("modshowcommunity", "Show the community relationship graph (who plays with whom)", cooldown: TimeSpan.FromMinutes(1),
            options:
            [
                Integer("from_day_ago", "Start of the period, in days ago (default 90)", min: 0, max: 3650),
                Integer("to_day_ago", "End of the period, in days ago (default 0, today)", min: 0, max: 3650),
            ]),
        Mod("modgenaisummary", "Generate the AI summary of the last hours now", cooldown: TimeSpan.FromMinutes(1),
            options: [Integer("hours", "How many hours back (default 24)", min: 1, max: 168)]),

        // Bot administration (features-community 7.2).
        Mod("modversion", "Show the bot's version and commit"),
        Owner("modresetcache", "Reload this server's cached Discord data and settings (bot owner only)"),
        Owner("modtestjoin", "Replay the new-member welcome for yourself (bot owner only)"),

        // Rainbow Six statistics and ranks (features-competitive 3).
        User("setmymaxrankaccount", "Set your highest-ranked Ubisoft account; the bot gives you your rank role",
            Text("ubisoft_connect_name", "Your Ubisoft Connect name", required: true, maxLength: 64)),
        User("setmyactiveaccount", "Set the Ubisoft account you play on now",
            Text("name", "Your Ubisoft Connect name", required: true, maxLength: 64)),
        Mod("moddailystats", "Post one of the daily statistics now", Integer("stats_id", "Which statistic", required: true, min: 0, max: 26)),
        Mod("modstatsmatches", "Post a member's gaming-session statistics now", Member("member", "The member")),
        Mod("modstatsactiveusers", "Download the matches of members active in the last 24 hours now"),
        Mod("moduserinformationsactiveusers", "Download the profile statistics of members active in the last 24 hours now"),
        Mod("modsetusermaxrankaccount", "Set a member's highest-ranked Ubisoft account",
            Member("member", "The member"), Text("ubisoft_username", "The Ubisoft Connect name", required: true, maxLength: 64)),
        Mod("modsetuseractiveaccount", "Set the Ubisoft account a member plays on now",
            Member("member", "The member"), Text("ubisoft_username", "The Ubisoft Connect name", required: true, maxLength: 64)),

        // Channel configuration (features-community 7.1, features-competitive 1.2).
        Mod("modtextschedulechannel", "Set the channel of the daily schedule message", TextChannelOption()),
        Mod("modseeschedulechannel", "Show the channel of the daily schedule message"),
        Mod("modvoicechannel", "Add a voice channel to the tracked ones (activity, schedule, greeting)",
            Channel("channel", "The voice channel", true, VoiceChannel)),
        Mod("modseevoicechannels", "Show the tracked voice channels"),
        Mod("modresetvoicechannel", "Stop tracking every voice channel"),
        Mod("modtextmainchannel", "Set the main channel (looking for group, daily stats, AI summary)", TextChannelOption()),
        Mod("modseemainchannel", "Show the main channel"),
        Mod("modtextgamingsessionchannel", "Set the channel of the gaming-session statistics", TextChannelOption()),
        Mod("modseesgamingsessionchannel", "Show the channel of the gaming-session statistics"),
        Mod("modtextnewuserchannel", "Set the channel that welcomes new members", TextChannelOption()),
        Mod("modseesnewuserchannel", "Show the channel that welcomes new members"),
        Mod("modtextusernamechannel", "Set the channel where moderators confirm Ubisoft accounts", TextChannelOption()),
        Mod("modseesusernamechannel", "Show the channel where moderators confirm Ubisoft accounts"),
        Mod("modtexttournamentchannel", "Set the tournament channel", TextChannelOption()),
        Mod("modseestournamentchannel", "Show the tournament channel"),

        // Tournaments (features-competitive 1).
        Mod("modcreatetournament", "Create a single-elimination tournament",
            Text("name", "The tournament's name", required: true, maxLength: 100),
            Text("registration_date_start", "First day of registration, YYYY-MM-DD", required: true, maxLength: 10),
            Text("start_date", "Start day, YYYY-MM-DD", required: true, maxLength: 10),
            Text("end_date", "Last day, YYYY-MM-DD", required: true, maxLength: 10),
            Choice("best_of", "Games per match (default 3)", false, ("Best of 1", 1), ("Best of 3", 3), ("Best of 5", 5)),
            Choice("max_users", "Most entries (default 16)", false, ("2", 2), ("4", 4), ("8", 8), ("16", 16), ("32", 32), ("64", 64)),
            Text("maps", "Map pool, comma-separated (default: the ranked pool)", maxLength: 500),
            Integer("team_size", "Players per team, 1 to 5 (default 1)", min: 1, max: 5)),
        Owner("modstarttournament", "Start a tournament now (bot owner only)",
            Integer("tournament_id", "The tournament", required: true, min: 1)),
        User("registertournament", "Register for an open tournament"),
        User("reportlosttournament", "Report that you lost your tournament match"),
        User("seebrackettournament", "Show the bracket of a running tournament", ephemeral: false, cooldown: TimeSpan.FromSeconds(10)),
        Mod("modreportlosttournament", "Report a member's tournament loss", Member("member", "The member who lost")),
        Mod("modreportlosttournamentdebug", "Report a tournament loss by user id",
            Text("user_id_str", "The user id of who lost", required: true, maxLength: 20)),
        Mod("modshowendtournamentresult", "Post a finished tournament's results again",
            Integer("tournament_id", "The tournament", required: true, min: 1)),

        // Bets (features-competitive 2).
        User("bet", "Bet fake money on a tournament match"),
        User("betwallet", "Show your wallet for each tournament"),
        User("betleaderboard", "Show the leaderboard of a tournament's bets", ephemeral: false),
        User("betactivetournament", "Show the active bets of a tournament"),
    ];

    private static JsonCommandOption TextChannelOption() =>
        Channel("channel", "The text channel", true, TextChannel, AnnouncementChannel);

    private static CommandSpec User(string name, string description, params JsonCommandOption[] options) =>
        User(name, description, ephemeral: true, cooldown: NoCooldown, options);

    private static CommandSpec User(string name, string description, bool ephemeral, TimeSpan? cooldown = null,
        params JsonCommandOption[] options) =>
        new(Definition(name, description, options, null), CommandAccess.Everyone, ephemeral, cooldown ?? NoCooldown);

    private static CommandSpec Mod(string name, string description, params JsonCommandOption[] options) =>
        Mod(name, description, NoCooldown, options);

    private static CommandSpec Mod(string name, string description, TimeSpan cooldown, params JsonCommandOption[] options) =>
        new(Definition(name, description, options, ManageGuild), CommandAccess.Moderator, Ephemeral: true, cooldown);

    private static CommandSpec Admin(string name, string description, TimeSpan cooldown, params JsonCommandOption[] options) =>
        new(Definition(name, description, options, Administrator), CommandAccess.Administrator, Ephemeral: true, cooldown);

    private static CommandSpec Owner(string name, string description, params JsonCommandOption[] options) =>
        new(Definition(name, description, options, ManageGuild), CommandAccess.Owner, Ephemeral: true, NoCooldown);

    private static JsonApplicationCommand Definition(string name, string description, JsonCommandOption[] options, string? permissions) =>
        new()
        {
            Type = 1,
            Name = name,
            Description = description,
            Options = options.Length == 0 ? null : options,
            DefaultMemberPermissions = permissions,
            Contexts = [0],          // guild only
            IntegrationTypes = [0],  // installed to a guild
        };
}
