using GameTime.Features.Interactions;
using GameTime.Gateway.Interactions;
using GameTime.Rest.Discord;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace GameTime.Tests.Interactions;

public sealed class InteractionRouterTests
{
    private readonly RecordingDiscordRest _rest = new();
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.Parse("2026-11-29T18:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
    private readonly InteractionRouter _router;

    public InteractionRouterTests() =>
        _router = new InteractionRouter(CommandCatalogue.All, _rest, _clock, NullLogger<InteractionRouter>.Instance);

    private static Interaction Command(string name, ulong permissions = 0, ulong? guild = 10, ulong user = 7) => new()
    {
        Id = 1, Token = "t", ApplicationId = 1, Kind = InteractionKind.Command, GuildId = guild, ChannelId = 20, UserId = user,
        UserDisplayName = "Ash", MemberPermissions = permissions, CommandPath = name,
    };

    private static Interaction Component(string customId, ulong permissions = 0) => new()
    {
        Id = 2, Token = "t", ApplicationId = 1, Kind = InteractionKind.Component, GuildId = 10, ChannelId = 20, UserId = 7,
        UserDisplayName = "Ash", MemberPermissions = permissions, CustomId = customId, MessageId = 99,
    };

    private string OnlyAnswer()
    {
        var callback = Assert.Single(_rest.Callbacks);
        Assert.Equal(4, callback.Type);
        Assert.Equal(InteractionResponder.Ephemeral, callback.Data!.Flags);
        return callback.Data.Content!;
    }

    [Fact]
    public async Task A_member_without_manage_server_is_refused_a_mod_command_and_the_handler_never_runs()
    {
        bool ran = false;
        _router.OnCommand("modversion", (reply, ct) => { ran = true; return reply.ReplyAsync("v", true, ct); });

        await _router.HandleAsync(Command("modversion", permissions: 1UL << 10), CancellationToken.None);

        Assert.False(ran);
        Assert.Equal("You need the Manage Server permission to use /modversion.", OnlyAnswer());
    }

    [Theory]
    [InlineData(1UL << 5)] // MANAGE_GUILD
    [InlineData(1UL << 3)] // ADMINISTRATOR
    public async Task Manage_server_or_administrator_may_run_mod_commands(ulong permissions)
    {
        _router.OnCommand("modversion", (reply, ct) => reply.ReplyAsync("Version: 1", true, ct));
        await _router.HandleAsync(Command("modversion", permissions), CancellationToken.None);
        Assert.Equal("Version: 1", OnlyAnswer());
    }

    [Fact]
    public async Task Owner_commands_check_the_application_owner_even_for_administrators()
    {
        int ran = 0;
        _router.OnCommand("modresetcache", (reply, ct) => { ran++; return reply.ReplyAsync("ok", true, ct); });

        await _router.HandleAsync(Command("modresetcache", permissions: 1UL << 3, user: 7), CancellationToken.None);
        Assert.Equal("Only the bot's owner can use /modresetcache.", OnlyAnswer());
        await _router.HandleAsync(Command("modresetcache", user: _rest.OwnerId), CancellationToken.None);
        Assert.Equal(1, ran);
    }

    [Fact]
    public async Task Unknown_commands_unfinished_commands_and_direct_messages_get_polite_answers()
    {
        await _router.HandleAsync(Command("nosuchcommand"), CancellationToken.None);
        await _router.HandleAsync(Command("bet"), CancellationToken.None);
        await _router.HandleAsync(Command("seeschedule", guild: null), CancellationToken.None);

        Assert.All(_rest.Callbacks, c => Assert.Equal(InteractionResponder.Ephemeral, c.Data!.Flags));
        Assert.StartsWith("`/nosuchcommand` is not a command of this bot", _rest.Callbacks[0].Data!.Content, StringComparison.Ordinal);
        Assert.Equal("`/bet` is not available yet in this version of GameTime.", _rest.Callbacks[1].Data!.Content);
        Assert.Equal("This command works only in a server.", _rest.Callbacks[2].Data!.Content);
    }

    [Fact]
    public async Task A_slow_handler_is_deferred_after_two_seconds_and_its_reply_edits_the_original()
    {
        var release = new TaskCompletionSource();
        _router.OnCommand("gettimezones", async (reply, ct) =>
        {
            await release.Task;
            await reply.ReplyAsync("everyone's timezones", false, ct);
        });
        var handling = _router.HandleAsync(Command("gettimezones"), CancellationToken.None);

        _clock.Advance(TimeSpan.FromMilliseconds(1999));
        Assert.False(_rest.HasPendingCall);
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal("callback 5", await _rest.NextCall());
        Assert.Null(_rest.Callbacks[0].Data); // /gettimezones answers publicly: no ephemeral flag on the defer

        release.SetResult();
        await handling;
        Assert.Equal("edit", await _rest.NextCall());
        Assert.Equal("everyone's timezones", Assert.Single(_rest.OriginalEdits).Content);
        Assert.Single(_rest.Callbacks);
    }

    [Fact]
    public async Task A_fast_handler_is_never_deferred()
    {
        _router.OnCommand("seeschedule", (reply, ct) => reply.ReplyAsync("Monday: 7pm", true, ct));
        await _router.HandleAsync(Command("seeschedule"), CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal("Monday: 7pm", OnlyAnswer());
        Assert.Empty(_rest.OriginalEdits);
    }

    [Fact]
    public async Task A_reply_racing_the_automatic_defer_is_sent_once()
    {
        _rest.CallbackGate = new TaskCompletionSource();
        var handlerStarted = new TaskCompletionSource();
        _router.OnCommand("seeschedule", async (reply, ct) =>
        {
            handlerStarted.SetResult();
            await reply.ReplyAsync("answer", true, ct);
        });
        // The defer fires while the handler's own callback is still on the wire: the defer must then do nothing.
        var handling = _router.HandleAsync(Command("seeschedule"), CancellationToken.None);
        await handlerStarted.Task;
        _clock.Advance(TimeSpan.FromSeconds(2));
        _rest.CallbackGate.SetResult();
        await handling;

        Assert.Equal("answer", OnlyAnswer());
    }

    [Fact]
    public async Task A_failing_handler_gets_a_polite_answer_and_a_command_exception_shows_its_message()
    {
        _router.OnCommand("seeschedule", (_, _) => throw new InvalidOperationException("database is locked"));
        _router.OnCommand("removeschedule", (_, _) => throw new CommandException("You have no schedule on Monday."));

        await _router.HandleAsync(Command("seeschedule"), CancellationToken.None);
        await _router.HandleAsync(Command("removeschedule"), CancellationToken.None);

        Assert.Equal("Something went wrong while doing that. The moderators can find the details in the bot's log.", _rest.Callbacks[0].Data!.Content);
        Assert.DoesNotContain("locked", _rest.Callbacks[0].Data!.Content, StringComparison.Ordinal);
        Assert.Equal("You have no schedule on Monday.", _rest.Callbacks[1].Data!.Content);
    }

    [Fact]
    public async Task Expensive_commands_have_a_per_member_cooldown()
    {
        int ran = 0;
        _router.OnCommand("gettimezones", (reply, ct) => { ran++; return reply.ReplyAsync("ok", false, ct); });

        await _router.HandleAsync(Command("gettimezones", user: 7), CancellationToken.None);
        await _router.HandleAsync(Command("gettimezones", user: 7), CancellationToken.None);
        await _router.HandleAsync(Command("gettimezones", user: 8), CancellationToken.None);
        _clock.Advance(TimeSpan.FromSeconds(10));
        await _router.HandleAsync(Command("gettimezones", user: 7), CancellationToken.None);

        Assert.Equal(3, ran);
        Assert.Equal("Please wait 10 s before using `/gettimezones` again.", _rest.Callbacks[1].Data!.Content);
    }

    [Fact]
    public async Task Components_route_by_custom_id_prefix_recheck_permissions_and_stale_ones_expire()
    {
        var seen = new List<string>();
        _router.OnComponent("tzmod", CommandAccess.Moderator, (reply, ct) =>
        {
            seen.Add(reply.Interaction.CustomId!);
            return reply.UpdateMessageAsync(new JsonMessageBody { Content = "saved" }, ct);
        });

        await _router.HandleAsync(Component("tzmod:123"), CancellationToken.None);
        await _router.HandleAsync(Component("tzmod:123", permissions: 1UL << 5), CancellationToken.None);
        await _router.HandleAsync(Component("gone:1"), CancellationToken.None);

        Assert.Equal(["tzmod:123"], seen);
        Assert.Equal("You need the Manage Server permission to use this.", _rest.Callbacks[0].Data!.Content);
        Assert.Equal(7, _rest.Callbacks[1].Type);
        Assert.Equal("This button or menu has expired. Run the command again.", _rest.Callbacks[2].Data!.Content);
    }

    [Fact]
    public void Handlers_can_only_be_bound_to_commands_of_the_catalogue() =>
        Assert.Throws<ArgumentException>(() => _router.OnCommand("notacommand", (_, _) => Task.CompletedTask));
}
