using System.Globalization;
using System.Text.Json;

namespace GameTime.Gateway.Interactions;

public enum InteractionKind
{
    Ping = 1,
    Command = 2,
    Component = 3,
    Autocomplete = 4,
    ModalSubmit = 5,
}

/// <summary>A user, member, channel or role named by an option, from the interaction's `resolved` maps.</summary>
public sealed record ResolvedUser(ulong Id, string DisplayName, bool IsBot, bool IsMember);

public sealed record ResolvedChannel(ulong Id, string Name, int Type);

/// <summary>One leaf option of a command (sub-command names are in <see cref="Interaction.CommandPath"/>).</summary>
public sealed record InteractionOption(string Name, int Type, JsonElement Value, bool Focused);

/// <summary>
/// An interaction as the features see it: who, where, what (command and options, or custom_id and values,
/// or modal fields), and the id and token to answer with. Built by <see cref="Parse"/> from INTERACTION_CREATE.
/// </summary>
public sealed class Interaction
{
    public const ulong AdministratorPermission = 1UL << 3;
    public const ulong ManageGuildPermission = 1UL << 5;

    public required ulong Id { get; init; }
    public required string Token { get; init; }
    public required ulong ApplicationId { get; init; }
    public required InteractionKind Kind { get; init; }
    public ulong? GuildId { get; init; }
    public ulong ChannelId { get; init; }
    public required ulong UserId { get; init; }
    public required string UserDisplayName { get; init; }
    /// <summary>The member's permissions in the channel as Discord computed them; 0 outside a guild.</summary>
    public ulong MemberPermissions { get; init; }
    public IReadOnlyList<ulong> MemberRoleIds { get; init; } = [];
    /// <summary>The command name, then any sub-command group and sub-command ("tournament create").</summary>
    public string CommandPath { get; init; } = "";
    public IReadOnlyList<InteractionOption> Options { get; init; } = [];
    public string? CustomId { get; init; }
    public IReadOnlyList<string> Values { get; init; } = [];
    /// <summary>The message a component was on.</summary>
    public ulong? MessageId { get; init; }
    /// <summary>A submitted modal's fields by custom_id.</summary>
    public IReadOnlyDictionary<string, string> ModalValues { get; init; } = new Dictionary<string, string>();
    public IReadOnlyDictionary<ulong, ResolvedUser> ResolvedUsers { get; init; } = new Dictionary<ulong, ResolvedUser>();
    public IReadOnlyDictionary<ulong, ResolvedChannel> ResolvedChannels { get; init; } = new Dictionary<ulong, ResolvedChannel>();

    /// <summary>The first word of <see cref="CommandPath"/>.</summary>
    public string CommandName => CommandPath.Split(' ', 2)[0];

    public bool CanManageGuild => (MemberPermissions & (AdministratorPermission | ManageGuildPermission)) != 0;

    public bool IsAdministrator => (MemberPermissions & AdministratorPermission) != 0;

    public InteractionOption? Option(string name)
    {
        foreach (var option in Options)
            if (option.Name == name) return option;
        return null;
    }

    public InteractionOption? FocusedOption
    {
        get
        {
            foreach (var option in Options)
                if (option.Focused) return option;
            return null;
        }
    }

    public string? GetString(string name) =>
        Option(name) is { Value.ValueKind: JsonValueKind.String } o ? o.Value.GetString() : null;

    public long? GetInteger(string name) =>
        Option(name) is { Value.ValueKind: JsonValueKind.Number } o && o.Value.TryGetInt64(out long v) ? v : null;

    public bool? GetBoolean(string name) => Option(name)?.Value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    /// <summary>A user, channel, role or mentionable option: its snowflake.</summary>
    public ulong? GetSnowflake(string name)
    {
        if (Option(name) is not { } o) return null;
        return o.Value.ValueKind switch
        {
            JsonValueKind.String when ulong.TryParse(o.Value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out ulong id) => id,
            JsonValueKind.Number when o.Value.TryGetUInt64(out ulong id) => id,
            _ => null,
        };
    }

