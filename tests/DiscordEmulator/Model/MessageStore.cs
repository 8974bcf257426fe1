using System.Text.Json.Nodes;

namespace GameTime.DiscordEmulator;

/// <summary>A message as the emulator holds it, for the test to read back (a snapshot; <see cref="Json"/> is a copy).</summary>
public sealed record StoredMessage(
    ulong Id,
    ulong ChannelId,
    ulong? GuildId,
    ulong AuthorId,
    string Content,
    int Flags,
    int EditCount,
    bool Deleted,
    IReadOnlyList<StoredReaction> Reactions,
    JsonObject Json);

/// <summary>One emoji's reactions on a message: "👍" or "name:id", and who reacted, ordered by user id.</summary>
public sealed record StoredReaction(string Emoji, IReadOnlyList<ulong> UserIds)
{
    public int Count => UserIds.Count;
}

internal sealed class ReactionEntry(string key, string emoji, JsonObject emojiJson)
{
    public string Key { get; } = key;

    public string Emoji { get; } = emoji;

    public JsonObject EmojiJson { get; } = emojiJson;

    public SortedSet<ulong> Users { get; } = [];
}

/// <summary>A stored message. <see cref="Json"/> is the gateway form (with guild_id and member); reactions are kept apart.</summary>
internal sealed class MessageEntry(ulong id, ulong channelId, ulong? guildId, ulong authorId, JsonObject json)
{
    public ulong Id { get; } = id;

    public ulong ChannelId { get; } = channelId;

    public ulong? GuildId { get; } = guildId;

    public ulong AuthorId { get; } = authorId;

    public JsonObject Json { get; set; } = json;

    public int EditCount { get; set; }

    public bool Deleted { get; set; }

    public List<ReactionEntry> Reactions { get; } = [];

    public StoredMessage Snapshot() => new(Id, ChannelId, GuildId, AuthorId, (string?)Json["content"] ?? "", (int?)Json["flags"] ?? 0, EditCount, Deleted,
        [.. Reactions.Select(r => new StoredReaction(r.Emoji, [.. r.Users]))], (JsonObject)Json.DeepClone());
}

/// <summary>Every message of every channel, by id and per channel in id order (snowflakes grow with time).</summary>
internal sealed class MessageStore
{
    private readonly Dictionary<ulong, MessageEntry> byId = [];
    private readonly Dictionary<ulong, List<MessageEntry>> byChannel = [];

    public ChangeSignal Changed { get; } = new();

    public void Add(MessageEntry message)
    {
        byId[message.Id] = message;
        if (!byChannel.TryGetValue(message.ChannelId, out var list))
        {
            list = [];
            byChannel[message.ChannelId] = list;
        }
        list.Add(message);
        Changed.Pulse();
    }

    public MessageEntry? Find(ulong id) => byId.GetValueOrDefault(id);

    /// <summary>A live message of that channel, else 10008.</summary>
    public MessageEntry Require(ulong channelId, ulong messageId) =>
        byId.TryGetValue(messageId, out var message) && message.ChannelId == channelId && !message.Deleted ? message : throw RestError.UnknownMessage();

    /// <summary>Live messages of a channel, oldest first.</summary>
    public IEnumerable<MessageEntry> InChannel(ulong channelId) =>
        byChannel.TryGetValue(channelId, out var list) ? list.Where(m => !m.Deleted) : [];
}
