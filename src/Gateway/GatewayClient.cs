using System.Net.WebSockets;
using System.Threading.Channels;
using GameTime.Gateway.Cache;
using GameTime.Gateway.Connection;
using GameTime.Gateway.Events;
using GameTime.Gateway.Protocol;
using Microsoft.Extensions.Logging;

namespace GameTime.Gateway;

/// <summary>
/// The bot's gateway session: connects where GET /gateway/bot says, identifies within the budget, and keeps
/// the session alive across drops by resuming (or re-identifying when Discord says the session is gone),
/// with exponential backoff. Events go to the <see cref="GuildCache"/> and then to the <see cref="EventHub"/>.
/// </summary>
public sealed partial class GatewayClient
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(60);

    private readonly GatewayOptions _options;
    private readonly IGatewayInfoSource _infoSource;
    private readonly TimeProvider _clock;
    private readonly ILogger<GatewayClient> _log;
    private readonly ILoggerFactory _logs;
    private readonly SessionState _session = new();
    private readonly IdentifyGate _identifyGate;
    private readonly DispatchProcessor _processor;
    private readonly Channel<(GatewayOpcode, byte[])> _outbound = Channel.CreateUnbounded<(GatewayOpcode, byte[])>();
    private GatewayInfo? _info;

    public GatewayClient(GatewayOptions options, IGatewayInfoSource infoSource, GuildCache cache, EventHub events,
        TimeProvider clock, ILoggerFactory logs)
    {
        _options = options;
        _infoSource = infoSource;
        _clock = clock;
        Cache = cache;
        _log = logs.CreateLogger<GatewayClient>();
        _logs = logs;
        _identifyGate = new IdentifyGate(clock);
        _processor = new DispatchProcessor(cache, events, options.CompactAfterGuildsLoaded);
    }

    public GuildCache Cache { get; }

    /// <summary>Connections opened so far (the first one included).</summary>
    public int Connections { get; private set; }

    public string? SessionId => _session.SessionId;

    public long? LastSequence => _session.Sequence;

    /// <summary>Queues op 4 (join, move, or leave with null) for the live session.</summary>
    public void UpdateVoiceState(ulong guildId, ulong? channelId, bool selfMute = false, bool selfDeaf = false) =>
        _outbound.Writer.TryWrite((GatewayOpcode.VoiceStateUpdate, OutboundFrames.VoiceStateUpdate(guildId, channelId, selfMute, selfDeaf)));

    /// <summary>Queues op 3, the bot's own status and activity.</summary>
    public void UpdatePresence(string status, string? activityName, int activityType = 0) =>
        _outbound.Writer.TryWrite((GatewayOpcode.PresenceUpdate, OutboundFrames.PresenceUpdate(status, activityName, activityType)));

    /// <summary>Queues op 8 for up to 100 members; the replies update the cache.</summary>
    public void RequestMembers(ulong guildId, IReadOnlyCollection<ulong> userIds, bool presences = false) =>
        _outbound.Writer.TryWrite((GatewayOpcode.RequestGuildMembers, OutboundFrames.RequestGuildMembers(guildId, userIds, presences, nonce: null)));

    /// <summary>Runs until cancelled. Throws <see cref="GatewayFatalException"/> when Discord refuses the bot for good.</summary>
    public async Task RunAsync(CancellationToken stop)
    {
        int failures = 0;
        while (!stop.IsCancellationRequested)
        {
            bool resume = _session.CanResume;
            ConnectionEnd end;
            try
            {
                var url = resume ? _session.ResumeUrl! : (await InfoAsync(refresh: false, stop)).Url;
                if (!resume) await WaitForIdentifyAsync(stop);
                end = await ConnectOnceAsync(url, resume, stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not GatewayFatalException)
            {
                // The network, the gateway URL lookup, or a bug: log it, back off, try again. Never crash.
                LogConnectFailed(ex);
                if (!resume) _info = null; // the cached gateway URL did not work: ask again next time
                end = new ConnectionEnd(resume ? Reconnect.Resume : Reconnect.Identify, ex.Message);
            }

            LogConnectionEnded(end.Reason, end.Action);
            switch (end.Action)
            {
                case Reconnect.Stop when stop.IsCancellationRequested:
                    return;
                case Reconnect.Stop:
                    throw new GatewayFatalException(end.CloseCode ?? 0);
                case Reconnect.Identify:
                    _session.Reset();
                    break;
            }

            failures = end.Healthy ? 0 : failures + 1;
            var wait = end.WaitBeforeIdentify ? TimeSpan.FromSeconds(1 + 4 * Random.Shared.NextDouble()) : Backoff(failures);
            if (wait > TimeSpan.Zero)
            {
                try { await Task.Delay(wait, _clock, stop); }
                catch (OperationCanceledException) { return; }
            }
        }
    }

    private async Task<ConnectionEnd> ConnectOnceAsync(Uri baseUrl, bool resume, CancellationToken stop)
    {
        using var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = TimeSpan.Zero; // the gateway's own heartbeats keep it alive
        socket.Options.SetRequestHeader("User-Agent", $"DiscordBot (https://github.com/gametime, {_options.LibraryName})");
        using (var connectTimeout = CancellationTokenSource.CreateLinkedTokenSource(stop))
        {
            connectTimeout.CancelAfter(TimeSpan.FromSeconds(30));
            await socket.ConnectAsync(GatewayUrl(baseUrl), connectTimeout.Token);
        }
        Connections++;
        int shardCount = _options.ShardCount is > 0 and var n ? n : Math.Max(1, _info?.RecommendedShards ?? 1);
        using var connection = new GatewayConnection(socket, _options, _session, _processor, _outbound.Reader, resume,
            _identifyGate, _options.ShardId, shardCount, _clock, _logs.CreateLogger<GatewayConnection>());
        return await connection.RunAsync(stop);
    }

    /// <summary>"wss://gateway.discord.gg/?v=10&amp;encoding=json&amp;compress=zlib-stream"; the resume URL has no path, so one is added.</summary>
    internal Uri GatewayUrl(Uri baseUrl)
    {
        var builder = new UriBuilder(baseUrl)
        {
            Query = _options.Compress ? "v=10&encoding=json&compress=zlib-stream" : "v=10&encoding=json",
        };
        if (string.IsNullOrEmpty(builder.Path)) builder.Path = "/";
        return builder.Uri;
    }

    private async Task<GatewayInfo> InfoAsync(bool refresh, CancellationToken stop)
    {
        if (_info is null || refresh)
        {
            _info = await _infoSource.GetGatewayInfoAsync(stop);
            _identifyGate.Update(_info.SessionStartLimit);
        }
        return _info;
    }

    private async Task WaitForIdentifyAsync(CancellationToken stop)
    {
        TimeSpan wait;
        while ((wait = _identifyGate.TryTake(_options.ShardId)) > TimeSpan.Zero)
        {
            if (wait > TimeSpan.FromSeconds(30)) LogIdentifyBudget(wait);
            await Task.Delay(wait, _clock, stop);
        }
    }

    private static TimeSpan Backoff(int failures)
    {
        if (failures == 0) return TimeSpan.Zero;
        // Exponential with full jitter: 0-1 s, 0-2 s, 0-4 s ... capped at a minute.
        var ceiling = TimeSpan.FromSeconds(Math.Min(MaxBackoff.TotalSeconds, Math.Pow(2, Math.Min(failures - 1, 6))));
        return ceiling * Random.Shared.NextDouble();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "could not connect to the gateway")]
    private partial void LogConnectFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "gateway connection ended: {Reason}; next: {Action}")]
    private partial void LogConnectionEnded(string reason, Reconnect action);

    [LoggerMessage(Level = LogLevel.Warning, Message = "identify budget used up: waiting {Wait} before the next session start")]
    private partial void LogIdentifyBudget(TimeSpan wait);
}
