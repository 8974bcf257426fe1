using GameTime.Features.Data;
using GameTime.Gateway.Events;

namespace GameTime.Features.Activity;

/// <summary>
/// Turns voice-state updates into voice_sessions (what every chart reads, through <see cref="VoiceSessionReader"/>) and
/// voice_events (the audit trail), for the member's own guild and only its tracked voice channels. The event's new
/// channel is taken as the truth and compared with the session open in the database, not with what the update says came
/// before: a voice state Discord sends again (on resume, or a join already recorded) changes nothing, and a leave with no
/// open session records nothing. Each update is one transaction.
/// </summary>
public sealed class VoiceActivityRecorder(Database database, TimeProvider clock)
{
    public const string ReasonLeave = "leave", ReasonMove = "move", ReasonReconciled = "reconciled";

    /// <summary>Records one voice-state update; returns what it changed (None for bots, untracked channels and repeats).</summary>
    public VoiceTransition Record(VoiceStateChanged update)
    {
        ArgumentNullException.ThrowIfNull(update);
        if (update.IsBot) return VoiceTransition.None;
        long now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        using var connection = database.Open();
        using var tx = connection.BeginTransaction();
        var tracked = VoiceSessionRows.TrackedChannels(connection, update.GuildId);
        ulong? target = update.After is { } after && tracked.Contains(after) ? after : null;
        var open = VoiceSessionRows.OpenSession(connection, update.GuildId, update.UserId);

        var transition = Apply(connection, update, open, target, now);
        if (transition.Kind == VoiceTransitionKind.None)
            GuildRows.RefreshMemberName(connection, update.GuildId, update.UserId, update.DisplayName, now);
        tx.Commit();
        return transition;
    }

    private static VoiceTransition Apply(Microsoft.Data.Sqlite.SqliteConnection connection, VoiceStateChanged update,
        OpenVoiceSession? open, ulong? target, long now)
    {
        if (open?.ChannelId == target) return VoiceTransition.None; // already recorded, or never in a tracked channel
        bool leftVoice = update.After is null;
        // The member row first: the session and event rows reference it, and the name is kept current.
        GuildRows.EnsureMember(connection, update.GuildId, update.UserId, update.DisplayName, now);
        if (open is { } closing)
            VoiceSessionRows.Close(connection, closing, leftVoice ? ReasonLeave : ReasonMove, now);
        if (target is { } opening)
            VoiceSessionRows.Open(connection, update.GuildId, update.UserId, opening, now);

        var (kind, channel, from) = (open?.ChannelId, target) switch
        {
            ({ } a, { } b) => (VoiceTransitionKind.Move, b, (ulong?)a),
            ({ } a, null) => (VoiceTransitionKind.Leave, a, null),
            (null, { } b) => (VoiceTransitionKind.Join, b, null),
            _ => throw new InvalidOperationException("unreachable: no session and no tracked channel was handled above"),
        };
        string name = kind switch { VoiceTransitionKind.Move => "move", VoiceTransitionKind.Leave => "leave", _ => "join" };
        VoiceSessionRows.InsertEvent(connection, update.GuildId, update.UserId, name, channel, from, now);
        return new VoiceTransition(kind, open?.ChannelId, target, leftVoice);
    }

    /// <summary>
    /// Makes the guild's open sessions match a snapshot of who is in voice now (GUILD_CREATE): a session whose member is
    /// no longer in that channel is closed as 'reconciled', a member in a tracked channel without a session gets one
    /// opened, and a session whose member is still there stays open. Members outside the tracked channels are ignored.
    /// </summary>
    public VoiceReconciliation Reconcile(ulong guildId, IReadOnlyCollection<VoicePresence> inVoice)
    {
        ArgumentNullException.ThrowIfNull(inVoice);
        // Reconciliation time, not the last event seen: after a clean stop no session is open any more (the shutdown
        // closed them at its own time), so this only closes what a crash left open, and the last event in a quiet
        // channel can be hours before the crash, which would throw away time the member really spent; "now" is the
        // first moment the bot knows they are gone.
        long now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        using var connection = database.Open();
        using var tx = connection.BeginTransaction();
        var tracked = VoiceSessionRows.TrackedChannels(connection, guildId);
        var present = new Dictionary<ulong, VoicePresence>();
        foreach (var p in inVoice)
        {
            if (tracked.Contains(p.ChannelId)) present[p.UserId] = p;
        }

        int closed = 0, opened = 0, kept = 0;
        var withSession = new HashSet<ulong>();
        foreach (var session in VoiceSessionRows.OpenSessions(connection, guildId))
        {
            if (present.TryGetValue(session.UserId, out var p) && p.ChannelId == session.ChannelId)
            {
                withSession.Add(session.UserId);
                kept++;
                continue;
            }
            VoiceSessionRows.Close(connection, session, ReasonReconciled, now);
            closed++;
        }
        foreach (var p in present.Values.OrderBy(p => p.UserId)) // sessions opened in a stable order
        {
            if (p.DisplayName is { } name) GuildRows.EnsureMember(connection, guildId, p.UserId, name, now);
            else GuildRows.EnsureMemberKeepingName(connection, guildId, p.UserId, now);
            if (withSession.Contains(p.UserId)) continue;
            VoiceSessionRows.Open(connection, guildId, p.UserId, p.ChannelId, now);
            opened++;
        }
        tx.Commit();
        return new VoiceReconciliation(closed, opened, kept);
    }

    /// <summary>
    /// Shutdown: closes every open session of these guilds as 'reconciled' at the shutdown time, since the bot cannot
    /// see when members leave while it is down; the next start-up's <see cref="Reconcile"/> reopens those still in voice.
    /// Returns how many were closed.
    /// </summary>
    public int CloseAll(IEnumerable<ulong> guildIds)
    {
        ArgumentNullException.ThrowIfNull(guildIds);
        long now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        using var connection = database.Open();
        using var tx = connection.BeginTransaction();
        int closed = 0;
        foreach (ulong guildId in guildIds)
        {
            foreach (var session in VoiceSessionRows.OpenSessions(connection, guildId))
            {
                VoiceSessionRows.Close(connection, session, ReasonReconciled, now);
                closed++;
            }
        }
        tx.Commit();
        return closed;
    }

    /// <summary>Who is in the guild's tracked voice channels by the database's account, oldest session first.</summary>
    public IReadOnlyList<OpenVoiceSession> OpenSessions(ulong guildId)
    {
        using var connection = database.Open();
        return VoiceSessionRows.OpenSessions(connection, guildId);
    }
}
