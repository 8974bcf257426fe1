namespace GameTime.Rest.Discord;

// Messages and reactions: every route here has the channel as its major parameter.
public sealed partial class DiscordRestClient
{
    private const string MessageTemplate = "channels/{channel_id}/messages/{message_id}";
    private const string ReactionTemplate = MessageTemplate + "/reactions/{emoji}";

    public Task<JsonMessage> CreateMessageAsync(ulong channelId, JsonMessageBody body, IReadOnlyList<FileAttachment>? files, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        var route = RestRoute.Create(HttpMethod.Post, "channels/{channel_id}/messages", [Id(channelId)]);
        return SendAsync(route, RestBody.Message(body, files), DiscordRestJson.Default.JsonMessage, ct);
    }

    public Task<JsonMessage> EditMessageAsync(ulong channelId, ulong messageId, JsonMessageBody body, IReadOnlyList<FileAttachment>? files,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        var route = RestRoute.Create(HttpMethod.Patch, MessageTemplate, [Id(channelId), Id(messageId)]);
        return SendAsync(route, RestBody.Message(body, files), DiscordRestJson.Default.JsonMessage, ct);
    }

    public Task DeleteMessageAsync(ulong channelId, ulong messageId, string? auditLogReason, CancellationToken ct) =>
        SendAsync(RestRoute.Create(HttpMethod.Delete, MessageTemplate, [Id(channelId), Id(messageId)]), null, ct, auditLogReason);

    public Task<JsonMessage> GetMessageAsync(ulong channelId, ulong messageId, CancellationToken ct) =>
        SendAsync(RestRoute.Create(HttpMethod.Get, MessageTemplate, [Id(channelId), Id(messageId)]), null, DiscordRestJson.Default.JsonMessage, ct);

    public Task<JsonMessage[]> GetMessagesAsync(ulong channelId, MessageHistoryQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var anchors = (query.Before is null ? 0 : 1) + (query.After is null ? 0 : 1) + (query.Around is null ? 0 : 1);
        if (anchors > 1) throw new ArgumentException("Discord takes at most one of before, after and around", nameof(query));
        var q = "?limit=" + RouteEncoding.Limit(query.Limit, 100, nameof(query))
            + (query.Before is { } before ? "&before=" + Id(before) : "")
            + (query.After is { } after ? "&after=" + Id(after) : "")
            + (query.Around is { } around ? "&around=" + Id(around) : "");
        var route = RestRoute.Create(HttpMethod.Get, "channels/{channel_id}/messages", [Id(channelId)], q);
        return SendAsync(route, null, DiscordRestJson.Default.JsonMessageArray, ct);
    }

    public Task AddReactionAsync(ulong channelId, ulong messageId, string emoji, CancellationToken ct) =>
        SendAsync(RestRoute.Create(HttpMethod.Put, ReactionTemplate + "/@me", [Id(channelId), Id(messageId), RouteEncoding.Emoji(emoji)]), null, ct);

    public Task RemoveOwnReactionAsync(ulong channelId, ulong messageId, string emoji, CancellationToken ct) =>
        SendAsync(RestRoute.Create(HttpMethod.Delete, ReactionTemplate + "/@me", [Id(channelId), Id(messageId), RouteEncoding.Emoji(emoji)]), null, ct);

    public Task RemoveUserReactionAsync(ulong channelId, ulong messageId, string emoji, ulong userId, CancellationToken ct) =>
        SendAsync(RestRoute.Create(HttpMethod.Delete, ReactionTemplate + "/{user_id}",
            [Id(channelId), Id(messageId), RouteEncoding.Emoji(emoji), Id(userId)]), null, ct);

    public Task<JsonRestUser[]> GetReactionsAsync(ulong channelId, ulong messageId, string emoji, ulong? after, int limit, CancellationToken ct)
    {
        var q = "?limit=" + RouteEncoding.Limit(limit, 100, nameof(limit)) + (after is { } a ? "&after=" + Id(a) : "");
        var route = RestRoute.Create(HttpMethod.Get, ReactionTemplate, [Id(channelId), Id(messageId), RouteEncoding.Emoji(emoji)], q);
        return SendAsync(route, null, DiscordRestJson.Default.JsonRestUserArray, ct);
    }

    private static string Id(ulong id) => RestRoute.Snowflake(id);
}
