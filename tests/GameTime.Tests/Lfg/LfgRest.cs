using GameTime.Rest.Discord;

namespace GameTime.Tests.Lfg;

/// <summary>An IDiscordRest that records the messages and interaction answers the LFG feature sends, as Discord would receive them.</summary>
internal sealed class LfgRest : IDiscordRest
{
    private ulong _nextId = 5000;

    public List<(ulong ChannelId, JsonMessageBody Body)> Messages { get; } = [];
    public List<JsonInteractionResponse> Callbacks { get; } = [];
    /// <summary>When set, creating a message fails like Discord refusing it (missing access).</summary>
    public bool FailMessages { get; set; }

    public Task<JsonMessage> CreateMessageAsync(ulong channelId, JsonMessageBody body, IReadOnlyList<FileAttachment>? files, CancellationToken ct)
    {
        if (FailMessages) throw new DiscordApiException(System.Net.HttpStatusCode.Forbidden, 50001, "Missing Access", "POST /channels/{channel.id}/messages");
        lock (Messages) Messages.Add((channelId, body));
        return Task.FromResult(new JsonMessage { Id = Interlocked.Increment(ref _nextId), ChannelId = channelId, Content = body.Content ?? "" });
    }

    public Task CreateInteractionResponseAsync(ulong interactionId, string interactionToken, JsonInteractionResponse response,
        IReadOnlyList<FileAttachment>? files, CancellationToken ct)
    {
        lock (Callbacks) Callbacks.Add(response);
        return Task.CompletedTask;
    }

    public Task<JsonMessage> EditOriginalResponseAsync(ulong applicationId, string interactionToken, JsonMessageBody body, IReadOnlyList<FileAttachment>? files, CancellationToken ct) => throw new NotSupportedException();
    public Task<JsonMessage> CreateFollowupAsync(ulong applicationId, string interactionToken, JsonMessageBody body, IReadOnlyList<FileAttachment>? files, CancellationToken ct) => throw new NotSupportedException();
    public Task<JsonGatewayBot> GetGatewayBotAsync(CancellationToken ct) => throw new NotSupportedException();
    public Task<JsonRestUser> GetCurrentUserAsync(CancellationToken ct) => throw new NotSupportedException();
    public Task<JsonRestApplication> GetCurrentApplicationAsync(CancellationToken ct) => throw new NotSupportedException();
    public Task DeleteOriginalResponseAsync(ulong applicationId, string interactionToken, CancellationToken ct) => throw new NotSupportedException();
    public Task<JsonApplicationCommand[]> BulkOverwriteGlobalCommandsAsync(ulong applicationId, IReadOnlyList<JsonApplicationCommand> commands, CancellationToken ct) => throw new NotSupportedException();
    public Task<JsonApplicationCommand[]> BulkOverwriteGuildCommandsAsync(ulong applicationId, ulong guildId, IReadOnlyList<JsonApplicationCommand> commands, CancellationToken ct) => throw new NotSupportedException();
    public Task<JsonMessage> EditMessageAsync(ulong channelId, ulong messageId, JsonMessageBody body, IReadOnlyList<FileAttachment>? files, CancellationToken ct) => throw new NotSupportedException();
    public Task DeleteMessageAsync(ulong channelId, ulong messageId, string? auditLogReason, CancellationToken ct) => throw new NotSupportedException();
    public Task<JsonMessage> GetMessageAsync(ulong channelId, ulong messageId, CancellationToken ct) => throw new NotSupportedException();
    public Task<JsonMessage[]> GetMessagesAsync(ulong channelId, MessageHistoryQuery query, CancellationToken ct) => throw new NotSupportedException();
    public Task AddReactionAsync(ulong channelId, ulong messageId, string emoji, CancellationToken ct) => throw new NotSupportedException();
    public Task RemoveOwnReactionAsync(ulong channelId, ulong messageId, string emoji, CancellationToken ct) => throw new NotSupportedException();
    public Task RemoveUserReactionAsync(ulong channelId, ulong messageId, string emoji, ulong userId, CancellationToken ct) => throw new NotSupportedException();
    public Task<JsonRestUser[]> GetReactionsAsync(ulong channelId, ulong messageId, string emoji, ulong? after, int limit, CancellationToken ct) => throw new NotSupportedException();
    public Task<JsonRestGuild> GetGuildAsync(ulong guildId, CancellationToken ct) => throw new NotSupportedException();
    public Task<JsonGuildMember> GetMemberAsync(ulong guildId, ulong userId, CancellationToken ct) => throw new NotSupportedException();
    public Task<JsonGuildMember[]> ListMembersAsync(ulong guildId, ulong? after, int limit, CancellationToken ct) => throw new NotSupportedException();
    public Task AddMemberRoleAsync(ulong guildId, ulong userId, ulong roleId, string? auditLogReason, CancellationToken ct) => throw new NotSupportedException();
    public Task RemoveMemberRoleAsync(ulong guildId, ulong userId, ulong roleId, string? auditLogReason, CancellationToken ct) => throw new NotSupportedException();
    public Task<JsonRestChannel> GetChannelAsync(ulong channelId, CancellationToken ct) => throw new NotSupportedException();
    public Task<JsonRestChannel> CreateDmAsync(ulong recipientId, CancellationToken ct) => throw new NotSupportedException();
}
