using System.Text.Json;
using System.Text.Json.Serialization;

namespace GameTime.Rest.Discord;

public sealed class JsonGatewayBot
{
    public string Url { get; set; } = "";
    public int Shards { get; set; }
    public JsonSessionStartLimit SessionStartLimit { get; set; } = new();
}

public sealed class JsonSessionStartLimit
{
    public int Total { get; set; }
    public int Remaining { get; set; }
    public long ResetAfter { get; set; }
    public int MaxConcurrency { get; set; } = 1;
}

public sealed class JsonRestUser
{
    public ulong Id { get; set; }
    public string Username { get; set; } = "";
    public string? GlobalName { get; set; }
    public bool Bot { get; set; }
}

public sealed class JsonRestApplication
{
    public ulong Id { get; set; }
    public string Name { get; set; } = "";
    public JsonRestUser? Owner { get; set; }
    public JsonRestTeam? Team { get; set; }
}

public sealed class JsonRestTeam
{
    public ulong OwnerUserId { get; set; }
}

/// <summary>Discord's JSON error body: {"code": 50035, "message": "Invalid Form Body", "errors": {...}}.</summary>
public sealed class JsonRestError
{
    public int Code { get; set; }
    public string? Message { get; set; }
    public double? RetryAfter { get; set; }
    public bool? Global { get; set; }
    /// <summary>A tree mirroring the request body; its leaves are <c>{"_errors": [{code, message}]}</c>.</summary>
    public JsonElement? Errors { get; set; }
}

/// <summary>POST /users/@me/channels: opens (or returns) the DM channel with a user.</summary>
public sealed class JsonCreateDm
{
    [JsonNumberHandling(JsonNumberHandling.WriteAsString | JsonNumberHandling.AllowReadingFromString)]
    public ulong RecipientId { get; set; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(JsonGatewayBot))]
[JsonSerializable(typeof(JsonRestUser))]
[JsonSerializable(typeof(JsonRestApplication))]
[JsonSerializable(typeof(JsonRestError))]
[JsonSerializable(typeof(JsonMessageBody))]
[JsonSerializable(typeof(JsonMessage))]
[JsonSerializable(typeof(JsonMessage[]))]
[JsonSerializable(typeof(JsonInteractionResponse))]
[JsonSerializable(typeof(JsonApplicationCommand[]))]
[JsonSerializable(typeof(List<JsonApplicationCommand>))]
[JsonSerializable(typeof(JsonRestUser[]))]
[JsonSerializable(typeof(JsonGuildMember))]
[JsonSerializable(typeof(JsonGuildMember[]))]
[JsonSerializable(typeof(JsonRestGuild))]
[JsonSerializable(typeof(JsonRestChannel))]
[JsonSerializable(typeof(JsonCreateDm))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(long))]
public sealed partial class DiscordRestJson : JsonSerializerContext;
