using GameTime.Gateway.Cache;
using GameTime.Gateway.Events;
using Microsoft.Extensions.Logging;

namespace GameTime.Features.Activity;

/// <summary>
/// Connects the recorder to the gateway: every voice-state update is recorded, each guild is reconciled with its voice
/// states when its GUILD_CREATE is in the cache (start-up, rejoin, back from an outage), its sessions are closed when it
/// goes away (GUILD_DELETE), and <see cref="Shutdown"/> closes what is open. The hub runs handlers one at a time in event order, so a reconciliation never races an update;
/// it reads the cache when it runs, which may already hold updates still queued behind it, and those then change nothing.
/// </summary>
public sealed partial class VoiceActivityListener
{
    private readonly VoiceActivityRecorder _recorder;
    private readonly GuildCache _cache;
    private readonly ILogger _log;

    private VoiceActivityListener(VoiceActivityRecorder recorder, GuildCache cache, ILogger log)
    {
        _recorder = recorder;
        _cache = cache;
        _log = log;
    }

    public VoiceActivityRecorder Recorder => _recorder;

    /// <summary>Subscribes to the hub (before the gateway starts) and returns the listener whose Shutdown the host calls on stop.</summary>
    public static VoiceActivityListener Subscribe(EventHub hub, GuildCache cache, VoiceActivityRecorder recorder, ILogger log)
    {
        ArgumentNullException.ThrowIfNull(hub);
        var listener = new VoiceActivityListener(recorder, cache, log);
        hub.On<VoiceStateChanged>((e, _) =>
        {
            listener._recorder.Record(e);
            return Task.CompletedTask;
        });
        hub.On<GuildAvailable>((e, _) =>
        {
            listener.Reconcile(e.GuildId);
            return Task.CompletedTask;
        });
        // An outage or a removal hides the guild's voice updates like a shutdown does; its GUILD_CREATE reopens sessions.
        hub.On<GuildGone>((e, _) =>
        {
            int closed = listener._recorder.CloseAll([e.GuildId]);
            if (closed > 0) LogGuildGone(log, e.GuildId, closed);
            return Task.CompletedTask;
        });
        return listener;
    }

    /// <summary>Who the cache says is in voice in the guild, bots left out.</summary>
    public static List<VoicePresence> InVoice(GuildCache cache, ulong guildId)
    {
        ArgumentNullException.ThrowIfNull(cache);
        var present = new List<VoicePresence>();
        foreach (var (userId, channelId) in cache.VoiceStates(guildId))
        {
            bool known = cache.TryGetMember(guildId, userId, out var member);
            if (known && member.IsBot) continue;
            present.Add(new VoicePresence(userId, channelId, known ? member.DisplayName : null));
        }
        return present;
    }

    public VoiceReconciliation Reconcile(ulong guildId)
    {
        var result = _recorder.Reconcile(guildId, InVoice(_cache, guildId));
        if (result.Closed + result.Opened > 0) LogReconciled(_log, guildId, result.Closed, result.Opened, result.Kept);
        return result;
    }

    /// <summary>Closes every open session of the cached guilds; call once the hub has stopped handling events.</summary>
    public int Shutdown()
    {
        int closed = _recorder.CloseAll(_cache.GuildIds);
        LogShutdown(_log, closed);
        return closed;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "voice sessions reconciled in guild {GuildId}: {Closed} closed, {Opened} opened, {Kept} still open")]
    private static partial void LogReconciled(ILogger log, ulong guildId, int closed, int opened, int kept);

    [LoggerMessage(Level = LogLevel.Information, Message = "voice sessions closed as guild {GuildId} went away: {Closed}")]
    private static partial void LogGuildGone(ILogger log, ulong guildId, int closed);

    [LoggerMessage(Level = LogLevel.Information, Message = "voice sessions closed at shutdown: {Closed}")]
    private static partial void LogShutdown(ILogger log, int closed);
}
