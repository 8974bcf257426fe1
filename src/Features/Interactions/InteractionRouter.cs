using System.Globalization;
using System.Text.Json;
using GameTime.Gateway.Interactions;
using GameTime.Rest.Discord;
using Microsoft.Extensions.Logging;

namespace GameTime.Features.Interactions;

/// <summary>A feature's answer to one interaction.</summary>
public delegate Task InteractionHandler(InteractionResponder reply, CancellationToken ct);

/// <summary>
/// Routes interactions to the features: slash commands and autocomplete by command name, components and modals by
/// the first segment of their custom_id ("tz:set:123" goes to "tz"). Each interaction runs on its own task; the
/// router checks guild, permissions and cooldowns first, defers on the handler's behalf when it has not answered
/// within <see cref="AutoDeferAfter"/> (Discord drops an interaction after 3 s), and turns failures into a polite
/// ephemeral answer.
/// </summary>
public sealed partial class InteractionRouter
{
    public static readonly TimeSpan AutoDeferAfter = TimeSpan.FromSeconds(2);

    private readonly Dictionary<string, CommandSpec> _specs;
    private readonly Dictionary<string, InteractionHandler> _commands = [];
    private readonly Dictionary<string, InteractionHandler> _autocomplete = [];
    private readonly Dictionary<string, (CommandAccess Access, InteractionHandler Handler)> _components = [];
    private readonly IDiscordRest _rest;
    private readonly TimeProvider _clock;
    private readonly ILogger _log;
    private readonly Cooldowns _cooldowns;
    private readonly Func<CancellationToken, Task<ulong>> _applicationOwner;

    /// <param name="applicationOwner">The application owner's user id (owner commands), asked once when first needed.</param>
    public InteractionRouter(IReadOnlyList<CommandSpec> catalogue, IDiscordRest rest, TimeProvider clock, ILogger<InteractionRouter> log,
        Func<CancellationToken, Task<ulong>>? applicationOwner = null)
    {
        _specs = catalogue.ToDictionary(s => s.Name, StringComparer.Ordinal);
        _rest = rest;
        _clock = clock;
        _log = log;
        _cooldowns = new Cooldowns(clock);
        Task<ulong>? owner = null;
        _applicationOwner = applicationOwner ?? (ct => owner ??= OwnerFromApplication(ct));
    }

    public void OnCommand(string name, InteractionHandler handler)
    {
        if (!_specs.ContainsKey(name)) throw new ArgumentException($"/{name} is not in the command catalogue", nameof(name));
        _commands.Add(name, handler);
    }

    public void OnAutocomplete(string name, InteractionHandler handler) => _autocomplete.Add(name, handler);

    /// <summary>Components and modals whose custom_id starts with "<paramref name="prefix"/>:".</summary>
    public void OnComponent(string prefix, CommandAccess access, InteractionHandler handler) => _components.Add(prefix, (access, handler));

    /// <summary>Starts handling INTERACTION_CREATE's `d` and returns at once; the returned task completes when it is answered.</summary>
    public Task Dispatch(ReadOnlyMemory<byte> json, CancellationToken ct)
    {
        Interaction interaction;
        try
        {
            interaction = Interaction.Parse(json.Span);
        }
        catch (JsonException ex)
        {
            LogUnreadable(ex.Message);
            return Task.CompletedTask;
        }
        return Task.Run(() => HandleAsync(interaction, ct), CancellationToken.None);
    }

