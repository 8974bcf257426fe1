using System.Collections.Concurrent;
using System.Net;
using GameTime.Features.Configuration;
using GameTime.Features.Data;
using GameTime.Features.Members;
using GameTime.Gateway.Cache;
using GameTime.Gateway.Events;
using GameTime.Rest.Discord;
using Microsoft.Extensions.Logging;

namespace GameTime.Features.Schedule;

/// <summary>
/// The live daily schedule: posts the day's message with its 12 reactions, turns reactions into votes, adds members
/// found in voice, rebuilds votes from the message's reactions (start-up, /modrefreshschedule), and keeps the message
/// up to date with debounced edits. Every change of one message's votes runs under that message's lock.
/// </summary>
public sealed partial class ScheduleService(Database database, GuildCache cache, IDiscordRest rest, TimeProvider clock,
    ILogger<ScheduleService> log, CancellationToken stopping = default)
{
    public static readonly TimeSpan EditDelay = TimeSpan.FromSeconds(1.5);

    private readonly ScheduleStore _store = new(database, clock);
    private readonly RecurringScheduleStore _recurring = new(database, clock);
    private readonly GuildConfigStore _config = new(database, clock);
    private readonly RankEmoji _ranks = new(cache);
    private readonly KeyedLocks _messageLocks = new();
    private readonly KeyedLocks _guildLocks = new();
    private readonly ConcurrentDictionary<ulong, (ScheduleMessage Message, DebouncedEdit Edit)> _edits = new();

    public ScheduleStore Store => _store;
    public RecurringScheduleStore Recurring => _recurring;

    public ScheduleSettings Settings(ulong guildId) => ScheduleSettings.Read(database, guildId);

    /// <summary>The message of the schedule day in progress, or null when none was posted.</summary>
    public ScheduleMessage? CurrentMessage(ulong guildId)
    {
        var settings = Settings(guildId);
        return _store.Current(guildId, settings.Calendar.DayOf(clock.GetUtcNow()));
    }

    /// <summary>A slot reaction by a member on the current message adds or removes their vote; anything else is ignored.</summary>
    public async Task OnReactionAsync(ReactionChanged e, CancellationToken ct)
    {
        if (e.UserIsBot || e.UserId == cache.BotUserId) return;
        if (ScheduleSlots.FromEmoji(e.Emoji, e.EmojiId) is not { } slot) return;
        if (_store.Find(e.GuildId, e.MessageId) is not { Retired: false } message || message.ChannelId != e.ChannelId) return;
        if (message.Day != Settings(e.GuildId).Calendar.DayOf(clock.GetUtcNow())) return; // an older day's message is closed
        bool changed = await _messageLocks.RunAsync(message.MessageId, () => e.Added
            ? _store.AddVote(e.GuildId, e.MessageId, slot, VoterOf(e.GuildId, e.UserId), VoteSource.Reaction)
            : _store.RemoveVote(e.GuildId, e.MessageId, slot, e.UserId), ct);
        if (changed) Changed(message);
    }

    /// <summary>
    /// The daily post ("send or refresh", spec 1.3): when the schedule day already has its message it is rebuilt from
    /// its reactions and refreshed; otherwise (or when <paramref name="force"/>d) a new message is posted, the old one
    /// retired, recurring schedules applied and the 12 reactions added. Null when no schedule channel is configured.
    /// </summary>
    public Task<ScheduleMessage?> PostDailyAsync(ulong guildId, bool force, CancellationToken ct) => _guildLocks.RunAsync(guildId, async () =>
    {
        var settings = Settings(guildId);
        if (settings.ChannelId is not { } channelId)
        {
            LogNoChannel(guildId);
            return null;
        }
        var day = settings.Calendar.DayOf(clock.GetUtcNow());
        // A day's message in another channel (the schedule channel was moved since) is left as it is: the day gets a new one here.
        if (!force && _store.Current(guildId, day) is { } current && current.ChannelId == channelId)
        {
            try
            {
                await RebuildAsync(current, ct);
                return current;
            }
            catch (DiscordApiException ex) when (ex.Status == HttpStatusCode.NotFound)
            {
                LogMessageGone(guildId, current.MessageId); // deleted by someone: post a new one
            }
        }

        var empty = Enumerable.Range(0, ScheduleSlots.Count).Select(_ => (IReadOnlyList<ScheduleEntry>)[]).ToList();
        var posted = await rest.CreateMessageAsync(channelId, ScheduleMessageText.Render(day, settings.ZoneId, empty, clock.GetUtcNow()), null, ct);
        var message = _store.RecordPosted(guildId, cache.GuildName(guildId) ?? "", channelId, posted.Id, day);
        int recurring = await _messageLocks.RunAsync(message.MessageId, () => _recurring.ApplyTo(guildId, message.MessageId, day), ct);
        LogPosted(guildId, channelId, message.MessageId, day, recurring);
        if (recurring > 0) Changed(message);
        foreach (var emoji in ScheduleSlots.Emoji)
            await rest.AddReactionAsync(channelId, message.MessageId, emoji, ct);
        return (ScheduleMessage?)message;
    }, ct);

    /// <summary>
    /// "Send or refresh" (spec 1.3) at start-up, when a guild comes back and right after /modtextschedulechannel: rebuild
    /// the day's message in the schedule channel from its reactions, or post it there if it has none and the day's slots
    /// are not all over (started at 9am, before the post time, the current schedule day is the one that ended at 3am:
    /// posting it would ask who plays in hours that are gone; the 10:00 job posts the next).
    /// </summary>
    public Task SendOrRefreshAsync(ulong guildId, CancellationToken ct)
    {
        var settings = Settings(guildId);
        var now = clock.GetUtcNow();
        var day = settings.Calendar.DayOf(now);
        bool hasMessage = _store.Current(guildId, day) is { } current && current.ChannelId == settings.ChannelId;
        if (!hasMessage && now >= settings.Calendar.SlotStart(day, ScheduleSlots.Count - 1).AddHours(1))
        {
            LogDayOver(guildId, day);
            return Task.CompletedTask;
        }
        return PostDailyAsync(guildId, force: false, ct);
    }

    /// <summary>Runs <see cref="SendOrRefreshAsync"/> in the background (a command has answered already); a failure is logged.</summary>
    public void SendOrRefreshSoon(ulong guildId) => _ = Task.Run(async () =>
    {
        try
        {
            await SendOrRefreshAsync(guildId, stopping);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            LogSendFailed(guildId, ex);   // nobody awaits this task: a failure must reach the log, not vanish with it
        }
    });

    /// <summary>/modrefreshschedule: the current message's votes rebuilt from its reactions, or null when there is no message.</summary>
    public async Task<RebuildResult?> RefreshAsync(ulong guildId, CancellationToken ct) =>
        CurrentMessage(guildId) is { } message ? await RebuildAsync(message, ct) : null;

    /// <summary>The periodic voice check (spec 1.9): members in the tracked voice channels join the slot being played now.</summary>
    public async Task<int> AdjustFromVoiceAsync(ulong guildId, CancellationToken ct)
    {
        var settings = Settings(guildId);
        if (settings.Calendar.SlotAt(clock.GetUtcNow()) is not var (day, slot)) return 0;
        if (_store.Current(guildId, day) is not { } message) return 0;
        var voters = _config.VoiceChannels(guildId)
            .SelectMany(channel => cache.VoiceChannelMembers(guildId, channel))
            .Where(m => !m.Member.IsBot && m.Member.UserId != cache.BotUserId)
            .Select(m => (slot, VoterOf(guildId, m.Member.UserId)))
            .ToList();
        if (voters.Count == 0) return 0;
        int added = await _messageLocks.RunAsync(message.MessageId, () => _store.AddVotes(guildId, message.MessageId, voters, VoteSource.Voice), ct);
        if (added > 0) Changed(message);
        return added;
    }

    /// <summary>/modadduserschedule: false when the member was in the slot already; null when there is no message today.</summary>
    public async Task<bool?> AddByModeratorAsync(ulong guildId, ulong userId, string? displayName, int slot, CancellationToken ct)
    {
        if (CurrentMessage(guildId) is not { } message) return null;
        var voter = displayName is null ? VoterOf(guildId, userId) : new Voter(userId, displayName);
        bool added = await _messageLocks.RunAsync(message.MessageId, () => _store.AddVote(guildId, message.MessageId, slot, voter, VoteSource.Mod), ct);
        if (added) Changed(message);
        return added;
    }

    /// <summary>/modapplyschedule: recurring entries added to the current message, votes kept; null when there is no message.</summary>
    public async Task<int?> ApplyRecurringAsync(ulong guildId, CancellationToken ct)
    {
        if (CurrentMessage(guildId) is not { } message) return null;
        int added = await _messageLocks.RunAsync(message.MessageId, () => _recurring.ApplyTo(guildId, message.MessageId, message.Day), ct);
        if (added > 0) Changed(message);
        return added;
    }

    /// <summary>Completes when every pending edit has been sent (tests, shutdown).</summary>
    public Task IdleAsync() => Task.WhenAll(_edits.Values.Select(e => e.Edit.Idle));

    /// <summary>The message as it should look now.</summary>
    public JsonMessageBody Render(ScheduleMessage message)
    {
        var settings = Settings(message.GuildId);
        var slots = Enumerable.Range(0, ScheduleSlots.Count).Select(_ => new List<ScheduleEntry>()).ToList();
        foreach (var vote in _store.Votes(message.GuildId, message.MessageId))
        {
            // A member still in the guild shows as they are now; one who left keeps the name and rank stored with the vote.
            var entry = cache.TryGetMember(message.GuildId, vote.UserId, out var member)
                ? new ScheduleEntry(vote.UserId, member.DisplayName, _ranks.For(message.GuildId, member, vote.MaxRank))
                : new ScheduleEntry(vote.UserId, vote.DisplayName, _ranks.For(message.GuildId, vote.MaxRank));
            slots[vote.Slot].Add(entry);
        }
        return ScheduleMessageText.Render(message.Day, settings.ZoneId, slots, clock.GetUtcNow());
    }

    private async Task<RebuildResult> RebuildAsync(ScheduleMessage message, CancellationToken ct)
    {
        // Read and replace under the lock: a reaction event that waits meanwhile is applied after, so it wins, as it is newer.
        var result = await _messageLocks.RunAsync(message.MessageId, async () =>
        {
            var reactions = await ReactionReader.ReadAsync(rest, message.ChannelId, message.MessageId, ct);
            return _store.ReplaceReactionVotes(message.GuildId, message.MessageId,
                [.. reactions.Select(r => (r.Slot, cache.TryGetMember(message.GuildId, r.User.Id, out var m)
                    ? new Voter(r.User.Id, m.DisplayName)
                    : new Voter(r.User.Id, r.User.GlobalName ?? r.User.Username)))]);
        }, ct);
        LogRebuilt(message.GuildId, message.MessageId, result.Reactions, result.Added, result.Removed);
        Changed(message); // always refresh: the date, names and ranks may have changed while the bot was down
        return result;
    }

    private void Changed(ScheduleMessage message)
    {
        var entry = _edits.GetOrAdd(message.MessageId, _ => (message, new DebouncedEdit(clock, EditDelay,
            ct => SendEditAsync(message, ct), ex => LogEditFailed(message.GuildId, message.MessageId, ex))));
        entry.Edit.Changed(stopping);
    }

    private async Task SendEditAsync(ScheduleMessage message, CancellationToken ct)
    {
        try
        {
            await rest.EditMessageAsync(message.ChannelId, message.MessageId, Render(message), null, ct);
        }
        catch (DiscordApiException ex) when (ex.Status == HttpStatusCode.NotFound)
        {
            _store.Retire(message.GuildId, message.MessageId);
            LogMessageGone(message.GuildId, message.MessageId);
        }
    }

    private Voter VoterOf(ulong guildId, ulong userId) =>
        new(userId, cache.TryGetMember(guildId, userId, out var member) ? member.DisplayName : null);

    [LoggerMessage(Level = LogLevel.Information, Message = "schedule: guild {GuildId} has no message for {Day} and its slots are over; the next daily post opens the next day")]
    private partial void LogDayOver(ulong guildId, DateOnly day);

    [LoggerMessage(Level = LogLevel.Information, Message = "schedule: guild {GuildId} has no schedule channel; no daily message")]
    private partial void LogNoChannel(ulong guildId);

    [LoggerMessage(Level = LogLevel.Information, Message = "schedule: posted message {MessageId} in channel {ChannelId} of guild {GuildId} for {Day} ({Recurring} recurring votes)")]
    private partial void LogPosted(ulong guildId, ulong channelId, ulong messageId, DateOnly day, int recurring);

    [LoggerMessage(Level = LogLevel.Information, Message = "schedule: message {MessageId} of guild {GuildId} rebuilt from {Reactions} reactions ({Added} added, {Removed} removed)")]
    private partial void LogRebuilt(ulong guildId, ulong messageId, int reactions, int added, int removed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "schedule: could not send or refresh the message of guild {GuildId}")]
    private partial void LogSendFailed(ulong guildId, Exception ex);

    [LoggerMessage(Level = LogLevel.Warning, Message = "schedule: message {MessageId} of guild {GuildId} is gone from Discord")]
    private partial void LogMessageGone(ulong guildId, ulong messageId);

    [LoggerMessage(Level = LogLevel.Error, Message = "schedule: could not update message {MessageId} of guild {GuildId}")]
    private partial void LogEditFailed(ulong guildId, ulong messageId, Exception exception);
}
