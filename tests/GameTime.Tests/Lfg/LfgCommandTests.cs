using System.Text.Json;
using GameTime.Features.Interactions;
using GameTime.Features.Lfg;
using GameTime.Gateway.Interactions;
using Microsoft.Extensions.Logging.Abstractions;
using static GameTime.Tests.Lfg.LfgWorld;

namespace GameTime.Tests.Lfg;

/// <summary>/lfg and /lfgoptout through the real router, with the guild in the gateway cache and a fake clock.</summary>
public sealed class LfgCommandTests : IAsyncDisposable
{
    private const ulong General = 300;
    private readonly LfgWorld _world = new();
    private readonly InteractionRouter _router;
    private ulong _interactionId;

    public LfgCommandTests()
    {
        _router = new InteractionRouter(CommandCatalogue.All, _world.Rest, _world.Clock, NullLogger<InteractionRouter>.Instance);
        new LfgCommands(_world.Cooldowns, _world.Members, _world.Cache).Register(_router);
    }

    public ValueTask DisposeAsync() => _world.DisposeAsync();

    /// <summary>Runs the command and returns its one answer: the text, whether only the caller sees it, and what may ping.</summary>
    private async Task<(string Text, bool Ephemeral, string[]? Parse, ulong[]? Users)> RunAsync(ulong user, string name, params (string Name, string Json)[] options)
    {
        int before = _world.Rest.Callbacks.Count;
        var interaction = new Interaction
        {
            Id = ++_interactionId, Token = "t", ApplicationId = 1, Kind = InteractionKind.Command, GuildId = Guild, ChannelId = General,
            UserId = user, UserDisplayName = "Member " + user, CommandPath = name,
            Options = [.. options.Select(o => new InteractionOption(o.Name, 4, JsonDocument.Parse(o.Json).RootElement.Clone(), false))],
        };
        await _router.HandleAsync(interaction, CancellationToken.None);
        var callback = Assert.Single(_world.Rest.Callbacks.Skip(before));
        Assert.Equal(4, callback.Type);
        var data = callback.Data!;
        return (data.Content!, ((data.Flags ?? 0) & InteractionResponder.Ephemeral) != 0, data.AllowedMentions?.Parse, data.AllowedMentions?.Users);
    }

    [Fact]
    public async Task One_member_calls_for_four_and_only_here_is_pinged()
    {
        await _world.GuildCreateAsync((Ash, Squad, "in MENU"), (MusicBot, Squad, null));

        var (text, ephemeral, parse, users) = await RunAsync(Ash, "lfg");

        Assert.Equal($"@here <@{Ash}> is in the voice channel <#{Squad}> and needs 4 more players.", text);
        Assert.False(ephemeral);
        Assert.Equal(["everyone"], parse!);
        Assert.Equal([], users!);
        Assert.NotNull(_world.Cooldowns.LastSent(Guild, Squad, LfgKind.Command));
    }

    [Fact]
    public async Task Four_members_need_one_more_player_and_the_option_sets_how_many()
    {
        await _world.GuildCreateAsync((Ash, Squad, null), (Tom, Squad, null), (Zoe, Squad, null), (Dima, Squad, null), (Eve, Untracked, null));
        Assert.Equal($"@here <@{Ash}>, <@{Tom}>, <@{Zoe}>, <@{Dima}> are in the voice channel <#{Squad}> and need 1 more player.",
            (await RunAsync(Tom, "lfg")).Text);

        Assert.Equal($"@here <@{Eve}> is in the voice channel <#{Untracked}> and needs 2 more players.",
            (await RunAsync(Eve, "lfg", ("number_of_users_needed", "2"))).Text);
    }

    [Fact]
    public async Task The_cooldown_is_per_voice_channel_and_ends_after_ten_minutes()
    {
        await _world.GuildCreateAsync((Ash, Squad, null), (Tom, Squad, null), (Eve, Untracked, null));
        Assert.StartsWith("@here", (await RunAsync(Ash, "lfg")).Text, StringComparison.Ordinal);

        // Tom, in the same channel two minutes later, cannot ping the channel again; the refusal is his alone.
        _world.Clock.Advance(TimeSpan.FromMinutes(2));
        var refused = await RunAsync(Tom, "lfg");
        Assert.True(refused.Ephemeral);
        long sent = _world.Clock.GetUtcNow().AddMinutes(-2).ToUnixTimeSeconds();
        Assert.Equal($"An LFG call for <#{Squad}> went out <t:{sent}:R>. So that the channel is not pinged again and again, the next one can go out <t:{sent + 600}:R>.",
            refused.Text);
        Assert.Equal([], refused.Parse!);

        // Another voice channel is another stack.
        Assert.StartsWith("@here", (await RunAsync(Eve, "lfg")).Text, StringComparison.Ordinal);

        _world.Clock.Advance(TimeSpan.FromMinutes(8));
        Assert.StartsWith("@here", (await RunAsync(Tom, "lfg")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outside_voice_or_with_five_already_nothing_is_pinged_and_only_the_caller_is_told()
    {
        await _world.GuildCreateAsync((Ash, Squad, null), (Tom, Squad, null), (Zoe, Squad, null), (Dima, Squad, null), (Eve, Squad, null));

        var outside = await RunAsync(Frank, "lfg");
        Assert.Equal(("To use /lfg you must be in a voice channel: join your stack's channel and run it again.", true), (outside.Text, outside.Ephemeral));

        var full = await RunAsync(Ash, "lfg");
        Assert.Equal(($"There are already five people in <#{Squad}>, so /lfg did not ping the channel.", true), (full.Text, full.Ephemeral));
        Assert.Null(_world.Cooldowns.LastSent(Guild, Squad, LfgKind.Command));
    }

    [Fact]
    public async Task Lfgoptout_is_stored_and_an_opted_out_member_is_not_named_in_someone_elses_call()
    {
        await _world.GuildCreateAsync((Ash, Squad, null), (Tom, Squad, null));

        var answer = await RunAsync(Tom, "lfgoptout", ("opt_out", "true"));
        Assert.True(answer.Ephemeral);
        Assert.StartsWith("Done: the automatic looking-for-group posts will no longer mention you.", answer.Text, StringComparison.Ordinal);
        Assert.Equal([Tom], _world.Members.LfgOptedOut(Guild, [Ash, Tom]));

        Assert.Equal($"@here <@{Ash}> and 1 more are in the voice channel <#{Squad}> and need 3 more players.", (await RunAsync(Ash, "lfg")).Text);

        await RunAsync(Tom, "lfgoptout", ("opt_out", "false"));
        Assert.Empty(_world.Members.LfgOptedOut(Guild, [Ash, Tom]));
    }
}
