using GameTime.Features.Configuration;
using GameTime.Features.Members;
using GameTime.Gateway.Cache;
using GameTime.Gateway.Events;
using GameTime.Rest.Discord;
using Microsoft.Extensions.Logging;

namespace GameTime.Features.Lfg;

/// <summary>What an auto-LFG evaluation did, for the log and the tests.</summary>
public enum AutoLfgOutcome
{
    Posted,
    NoMainChannel,
    NotTracked,
    CoolingDown,
    StackFull,
    NotReady,
    /// <summary>Everyone in the channel opted out: the bot stays quiet rather than announce people who asked it not to.</summary>
    NobodyToMention,
    SendFailed,
}

/// <summary>
/// Auto-LFG (features-community 4.3-4.4, issue 6): when members of a tracked voice channel come back to the Siege menu
/// and the stack is not full, post once in the guild's main channel, mentioning only members who did not opt out.
/// Presence changes are debounced per voice channel; a post holds the channel for <see cref="Cooldown"/>, in the database.
/// </summary>
public sealed partial class AutoLfg : IDisposable
{
    public static readonly TimeSpan Cooldown = TimeSpan.FromMinutes(15);
    public const int StackSize = 5;

    private readonly GuildConfigStore _config;
    private readonly LfgCooldownStore _cooldowns;
    private readonly MemberStore _members;
    private readonly GuildCache _cache;
    private readonly IDiscordRest _rest;
    private readonly ILogger _log;
    private readonly RankEmoji _ranks;
    private readonly SiegeChangeLog _changes;
    private readonly VoiceChannelDebounce _debounce;
    private readonly CancellationTokenSource _stopping = new();
    // Evaluations run one at a time: they are rare, and two of one channel must never both pass the cooldown.
    private readonly SemaphoreSlim _evaluating = new(1, 1);
    private readonly Lock _inflightLock = new();
    private readonly List<Task> _inflight = [];

    public AutoLfg(GuildConfigStore config, LfgCooldownStore cooldowns, MemberStore members, GuildCache cache, IDiscordRest rest,
        TimeProvider clock, ILogger<AutoLfg> log)
    {
        _config = config;
        _cooldowns = cooldowns;
        _members = members;
        _cache = cache;
        _rest = rest;
        _log = log;
        _ranks = new RankEmoji(cache);
        _changes = new SiegeChangeLog(clock);
        _debounce = new VoiceChannelDebounce(clock, key => Start(key.GuildId, key.ChannelId));
    }

    /// <summary>Evaluations waiting for their debounce to end.</summary>
    public int Pending => _debounce.PendingCount;

    /// <summary>The EventHub handler: records the member's change and (re)starts their voice channel's debounce.</summary>
    public Task OnPresenceChangedAsync(SiegePresenceChanged e, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(e);
        var change = new SiegeChange(SiegeStates.Read(e.Before), SiegeStates.Read(e.After));
        // "RANKED match 2 of 9" to "3 of 9", or a new party size, is no change of state; recording it would hide a
        // pending "match -> menu" (the original's weakness, features-community 4.4).
        if (change.Before == change.After) return Task.CompletedTask;
        if (_cache.TryGetMember(e.GuildId, e.UserId, out var member) && member.IsBot) return Task.CompletedTask;
        _changes.Record(e.GuildId, e.UserId, change);
        if (_cache.VoiceChannelOf(e.GuildId, e.UserId) is not { } voice) return Task.CompletedTask;
        if (!_config.VoiceChannels(e.GuildId).Contains(voice)) return Task.CompletedTask;
        _debounce.Touch(e.GuildId, voice);
        return Task.CompletedTask;
    }

    /// <summary>Completes when every evaluation started so far has finished (tests; shutdown).</summary>
    public Task WhenIdleAsync()
    {
        lock (_inflightLock) return Task.WhenAll([.. _inflight]);
    }

    private void Start(ulong guildId, ulong voiceChannelId)
    {
        var task = Task.Run(() => EvaluateSafelyAsync(guildId, voiceChannelId));
        lock (_inflightLock)
        {
            _inflight.RemoveAll(t => t.IsCompleted);
            _inflight.Add(task);
        }
    }

