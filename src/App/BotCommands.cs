using GameTime.App.Cli;
using GameTime.App.Configuration;
using GameTime.Features.Admin;
using GameTime.Features.Configuration;
using GameTime.Features.Data;
using GameTime.Features.Interactions;
using GameTime.Features.Lfg;
using GameTime.Features.Members;
using GameTime.Features.Timezones;
using GameTime.Gateway.Cache;
using GameTime.Gateway.Events;
using GameTime.Rest.Discord;
using Microsoft.Extensions.Logging;

namespace GameTime.App;

/// <summary>
/// Slash commands: the router with every feature's handlers, interactions handed to it the moment they arrive,
/// and the catalogue registered when the session is ready (globally in prod) or per guild (in dev, instant).
/// </summary>
public static class BotCommands
{
    /// <param name="channelChanges">What runs when a moderator changed a guild's channels.</param>
    public static InteractionRouter Wire(BotConfig config, Database database, GuildCache cache, EventHub events, IDiscordRest rest,
        TimeProvider clock, ILoggerFactory logs, ChannelChanges channelChanges, CancellationToken stop)
    {
        var router = new InteractionRouter(CommandCatalogue.All, rest, clock, new Logger<InteractionRouter>(logs));
        var guildConfig = new GuildConfigStore(database, clock);
        var members = new MemberStore(database, clock);
        new ChannelCommands(guildConfig, cache, channelChanges).Register(router);
        new TimezoneCommands(members, cache, clock).Register(router);
        new AdminCommands(guildConfig, members, cache, rest, VersionInfo.Line).Register(router);
        new CommunityCommands(database, clock).Register(router);
        new LfgCommands(new LfgCooldownStore(database, clock), members, cache).Register(router);

        events.OnArrival<InteractionReceived>(e => router.Dispatch(e.Json, stop));

        var registrar = new CommandRegistrar(database, rest, clock, new Logger<CommandRegistrar>(logs));
        if (config.Environment == BotEnvironment.Prod)
            events.On<SessionReady>((e, ct) => registrar.EnsureAsync(e.ApplicationId, 0, CommandCatalogue.All, ct));
        else
            events.On<GuildAvailable>((e, ct) => registrar.EnsureAsync(cache.ApplicationId, e.GuildId, CommandCatalogue.All, ct));
        return router;
    }
}
