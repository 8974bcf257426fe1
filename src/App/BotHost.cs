using System.Net;
using System.Runtime.InteropServices;
using Cronos;
using GameTime.App.Cli;
using GameTime.App.Configuration;
using GameTime.App.Jobs;
using GameTime.App.Logging;
using GameTime.Features.Activity;
using GameTime.Features.Configuration;
using GameTime.Features.Data;
using GameTime.Features.Lfg;
using GameTime.Features.Members;
using GameTime.Features.Schedule;
using GameTime.Gateway;
using GameTime.Gateway.Cache;
using GameTime.Gateway.Events;
using GameTime.Gateway.Protocol;
using GameTime.Rest.Discord;
using Microsoft.Extensions.Logging;

namespace GameTime.App;

/// <summary>`gametime run`: composes the bot from its parts and runs until SIGTERM or Ctrl+C.</summary>
public static partial class BotHost
{
    public static int Run(BotConfig config)
    {
        var token = config.RequireBotToken();
        using var logs = LineLoggerFactory.ForConsole(config.LogLevel);
        using var stop = new CancellationTokenSource();
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        return RunAsync(config, token, logs, TimeProvider.System, stop.Token).GetAwaiter().GetResult();

        void Stop(PosixSignalContext context)
        {
            context.Cancel = true; // we shut down ourselves, in order
            stop.Cancel();
        }
    }

    public static async Task<int> RunAsync(BotConfig config, Secret token, ILoggerFactory logs, TimeProvider clock, CancellationToken stop)
    {
        var log = logs.CreateLogger("BotHost");
        LogStarting(log, VersionInfo.Line, config.EnvironmentName);

        var database = new Database(config.DatabasePath);
        var migration = database.Migrate(clock);
        LogDatabase(log, config.DatabasePath, migration.ToVersion, migration.Applied.Count);

        using var rest = new DiscordRestClient(config.DiscordApiBase, token.Reveal(), VersionInfo.Version,
            clock: clock, log: logs.CreateLogger("Rest"));
        try
        {
            var me = await rest.GetCurrentUserAsync(stop);
            LogIdentity(log, me.Username, me.Id);
        }
        catch (DiscordApiException ex) when (ex.Status == HttpStatusCode.Unauthorized)
        {
            LogTokenRejected(log, config.BotTokenVariable);
            return ExitCode.Usage;
        }

        var cache = new GuildCache();
        var events = new EventHub(new Logger<EventHub>(logs));
        GatewayEventLog.Subscribe(events, cache, logs.CreateLogger("Events"));
        var voice = VoiceActivityListener.Subscribe(events, cache, new VoiceActivityRecorder(database, clock), logs.CreateLogger("Voice"));
        var schedule = new ScheduleService(database, cache, rest, clock, new Logger<ScheduleService>(logs), stop);
        var router = BotCommands.Wire(config, database, cache, events, rest, clock, logs,
            new ChannelChanges(TrackedVoice: guildId => voice.Reconcile(guildId), Schedule: schedule.SendOrRefreshSoon), stop);
        using var autoLfg = new AutoLfg(new GuildConfigStore(database, clock), new LfgCooldownStore(database, clock), new MemberStore(database, clock),
            cache, rest, clock, new Logger<AutoLfg>(logs));
        events.On<SiegePresenceChanged>(autoLfg.OnPresenceChangedAsync);
        var gateway = new GatewayClient(
            new GatewayOptions { Token = token.Reveal(), ShardId = config.ShardId, ShardCount = config.ShardCount },
            new RestGatewayInfoSource(rest), cache, events, clock, logs);

        await using var scheduler = new JobScheduler(new SqliteJobRunStore(database), clock, new Logger<JobScheduler>(logs));
        scheduler.Start(MaintenanceJob(database, log));
        ScheduleWiring.Wire(schedule, router, cache, events, scheduler);

        var handlers = events.RunAsync(stop);
        try
        {
            await gateway.RunAsync(stop);
        }
        catch (GatewayFatalException ex)
        {
            LogGatewayRefused(log, ex.Message);
            return ExitCode.Usage;
        }
        finally
        {
            await handlers;
            voice.Shutdown(); // after the last handler, so no update lands behind it
        }
        LogStopping(log);
        return ExitCode.Ok;
    }

    private static JobDefinition MaintenanceJob(Database database, ILogger log) => new(
        new JobKey(DatabaseMaintenance.JobName, 0),
        CronExpression.Parse(DatabaseMaintenance.Schedule),
        TimeZoneInfo.Utc,
        MissedRunPolicy.RunOnce,
        _ =>
        {
            var (frames, checkpointed) = DatabaseMaintenance.Run(database);
            LogMaintenance(log, frames, checkpointed);
            return Task.CompletedTask;
        });

    [LoggerMessage(Level = LogLevel.Information, Message = "{Version} starting, ENV={Environment}")]
    private static partial void LogStarting(ILogger log, string version, string environment);

    [LoggerMessage(Level = LogLevel.Information, Message = "database {Path} at schema version {Version} ({Applied} migrations applied now)")]
    private static partial void LogDatabase(ILogger log, string path, int version, int applied);

    [LoggerMessage(Level = LogLevel.Information, Message = "logged in to the REST API as {Username} ({Id})")]
    private static partial void LogIdentity(ILogger log, string username, ulong id);

    [LoggerMessage(Level = LogLevel.Critical, Message = "stopping: Discord rejected {Variable} (401 Unauthorized): the token is wrong or was reset")]
    private static partial void LogTokenRejected(ILogger log, string variable);

    [LoggerMessage(Level = LogLevel.Critical, Message = "stopping: the gateway refused the bot: {Reason}")]
    private static partial void LogGatewayRefused(ILogger log, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "database maintenance: {Frames} WAL frames, {Checkpointed} checkpointed")]
    private static partial void LogMaintenance(ILogger log, long frames, long checkpointed);

    [LoggerMessage(Level = LogLevel.Information, Message = "stopped")]
    private static partial void LogStopping(ILogger log);
}
