using GameTime.Features.Lfg;
using static GameTime.Tests.Lfg.LfgWorld;

namespace GameTime.Tests.Lfg;

/// <summary>The auto-LFG scenarios, on a fake clock: the debounce and the cooldown run on its timers.</summary>
public sealed class AutoLfgTests : IAsyncDisposable
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private readonly LfgWorld _world = new();

    public ValueTask DisposeAsync() => _world.DisposeAsync();

    /// <summary>Ash, Tom and Zoé in the tracked channel in a ranked match, with a music bot beside them.</summary>
    private Task StackOfThreeInRankedAsync() => _world.GuildCreateAsync(
        (Ash, Squad, "RANKED match 5 of 9"), (Tom, Squad, "RANKED match 5 of 9"), (Zoe, Squad, "RANKED match 5 of 9"), (MusicBot, Squad, null));

    /// <summary>The three come back to the menu one second apart, as the match ends.</summary>
    private async Task BackInMenuAsync(params ulong[] who)
    {
        foreach (var user in who.Length == 0 ? [Ash, Tom, Zoe] : who)
        {
            await _world.SiegeAsync(user, "in MENU", "Party of 3");
            await _world.AdvanceAsync(Second);
        }
    }

    private async Task PlayMatchAsync(params ulong[] who)
    {
        foreach (var user in who) await _world.SiegeAsync(user, "RANKED match 1 of 9", "Round 1: 0 - 0");
        await _world.AdvanceAsync(TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task A_stack_of_three_back_in_menu_after_a_ranked_match_posts_once_when_the_debounce_ends()
    {
        await StackOfThreeInRankedAsync();

        await BackInMenuAsync();
        await _world.AdvanceAsync(TimeSpan.FromSeconds(3)); // 4 s after the last change: still quiet
        Assert.Empty(_world.Posts);

        await _world.AdvanceAsync(Second);
        var (channel, body) = Assert.Single(_world.Posts);
        Assert.Equal(Main, channel);
        // The bot in voice takes no seat: three players need two more.
        Assert.Equal($"🎮 <@{Ash}>, <@{Tom}>, <@{Zoe}> are looking for 2 teammates to play in <#{Squad}>", body.Content);
        Assert.Equal([], body.AllowedMentions!.Parse!);
        Assert.Equal([Ash, Tom, Zoe], body.AllowedMentions.Users!);
        Assert.Null(body.AllowedMentions.Roles);

        await _world.AdvanceAsync(TimeSpan.FromMinutes(1));
        Assert.Single(_world.Posts);
        Assert.NotNull(_world.Cooldowns.LastSent(Guild, Squad, LfgKind.Auto));
    }

    [Fact]
    public async Task A_spotify_change_starts_nothing_and_does_not_erase_a_pending_return_to_the_menu()
    {
        await StackOfThreeInRankedAsync();
        string spotify(string song) => $$"""[{"type":2,"name":"Spotify","details":"{{song}}","state":"The Weeknd"},""" + Siege("in MENU", "Party of 3")[1..];

        // In the menu for a while: a new song is no Siege change, so nothing is even scheduled.
        await BackInMenuAsync();
        await _world.AdvanceAsync(TimeSpan.FromMinutes(20));
        int before = _world.Posts.Count;
        await _world.PresenceAsync(Ash, spotify("Blinding Lights"));
        Assert.Equal(0, _world.Auto.Pending);
        await _world.AdvanceAsync(TimeSpan.FromMinutes(1));
        Assert.Equal(before, _world.Posts.Count);

        // Ash and Tom leave the next match while Zoé plays on: two back beat one playing, unless a song change or a
        // new party size inside the debounce erased a "match -> menu" (the original's weakness).
        await _world.AdvanceAsync(TimeSpan.FromMinutes(20));
        await PlayMatchAsync(Ash, Tom, Zoe);
        await BackInMenuAsync(Ash, Tom);
        await _world.PresenceAsync(Ash, spotify("Save Your Tears"));
        await _world.SiegeAsync(Tom, "in MENU", "Party of 2");
        await _world.AdvanceAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(before + 1, _world.Posts.Count);
        Assert.Contains($"<@{Ash}>, <@{Tom}>, <@{Zoe}> are looking for 2 teammates", _world.Posts[^1].Body.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_cooldown_holds_across_a_restart_and_ends_after_fifteen_minutes()
    {
        await StackOfThreeInRankedAsync();
        await BackInMenuAsync();
        await _world.AdvanceAsync(TimeSpan.FromSeconds(5));
        Assert.Single(_world.Posts);

        _world.Restart();
        await _world.AdvanceAsync(TimeSpan.FromMinutes(8));
        await PlayMatchAsync(Ash, Tom, Zoe);
        await BackInMenuAsync();
        await _world.AdvanceAsync(TimeSpan.FromSeconds(5)); // about 9 minutes after the post: held
        Assert.Single(_world.Posts);
        Assert.Equal(AutoLfgOutcome.CoolingDown, await _world.Auto.EvaluateAsync(Guild, Squad, CancellationToken.None));

        await _world.AdvanceAsync(TimeSpan.FromMinutes(6));
        await PlayMatchAsync(Ash, Tom, Zoe);
        await BackInMenuAsync();
        await _world.AdvanceAsync(TimeSpan.FromSeconds(5)); // past 15 minutes: the next match end posts again
        Assert.Equal(2, _world.Posts.Count);
    }

    [Fact]
    public async Task A_recent_lfg_call_for_the_channel_holds_the_automatic_post_back()
    {
        await StackOfThreeInRankedAsync();
        Assert.Null(_world.Cooldowns.TryClaim(Guild, "Siege Squad", Squad, LfgKind.Command, LfgCommands.CommandCooldown)); // Ash's /lfg
        await _world.AdvanceAsync(TimeSpan.FromMinutes(5));
        await BackInMenuAsync();
        await _world.AdvanceAsync(TimeSpan.FromSeconds(5));
        Assert.Empty(_world.Posts); // the channel was asked by hand minutes ago: no second call on top of it
    }

    [Fact]
    public async Task An_opted_out_member_is_counted_but_neither_named_nor_pinged()
    {
        _world.Members.SetLfgOptOut(Guild, "Siege Squad", Tom, "Tom 🔥", optOut: true);
        await StackOfThreeInRankedAsync();
        await BackInMenuAsync();
        await _world.AdvanceAsync(TimeSpan.FromSeconds(5));

        var body = Assert.Single(_world.Posts).Body;
        Assert.Equal($"🎮 <@{Ash}>, <@{Zoe}> and 1 more are looking for 2 teammates to play in <#{Squad}>", body.Content);
        Assert.DoesNotContain(Tom.ToString(System.Globalization.CultureInfo.InvariantCulture), body.Content, StringComparison.Ordinal);
        Assert.Equal([Ash, Zoe], body.AllowedMentions!.Users!);
    }

    [Fact]
    public async Task When_everyone_opted_out_nothing_is_posted_and_the_channel_is_not_held()
    {
        foreach (var user in new[] { Ash, Tom, Zoe }) _world.Members.SetLfgOptOut(Guild, "Siege Squad", user, "x", optOut: true);
        await StackOfThreeInRankedAsync();
        await BackInMenuAsync();
        await _world.AdvanceAsync(TimeSpan.FromSeconds(5));
        Assert.Empty(_world.Posts);
        Assert.Null(_world.Cooldowns.LastSent(Guild, Squad, LfgKind.Auto));

        // Zoé opts back in: the next match end names only her.
        _world.Members.SetLfgOptOut(Guild, "Siege Squad", Zoe, "Zoé Lefèvre", optOut: false);
        await PlayMatchAsync(Ash, Tom, Zoe);
        await BackInMenuAsync();
        await _world.AdvanceAsync(TimeSpan.FromSeconds(5));
        var body = Assert.Single(_world.Posts).Body;
        Assert.Equal($"🎮 <@{Zoe}> and 2 more are looking for 2 teammates to play in <#{Squad}>", body.Content);
        Assert.Equal([Zoe], body.AllowedMentions!.Users!);
    }

    [Fact]
    public async Task Part_of_the_stack_still_in_a_match_including_quick_match_holds_the_post_back()
    {
        await _world.GuildCreateAsync((Ash, Squad, "RANKED match 5 of 9"), (Tom, Squad, "QUICK MATCH match 2 of 7"), (Zoe, Squad, "QUICK MATCH match 2 of 7"));
        await BackInMenuAsync(Ash);
        await _world.AdvanceAsync(TimeSpan.FromSeconds(5));
        Assert.Empty(_world.Posts);

        // The quick-match pair comes back too: a quick match ending counts as a match ending.
        await BackInMenuAsync(Tom, Zoe);
        await _world.AdvanceAsync(TimeSpan.FromSeconds(5));
        Assert.Single(_world.Posts);
    }

    [Fact]
    public async Task A_full_stack_and_an_untracked_channel_post_nothing()
    {
        await _world.GuildCreateAsync((Ash, Squad, "RANKED match 5 of 9"), (Tom, Squad, "RANKED match 5 of 9"), (Zoe, Squad, "RANKED match 5 of 9"),
            (Dima, Squad, "RANKED match 5 of 9"), (Eve, Squad, "RANKED match 5 of 9"), (Frank, Untracked, "RANKED match 5 of 9"));
        await BackInMenuAsync(Ash, Tom, Zoe, Dima, Eve);
        await _world.AdvanceAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(AutoLfgOutcome.StackFull, await _world.Auto.EvaluateAsync(Guild, Squad, CancellationToken.None));

        await BackInMenuAsync(Frank);
        Assert.Equal(0, _world.Auto.Pending);
        await _world.AdvanceAsync(TimeSpan.FromSeconds(5));
        Assert.Empty(_world.Posts);
    }

    [Fact]
    public async Task One_player_back_from_a_match_is_looking_for_four_and_a_failed_send_does_not_hold_the_channel()
    {
        await _world.GuildCreateAsync((Ash, Squad, "STANDARD match 3 of 9"));
        _world.Rest.FailMessages = true;
        await BackInMenuAsync(Ash);
        await _world.AdvanceAsync(TimeSpan.FromSeconds(5));
        Assert.Null(_world.Cooldowns.LastSent(Guild, Squad, LfgKind.Auto));

        _world.Rest.FailMessages = false;
        await PlayMatchAsync(Ash);
        await BackInMenuAsync(Ash);
        await _world.AdvanceAsync(TimeSpan.FromSeconds(5));
        Assert.Equal($"🎮 <@{Ash}> is looking for 4 teammates to play in <#{Squad}>", Assert.Single(_world.Posts).Body.Content);
    }

    [Fact]
    public async Task A_channel_whose_states_keep_changing_is_still_evaluated_within_thirty_seconds()
    {
        await StackOfThreeInRankedAsync();
        await BackInMenuAsync(Ash, Tom);
        // Zoé flips between the range and the menu every 4 s, never leaving the debounce quiet.
        for (int i = 0; i < 8 && _world.Posts.Count == 0; i++)
        {
            await _world.SiegeAsync(Zoe, i % 2 == 0 ? "Playing SHOOTING RANGE" : "in MENU");
            await _world.AdvanceAsync(TimeSpan.FromSeconds(4));
        }
        Assert.Single(_world.Posts);
        Assert.True(_world.Clock.GetUtcNow() - new DateTimeOffset(2026, 12, 3, 23, 0, 0, TimeSpan.Zero) <= TimeSpan.FromSeconds(32));
    }
}
