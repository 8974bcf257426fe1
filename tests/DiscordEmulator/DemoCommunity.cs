namespace GameTime.DiscordEmulator;

/// <summary>
/// The demo scene: one Rainbow Six Siege community ("Siege Squad") with rank roles and emojis, text and voice channels,
/// about 25 members with varied names, some in voice, and presences including Siege rich presence and Spotify.
/// </summary>
public static class DemoCommunity
{
    public const ulong GuildId = 900000000000000001;

    /// <summary>Rank names best to worst, as the features read them from role and emoji names.</summary>
    public static IReadOnlyList<string> Ranks { get; } = ["Champion", "Diamond", "Emerald", "Platinum", "Gold", "Silver", "Bronze", "Copper"];

    public static EmulatedGuild Seed(DiscordEmulator emulator)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        var guild = emulator.AddGuild(GuildId, "Siege Squad");
        // Moderators may manage the server (MANAGE_GUILD 1<<5) and messages (MANAGE_MESSAGES 1<<13).
        ulong moderator = guild.AddRole("Moderator", 0x3498DB, 900000000000000010, "8224");
        ulong lfg = guild.AddRole("LFG", 0x2ECC71, 900000000000000011);
        int[] rankColors = [0xFFC0CB, 0x800080, 0x008000, 0x00FFFF, 0xFFFF00, 0x808080, 0xD2691E, 0x8B0000];
        var rank = new Dictionary<string, ulong>();
        for (int i = 0; i < Ranks.Count; i++)
        {
            rank[Ranks[i]] = guild.AddRole(Ranks[i], rankColors[i], 900000000000000020 + (ulong)i);
            guild.AddEmoji(Ranks[i], 900000000000000040 + (ulong)i);
        }
        guild.AddTextChannel("schedule", 900000000000000100);
        guild.AddTextChannel("siege", 900000000000000101);
        guild.AddTextChannel("tournaments", 900000000000000102);
        guild.AddTextChannel("general", 900000000000000103);
        ulong squad1 = guild.AddVoiceChannel("Squad 1", 900000000000000200);
        ulong squad2 = guild.AddVoiceChannel("Squad 2", 900000000000000201);
        ulong ranked = guild.AddVoiceChannel("Ranked grind", 900000000000000202);

        (ulong Id, string Username, string? GlobalName, string? Nick, ulong[] Roles, bool Bot)[] people =
        [
            (900000000000001001, "ashmain", "Ash Main", null, [rank["Diamond"], moderator], false),
            (900000000000001002, "thermite_tom", "Thermite Tom", "Tom 🔥", [rank["Platinum"]], false),
            (900000000000001003, "zoé.lefèvre", "Zoé Lefèvre", null, [rank["Gold"], lfg], false),
            (900000000000001004, "dmitriy", "Дмитрий", "Дима", [rank["Emerald"]], false),
            (900000000000001005, "björn_ironsight", "Björn", null, [rank["Silver"]], false),
            (900000000000001006, "jäger_fan", null, null, [rank["Copper"]], false),
            (900000000000001007, "valkyrie.cams", "Valkyrie Cams", null, [rank["Champion"], moderator], false),
            (900000000000001008, "mute_jammer", "Mute", null, [rank["Bronze"], lfg], false),
            (900000000000001009, "ольга_r6", "Ольга", null, [rank["Gold"]], false),
            (900000000000001010, "josé.maría", "José María", "Pepe", [rank["Platinum"]], false),
            (900000000000001011, "sledge_hammer", "Sledge", null, [rank["Silver"], lfg], false),
            (900000000000001012, "caveira_br", "Caveira", null, [rank["Diamond"]], false),
            (900000000000001013, "nøkk.shadow", "Nøkk", null, [rank["Emerald"]], false),
            (900000000000001014, "frost_bite", null, "Frosty", [rank["Copper"]], false),
            (900000000000001015, "ela_bosak", "Ela", null, [rank["Gold"]], false),
            (900000000000001016, "łukasz", "Łukasz", null, [rank["Bronze"]], false),
            (900000000000001017, "twitch_drone", "Twitch", null, [rank["Silver"]], false),
            (900000000000001018, "doc_heals", "Doc", null, [rank["Platinum"], lfg], false),
            (900000000000001019, "saoirse", "Saoirse Ní Bhriain", null, [rank["Gold"]], false),
            (900000000000001020, "hibana_x", "Hibana", null, [rank["Diamond"]], false),
            (900000000000001021, "mira_window", "Mira", null, [rank["Emerald"]], false),
            (900000000000001022, "cérise", "Cérise", null, [rank["Copper"]], false),
            (900000000000001023, "new_recruit", null, null, [], false),
            (900000000000001024, "kapkan.trap", "Капкан", null, [rank["Bronze"]], false),
            (900000000000001025, "statbot", "StatBot", null, [], true),
        ];
        foreach (var p in people)
        {
            guild.AddMember(new EmulatedMember(p.Id, p.Username, p.GlobalName, p.Nick, p.Roles, Bot: p.Bot));
        }

        // The pushes queue their dispatches before returning, so a connected client gets them in this order; the
        // returned tasks (done once sent) are not needed here.
        _ = emulator.VoiceJoinAsync(GuildId, 900000000000001001, squad1);
        _ = emulator.VoiceJoinAsync(GuildId, 900000000000001002, squad1);
        _ = emulator.VoiceJoinAsync(GuildId, 900000000000001003, squad1);
        _ = emulator.VoiceJoinAsync(GuildId, 900000000000001007, ranked);
        _ = emulator.VoiceJoinAsync(GuildId, 900000000000001012, ranked);
        _ = emulator.VoiceJoinAsync(GuildId, 900000000000001004, squad2);

        const string Siege = "Rainbow Six Siege";
        _ = emulator.SetPresenceAsync(GuildId, 900000000000001001, "online", new EmulatedActivity(Siege, 0, "in MENU", "Party of 3"));
        _ = emulator.SetPresenceAsync(GuildId, 900000000000001002, "online", new EmulatedActivity(Siege, 0, "in MENU"));
        _ = emulator.SetPresenceAsync(GuildId, 900000000000001003, "dnd", new EmulatedActivity(Siege, 0, "Playing SHOOTING RANGE"));
        _ = emulator.SetPresenceAsync(GuildId, 900000000000001007, "online", new EmulatedActivity(Siege, 0, "RANKED match 2 of 9", "Round 4: 2 - 1"));
        _ = emulator.SetPresenceAsync(GuildId, 900000000000001012, "online", new EmulatedActivity("Tom Clancy's Rainbow Six Siege X", 0, "RANKED match 5 of 9"));
        _ = emulator.SetPresenceAsync(GuildId, 900000000000001004, "idle", new EmulatedActivity(Siege, 0, "STANDARD match"));
        _ = emulator.SetPresenceAsync(GuildId, 900000000000001010, "online",
            new EmulatedActivity("Custom Status", 4, State: "grinding to Plat"),
            new EmulatedActivity("Spotify", 2, "Blinding Lights", "The Weeknd"));
        _ = emulator.SetPresenceAsync(GuildId, 900000000000001015, "online", new EmulatedActivity(Siege));
        _ = emulator.SetPresenceAsync(GuildId, 900000000000001018, "online", new EmulatedActivity(Siege, 0, "QUICK MATCH match 1 of 7"));
        _ = emulator.SetPresenceAsync(GuildId, 900000000000001020, "idle");
        _ = emulator.SetPresenceAsync(GuildId, 900000000000001025, "online", new EmulatedActivity("your stats", 3));
        return guild;
    }
}
