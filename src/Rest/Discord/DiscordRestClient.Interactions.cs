namespace GameTime.Rest.Discord;

// Interaction answers (authenticated by the interaction token in the URL) and application commands.
public sealed partial class DiscordRestClient
{
    private const string OriginalTemplate = "webhooks/{webhook_id}/{webhook_token}/messages/@original";

    public Task CreateInteractionResponseAsync(ulong interactionId, string interactionToken, JsonInteractionResponse response,
        IReadOnlyList<FileAttachment>? files, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(response);
        var route = RestRoute.Create(HttpMethod.Post, "interactions/{interaction_id}/{interaction_token}/callback", [Id(interactionId), interactionToken]);
        return SendAsync(route, RestBody.Callback(response, files), ct);
    }

    public Task<JsonMessage> EditOriginalResponseAsync(ulong applicationId, string interactionToken, JsonMessageBody body,
        IReadOnlyList<FileAttachment>? files, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        var route = RestRoute.Create(HttpMethod.Patch, OriginalTemplate, [Id(applicationId), interactionToken]);
        return SendAsync(route, RestBody.Message(body, files), DiscordRestJson.Default.JsonMessage, ct);
    }

    public Task DeleteOriginalResponseAsync(ulong applicationId, string interactionToken, CancellationToken ct) =>
        SendAsync(RestRoute.Create(HttpMethod.Delete, OriginalTemplate, [Id(applicationId), interactionToken]), null, ct);

    public Task<JsonMessage> CreateFollowupAsync(ulong applicationId, string interactionToken, JsonMessageBody body,
        IReadOnlyList<FileAttachment>? files, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        var route = RestRoute.Create(HttpMethod.Post, "webhooks/{webhook_id}/{webhook_token}", [Id(applicationId), interactionToken], "?wait=true");
        return SendAsync(route, RestBody.Message(body, files), DiscordRestJson.Default.JsonMessage, ct);
    }

    public Task<JsonApplicationCommand[]> BulkOverwriteGlobalCommandsAsync(ulong applicationId, IReadOnlyList<JsonApplicationCommand> commands,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(commands);
        var route = RestRoute.Create(HttpMethod.Put, "applications/{application_id}/commands", [Id(applicationId)]);
        return SendAsync(route, RestBody.Of(commands.ToArray(), DiscordRestJson.Default.JsonApplicationCommandArray),
            DiscordRestJson.Default.JsonApplicationCommandArray, ct);
    }

    public Task<JsonApplicationCommand[]> BulkOverwriteGuildCommandsAsync(ulong applicationId, ulong guildId,
        IReadOnlyList<JsonApplicationCommand> commands, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(commands);
        var route = RestRoute.Create(HttpMethod.Put, "applications/{application_id}/guilds/{guild_id}/commands", [Id(applicationId), Id(guildId)]);
        return SendAsync(route, RestBody.Of(commands.ToArray(), DiscordRestJson.Default.JsonApplicationCommandArray),
            DiscordRestJson.Default.JsonApplicationCommandArray, ct);
    }
}
