namespace GameTime.DiscordEmulator.Tests;

internal static class Emulators
{
    /// <summary>Options for tests that start several sessions back to back (no 5 s identify spacing).</summary>
    public static EmulatorOptions ManySessions { get; } = new() { IdentifyWindow = TimeSpan.Zero };

    /// <summary>An emulator holding the demo community (guild "Siege Squad", 26 members, some in voice).</summary>
    public static async Task<DiscordEmulator> SeededAsync(EmulatorOptions? options = null)
    {
        var emulator = await DiscordEmulator.StartAsync(options);
        DemoCommunity.Seed(emulator);
        return emulator;
    }

    public const ulong Guild = DemoCommunity.GuildId;
    public const ulong Ash = 900000000000001001;          // Diamond, in "Squad 1", in MENU
    public const ulong Zoe = 900000000000001003;          // "zoé.lefèvre", in "Squad 1"
    public const ulong NewRecruit = 900000000000001023;   // no roles, offline
    public const ulong General = 900000000000000103;      // #general
    public const ulong Squad2 = 900000000000000201;       // voice "Squad 2"
    public const ulong RankedGrind = 900000000000000202;  // voice "Ranked grind"
}
