using System.Globalization;
using Cronos;
using GameTime.App.Jobs;
using GameTime.Features.Interactions;
using GameTime.Features.Schedule;
using GameTime.Gateway.Cache;
using GameTime.Gateway.Events;

namespace GameTime.App;

/// <summary>
/// The daily schedule in the running bot: its commands, reactions, a daily post job per guild at the guild's
/// configured time in its timezone (persisted, made up once at start-up if missed that day), the voice check every
/// 15 minutes, and the rebuild from reactions when a guild becomes available.
/// </summary>
public static class ScheduleWiring
{
    public const string DailyJob = "daily-schedule", VoiceJob = "schedule-voice";

    public static void Wire(ScheduleService schedule, InteractionRouter router, GuildCache cache, EventHub events, JobScheduler scheduler)
    {
        new ScheduleCommands(schedule).Register(router);
        events.On<ReactionChanged>(schedule.OnReactionAsync);

        var started = new HashSet<ulong>();
        events.On<GuildAvailable>(async (e, ct) =>
        {
            if (started.Add(e.GuildId)) scheduler.Start(DailyPost(schedule, e.GuildId));
            await schedule.SendOrRefreshAsync(e.GuildId, ct);
        });

        scheduler.Start(new JobDefinition(new JobKey(VoiceJob, 0), CronExpression.Parse("*/15 * * * *"), TimeZoneInfo.Utc, MissedRunPolicy.Skip,
            async run =>
            {
                foreach (ulong guildId in cache.GuildIds) await schedule.AdjustFromVoiceAsync(guildId, run.Cancellation);
            }));
    }

    /// <summary>The guild's daily post, read from its configuration when the guild arrives (a new time applies after a restart).</summary>
    internal static JobDefinition DailyPost(ScheduleService schedule, ulong guildId)
    {
        var settings = schedule.Settings(guildId);
        var cron = string.Create(CultureInfo.InvariantCulture, $"{settings.PostMinuteOfDay % 60} {settings.PostMinuteOfDay / 60} * * *");
        return new JobDefinition(new JobKey(DailyJob, guildId), CronExpression.Parse(cron), settings.Zone, MissedRunPolicy.RunOnce,
            run => schedule.PostDailyAsync(guildId, force: false, run.Cancellation))
        {
            // Made up at start-up only the same day; after that the next day's post is the useful one.
            MaxLateness = TimeSpan.FromHours(14),
        };
    }
}
