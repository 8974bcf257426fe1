using GameTime.Rest.Discord;
using GameTime.Tests.Rest;

namespace GameTime.Tests.Schedule;

/// <summary>
/// An IDiscordRest holding messages and their reactions like Discord does (reaction lists ordered by user id, paged),
/// and counting message edits, how many were in flight at once, and how close together they came.
/// </summary>
internal sealed class FakeScheduleDiscord(TimeProvider clock) : UnsupportedDiscordRest
{
    public const ulong BotId = 500;
    private readonly Lock _lock = new();
    private readonly Dictionary<ulong, FakeMessage> _messages = [];
    private ulong _nextId = 10_000;
    private int _inFlight;

    public sealed class FakeMessage(ulong id, ulong channelId)
    {
        public ulong Id { get; } = id;
        public ulong ChannelId { get; } = channelId;
        public JsonMessageBody Body { get; set; } = new();
        public Dictionary<string, SortedDictionary<ulong, bool>> Reactions { get; } = [];
        public string Description => Body.Embeds?[0].Description ?? "";
    }

    public int Edits { get; private set; }
    public int MaxEditsInFlight { get; private set; }
    public int ReactionPageReads { get; private set; }
    public List<DateTimeOffset> EditTimes { get; } = [];
    /// <summary>An edit waits for this before returning, when set (a slow Discord).</summary>
    public TaskCompletionSource? EditGate { get; set; }

    public FakeMessage Message(ulong id)
    {
        lock (_lock) return _messages[id];
    }

    public IReadOnlyList<FakeMessage> MessagesIn(ulong channelId)
    {
        lock (_lock) return [.. _messages.Values.Where(m => m.ChannelId == channelId).OrderBy(m => m.Id)];
    }

    /// <summary>A reaction made on Discord (by a member, or while the bot was down): no event is raised here.</summary>
    public void React(ulong messageId, string emoji, ulong userId, bool isBot = false, bool add = true)
    {
        lock (_lock)
        {
            var m = _messages[messageId];
            if (!m.Reactions.TryGetValue(emoji, out var users)) m.Reactions[emoji] = users = [];
            if (add) users[userId] = isBot;
            else users.Remove(userId);
        }
    }

    public override Task<JsonMessage> CreateMessageAsync(ulong channelId, JsonMessageBody body, IReadOnlyList<FileAttachment>? files, CancellationToken ct)
    {
        lock (_lock)
        {
            var m = new FakeMessage(++_nextId, channelId) { Body = body };
            _messages[m.Id] = m;
            return Task.FromResult(new JsonMessage { Id = m.Id, ChannelId = channelId });
        }
    }

    public override async Task<JsonMessage> EditMessageAsync(ulong channelId, ulong messageId, JsonMessageBody body, IReadOnlyList<FileAttachment>? files,
        CancellationToken ct)
    {
        lock (_lock)
        {
            Edits++;
            EditTimes.Add(clock.GetUtcNow());
            MaxEditsInFlight = Math.Max(MaxEditsInFlight, ++_inFlight);
        }
        try
        {
            if (EditGate is { } gate) await gate.Task.WaitAsync(ct);
            lock (_lock)
            {
                if (!_messages.TryGetValue(messageId, out var m) || m.ChannelId != channelId)
                    throw new DiscordApiException(System.Net.HttpStatusCode.NotFound, 10008, "Unknown Message", "PATCH /channels/{channel_id}/messages/{message_id}");
                m.Body = body;
                return new JsonMessage { Id = messageId, ChannelId = channelId };
            }
        }
        finally
        {
            lock (_lock) _inFlight--;
        }
    }

    public override Task AddReactionAsync(ulong channelId, ulong messageId, string emoji, CancellationToken ct)
    {
        React(messageId, emoji, BotId, isBot: true);
        return Task.CompletedTask;
    }

    public override Task<JsonRestUser[]> GetReactionsAsync(ulong channelId, ulong messageId, string emoji, ulong? after, int limit, CancellationToken ct)
    {
        if (limit is < 1 or > 100) throw new ArgumentOutOfRangeException(nameof(limit));
        lock (_lock)
        {
            ReactionPageReads++;
            var m = _messages[messageId];
            if (!m.Reactions.TryGetValue(emoji, out var users)) return Task.FromResult(Array.Empty<JsonRestUser>());
            return Task.FromResult(users.Where(u => u.Key > (after ?? 0)).Take(limit)
                .Select(u => new JsonRestUser { Id = u.Key, Username = $"user{u.Key}", GlobalName = $"User {u.Key}", Bot = u.Value }).ToArray());
        }
    }

    public override Task<JsonMessage> GetMessageAsync(ulong channelId, ulong messageId, CancellationToken ct)
    {
        lock (_lock)
            return _messages.TryGetValue(messageId, out var m)
                ? Task.FromResult(new JsonMessage { Id = m.Id, ChannelId = m.ChannelId })
                : throw new DiscordApiException(System.Net.HttpStatusCode.NotFound, 10008, "Unknown Message", "PATCH /channels/{channel_id}/messages/{message_id}");
    }
}
