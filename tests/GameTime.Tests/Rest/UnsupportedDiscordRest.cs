using GameTime.Rest.Discord;

namespace GameTime.Tests.Rest;

/// <summary>A fake Discord for unit tests: every call fails unless the fake overrides it, so a test sees a call it did not expect.</summary>
internal abstract class UnsupportedDiscordRest : IDiscordRest
{
    public virtual Task<JsonGatewayBot> GetGatewayBotAsync(CancellationToken ct) => throw new NotSupportedException();
    public virtual Task<JsonRestUser> GetCurrentUserAsync(CancellationToken ct) => throw new NotSupportedException();
    public virtual Task<JsonRestApplication> GetCurrentApplicationAsync(CancellationToken ct) => throw new NotSupportedException();
    public virtual Task CreateInteractionResponseAsync(ulong interactionId, string interactionToken, JsonInteractionResponse response, IReadOnlyList<FileAttachment>? files, CancellationToken ct) => throw new NotSupportedException();
    public virtual Task<JsonMessage> EditOriginalResponseAsync(ulong applicationId, string interactionToken, JsonMessageBody body, IReadOnlyList<FileAttachment>? files, CancellationToken ct) => throw new NotSupportedException();
    public virtual Task DeleteOriginalResponseAsync(ulong applicationId, string interactionToken, CancellationToken ct) => throw new NotSupportedException();
    public virtual Task<JsonMessage> CreateFollowupAsync(ulong applicationId, string interactionToken, JsonMessageBody body, IReadOnlyList<FileAttachment>? files, CancellationToken ct) => throw new NotSupportedException();
    public virtual Task<JsonApplicationCommand[]> BulkOverwriteGlobalCommandsAsync(ulong applicationId, IReadOnlyList<JsonApplicationCommand> commands, CancellationToken ct) => throw new NotSupportedException();
    public virtual Task<JsonApplicationCommand[]> BulkOverwriteGuildCommandsAsync(ulong applicationId, ulong guildId, IReadOnlyList<JsonApplicationCommand> commands, CancellationToken ct) => throw new NotSupportedException();
    public virtual Task<JsonMessage> CreateMessageAsync(ulong channelId, JsonMessageBody body, IReadOnlyList<FileAttachment>? files, CancellationToken ct) => throw new NotSupportedException();
    public virtual Task<JsonMessage> EditMessageAsync(ulong channelId, ulong messageId, JsonMessageBody body, IReadOnlyList<FileAttachment>? files, CancellationToken ct) => throw new NotSupportedException();
    public virtual Task DeleteMessageAsync(ulong channelId, ulong messageId, string? auditLogReason, CancellationToken ct) => throw new NotSupportedException();
    public virtual Task<JsonMessage> GetMessageAsync(ulong channelId, ulong messageId, CancellationToken ct) => throw new NotSupportedException();
    public virtual Task<JsonMessage[]> GetMessagesAsync(ulong channelId, MessageHistoryQuery query, CancellationToken ct) => throw new NotSupportedException();
    public virtual Task AddReactionAsync(ulong channelId, ulong messageId, string emoji, CancellationToken ct) => throw new NotSupportedException();
    public virtual Task RemoveOwnReactionAsync(ulong channelId, ulong messageId, string emoji, CancellationToken ct) => throw new NotSupportedException();
    public virtual Task RemoveUserReactionAsync(ulong channelId, ulong messageId, string emoji, ulong userId, CancellationToken ct) => throw new NotSupportedException();
    public virtual Task<JsonRestUser[]> GetReactionsAsync(ulong channelId, ulong messageId, string emoji, ulong? after, int limit, CancellationToken ct) => throw new NotSupportedException();
    public virtual Task<JsonRestGuild> GetGuildAsync(ulong guildId, CancellationToken ct) => throw new NotSupportedException();
    public virtual Task<JsonGuildMember> GetMemberAsync(ulong guildId, ulong userId, CancellationToken ct) => throw new NotSupportedException();
    public virtual Task<JsonGuildMember[]> ListMembersAsync(ulong guildId, ulong? after, int limit, CancellationToken ct) => throw new NotSupportedException();
    public virtual Task AddMemberRoleAsync(ulong guildId, ulong userId, ulong roleId, string? auditLogReason, CancellationToken ct) => throw new NotSupportedException();
    public virtual Task RemoveMemberRoleAsync(ulong guildId, ulong userId, ulong roleId, string? auditLogReason, CancellationToken ct) => throw new NotSupportedException();
    public virtual Task<JsonRestChannel> GetChannelAsync(ulong channelId, CancellationToken ct) => throw new NotSupportedException();
    public virtual Task<JsonRestChannel> CreateDmAsync(ulong recipientId, CancellationToken ct) => throw new NotSupportedException();
}
