using System.Text.Json;
using System.Text.Json.Serialization;

namespace GameTime.Rest.Discord;

// Wire types of messages, components and interactions, as Discord's REST API reads and writes them.
// Null properties are left out of what we send (DiscordRestJson ignores nulls when writing).

/// <summary>The body of a message create/edit, a follow-up or a webhook edit.</summary>
public sealed class JsonMessageBody
{
    public string? Content { get; set; }
    public JsonEmbed[]? Embeds { get; set; }
    public JsonAllowedMentions? AllowedMentions { get; set; }
    public JsonComponent[]? Components { get; set; }
    /// <summary>MessageFlags: 4 SUPPRESS_EMBEDS, 64 EPHEMERAL (interaction answers only), 4096 SUPPRESS_NOTIFICATIONS.</summary>
    public int? Flags { get; set; }
    /// <summary>With multipart uploads: `{id: n, filename}` for each `files[n]`; on edit, the attachments to keep.</summary>
    public JsonAttachmentRef[]? Attachments { get; set; }
    public JsonMessageReference? MessageReference { get; set; }
}

public sealed class JsonEmbed
{
    public string? Title { get; set; }
    public string? Description { get; set; }
    public string? Url { get; set; }
    /// <summary>ISO-8601 timestamp shown in the footer.</summary>
    public string? Timestamp { get; set; }
    public int? Color { get; set; }
    public JsonEmbedFooter? Footer { get; set; }
    public JsonEmbedMedia? Image { get; set; }
    public JsonEmbedMedia? Thumbnail { get; set; }
    public JsonEmbedAuthor? Author { get; set; }
    public JsonEmbedField[]? Fields { get; set; }
}

public sealed class JsonEmbedField
{
    public string Name { get; set; } = "";
    public string Value { get; set; } = "";
    public bool? Inline { get; set; }
}

public sealed class JsonEmbedFooter
{
    public string Text { get; set; } = "";
    public string? IconUrl { get; set; }
}

public sealed class JsonEmbedAuthor
{
    public string Name { get; set; } = "";
    public string? Url { get; set; }
    public string? IconUrl { get; set; }
}

/// <summary>An embed image or thumbnail: `attachment://name.png` refers to an uploaded file.</summary>
public sealed class JsonEmbedMedia
{
    public string Url { get; set; } = "";
}

/// <summary>`parse` of "users", "roles", "everyone"; an empty list mentions nobody.</summary>
public sealed class JsonAllowedMentions
{
    public string[]? Parse { get; set; }
    [JsonNumberHandling(JsonNumberHandling.WriteAsString | JsonNumberHandling.AllowReadingFromString)]
    public ulong[]? Users { get; set; }
    [JsonNumberHandling(JsonNumberHandling.WriteAsString | JsonNumberHandling.AllowReadingFromString)]
    public ulong[]? Roles { get; set; }
    public bool? RepliedUser { get; set; }

    public static JsonAllowedMentions None => new() { Parse = [] };
}

public sealed class JsonAttachmentRef
{
    public ulong Id { get; set; }
    public string? Filename { get; set; }
    public string? Description { get; set; }
}

public sealed class JsonMessageReference
{
    [JsonNumberHandling(JsonNumberHandling.WriteAsString | JsonNumberHandling.AllowReadingFromString)]
    public ulong MessageId { get; set; }
    [JsonNumberHandling(JsonNumberHandling.WriteAsString | JsonNumberHandling.AllowReadingFromString)]
    public ulong? ChannelId { get; set; }
    [JsonNumberHandling(JsonNumberHandling.WriteAsString | JsonNumberHandling.AllowReadingFromString)]
    public ulong? GuildId { get; set; }
    public bool? FailIfNotExists { get; set; }
}

/// <summary>
/// A message component: 1 action row, 2 button, 3 string select, 4 text input, 5 user select, 6 role select,
/// 7 mentionable select, 8 channel select.
/// </summary>
public sealed class JsonComponent
{
    public int Type { get; set; }
    public JsonComponent[]? Components { get; set; }
    public string? CustomId { get; set; }
    /// <summary>Button: 1 primary, 2 secondary, 3 success, 4 danger, 5 link. Text input: 1 short, 2 paragraph.</summary>
    public int? Style { get; set; }
    public string? Label { get; set; }
    public JsonEmoji? Emoji { get; set; }
    public string? Url { get; set; }
    public bool? Disabled { get; set; }
    public JsonSelectOption[]? Options { get; set; }
    public string? Placeholder { get; set; }
    public int? MinValues { get; set; }
    public int? MaxValues { get; set; }
    public int[]? ChannelTypes { get; set; }
    public int? MinLength { get; set; }
    public int? MaxLength { get; set; }
    public bool? Required { get; set; }
    public string? Value { get; set; }
}

public sealed class JsonSelectOption
{
    public string Label { get; set; } = "";
    public string Value { get; set; } = "";
    public string? Description { get; set; }
    public JsonEmoji? Emoji { get; set; }
    public bool? Default { get; set; }
}

/// <summary>A partial emoji: a unicode one has only a name; a custom one has an id.</summary>
public sealed class JsonEmoji
{
    [JsonNumberHandling(JsonNumberHandling.WriteAsString | JsonNumberHandling.AllowReadingFromString)]
    public ulong? Id { get; set; }
    public string? Name { get; set; }
    public bool? Animated { get; set; }
}

