namespace GameTime.Rest.Discord;

// The bot itself, guilds, members, channels and DMs.
public sealed partial class DiscordRestClient
{
    private const string MemberRoleTemplate = "guilds/{guild_id}/members/{user_id}/roles/{role_id}";

    public Task<JsonGatewayBot> GetGatewayBotAsync(CancellationToken ct) =>
        SendAsync(RestRoute.Create(HttpMethod.Get, "gateway/bot", []), null, DiscordRestJson.Default.JsonGatewayBot, ct);

    public Task<JsonRestUser> GetCurrentUserAsync(CancellationToken ct) =>
        SendAsync(RestRoute.Create(HttpMethod.Get, "users/@me", []), null, DiscordRestJson.Default.JsonRestUser, ct);

    public Task<JsonRestApplication> GetCurrentApplicationAsync(CancellationToken ct) =>
        SendAsync(RestRoute.Create(HttpMethod.Get, "applications/@me", []), null, DiscordRestJson.Default.JsonRestApplication, ct);

    public Task<JsonRestGuild> GetGuildAsync(ulong guildId, CancellationToken ct) =>
        SendAsync(RestRoute.Create(HttpMethod.Get, "guilds/{guild_id}", [Id(guildId)]), null, DiscordRestJson.Default.JsonRestGuild, ct);

    public Task<JsonGuildMember> GetMemberAsync(ulong guildId, ulong userId, CancellationToken ct) =>
        SendAsync(RestRoute.Create(HttpMethod.Get, "guilds/{guild_id}/members/{user_id}", [Id(guildId), Id(userId)]), null,
            DiscordRestJson.Default.JsonGuildMember, ct);

    public Task<JsonGuildMember[]> ListMembersAsync(ulong guildId, ulong? after, int limit, CancellationToken ct)
    {
        var q = "?limit=" + RouteEncoding.Limit(limit, 1000, nameof(limit)) + (after is { } a ? "&after=" + Id(a) : "");
        return SendAsync(RestRoute.Create(HttpMethod.Get, "guilds/{guild_id}/members", [Id(guildId)], q), null,
            DiscordRestJson.Default.JsonGuildMemberArray, ct);
    }

    public Task AddMemberRoleAsync(ulong guildId, ulong userId, ulong roleId, string? auditLogReason, CancellationToken ct) =>
        SendAsync(RestRoute.Create(HttpMethod.Put, MemberRoleTemplate, [Id(guildId), Id(userId), Id(roleId)]), null, ct, auditLogReason);

    public Task RemoveMemberRoleAsync(ulong guildId, ulong userId, ulong roleId, string? auditLogReason, CancellationToken ct) =>
        SendAsync(RestRoute.Create(HttpMethod.Delete, MemberRoleTemplate, [Id(guildId), Id(userId), Id(roleId)]), null, ct, auditLogReason);

    public Task<JsonRestChannel> GetChannelAsync(ulong channelId, CancellationToken ct) =>
        SendAsync(RestRoute.Create(HttpMethod.Get, "channels/{channel_id}", [Id(channelId)]), null, DiscordRestJson.Default.JsonRestChannel, ct);

    /// <summary>Repeating it is harmless (Discord returns the same DM channel), so it is retried like a GET.</summary>
    public Task<JsonRestChannel> CreateDmAsync(ulong recipientId, CancellationToken ct) =>
        SendAsync(RestRoute.Create(HttpMethod.Post, "users/@me/channels", [], idempotent: true),
            RestBody.Of(new JsonCreateDm { RecipientId = recipientId }, DiscordRestJson.Default.JsonCreateDm),
            DiscordRestJson.Default.JsonRestChannel, ct);
}
