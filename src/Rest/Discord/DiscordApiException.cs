using System.Net;

namespace GameTime.Rest.Discord;

/// <summary>Discord answered with an error: the HTTP status and Discord's own JSON error code and message.</summary>
public sealed class DiscordApiException(HttpStatusCode status, int code, string message, string route)
    : Exception($"{route}: {(int)status} {message} (code {code})")
{
    public HttpStatusCode Status { get; } = status;
    public int Code { get; } = code;
    public string Route { get; } = route;
}
