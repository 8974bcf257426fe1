using System.Text.Json;
using System.Text.Json.Serialization;

// INTERACTION_CREATE's JSON, only the fields the router reads. Snowflakes arrive as strings.
namespace GameTime.Gateway.Interactions;

public sealed class JsonInteraction
{
    public ulong Id { get; set; }
    public ulong ApplicationId { get; set; }
    public int Type { get; set; }
    public string Token { get; set; } = "";
    public ulong? GuildId { get; set; }
    public ulong? ChannelId { get; set; }
    public JsonInteractionMember? Member { get; set; }
    public JsonInteractionUser? User { get; set; }
    public JsonInteractionData? Data { get; set; }
    public JsonInteractionMessage? Message { get; set; }
    /// <summary>The bot's own permissions in the channel, a decimal string.</summary>
    public string? AppPermissions { get; set; }
    public string? Locale { get; set; }
}

public sealed class JsonInteractionMember
{
    public JsonInteractionUser? User { get; set; }
    public string? Nick { get; set; }
    public ulong[] Roles { get; set; } = [];
    /// <summary>The member's permissions in the channel (overwrites included), computed by Discord.</summary>
    public string? Permissions { get; set; }
}

public sealed class JsonInteractionUser
{
    public ulong Id { get; set; }
    public string Username { get; set; } = "";
    public string? GlobalName { get; set; }
    public bool Bot { get; set; }
}

public sealed class JsonInteractionMessage
{
    public ulong Id { get; set; }
}

public sealed class JsonInteractionData
{
    // application commands
    public ulong? Id { get; set; }
    public string? Name { get; set; }
    public JsonInteractionOption[]? Options { get; set; }
    public JsonResolved? Resolved { get; set; }
    // components and modals
    public string? CustomId { get; set; }
    public int? ComponentType { get; set; }
    public string[]? Values { get; set; }
    public JsonModalComponent[]? Components { get; set; }
}

public sealed class JsonInteractionOption
{
    public string Name { get; set; } = "";
    public int Type { get; set; }
    public JsonElement Value { get; set; }
    public JsonInteractionOption[]? Options { get; set; }
    public bool Focused { get; set; }
}

public sealed class JsonResolved
{
    public Dictionary<string, JsonInteractionUser>? Users { get; set; }
    public Dictionary<string, JsonInteractionMember>? Members { get; set; }
    public Dictionary<string, JsonResolvedChannel>? Channels { get; set; }
    public Dictionary<string, JsonResolvedRole>? Roles { get; set; }
}

public sealed class JsonResolvedChannel
{
    public ulong Id { get; set; }
    public string? Name { get; set; }
    public int Type { get; set; }
}

public sealed class JsonResolvedRole
{
    public ulong Id { get; set; }
    public string Name { get; set; } = "";
}

/// <summary>A submitted modal's layout: a Label (18) wraps `component`, an action row (1) wraps `components`.</summary>
public sealed class JsonModalComponent
{
    public int Type { get; set; }
    public string? CustomId { get; set; }
    public JsonElement Value { get; set; }
    public string[]? Values { get; set; }
    public JsonModalComponent? Component { get; set; }
    public JsonModalComponent[]? Components { get; set; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(JsonInteraction))]
internal sealed partial class InteractionJson : JsonSerializerContext;