/// <summary>
/// POST /interactions/{id}/{token}/callback. Types: 4 message, 5 deferred message, 6 deferred update,
/// 7 update message, 8 autocomplete result, 9 modal.
/// </summary>
public sealed class JsonInteractionResponse
{
    public int Type { get; set; }
    public JsonInteractionCallbackData? Data { get; set; }
}

/// <summary>The callback's data: message fields (types 4, 7; flags only for 5), choices (8), or a modal (9).</summary>
public sealed class JsonInteractionCallbackData
{
    public string? Content { get; set; }
    public JsonEmbed[]? Embeds { get; set; }
    public JsonAllowedMentions? AllowedMentions { get; set; }
    public int? Flags { get; set; }
    public JsonComponent[]? Components { get; set; }
    public JsonAttachmentRef[]? Attachments { get; set; }
    public JsonCommandChoice[]? Choices { get; set; }
    public string? CustomId { get; set; }
    public string? Title { get; set; }
}

/// <summary>A message as Discord returns it (the fields the bot reads).</summary>
public sealed class JsonMessage
{
    public ulong Id { get; set; }
    public ulong ChannelId { get; set; }
    public ulong? GuildId { get; set; }
    public JsonRestUser Author { get; set; } = new();
    public string Content { get; set; } = "";
    public string? Timestamp { get; set; }
    public string? EditedTimestamp { get; set; }
    public int? Flags { get; set; }
    public JsonEmbed[]? Embeds { get; set; }
    public JsonComponent[]? Components { get; set; }
    public JsonMessageReaction[]? Reactions { get; set; }
    public JsonRestAttachment[]? Attachments { get; set; }
}

public sealed class JsonMessageReaction
{
    public int Count { get; set; }
    public bool Me { get; set; }
    public JsonEmoji Emoji { get; set; } = new();
}

public sealed class JsonRestAttachment
{
    public ulong Id { get; set; }
    public string Filename { get; set; } = "";
    public int Size { get; set; }
    public string? Url { get; set; }
    public string? ContentType { get; set; }
}

/// <summary>An application command (a slash command when Type is 1 or absent).</summary>
public sealed class JsonApplicationCommand
{
    [JsonNumberHandling(JsonNumberHandling.WriteAsString | JsonNumberHandling.AllowReadingFromString)]
    public ulong? Id { get; set; }
    public int? Type { get; set; }
    public string Name { get; set; } = "";
    public string Description { get; set; } = "";
    public JsonCommandOption[]? Options { get; set; }
    /// <summary>Decimal string of permission bits; null = everyone, "0" = administrators only.</summary>
    public string? DefaultMemberPermissions { get; set; }
    /// <summary>0 guild, 1 bot DM, 2 private channel.</summary>
    public int[]? Contexts { get; set; }
    /// <summary>0 guild install, 1 user install.</summary>
    public int[]? IntegrationTypes { get; set; }
    public bool? Nsfw { get; set; }
}

/// <summary>
/// An option: 1 sub command, 2 group, 3 string, 4 integer, 5 boolean, 6 user, 7 channel, 8 role,
/// 9 mentionable, 10 number, 11 attachment.
/// </summary>
public sealed class JsonCommandOption
{
    public int Type { get; set; }
    public string Name { get; set; } = "";
    public string Description { get; set; } = "";
    public bool? Required { get; set; }
    public JsonCommandChoice[]? Choices { get; set; }
    public JsonCommandOption[]? Options { get; set; }
    public int[]? ChannelTypes { get; set; }
    public double? MinValue { get; set; }
    public double? MaxValue { get; set; }
    public int? MinLength { get; set; }
    public int? MaxLength { get; set; }
    public bool? Autocomplete { get; set; }
}

/// <summary>A choice: its value is a string, an integer or a number, kept as the JSON value itself.</summary>
public sealed class JsonCommandChoice
{
    public string Name { get; set; } = "";
    public JsonElement Value { get; set; }

    public static JsonCommandChoice Of(string name, string value) =>
        new() { Name = name, Value = JsonSerializer.SerializeToElement(value, DiscordRestJson.Default.String) };

    public static JsonCommandChoice Of(string name, long value) =>
        new() { Name = name, Value = JsonSerializer.SerializeToElement(value, DiscordRestJson.Default.Int64) };
}

public sealed class JsonGuildMember
{
    public JsonRestUser? User { get; set; }
    public string? Nick { get; set; }
    public string? Avatar { get; set; }
    public ulong[] Roles { get; set; } = [];
    public string? JoinedAt { get; set; }
    /// <summary>Only in interactions: the member's permissions in the channel, a decimal string.</summary>
    public string? Permissions { get; set; }
}

public sealed class JsonRestGuild
{
    public ulong Id { get; set; }
    public string Name { get; set; } = "";
    public ulong OwnerId { get; set; }
    public JsonRestRole[] Roles { get; set; } = [];
}

public sealed class JsonRestRole
{
    public ulong Id { get; set; }
    public string Name { get; set; } = "";
    /// <summary>Decimal string: bits already exceed 2^51.</summary>
    public string Permissions { get; set; } = "0";
    public int Position { get; set; }
}

public sealed class JsonRestChannel
{
    public ulong Id { get; set; }
    /// <summary>0 text, 1 DM, 2 voice, 4 category, 5 announcement, 13 stage, 15 forum.</summary>
    public int Type { get; set; }
    public ulong? GuildId { get; set; }
    public string? Name { get; set; }
    public ulong? ParentId { get; set; }
}
