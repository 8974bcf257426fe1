using System.Text.Json.Nodes;

namespace GameTime.DiscordEmulator;

/// <summary>The bot's first answer to an interaction: callback type, its data, the whole body, and how long after the dispatch it came.</summary>
public sealed record InteractionCallback(int Type, JsonObject? Data, JsonObject Body, TimeSpan Elapsed, IReadOnlyList<string> Files);

/// <summary>
/// An interaction the test dispatched (INTERACTION_CREATE) and everything the bot answered to it: the callback,
/// the @original message (also an ephemeral one, which only lives here) and the follow-ups. Await, don't poll.
/// </summary>
public sealed class EmulatedInteraction
{
    private readonly object sync;
    private readonly List<MessageEntry> followups = [];
    private InteractionCallback? callback;

    internal EmulatedInteraction(object sync, ulong id, string token, int type, ulong guildId, ulong channelId, ulong userId, ulong? messageId,
        DateTimeOffset sentAt, JsonObject payload)
    {
        this.sync = sync;
        Id = id;
        Token = token;
        Type = type;
        GuildId = guildId;
        ChannelId = channelId;
        UserId = userId;
        MessageId = messageId;
        SentAt = sentAt;
        Payload = payload;
    }

    public ulong Id { get; }

    public string Token { get; }

    /// <summary>2 application command, 3 message component, 4 autocomplete, 5 modal submit.</summary>
    public int Type { get; }

    public ulong GuildId { get; }

    public ulong ChannelId { get; }

    public ulong UserId { get; }

    /// <summary>The message the component (or the modal's component) is on.</summary>
    public ulong? MessageId { get; }

    /// <summary>When INTERACTION_CREATE was dispatched, by <see cref="EmulatorOptions.Time"/>.</summary>
    public DateTimeOffset SentAt { get; }

    /// <summary>The INTERACTION_CREATE data as dispatched.</summary>
    public JsonObject Payload { get; }

    public InteractionCallback? Callback { get { lock (sync) { return callback; } } }

    /// <summary>The @original message as it is now (REST form), or null before a message answer or after its deletion.</summary>
    public JsonObject? Original { get { lock (sync) { return OriginalJson(); } } }

    /// <summary>True when the @original answer carries EPHEMERAL (64): nobody but the user sees it, no MESSAGE_CREATE.</summary>
    public bool OriginalEphemeral { get { lock (sync) { return (MessageRules.Int(OriginalEntry?.Json["flags"]) & MessageRules.Ephemeral) != 0; } } }

    /// <summary>How often the @original message was edited.</summary>
    public int OriginalEditCount { get { lock (sync) { return OriginalEntry?.EditCount ?? 0; } } }

    /// <summary>Follow-up messages (REST form), oldest first; deleted ones are left out.</summary>
    public IReadOnlyList<JsonObject> Followups { get { lock (sync) { return FollowupJson(); } } }

    internal ChangeSignal Changed { get; } = new();

    internal MessageEntry? OriginalEntry { get; set; }

    internal List<MessageEntry> FollowupEntries => followups;

    public Task<InteractionCallback> WaitForCallbackAsync(TimeSpan timeout) =>
        Changed.WaitAsync(() => Callback, timeout, $"A callback to interaction {Id}");

    /// <summary>The @original message once it exists and matches <paramref name="match"/> (e.g. after the edit of a deferred answer).</summary>
    public Task<JsonObject> WaitForOriginalAsync(TimeSpan timeout, Func<JsonObject, bool>? match = null) =>
        Changed.WaitAsync(() => Original is { } message && (match?.Invoke(message) ?? true) ? message : null, timeout,
            $"An @original message{(match is null ? "" : " matching the condition")} for interaction {Id}");

    public Task<IReadOnlyList<JsonObject>> WaitForFollowupsAsync(int count, TimeSpan timeout) =>
        Changed.WaitAsync(() => Followups is { } list && list.Count >= count ? list : null, timeout, $"{count} follow-up(s) to interaction {Id}");

    internal void SetCallback(InteractionCallback value)
    {
        callback = value;
        Changed.Pulse();
    }

    private JsonObject? OriginalJson() => OriginalEntry is { Deleted: false } entry ? MessageJson.Rest(entry, 0) : null;

    private List<JsonObject> FollowupJson() => [.. followups.Where(f => !f.Deleted).Select(f => MessageJson.Rest(f, 0))];
}
