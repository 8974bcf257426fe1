using System.Text.Json;

namespace GameTime.DiscordEmulator;

/// <summary>Starting sessions (IDENTIFY) and picking them up again (RESUME).</summary>
internal sealed partial class GatewayHub
{
    private const int GuildsPerShard = 2500;

    private SlidingWindow[]? identifyBuckets;
    private DateTimeOffset sessionStartResetAt = DateTimeOffset.UtcNow.AddDays(1);

    /// <summary>What GET /gateway/bot reports: remaining session starts and ms until the daily budget resets.</summary>
    public (int Remaining, long ResetAfterMs) SessionStartLimit()
    {
        lock (Sync)
        {
            RollSessionStartBudget(DateTimeOffset.UtcNow);
            return (sessionStartRemaining, (long)(sessionStartResetAt - DateTimeOffset.UtcNow).TotalMilliseconds);
        }
    }

    public void Identify(GatewayConnection connection, JsonElement d)
    {
        lock (Sync)
        {
            if (connection.Session is not null)
            {
                connection.CloseWith(CloseCodes.AlreadyAuthenticated);
                return;
            }
            if (IdentifyPayload.Parse(d, out int invalid) is not { } identify)
            {
                connection.CloseWith(invalid);
                return;
            }
            int? refusal = identify.Token != Options.BotToken ? CloseCodes.AuthenticationFailed
                : (identify.Intents & ~Intents.Valid) != 0 ? CloseCodes.InvalidIntents
                : (identify.Intents & Intents.Privileged & ~Options.PrivilegedIntentsEnabled) != 0 ? CloseCodes.DisallowedIntents
                : null;
            if (refusal is { } code)
            {
                connection.CloseWith(code);
                return;
            }
            var probe = new GatewaySession("", identify.Intents, identify.Shard, identify.LargeThreshold);
            var guilds = Guilds.Values.Where(g => probe.OnShard(g.Id)).ToList();
            if (guilds.Count > GuildsPerShard)
            {
                connection.CloseWith(CloseCodes.ShardingRequired);
                return;
            }
            if (!TryStartSession(identify.Shard?[0] ?? 0))
            {
                // Over the daily budget or the identify concurrency: Discord answers op 9 and keeps the socket open.
                SendOp(connection, 9, "false");
                return;
            }
            var session = new GatewaySession(Json.RandomHex(), identify.Intents, identify.Shard, identify.LargeThreshold);
            sessions[session.Id] = session;
            session.Connection = connection;
            connection.Session = session;
            connection.Encoder.PayloadCompression = identify.Compress;
            SendReady(connection, session, guilds);
        }
    }

    public void Resume(GatewayConnection connection, JsonElement d)
    {
        lock (Sync)
        {
            if (connection.Session is not null)
            {
                connection.CloseWith(CloseCodes.AlreadyAuthenticated);
                return;
            }
            if (d.ValueKind != JsonValueKind.Object
                || !d.TryGetProperty("token", out var token) || token.ValueKind != JsonValueKind.String
                || !d.TryGetProperty("session_id", out var sessionId) || sessionId.ValueKind != JsonValueKind.String
                || !d.TryGetProperty("seq", out var seqElement) || !seqElement.TryInt64(out long seq))
            {
                connection.CloseWith(CloseCodes.DecodeError);
                return;
            }
            if (token.GetString() != Options.BotToken)
            {
                connection.CloseWith(CloseCodes.AuthenticationFailed);
                return;
            }
            if (!sessions.TryGetValue(sessionId.GetString()!, out var session) || !session.Resumable)
            {
                SendOp(connection, 9, "false");
                return;
            }
            if (session.Connection is null && session.DetachedAt is { } away && DateTimeOffset.UtcNow - away >= Options.ResumeWindow)
            {
                session.Resumable = false;
                connection.CloseWith(CloseCodes.SessionTimedOut);
                return;
            }
            if (session.ReplayAfter(seq) is not { } replay)
            {
                session.Resumable = false;
                connection.CloseWith(CloseCodes.InvalidSeq);
                return;
            }
            if (session.Connection is { } previous && previous != connection)
            {
                previous.Session = null;   // the old socket is superseded; Discord drops it
                previous.Drop();
            }
            session.Connection = connection;
            session.DetachedAt = null;
            connection.Session = session;
            foreach (var dispatch in replay)
            {
                connection.Enqueue(Outgoing.Of(session.Id, dispatch));
            }
            // RESUMED takes a sequence number but is not itself replayed by a later resume.
            var resumed = session.Append("RESUMED", Json.Write(SessionJson.Resumed()), buffer: false);
            connection.Enqueue(Outgoing.Of(session.Id, resumed) with { CompletesReady = true });
        }
    }

    private void SendReady(GatewayConnection connection, GatewaySession session, List<EmulatedGuild> guilds)
    {
        var ready = session.Append("READY", Json.Write(SessionJson.Ready(Options, session, guilds, GatewayUrl)));
        // READY lists every guild; GUILD_CREATE needs the GUILDS intent, and a guild in an outage comes later.
        guilds = session.Has(Intents.Guilds) ? [.. guilds.Where(g => !g.Unavailable)] : [];
        connection.Enqueue(Outgoing.Of(session.Id, ready) with { CompletesReady = guilds.Count == 0 });
        for (int i = 0; i < guilds.Count; i++)
        {
            var guildCreate = session.Append("GUILD_CREATE", Json.Write(SessionJson.GuildCreate(guilds[i], session, Options.ApplicationId)));
            connection.Enqueue(Outgoing.Of(session.Id, guildCreate) with { CompletesReady = i == guilds.Count - 1 });
        }
    }

    private bool TryStartSession(int shardId)
    {
        var now = DateTimeOffset.UtcNow;
        RollSessionStartBudget(now);
        if (sessionStartRemaining <= 0)
        {
            return false;
        }
        int concurrency = Math.Max(1, Options.MaxConcurrency);
        identifyBuckets ??= [.. Enumerable.Range(0, concurrency).Select(_ => new SlidingWindow(1, Options.IdentifyWindow))];
        if (!identifyBuckets[shardId % concurrency].TryTake(now))
        {
            return false;
        }
        sessionStartRemaining--;
        return true;
    }

    private void RollSessionStartBudget(DateTimeOffset now)
    {
        if (now >= sessionStartResetAt)
        {
            sessionStartRemaining = Options.SessionStartTotal;
            sessionStartResetAt = now.AddDays(1);
        }
    }
}
