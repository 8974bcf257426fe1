using System.Runtime.InteropServices;
using Cronos;
using GameTime.App.Cli;
using GameTime.App.Configuration;
using GameTime.App.Jobs;
using GameTime.App.Logging;
using GameTime.Features.Data;
using Microsoft.Extensions.Logging;

namespace GameTime.App;

/// <summary>`gametime run`: composes the bot from its parts and runs until SIGTERM or Ctrl+C.</summary>
public static partial class BotHost
{
    public static int Run(BotConfig config)
    {
        config.RequireBotToken();
        using var logs = LineLoggerFactory.ForConsole(config.LogLevel);
        var log = logs.CreateLogger("BotHost");
        LogStarting(log, VersionInfo.Line, config.EnvironmentName);

        var clock = TimeProvider.System;
        var database = new Database(config.DatabasePath);
        var migration = database.Migrate(clock);
        LogDatabase(log, config.DatabasePath, migration.ToVersion, migration.Applied.Count);

        using var stop = new CancellationTokenSource();
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);

        var scheduler = new JobScheduler(new SqliteJobRunStore(database), clock, new Logger<JobScheduler>(logs));
        scheduler.Start(new JobDefinition(
            new JobKey(DatabaseMaintenance.JobName, 0),
            CronExpression.Parse(DatabaseMaintenance.Schedule),
            TimeZoneInfo.Utc,
            MissedRunPolicy.RunOnce,
            _ =>
            {
                var (frames, checkpointed) = DatabaseMaintenance.Run(database);
                LogMaintenance(log, frames, checkpointed);
                return Task.CompletedTask;
            }));

        stop.Token.WaitHandle.WaitOne();
        LogStopping(log);
        scheduler.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return ExitCode.Ok;

        void Stop(PosixSignalContext context)
        {
            context.Cancel = true; // we shut down ourselves, in order
            stop.Cancel();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Version} starting, ENV={Environment}")]
    private static partial void LogStarting(ILogger log, string version, string environment);

    [LoggerMessage(Level = LogLevel.Information, Message = "database {Path} at schema version {Version} ({Applied} migrations applied now)")]
    private static partial void LogDatabase(ILogger log, string path, int version, int applied);

    [LoggerMessage(Level = LogLevel.Information, Message = "database maintenance: {Frames} WAL frames, {Checkpointed} checkpointed")]
    private static partial void LogMaintenance(ILogger log, long frames, long checkpointed);

    [LoggerMessage(Level = LogLevel.Information, Message = "stopping")]
    private static partial void LogStopping(ILogger log);
}
