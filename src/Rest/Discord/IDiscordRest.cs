namespace GameTime.Rest.Discord;

/// <summary>
/// The Discord REST routes the features use. Features depend on this interface, never on HttpClient, so a
/// test can hand them the emulator (through <see cref="DiscordRestClient"/>) or a fake.
/// Every call is rate-limited per Discord's buckets and throws <see cref="DiscordApiException"/> on an error answer.
/// </summary>
public interface IDiscordRest
{
    Task<JsonGatewayBot> GetGatewayBotAsync(CancellationToken ct);
    Task<JsonRestUser> GetCurrentUserAsync(CancellationToken ct);
    Task<JsonRestApplication> GetCurrentApplicationAsync(CancellationToken ct);

    // Interactions: the first answer, then the original response and follow-ups (webhook routes, 15 minutes).
    Task CreateInteractionResponseAsync(ulong interactionId, string interactionToken, JsonInteractionResponse response,
        IReadOnlyList<FileAttachment>? files, CancellationToken ct);
    Task<JsonMessage> EditOriginalResponseAsync(ulong applicationId, string interactionToken, JsonMessageBody body,
        IReadOnlyList<FileAttachment>? files, CancellationToken ct);
    Task DeleteOriginalResponseAsync(ulong applicationId, string interactionToken, CancellationToken ct);
    Task<JsonMessage> CreateFollowupAsync(ulong applicationId, string interactionToken, JsonMessageBody body,
        IReadOnlyList<FileAttachment>? files, CancellationToken ct);

    // Application commands: bulk overwrite replaces every command of the scope.
    Task<JsonApplicationCommand[]> BulkOverwriteGlobalCommandsAsync(ulong applicationId, IReadOnlyList<JsonApplicationCommand> commands,
        CancellationToken ct);
    Task<JsonApplicationCommand[]> BulkOverwriteGuildCommandsAsync(ulong applicationId, ulong guildId,
        IReadOnlyList<JsonApplicationCommand> commands, CancellationToken ct);

    // Messages.
    Task<JsonMessage> CreateMessageAsync(ulong channelId, JsonMessageBody body, IReadOnlyList<FileAttachment>? files, CancellationToken ct);
    Task<JsonMessage> EditMessageAsync(ulong channelId, ulong messageId, JsonMessageBody body, IReadOnlyList<FileAttachment>? files,
        CancellationToken ct);
    Task DeleteMessageAsync(ulong channelId, ulong messageId, string? auditLogReason, CancellationToken ct);
    Task<JsonMessage> GetMessageAsync(ulong channelId, ulong messageId, CancellationToken ct);
    /// <summary>Channel history: at most one of before/after/around, limit 1-100.</summary>
    Task<JsonMessage[]> GetMessagesAsync(ulong channelId, MessageHistoryQuery query, CancellationToken ct);

    // Reactions. <paramref name="emoji"/> is a unicode emoji ("3️⃣") or a custom one as "name:id"; the client URL-encodes it.
    Task AddReactionAsync(ulong channelId, ulong messageId, string emoji, CancellationToken ct);
    Task RemoveOwnReactionAsync(ulong channelId, ulong messageId, string emoji, CancellationToken ct);
    Task RemoveUserReactionAsync(ulong channelId, ulong messageId, string emoji, ulong userId, CancellationToken ct);
    /// <summary>One page (limit 1-100) of the users who reacted with <paramref name="emoji"/>, after the given user id.</summary>
    Task<JsonRestUser[]> GetReactionsAsync(ulong channelId, ulong messageId, string emoji, ulong? after, int limit, CancellationToken ct);

    // Guilds, members, channels, DMs.
    Task<JsonRestGuild> GetGuildAsync(ulong guildId, CancellationToken ct);
    Task<JsonGuildMember> GetMemberAsync(ulong guildId, ulong userId, CancellationToken ct);
    /// <summary>One page (limit 1-1000) of members ordered by user id, after the given user id.</summary>
    Task<JsonGuildMember[]> ListMembersAsync(ulong guildId, ulong? after, int limit, CancellationToken ct);
    Task AddMemberRoleAsync(ulong guildId, ulong userId, ulong roleId, string? auditLogReason, CancellationToken ct);
    Task RemoveMemberRoleAsync(ulong guildId, ulong userId, ulong roleId, string? auditLogReason, CancellationToken ct);
    Task<JsonRestChannel> GetChannelAsync(ulong channelId, CancellationToken ct);
    /// <summary>Opens (or returns) the DM channel with a user.</summary>
    Task<JsonRestChannel> CreateDmAsync(ulong recipientId, CancellationToken ct);
}

/// <summary>A file sent as multipart `files[n]` beside `payload_json` (PNG/GIF attachments).</summary>
public sealed record FileAttachment(string FileName, ReadOnlyMemory<byte> Content, string ContentType, string? Description = null);

/// <summary>GET /channels/{id}/messages: at most one of Before/After/Around; Limit 1-100 (Discord's default is 50).</summary>
public sealed record MessageHistoryQuery(ulong? Before = null, ulong? After = null, ulong? Around = null, int Limit = 50);