    private async Task EvaluateSafelyAsync(ulong guildId, ulong voiceChannelId)
    {
        try
        {
            var outcome = await EvaluateAsync(guildId, voiceChannelId, _stopping.Token);
            LogOutcome(guildId, voiceChannelId, outcome);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            LogFailed(guildId, voiceChannelId, ex);
        }
    }

    /// <summary>The decision of features-community 4.4 for one voice channel, now; posts when it says so.</summary>
    public async Task<AutoLfgOutcome> EvaluateAsync(ulong guildId, ulong voiceChannelId, CancellationToken ct)
    {
        await _evaluating.WaitAsync(ct);
        try
        {
            if (_config.GetChannel(guildId, ConfigChannel.Main) is not { } main || !_cache.TryGetChannel(guildId, main, out _))
                return AutoLfgOutcome.NoMainChannel;
            if (!_config.VoiceChannels(guildId).Contains(voiceChannelId)) return AutoLfgOutcome.NotTracked;

            // Bots (music, stats) take no seat in a Siege stack and are never pinged (features-community 11 #16).
            var people = _cache.VoiceChannelMembers(guildId, voiceChannelId).Where(m => !m.Member.IsBot).ToList();
            if (people.Count >= StackSize) return AutoLfgOutcome.StackFull;
            var tally = StackTally.Of(people.Select(p => _changes.Current(guildId, p.Member.UserId, SiegeStates.Read(p.Siege))));
            if (!tally.WantsTeammates) return AutoLfgOutcome.NotReady;

            var optedOut = _members.LfgOptedOut(guildId, [.. people.Select(p => p.Member.UserId)]);
            var named = people.Where(p => !optedOut.Contains(p.Member.UserId))
                .Select(p => new LfgListed(p.Member.UserId, _ranks.For(guildId, p.Member))).ToList();
            if (named.Count == 0) return AutoLfgOutcome.NobodyToMention;

            // The claim is the cooldown check and its start in one transaction; a recent /lfg for the channel holds it too.
            if (_cooldowns.TryClaim(guildId, _cache.GuildName(guildId) ?? "", voiceChannelId, LfgKind.Auto, Cooldown, LfgKind.Command) is not null)
                return AutoLfgOutcome.CoolingDown;
            var body = new JsonMessageBody
            {
                Content = LfgMessages.Auto(named, people.Count - named.Count, StackSize - people.Count, voiceChannelId),
                // Exactly the named members may be pinged: no @everyone, no roles, nobody who opted out.
                AllowedMentions = new JsonAllowedMentions { Parse = [], Users = [.. named.Select(n => n.UserId)] },
            };
            try
            {
                var sent = await _rest.CreateMessageAsync(main, body, null, ct);
                _cooldowns.SetMessage(guildId, voiceChannelId, LfgKind.Auto, sent.Id);
                return AutoLfgOutcome.Posted;
            }
            catch (Exception ex)
            {
                // Nothing was posted, so nothing may hold the channel for 15 minutes.
                _cooldowns.Release(guildId, voiceChannelId, LfgKind.Auto);
                if (ex is not DiscordApiException api) throw;
                LogSendFailed(guildId, main, api.Message);
                return AutoLfgOutcome.SendFailed;
            }
        }
        finally
        {
            _evaluating.Release();
        }
    }

    public void Dispose()
    {
        _debounce.Dispose();
        _stopping.Cancel();
        // A cancelled evaluation ends at its next await; let it, so nothing it holds is disposed under it.
        WhenIdleAsync().Wait(TimeSpan.FromSeconds(5));
        _stopping.Dispose();
        _evaluating.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "auto-LFG for voice channel {VoiceChannelId} in guild {GuildId}: {Outcome}")]
    private partial void LogOutcome(ulong guildId, ulong voiceChannelId, AutoLfgOutcome outcome);

    [LoggerMessage(Level = LogLevel.Error, Message = "auto-LFG for voice channel {VoiceChannelId} in guild {GuildId} failed")]
    private partial void LogFailed(ulong guildId, ulong voiceChannelId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "auto-LFG could not post in channel {ChannelId} of guild {GuildId}: {Reason}")]
    private partial void LogSendFailed(ulong guildId, ulong channelId, string reason);
}
