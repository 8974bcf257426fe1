using System.Text;

namespace GameTime.Gateway.Protocol;

/// <summary>The dispatch events GameTime understands; everything else is <see cref="Unknown"/> and skipped.</summary>
public enum DispatchEvent : byte
{
    None,
    Unknown,
    Ready,
    Resumed,
    GuildCreate,
    GuildUpdate,
    GuildDelete,
    ChannelCreate,
    ChannelUpdate,
    ChannelDelete,
    GuildRoleCreate,
    GuildRoleUpdate,
    GuildRoleDelete,
    GuildEmojisUpdate,
    GuildMemberAdd,
    GuildMemberUpdate,
    GuildMemberRemove,
    GuildMembersChunk,
    PresenceUpdate,
    VoiceStateUpdate,
    VoiceServerUpdate,
    MessageCreate,
    MessageReactionAdd,
    MessageReactionRemove,
    InteractionCreate,
    RateLimited,
}

public static class DispatchEvents
{
    private static readonly (byte[] Name, DispatchEvent Event)[] s_names =
        Enum.GetValues<DispatchEvent>()
            .Where(e => e > DispatchEvent.Unknown)
            .Select(e => (Encoding.ASCII.GetBytes(WireName(e)), e))
            .ToArray();

    /// <summary>The event's name on the wire: GuildMemberAdd → "GUILD_MEMBER_ADD".</summary>
    public static string WireName(DispatchEvent e)
    {
        var name = e.ToString();
        var wire = new StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i])) wire.Append('_');
            wire.Append(char.ToUpperInvariant(name[i]));
        }
        return wire.ToString();
    }

    /// <summary>Maps the raw `t` bytes to an event without allocating.</summary>
    public static DispatchEvent Parse(ReadOnlySpan<byte> name)
    {
        foreach (var (bytes, e) in s_names)
        {
            if (bytes.Length == name.Length && name.SequenceEqual(bytes)) return e;
        }
        return DispatchEvent.Unknown;
    }
}
