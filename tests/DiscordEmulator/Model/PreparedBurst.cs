namespace GameTime.DiscordEmulator;

/// <summary>Events of one kind built and serialised ahead of sending (see <see cref="DiscordEmulator.PrepareBurst"/>).</summary>
public sealed class PreparedBurst
{
    internal PreparedBurst(ulong guildId, string eventName, IReadOnlyList<Event> events)
    {
        GuildId = guildId;
        EventName = eventName;
        Events = events;
    }

    public ulong GuildId { get; }

    public string EventName { get; }

    public int Count => Events.Count;

    internal IReadOnlyList<Event> Events { get; }

    /// <summary>The dispatch's data as sent, and as sent to a session without MESSAGE_CONTENT (null: the same).</summary>
    internal sealed record Event(string Full, string? Blanked);
}
