using GameTime.Gateway.Cache;
using GameTime.Gateway.Events;
using Microsoft.Extensions.Logging;

namespace GameTime.App;

/// <summary>
/// One log line for each thing the bot sees that a feature acts on (who joined voice, whose game state
/// changed ...), so an operator reading the journal, or a newcomer watching the demo, sees what it saw.
/// </summary>
// Each line is built once per event, only after the level check in Subscribe: the analyzer cannot see that guard.
#pragma warning disable CA1873
public static partial class GatewayEventLog
{
    public static void Subscribe(EventHub hub, GuildCache cache, ILogger log)
    {
        if (!log.IsEnabled(LogLevel.Information)) return;
        hub.On<SessionReady>((e, _) => Done(() => LogReady(log, e.BotUserId, e.GuildCount)));
        hub.On<SessionResumed>((_, _) => Done(() => LogResumed(log)));
        hub.On<GuildAvailable>((e, _) => Done(() =>
            LogGuild(log, e.Name, e.MemberCount, cache.Channels(e.GuildId).Count, cache.VoiceStates(e.GuildId).Count)));
        hub.On<GuildGone>((e, _) => Done(() => LogGuildGone(log, e.GuildId, e.Unavailable ? "is unavailable (outage)" : "removed the bot")));
        hub.On<MemberJoined>((e, _) => Done(() => LogMember(log, e.DisplayName, "joined", GuildName(cache, e.GuildId))));
        hub.On<MemberLeft>((e, _) => Done(() => LogMember(log, e.DisplayName ?? e.UserId.ToString(System.Globalization.CultureInfo.InvariantCulture), "left", GuildName(cache, e.GuildId))));
        hub.On<VoiceStateChanged>((e, _) => Done(() => LogVoice(log, e.DisplayName, e switch
        {
            { Before: null, After: { } to } => $"joined voice {Channel(cache, e.GuildId, to)}",
            { After: null, Before: { } from } => $"left voice {Channel(cache, e.GuildId, from)}",
            { Before: { } from, After: { } to } => $"moved from {Channel(cache, e.GuildId, from)} to {Channel(cache, e.GuildId, to)}",
            _ => "changed voice state",
        })));
        hub.On<SiegePresenceChanged>((e, _) => Done(() =>
        {
            var who = cache.TryGetMember(e.GuildId, e.UserId, out var m) ? m.DisplayName : e.UserId.ToString(System.Globalization.CultureInfo.InvariantCulture);
            LogSiege(log, who, e.After is { } now ? $"is in Rainbow Six Siege: {now.Details ?? "(no details)"}" : "stopped playing Rainbow Six Siege");
        }));
        hub.On<MessageReceived>((e, _) => Done(() => LogMessage(log, e.AuthorName, Channel(cache, e.GuildId, e.ChannelId), e.Content.Length)));
        hub.On<ReactionChanged>((e, _) => Done(() =>
        {
            var who = cache.TryGetMember(e.GuildId, e.UserId, out var m) ? m.DisplayName : e.UserId.ToString(System.Globalization.CultureInfo.InvariantCulture);
            LogReaction(log, who, e.Added ? "added" : "removed", e.Emoji, e.MessageId);
        }));
    }

    private static Task Done(Action write)
    {
        write();
        return Task.CompletedTask;
    }

    private static string GuildName(GuildCache cache, ulong guildId) => cache.GuildName(guildId) ?? guildId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Channel(GuildCache cache, ulong guildId, ulong channelId) =>
        cache.TryGetChannel(guildId, channelId, out var c) ? $"'{c.Name}'" : channelId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [LoggerMessage(Level = LogLevel.Information, Message = "session ready as bot {BotUserId}, {GuildCount} guilds to load")]
    private static partial void LogReady(ILogger log, ulong botUserId, int guildCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "session resumed; missed events replayed")]
    private static partial void LogResumed(ILogger log);

    [LoggerMessage(Level = LogLevel.Information, Message = "guild '{Name}' loaded: {Members} members, {Channels} channels, {InVoice} in voice")]
    private static partial void LogGuild(ILogger log, string name, int members, int channels, int inVoice);

    [LoggerMessage(Level = LogLevel.Information, Message = "guild {GuildId} {What}")]
    private static partial void LogGuildGone(ILogger log, ulong guildId, string what);

    [LoggerMessage(Level = LogLevel.Information, Message = "member {Name} {What} '{Guild}'")]
    private static partial void LogMember(ILogger log, string name, string what, string guild);

    [LoggerMessage(Level = LogLevel.Information, Message = "voice: {Name} {What}")]
    private static partial void LogVoice(ILogger log, string name, string what);

    [LoggerMessage(Level = LogLevel.Information, Message = "presence: {Name} {What}")]
    private static partial void LogSiege(ILogger log, string name, string what);

    [LoggerMessage(Level = LogLevel.Information, Message = "message: {Name} wrote {Length} characters in {Channel}")]
    private static partial void LogMessage(ILogger log, string name, string channel, int length);

    [LoggerMessage(Level = LogLevel.Information, Message = "reaction: {Name} {What} {Emoji} on message {MessageId}")]
    private static partial void LogReaction(ILogger log, string name, string what, string emoji, ulong messageId);
}
