using GameTime.Gateway.Cache;
using GameTime.Gateway.Protocol;

namespace GameTime.Gateway.Events;

/// <summary>
/// An event features can subscribe to. <see cref="Sources"/> names the dispatches it is built from, so the
/// gateway deserializes those dispatches only while somebody listens (or the cache needs them).
/// </summary>
public interface IGatewayEvent
{
    static abstract DispatchEvent[] Sources { get; }
}

/// <summary>A new session is ready (after IDENTIFY); guilds follow as <see cref="GuildAvailable"/>.</summary>
public sealed record SessionReady(ulong BotUserId, ulong ApplicationId, int GuildCount) : IGatewayEvent
{
    public static DispatchEvent[] Sources => [DispatchEvent.Ready];
}

/// <summary>The session was resumed: every event missed while disconnected has been replayed before this.</summary>
public sealed record SessionResumed : IGatewayEvent
{
    public static DispatchEvent[] Sources => [DispatchEvent.Resumed];
}

/// <summary>A guild's full state is in the cache (GUILD_CREATE: start-up, join, or back from an outage).</summary>
public sealed record GuildAvailable(ulong GuildId, string Name, int MemberCount) : IGatewayEvent
{
    public static DispatchEvent[] Sources => [DispatchEvent.GuildCreate];
}

/// <summary>Every guild named in READY has arrived (GUILD_CREATE, available or not): the start-up load is done.</summary>
public sealed record GuildsLoaded(int GuildCount) : IGatewayEvent
{
    public static DispatchEvent[] Sources => [DispatchEvent.Ready, DispatchEvent.GuildCreate];
}

/// <summary>A guild went away: an outage (<paramref name="Unavailable"/>) or the bot was removed.</summary>
public sealed record GuildGone(ulong GuildId, bool Unavailable) : IGatewayEvent
{
    public static DispatchEvent[] Sources => [DispatchEvent.GuildDelete];
}

public sealed record MemberJoined(ulong GuildId, ulong UserId, string DisplayName, bool IsBot) : IGatewayEvent
{
    public static DispatchEvent[] Sources => [DispatchEvent.GuildMemberAdd];
}

public sealed record MemberUpdated(ulong GuildId, ulong UserId, string DisplayName) : IGatewayEvent
{
    public static DispatchEvent[] Sources => [DispatchEvent.GuildMemberUpdate];
}

public sealed record MemberLeft(ulong GuildId, ulong UserId, string? DisplayName) : IGatewayEvent
{
    public static DispatchEvent[] Sources => [DispatchEvent.GuildMemberRemove];
}

/// <summary>A member joined (Before null), left (After null) or moved between voice channels.</summary>
public sealed record VoiceStateChanged(ulong GuildId, ulong UserId, string DisplayName, bool IsBot, ulong? Before, ulong? After, string? SessionId)
    : IGatewayEvent
{
    public static DispatchEvent[] Sources => [DispatchEvent.VoiceStateUpdate];
}

/// <summary>A member's Rainbow Six Siege presence changed (other activities, like Spotify, never raise this).</summary>
public sealed record SiegePresenceChanged(ulong GuildId, ulong UserId, SiegeActivity? Before, SiegeActivity? After) : IGatewayEvent
{
    public static DispatchEvent[] Sources => [DispatchEvent.PresenceUpdate];
}

public sealed record MessageReceived(
    ulong GuildId, ulong ChannelId, ulong MessageId, ulong AuthorId, string AuthorName, bool AuthorIsBot,
    string Content, IReadOnlyList<ulong> MentionedUserIds, ulong? ReplyToMessageId) : IGatewayEvent
{
    public static DispatchEvent[] Sources => [DispatchEvent.MessageCreate];
}

/// <summary>A reaction was added or removed. <paramref name="Emoji"/> is the unicode emoji or the custom emoji's name.</summary>
public sealed record ReactionChanged(
    bool Added, ulong GuildId, ulong ChannelId, ulong MessageId, ulong UserId, string Emoji, ulong? EmojiId, bool UserIsBot)
    : IGatewayEvent
{
    public static DispatchEvent[] Sources => [DispatchEvent.MessageReactionAdd, DispatchEvent.MessageReactionRemove];
}

/// <summary>An interaction, as its raw JSON (`d`): the command router parses the parts it routes on.</summary>
public sealed record InteractionReceived(ReadOnlyMemory<byte> Json) : IGatewayEvent
{
    public static DispatchEvent[] Sources => [DispatchEvent.InteractionCreate];
}

/// <summary>The voice server for the bot's own voice connection (null endpoint: being reallocated).</summary>
public sealed record VoiceServerChanged(ulong GuildId, string Token, string? Endpoint) : IGatewayEvent
{
    public static DispatchEvent[] Sources => [DispatchEvent.VoiceServerUpdate];
}
