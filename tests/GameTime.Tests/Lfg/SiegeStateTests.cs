using GameTime.Features.Lfg;
using GameTime.Gateway.Cache;

namespace GameTime.Tests.Lfg;

public sealed class SiegeStateTests
{
    [Theory]
    [InlineData("in MENU", SiegeState.Menu)]
    [InlineData("RANKED match 2 of 9", SiegeState.RankedMatch)]
    [InlineData("RANKED match", SiegeState.RankedMatch)]
    [InlineData("STANDARD match 4 of 9", SiegeState.StandardMatch)]
    [InlineData("UNRANKED match 1 of 9", SiegeState.StandardMatch)]
    [InlineData("QUICK MATCH match 1 of 7", SiegeState.QuickMatch)]
    [InlineData("Playing Map Training", SiegeState.WarmUp)]
    [InlineData("Playing SHOOTING RANGE", SiegeState.WarmUp)]
    [InlineData("ARCADE Golden Gun", SiegeState.WarmUp)]
    [InlineData("VERSUS AI match", SiegeState.WarmUp)]
    [InlineData("Looking for RANKED match", SiegeState.Other)]
    [InlineData("CUSTOM_GAME match 1 of 6", SiegeState.Other)]
    [InlineData("", SiegeState.Other)]
    [InlineData(null, SiegeState.Other)]
    public void The_details_string_names_the_state(string? details, SiegeState expected) =>
        Assert.Equal(expected, SiegeStates.Read(details));

    [Fact]
    public void No_siege_presence_is_not_playing_and_only_real_matches_are_matches()
    {
        Assert.Equal(SiegeState.NotPlaying, SiegeStates.Read((SiegeActivity?)null));
        Assert.Equal(SiegeState.Menu, SiegeStates.Read(new SiegeActivity("Tom Clancy's Rainbow Six Siege X", "in MENU", "Party of 3")));
        Assert.Equal([SiegeState.RankedMatch, SiegeState.StandardMatch, SiegeState.QuickMatch],
            Enum.GetValues<SiegeState>().Where(s => s.IsMatch()));
    }

    [Fact]
    public async Task A_real_shaped_presence_update_reads_through_the_gateway_cache()
    {
        await using var world = new LfgWorld();
        await world.GuildCreateAsync((LfgWorld.Ash, LfgWorld.Squad, null));
        // Custom status and Spotify first, as Discord lists them; the Siege rich presence last.
        await world.PresenceAsync(LfgWorld.Ash, """
            [{"type":4,"name":"Custom Status","state":"grinding to Plat","emoji":{"name":"🔥"}},
             {"type":2,"name":"Spotify","details":"Blinding Lights","state":"The Weeknd"},
             {"type":0,"name":"Rainbow Six Siege","details":"RANKED match 3 of 9","state":"Round 4: 2 - 1","application_id":"445956193924546560"}]
            """);
        Assert.Equal(SiegeState.RankedMatch, SiegeStates.Read(world.Cache.SiegePresence(LfgWorld.Guild, LfgWorld.Ash)));

        await world.PresenceAsync(LfgWorld.Ash, """[{"type":2,"name":"Spotify","details":"Blinding Lights"}]""");
        Assert.Equal(SiegeState.NotPlaying, SiegeStates.Read(world.Cache.SiegePresence(LfgWorld.Guild, LfgWorld.Ash)));
    }
}