    /// <summary>Parses INTERACTION_CREATE's `d`. Throws <see cref="JsonException"/> on a payload without an id, token or user.</summary>
    public static Interaction Parse(ReadOnlySpan<byte> json)
    {
        var wire = JsonSerializer.Deserialize(json, InteractionJson.Default.JsonInteraction)
            ?? throw new JsonException("interaction: null payload");
        var user = wire.Member?.User ?? wire.User ?? throw new JsonException("interaction: no member or user");
        if (wire.Id == 0 || wire.Token.Length == 0) throw new JsonException("interaction: no id or token");

        var path = new List<string>();
        var options = new List<InteractionOption>();
        if (wire.Data?.Name is { } name)
        {
            path.Add(name);
            Flatten(wire.Data.Options, path, options);
        }
        return new Interaction
        {
            Id = wire.Id,
            Token = wire.Token,
            ApplicationId = wire.ApplicationId,
            Kind = (InteractionKind)wire.Type,
            GuildId = wire.GuildId,
            ChannelId = wire.ChannelId ?? 0,
            UserId = user.Id,
            UserDisplayName = wire.Member?.Nick ?? user.GlobalName ?? user.Username,
            MemberPermissions = ulong.TryParse(wire.Member?.Permissions, NumberStyles.None, CultureInfo.InvariantCulture, out ulong p) ? p : 0,
            MemberRoleIds = wire.Member?.Roles ?? [],
            CommandPath = string.Join(' ', path),
            Options = options,
            CustomId = wire.Data?.CustomId,
            Values = wire.Data?.Values ?? [],
            MessageId = wire.Message?.Id,
            ModalValues = ModalFields(wire.Data?.Components),
            ResolvedUsers = Users(wire.Data?.Resolved),
            ResolvedChannels = Channels(wire.Data?.Resolved),
        };
    }

    private static void Flatten(JsonInteractionOption[]? wire, List<string> path, List<InteractionOption> options)
    {
        foreach (var o in wire ?? [])
        {
            if (o.Type is 1 or 2) // a sub-command or group: its options are the real ones
            {
                path.Add(o.Name);
                Flatten(o.Options, path, options);
            }
            else
            {
                options.Add(new InteractionOption(o.Name, o.Type, o.Value.Clone(), o.Focused));
            }
        }
    }

    private static Dictionary<string, string> ModalFields(JsonModalComponent[]? components)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        Walk(components);
        return fields;

        void Walk(IEnumerable<JsonModalComponent>? list)
        {
            foreach (var c in list ?? [])
            {
                if (c.CustomId is { } id)
                {
                    if (c.Value.ValueKind == JsonValueKind.String) fields[id] = c.Value.GetString()!;
                    else if (c.Values is { } values) fields[id] = string.Join(',', values);
                    else if (c.Value.ValueKind is JsonValueKind.True or JsonValueKind.False) fields[id] = c.Value.GetBoolean() ? "true" : "false";
                }
                if (c.Component is { } inner) Walk([inner]);
                Walk(c.Components);
            }
        }
    }

    private static Dictionary<ulong, ResolvedUser> Users(JsonResolved? resolved)
    {
        var users = new Dictionary<ulong, ResolvedUser>();
        foreach (var (key, user) in resolved?.Users ?? [])
        {
            JsonInteractionMember? member = null;
            resolved?.Members?.TryGetValue(key, out member);
            users[user.Id] = new ResolvedUser(user.Id, member?.Nick ?? user.GlobalName ?? user.Username, user.Bot, member is not null);
        }
        return users;
    }

    private static Dictionary<ulong, ResolvedChannel> Channels(JsonResolved? resolved)
    {
        var channels = new Dictionary<ulong, ResolvedChannel>();
        foreach (var channel in resolved?.Channels?.Values ?? Enumerable.Empty<JsonResolvedChannel>())
            channels[channel.Id] = new ResolvedChannel(channel.Id, channel.Name ?? "", channel.Type);
        return channels;
    }
}
