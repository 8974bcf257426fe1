using GameTime.Rest.Discord;

namespace GameTime.Features.Interactions;

/// <summary>Short constructors for command options, so the catalogue reads like a table.</summary>
internal static class CommandOptions
{
    public const int TextChannel = 0, VoiceChannel = 2, AnnouncementChannel = 5;

    public static JsonCommandOption Text(string name, string description, bool required = false, int? maxLength = null,
        bool autocomplete = false) =>
        new() { Type = 3, Name = name, Description = description, Required = required, MaxLength = maxLength, MinLength = maxLength is null ? null : 1, Autocomplete = autocomplete ? true : null };

    public static JsonCommandOption Integer(string name, string description, bool required = false, long? min = null, long? max = null) =>
        new() { Type = 4, Name = name, Description = description, Required = required, MinValue = min, MaxValue = max };

    public static JsonCommandOption Choice(string name, string description, bool required, params (string Name, long Value)[] choices) =>
        new()
        {
            Type = 4, Name = name, Description = description, Required = required,
            Choices = [.. choices.Select(c => JsonCommandChoice.Of(c.Name, c.Value))],
        };

    public static JsonCommandOption Boolean(string name, string description, bool required = false) =>
        new() { Type = 5, Name = name, Description = description, Required = required };

    public static JsonCommandOption Member(string name, string description, bool required = true) =>
        new() { Type = 6, Name = name, Description = description, Required = required };

    public static JsonCommandOption Channel(string name, string description, bool required, params int[] channelTypes) =>
        new() { Type = 7, Name = name, Description = description, Required = required, ChannelTypes = channelTypes };
}
