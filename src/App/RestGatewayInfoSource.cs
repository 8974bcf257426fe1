using GameTime.Gateway;
using GameTime.Rest.Discord;

namespace GameTime.App;

/// <summary>Where to connect, asked of GET /gateway/bot as real bots do (the URL is never configured).</summary>
public sealed class RestGatewayInfoSource(DiscordRestClient rest) : IGatewayInfoSource
{
    public async Task<GatewayInfo> GetGatewayInfoAsync(CancellationToken cancellationToken)
    {
        JsonGatewayBot bot;
        try
        {
            bot = await rest.GetGatewayBotAsync(cancellationToken);
        }
        catch (DiscordApiException ex) when (ex.Status == System.Net.HttpStatusCode.Unauthorized)
        {
            throw new GameTime.Gateway.Protocol.GatewayFatalException(4004); // the token is wrong: retrying cannot help
        }
        if (!Uri.TryCreate(bot.Url, UriKind.Absolute, out var url) || url.Scheme is not ("wss" or "ws"))
            throw new InvalidDataException($"GET /gateway/bot returned an unusable url '{bot.Url}'");
        var limit = bot.SessionStartLimit;
        return new GatewayInfo(url, Math.Max(1, bot.Shards),
            new SessionStartLimit(limit.Total, limit.Remaining, TimeSpan.FromMilliseconds(limit.ResetAfter), Math.Max(1, limit.MaxConcurrency)));
    }
}
