using System.Text.Json.Serialization;

// The gateway's JSON shapes, only the fields GameTime reads. Unknown fields are ignored; snowflakes arrive as
// strings (or numbers) and are read into ulong by the context's number handling.
namespace GameTime.Gateway.Wire;

public sealed class JsonHello
{
    public double HeartbeatInterval { get; set; }
}

public sealed class JsonReady
{
    public string SessionId { get; set; } = "";
    public string? ResumeGatewayUrl { get; set; }
    public JsonUser User { get; set; } = new();
    public JsonUnavailableGuild[] Guilds { get; set; } = [];
    public JsonApplication? Application { get; set; }
}

public sealed class JsonApplication
{
    public ulong Id { get; set; }
}

public sealed class JsonUnavailableGuild
{
    public ulong Id { get; set; }
    public bool Unavailable { get; set; }
}

public sealed class JsonUser
{
    public ulong Id { get; set; }
    public string? Username { get; set; }
    public string? GlobalName { get; set; }
    public string? Avatar { get; set; }
    public bool Bot { get; set; }
}

public sealed class JsonGuild
{
    public ulong Id { get; set; }
    public string? Name { get; set; }
    public bool Unavailable { get; set; }
    public ulong OwnerId { get; set; }
    public int MemberCount { get; set; }
    public JsonRole[]? Roles { get; set; }
    public JsonChannel[]? Channels { get; set; }
    public JsonMember[]? Members { get; set; }
    public JsonVoiceState[]? VoiceStates { get; set; }
    public JsonPresence[]? Presences { get; set; }
    public JsonGuildEmoji[]? Emojis { get; set; }
}

/// <summary>A guild's custom emoji (GUILD_CREATE, GUILD_EMOJIS_UPDATE); an unavailable one (boost lost) cannot be used.</summary>
public sealed class JsonGuildEmoji
{
    public ulong? Id { get; set; }
    public string? Name { get; set; }
    public bool Animated { get; set; }
    public bool Available { get; set; } = true;
}

public sealed class JsonEmojisUpdate
{
    public ulong GuildId { get; set; }
    public JsonGuildEmoji[] Emojis { get; set; } = [];
}

public sealed class JsonRole
{
    public ulong Id { get; set; }
    public string Name { get; set; } = "";
    public string? Permissions { get; set; }
    public int Position { get; set; }
}

public sealed class JsonRoleEvent
{
    public ulong GuildId { get; set; }
    public JsonRole? Role { get; set; }
    public ulong RoleId { get; set; }
}

public sealed class JsonChannel
{
    public ulong Id { get; set; }
    public int Type { get; set; }
    public ulong? GuildId { get; set; }
    public string? Name { get; set; }
    public int Position { get; set; }
    public ulong? ParentId { get; set; }
}

public sealed class JsonMember
{
    public ulong GuildId { get; set; }
    public JsonUser? User { get; set; }
    public string? Nick { get; set; }
    public string? Avatar { get; set; }
    public ulong[]? Roles { get; set; }
}

public sealed class JsonMemberRemove
{
    public ulong GuildId { get; set; }
    public JsonUser User { get; set; } = new();
}

public sealed class JsonMembersChunk
{
    public ulong GuildId { get; set; }
    public JsonMember[] Members { get; set; } = [];
    public JsonPresence[]? Presences { get; set; }
    public int ChunkIndex { get; set; }
    public int ChunkCount { get; set; }
    public string? Nonce { get; set; }
}

public sealed class JsonVoiceState
{
    public ulong? GuildId { get; set; }
    public ulong? ChannelId { get; set; }
    public ulong UserId { get; set; }
    public JsonMember? Member { get; set; }
    public string? SessionId { get; set; }
    public bool SelfMute { get; set; }
    public bool SelfDeaf { get; set; }
}

public sealed class JsonVoiceServer
{
    public ulong GuildId { get; set; }
    public string Token { get; set; } = "";
    public string? Endpoint { get; set; }
}

public sealed class JsonPresence
{
    public JsonUser User { get; set; } = new();
    public ulong? GuildId { get; set; }
    public string? Status { get; set; }
    public JsonActivity[]? Activities { get; set; }
}

public sealed class JsonActivity
{
    public string? Name { get; set; }
    public int Type { get; set; }
    public string? Details { get; set; }
    public string? State { get; set; }
}

public sealed class JsonGuildDelete
{
    public ulong Id { get; set; }
    public bool Unavailable { get; set; }
}

public sealed class JsonMessage
{
    public ulong Id { get; set; }
    public ulong ChannelId { get; set; }
    public ulong? GuildId { get; set; }
    public JsonUser Author { get; set; } = new();
    public JsonMember? Member { get; set; }
    public string? Content { get; set; }
    public JsonUser[]? Mentions { get; set; }
    public JsonMessageReference? MessageReference { get; set; }
}

public sealed class JsonMessageReference
{
    public ulong? MessageId { get; set; }
    public ulong? ChannelId { get; set; }
}

public sealed class JsonReaction
{
    public ulong UserId { get; set; }
    public ulong ChannelId { get; set; }
    public ulong MessageId { get; set; }
    public ulong? GuildId { get; set; }
    public JsonEmoji Emoji { get; set; } = new();
    public JsonMember? Member { get; set; }
    public bool Burst { get; set; }
}

public sealed class JsonEmoji
{
    public ulong? Id { get; set; }
    public string? Name { get; set; }
}

public sealed class JsonRateLimited
{
    public int Opcode { get; set; }
    public double RetryAfter { get; set; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    AllowTrailingCommas = false)]
[JsonSerializable(typeof(JsonHello))]
[JsonSerializable(typeof(JsonReady))]
[JsonSerializable(typeof(JsonGuild))]
[JsonSerializable(typeof(JsonGuildDelete))]
[JsonSerializable(typeof(JsonRoleEvent))]
[JsonSerializable(typeof(JsonEmojisUpdate))]
[JsonSerializable(typeof(JsonChannel))]
[JsonSerializable(typeof(JsonMember))]
[JsonSerializable(typeof(JsonMemberRemove))]
[JsonSerializable(typeof(JsonMembersChunk))]
[JsonSerializable(typeof(JsonVoiceState))]
[JsonSerializable(typeof(JsonVoiceServer))]
[JsonSerializable(typeof(JsonPresence))]
[JsonSerializable(typeof(JsonMessage))]
[JsonSerializable(typeof(JsonReaction))]
[JsonSerializable(typeof(JsonRateLimited))]
public sealed partial class GatewayJson : JsonSerializerContext;
