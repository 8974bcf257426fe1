namespace GameTime.DiscordEmulator.Tests;

public sealed class DemoCommunityTests
{
    [Fact]
    public async Task The_demo_guild_is_a_Siege_community_with_varied_members_voice_and_presences()
    {
        await using var emulator = await DiscordEmulator.StartAsync();
        var guild = DemoCommunity.Seed(emulator);
        await using var client = await GatewayTestClient.HelloAsync(emulator);
        var (_, guilds) = await client.IdentifyAsync();
        var d = guilds[0];

        Assert.Equal(900000000000000001UL, guild.Id);
        Assert.Equal("Siege Squad", guild.Name);
        Assert.Equal(26, guild.Members.Count);
        Assert.Equal(2, guild.Members.Count(m => m.Bot));   // GameTime itself and one other bot
        Assert.Contains(guild.Members, m => m.GlobalName == "Дмитрий");
        Assert.Contains(guild.Members, m => m.Nick?.Contains("🔥", StringComparison.Ordinal) == true);
        Assert.Contains(guild.Members, m => m.Username.Contains('é', StringComparison.Ordinal));
        var channels = d["channels"]!.AsArray().Select(c => ((string)c!["name"]!, (int)c["type"]!)).ToList();
        Assert.Equal([("schedule", 0), ("siege", 0), ("tournaments", 0), ("general", 0), ("Squad 1", 2), ("Squad 2", 2), ("Ranked grind", 2)], channels);
        var roleNames = d["roles"]!.AsArray().Select(r => (string)r!["name"]!).ToList();
        Assert.All(DemoCommunity.Ranks, rank => Assert.Contains(rank, roleNames));
        Assert.Equal(DemoCommunity.Ranks.ToHashSet(), d["emojis"]!.AsArray().Select(e => (string)e!["name"]!).ToHashSet());
        Assert.Equal(6, d["voice_states"]!.AsArray().Count);
        var activities = d["presences"]!.AsArray().SelectMany(p => p!["activities"]!.AsArray()).ToList();
        var details = activities.Where(a => ((string?)a!["name"])?.Contains("Rainbow Six Siege", StringComparison.Ordinal) == true)
            .Select(a => (string?)a!["details"]).ToList();
        Assert.Subset(details.ToHashSet(), new HashSet<string?> { "in MENU", "RANKED match 2 of 9", "STANDARD match", "Playing SHOOTING RANGE" });
        var spotify = activities.Single(a => (int)a!["type"]! == 2)!;
        Assert.Equal("Spotify", (string)spotify["name"]!);
        Assert.NotNull(spotify["sync_id"]);
    }

    [Fact]
    public async Task The_emulator_program_rejects_unknown_arguments()
    {
        Assert.Equal(2, await Program.Main(["--bogus"]));
    }
}
