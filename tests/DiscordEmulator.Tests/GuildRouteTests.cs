using System.Net;
using System.Text.Json.Nodes;

namespace GameTime.DiscordEmulator.Tests;

/// <summary>Guilds, members, member roles and channels over REST, with Discord's 404 codes.</summary>
public sealed class GuildRouteTests
{
    [Fact]
    public async Task Guild_member_and_channel_are_shaped_like_Discords()
    {
        await using var emulator = await Emulators.SeededAsync(RestCalls.Unlimited);
        using var http = RestTests.Client(emulator);

        var guild = await http.RestGetAsync($"guilds/{Emulators.Guild}?with_counts=true");
        var member = await http.RestGetAsync($"guilds/{Emulators.Guild}/members/{Emulators.Zoe}");
        var channel = await http.RestGetAsync($"channels/{Emulators.General}");

        Fixtures.AssertHasKeysOf(Fixtures.Load("rest_guild_get"), guild.Body, "GET /guilds/{id}");
        Fixtures.AssertHasKeysOf(Fixtures.Load("rest_guild_member"), member.Body, "GET member");
        Fixtures.AssertHasKeysOf(Fixtures.Load("rest_channel_guild_text"), channel.Body, "GET channel", "default_auto_archive_duration");
        Assert.Equal("Siege Squad", (string)guild.Object["name"]!);
        Assert.Equal(RestCalls.Id(Emulators.Ash), (string)guild.Object["owner_id"]!);
        Assert.Equal(26, (int)guild.Object["approximate_member_count"]!);
        Assert.Contains(guild.Object["roles"]!.AsArray(), r => (string)r!["name"]! == "Moderator" && (string)r["permissions"]! == "8224");
        Assert.Equal("zoé.lefèvre", (string)member.Object["user"]!["username"]!);
        Assert.Equal("general", (string)channel.Object["name"]!);
        Assert.Equal(RestCalls.Id(Emulators.Guild), (string)channel.Object["guild_id"]!);
    }

    [Fact]
    public async Task Members_are_listed_by_user_id_after_the_given_one()
    {
        await using var emulator = await Emulators.SeededAsync(RestCalls.Unlimited);
        using var http = RestTests.Client(emulator);

        var first = await http.RestGetAsync($"guilds/{Emulators.Guild}/members?limit=2");
        var next = await http.RestGetAsync($"guilds/{Emulators.Guild}/members?limit=2&after={(string)first.Array[1]!["user"]!["id"]!}");
        var all = await http.RestGetAsync($"guilds/{Emulators.Guild}/members?limit=1000");
        var defaultLimit = await http.RestGetAsync($"guilds/{Emulators.Guild}/members");
        var tooMany = await http.RestGetAsync($"guilds/{Emulators.Guild}/members?limit=1001");

        Assert.Equal(["900000000000001001", "900000000000001002"], first.Array.Select(m => (string)m!["user"]!["id"]!));
        Assert.Equal(["900000000000001003", "900000000000001004"], next.Array.Select(m => (string)m!["user"]!["id"]!));
        Assert.Equal(26, all.Array.Count);
        Assert.Single(defaultLimit.Array);
        RestCalls.AssertError(tooMany, HttpStatusCode.BadRequest, 50035, "limit");
    }

    [Fact]
    public async Task Listing_members_needs_the_GUILD_MEMBERS_portal_toggle()
    {
        await using var emulator = await Emulators.SeededAsync(RestCalls.Unlimited with { PrivilegedIntentsEnabled = 256 | 32768 });
        using var http = RestTests.Client(emulator);

        var answer = await http.RestGetAsync($"guilds/{Emulators.Guild}/members?limit=10");
        var one = await http.RestGetAsync($"guilds/{Emulators.Guild}/members/{Emulators.Zoe}");

        RestCalls.AssertError(answer, HttpStatusCode.Forbidden, 50001);
        Assert.Equal(HttpStatusCode.OK, one.Status);
    }

    [Fact]
    public async Task Member_roles_change_with_204_dispatch_GUILD_MEMBER_UPDATE_and_record_the_audit_reason()
    {
        await using var emulator = await Emulators.SeededAsync(RestCalls.Unlimited);
        await using var client = await GatewayTestClient.HelloAsync(emulator);
        await client.IdentifyAsync();
        using var http = RestTests.Client(emulator);
        const ulong Lfg = 900000000000000011;

        var add = await http.RestPutAsync($"guilds/{Emulators.Guild}/members/{Emulators.NewRecruit}/roles/{Lfg}", reason: "Looking for group: ranked");
        var update = (await client.NextDispatchAsync("GUILD_MEMBER_UPDATE"))["d"]!;
        var remove = await http.RestDeleteAsync($"guilds/{Emulators.Guild}/members/{Emulators.NewRecruit}/roles/{Lfg}", reason: "timeout");
        var removed = (await client.NextDispatchAsync("GUILD_MEMBER_UPDATE"))["d"]!;

        Assert.Equal(HttpStatusCode.NoContent, add.Status);
        Assert.Null(add.Response.Content.Headers.ContentType);
        Fixtures.AssertHasKeysOf(Fixtures.Load("guild_member_update")["d"], update, "GUILD_MEMBER_UPDATE d");
        Assert.Equal([RestCalls.Id(Lfg)], update["roles"]!.AsArray().Select(r => (string)r!));
        Assert.Empty(removed["roles"]!.AsArray());
        Assert.Equal(HttpStatusCode.NoContent, remove.Status);
        Assert.Equal(["Looking for group: ranked", "timeout"], emulator.Requests.Where(r => r.Route.Contains("/roles/", StringComparison.Ordinal)).Select(r => r.AuditLogReason));
        Assert.DoesNotContain(Lfg, emulator.Guild(Emulators.Guild).Members.Single(m => m.UserId == Emulators.NewRecruit).Roles ?? []);
    }

    [Fact]
    public async Task Unknown_guilds_members_roles_and_channels_get_their_codes()
    {
        await using var emulator = await Emulators.SeededAsync(RestCalls.Unlimited);
        using var http = RestTests.Client(emulator);

        RestCalls.AssertError(await http.RestGetAsync("guilds/1"), HttpStatusCode.NotFound, 10004);
        RestCalls.AssertError(await http.RestGetAsync($"guilds/{Emulators.Guild}/members/1"), HttpStatusCode.NotFound, 10007);
        RestCalls.AssertError(await http.RestPutAsync($"guilds/{Emulators.Guild}/members/{Emulators.Zoe}/roles/1"), HttpStatusCode.NotFound, 10011);
        RestCalls.AssertError(await http.RestPutAsync($"guilds/{Emulators.Guild}/members/1/roles/900000000000000011"), HttpStatusCode.NotFound, 10007);
        RestCalls.AssertError(await http.RestGetAsync("channels/1"), HttpStatusCode.NotFound, 10003);
        RestCalls.AssertError(await http.RestGetAsync("guilds/abc"), HttpStatusCode.BadRequest, 50035, "guild_id");
    }
}
