using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace GameTime.DiscordEmulator;

/// <summary>
/// The gateway's shared state: the community model, sessions and connections, and the fan-out of dispatches.
/// One lock (<see cref="Sync"/>) guards all of it, so a dispatch, a resume and an identify never interleave.
/// </summary>
internal sealed partial class GatewayHub(EmulatorOptions options, EmulatorRecords records) : IGuildEvents
{
    private readonly Dictionary<string, GatewaySession> sessions = [];
    private readonly List<GatewayConnection> connections = [];
    private int sessionStartRemaining = options.SessionStartRemaining;

    public object Sync { get; } = new();

    public EmulatorOptions Options { get; } = options;

    public EmulatorRecords Records { get; } = records;

    public OrderedDictionary<ulong, EmulatedGuild> Guilds { get; } = [];

    private volatile bool ackHeartbeats = true;

    public bool AckHeartbeats
    {
        get => ackHeartbeats;
        set => ackHeartbeats = value;
    }

    /// <summary>"ws://127.0.0.1:{port}/gateway", set once Kestrel has a port.</summary>
    public string GatewayUrl { get; set; } = "";

    public async Task AcceptAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        var query = context.Request.Query;
        string? version = query["v"], encoding = query["encoding"], compress = query["compress"];
        // Discord finishes the WebSocket handshake, then closes with the code.
        int? refuse = version != "10" ? CloseCodes.InvalidApiVersion
            : encoding is not (null or "json") ? CloseCodes.DecodeError   // etf is real, but this emulator speaks JSON only
            : compress is not (null or "zlib-stream") ? CloseCodes.DecodeError   // zstd-stream: no zstd in .NET
            : null;
        using var socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        using var connection = new GatewayConnection(this, context, socket, Records.NextConnectionId(), compress == "zlib-stream");
        lock (Sync)
        {
            connections.Add(connection);
        }
        await connection.RunAsync(refuse).ConfigureAwait(false);
    }

    public void ConnectionEnded(GatewayConnection connection, int clientCloseCode)
    {
        lock (Sync)
        {
            connections.Remove(connection);
            if (connection.Session is { } session && session.Connection == connection)
            {
                Detach(session);
                // 1000/1001 from the client end the session: the bot shows offline and cannot resume.
                session.Resumable &= clientCloseCode is not (1000 or 1001);
            }
        }
        Records.AddClose(clientCloseCode);
    }

    public void ServerClosing(GatewayConnection connection, int code)
    {
        lock (Sync)
        {
            if (connection.Session is { } session && CloseCodes.EndsSession(code))
            {
                session.Resumable = false;
            }
        }
    }

    /// <summary>Every connection, for the fault injections.</summary>
    public List<GatewayConnection> Connections()
    {
        lock (Sync)
        {
            return [.. connections];
        }
    }

    /// <summary>Ends every session's resumability ("unknown session"); connected ones keep running until they drop.</summary>
    public void ExpireSessions()
    {
        lock (Sync)
        {
            foreach (var session in sessions.Values)
            {
                session.Resumable = false;
            }
        }
    }

    /// <summary>Sends op 9 on every connection; each connection's session is detached so the client may resume or identify again.</summary>
    public List<Task> InvalidateSessions(bool resumable)
    {
        lock (Sync)
        {
            List<Task> sent = [];
            foreach (var connection in connections)
            {
                if (connection.Session is { } session)
                {
                    session.Resumable &= resumable;
                    Detach(session);
                    connection.Session = null;
                }
                sent.Add(SendOp(connection, 9, resumable ? "true" : "false"));
            }
            return sent;
        }
    }

    public static Task SendOp(GatewayConnection connection, int op, string data)
    {
        var item = new Outgoing(OutgoingKind.Frame, Frame.Op(op, data)) { Sent = new(TaskCreationOptions.RunContinuationsAsynchronously) };
        connection.Enqueue(item);
        return item.Sent.Task;
    }

    void IGuildEvents.Dispatch(string eventName, ulong? guildId, Func<GatewaySession, JsonNode?> payload) =>
        Fanout(eventName, guildId, session => payload(session) is { } node ? Json.Write(node) : null);

    /// <summary>
    /// Sends an event to every live session whose intents and shard allow it (buffering it for sessions that are
    /// away); <paramref name="payload"/> may return null to skip a session. Returns tasks that finish once sent.
    /// </summary>
    public List<Task> Fanout(string eventName, ulong? guildId, Func<GatewaySession, string?> payload, bool ungated = false)
    {
        lock (Sync)
        {
            List<Task> sent = [];
            foreach (var session in Recipients(eventName, guildId, ungated))
            {
                if (payload(session) is not { } data)
                {
                    continue;
                }
                var dispatch = session.Append(eventName, data);
                if (session.Connection is { } connection)
                {
                    var item = Outgoing.Of(session.Id, dispatch, track: true);
                    connection.Enqueue(item);
                    sent.Add(item.Sent!.Task);
                }
            }
            return sent;
        }
    }

    /// <summary>
    /// Like <see cref="Fanout"/> for <paramref name="count"/> events at once, but each connection's writer only compresses
    /// them and holds them until <paramref name="release"/> completes. Sequence numbers are taken now, and nothing else
    /// reaches those connections until the release. Returns, per connection, a task for "compressed" and one for "sent".
    /// </summary>
    public (List<Task> Encoded, List<Task> Sent) Stage(string eventName, ulong? guildId, int count, Func<GatewaySession, int, string?> payload, Task release)
    {
        lock (Sync)
        {
            List<Task> encoded = [], sent = [];
            foreach (var session in Recipients(eventName, guildId, ungated: false))
            {
                List<Outgoing> batch = new(count);
                for (int i = 0; i < count; i++)
                {
                    if (payload(session, i) is { } data)
                    {
                        batch.Add(Outgoing.Of(session.Id, session.Append(eventName, data)));
                    }
                }
                if (session.Connection is { } connection && batch.Count > 0)
                {
                    var staged = new Outgoing(OutgoingKind.Staged)
                    {
                        Batch = batch,
                        Release = release,
                        Encoded = new(TaskCreationOptions.RunContinuationsAsynchronously),
                        Sent = new(TaskCreationOptions.RunContinuationsAsynchronously),
                    };
                    connection.Enqueue(staged);
                    encoded.Add(staged.Encoded.Task);
                    sent.Add(staged.Sent.Task);
                }
            }
            return (encoded, sent);
        }
    }

    /// <summary>The sessions an event reaches: live (or resumable), on the guild's shard, with the intent it needs (caller holds the lock).</summary>
    private List<GatewaySession> Recipients(string eventName, ulong? guildId, bool ungated)
    {
        var now = DateTimeOffset.UtcNow;
        int required = ungated ? 0 : Intents.Required(eventName, guildId is not null);
        return [.. sessions.Values.Where(s => s.Alive(now, Options.ResumeWindow) && s.OnShard(guildId) && (required == 0 || s.Has(required)))];
    }

    private static void Detach(GatewaySession session)
    {
        session.Connection = null;
        session.DetachedAt = DateTimeOffset.UtcNow;
    }
}