    public async Task HandleAsync(Interaction interaction, CancellationToken ct)
    {
        var reply = new InteractionResponder(interaction, _rest);
        try
        {
            await RouteAsync(reply, ct);
        }
        catch (CommandException ex)
        {
            await AnswerSafely(reply, ex.Message, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            LogHandlerFailed(Describe(interaction), ex);
            await AnswerSafely(reply, "Something went wrong while doing that. The moderators can find the details in the bot's log.", ct);
        }
    }

    private async Task RouteAsync(InteractionResponder reply, CancellationToken ct)
    {
        var i = reply.Interaction;
        switch (i.Kind)
        {
            case InteractionKind.Command:
                await CommandAsync(reply, ct);
                break;
            case InteractionKind.Autocomplete:
                if (i.GuildId is not null && _specs.TryGetValue(i.CommandName, out var spec) && await AllowedAsync(spec.Access, i, ct)
                    && _autocomplete.TryGetValue(i.CommandName, out var suggest))
                    await suggest(reply, ct);
                else
                    await reply.SuggestAsync([], ct);
                break;
            case InteractionKind.Component or InteractionKind.ModalSubmit:
                await ComponentAsync(reply, ct);
                break;
            default:
                LogUnsupported((int)i.Kind);
                break;
        }
    }

    private async Task CommandAsync(InteractionResponder reply, CancellationToken ct)
    {
        var i = reply.Interaction;
        if (!_specs.TryGetValue(i.CommandName, out var spec))
        {
            await reply.ReplyAsync($"`/{i.CommandName}` is not a command of this bot any more. Discord may still be showing an old list; it updates within minutes.", true, ct);
            return;
        }
        if (i.GuildId is not { } guildId)
        {
            await reply.ReplyAsync("This command works only in a server.", true, ct);
            return;
        }
        if (!await AllowedAsync(spec.Access, i, ct))
        {
            LogRefused(i.UserId, spec.Name, guildId);
            await reply.ReplyAsync(Refusal(spec.Access, "/" + spec.Name), true, ct);
            return;
        }
        if (!_commands.TryGetValue(spec.Name, out var handler))
        {
            await reply.ReplyAsync($"`/{spec.Name}` is not available yet in this version of GameTime.", true, ct);
            return;
        }
        if (!_cooldowns.TryStart(spec.Name, guildId, i.UserId, spec.Cooldown, out var left))
        {
            int seconds = (int)Math.Ceiling(left.TotalSeconds);
            await reply.ReplyAsync(string.Create(CultureInfo.InvariantCulture, $"Please wait {seconds} s before using `/{spec.Name}` again."), true, ct);
            return;
        }
        await RunWithAutoDefer(reply, handler, spec.Ephemeral, ct);
    }

    private async Task ComponentAsync(InteractionResponder reply, CancellationToken ct)
    {
        var i = reply.Interaction;
        string prefix = (i.CustomId ?? "").Split(':', 2)[0];
        if (i.GuildId is null || !_components.TryGetValue(prefix, out var route))
        {
            await reply.ReplyAsync("This button or menu has expired. Run the command again.", true, ct);
            return;
        }
        if (!await AllowedAsync(route.Access, i, ct))
        {
            await reply.ReplyAsync(Refusal(route.Access, "this"), true, ct);
            return;
        }
        await RunWithAutoDefer(reply, route.Handler, ephemeral: true, ct);
    }

    private async Task RunWithAutoDefer(InteractionResponder reply, InteractionHandler handler, bool ephemeral, CancellationToken ct)
    {
        // Modals cannot follow a defer, so a handler that opens one must do it within AutoDeferAfter (it always can: no I/O first).
        using var timer = _clock.CreateTimer(_ => _ = DeferSafely(reply, ephemeral, ct), null, AutoDeferAfter, Timeout.InfiniteTimeSpan);
        await handler(reply, ct);
    }

    private async Task DeferSafely(InteractionResponder reply, bool ephemeral, CancellationToken ct)
    {
        try
        {
            await reply.DeferAsync(ephemeral, ct);
            LogDeferred(reply.Interaction.CustomId ?? "/" + reply.Interaction.CommandPath, reply.Interaction.UserId);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogAnswerFailed(Describe(reply.Interaction), ex);
        }
    }

    private async Task AnswerSafely(InteractionResponder reply, string message, CancellationToken ct)
    {
        try
        {
            if (reply.Interaction.Kind == InteractionKind.Autocomplete) await reply.SuggestAsync([], ct);
            else await reply.ReplyAsync(message, true, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogAnswerFailed(Describe(reply.Interaction), ex);
        }
    }

    private async Task<bool> AllowedAsync(CommandAccess access, Interaction i, CancellationToken ct) => access switch
    {
        CommandAccess.Everyone => true,
        CommandAccess.Moderator => i.CanManageGuild,
        CommandAccess.Administrator => i.IsAdministrator,
        CommandAccess.Owner => i.UserId == await _applicationOwner(ct),
        _ => false,
    };

    private static string Refusal(CommandAccess access, string what) => access switch
    {
        CommandAccess.Owner => $"Only the bot's owner can use {what}.",
        CommandAccess.Administrator => $"You need the Administrator permission to use {what}.",
        _ => $"You need the Manage Server permission to use {what}.",
    };

    private async Task<ulong> OwnerFromApplication(CancellationToken ct)
    {
        var app = await _rest.GetCurrentApplicationAsync(ct);
        return app.Team?.OwnerUserId ?? app.Owner?.Id ?? 0;
    }

    private static string Describe(Interaction i) => i.Kind switch
    {
        InteractionKind.Command or InteractionKind.Autocomplete => $"/{i.CommandPath} by {i.UserId} in {i.GuildId}",
        _ => $"{i.Kind} {i.CustomId} by {i.UserId} in {i.GuildId}",
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "an interaction could not be read: {Reason}")]
    private partial void LogUnreadable(string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "interaction type {Type} is not handled")]
    private partial void LogUnsupported(int type);

    [LoggerMessage(Level = LogLevel.Information, Message = "refused: user {UserId} may not use /{Command} in guild {GuildId}")]
    private partial void LogRefused(ulong userId, string command, ulong guildId);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Interaction} failed")]
    private partial void LogHandlerFailed(string interaction, Exception exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Interaction} by {UserId} deferred automatically")]
    private partial void LogDeferred(string interaction, ulong userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Interaction} could not be answered")]
    private partial void LogAnswerFailed(string interaction, Exception exception);
}
