using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace GameTime.DiscordEmulator;

/// <summary>
/// The REST routes the gateway needs (GET /gateway, /gateway/bot, /users/@me, /applications/@me) under /api/v10,
/// with Discord's failures: 400 without a DiscordBot User-Agent, 401 with a bad token, 404 for unknown routes.
/// </summary>
internal static partial class RestApi
{
    public static void Map(WebApplication app, GatewayHub hub)
    {
        var options = hub.Options;
        app.Use(async (context, next) =>
        {
            // Cloudflare in front of Discord rejects requests without a proper User-Agent before any route runs.
            if (context.Request.Path.StartsWithSegments("/api") && !DiscordBotUserAgent().IsMatch(context.Request.Headers.UserAgent.ToString()))
            {
                await WriteAsync(context, 400, Error("internal network error", 40333)).ConfigureAwait(false);
                return;
            }
            await next(context).ConfigureAwait(false);
        });

        Get(app, "/api/v10/gateway", auth: false, options, _ => new JsonObject { ["url"] = hub.GatewayUrl });
        Get(app, "/api/v10/gateway/bot", auth: true, options, _ =>
        {
            var (remaining, resetAfter) = hub.SessionStartLimit();
            return new JsonObject
            {
                ["url"] = hub.GatewayUrl,
                ["shards"] = options.RecommendedShards,
                ["session_start_limit"] = new JsonObject
                {
                    ["total"] = options.SessionStartTotal,
                    ["remaining"] = remaining,
                    ["reset_after"] = resetAfter,
                    ["max_concurrency"] = options.MaxConcurrency,
                },
            };
        });
        Get(app, "/api/v10/users/@me", auth: true, options, _ => RestJson.CurrentUser(options));
        Get(app, "/api/v10/applications/@me", auth: true, options, _ => RestJson.CurrentApplication(options, hub));
        app.Map("/api/{**rest}", (HttpContext context) => WriteAsync(context, 404, Error("404: Not Found", 0)));
    }

    public static JsonObject Error(string message, int code) => new() { ["message"] = message, ["code"] = code };

    private static void Get(WebApplication app, string route, bool auth, EmulatorOptions options, Func<HttpContext, JsonObject> body) =>
        app.Map(route, (HttpContext context) =>
        {
            if (!HttpMethods.IsGet(context.Request.Method))
            {
                return WriteAsync(context, 405, Error("405: Method Not Allowed", 0));
            }
            if (auth && context.Request.Headers.Authorization.ToString() != "Bot " + options.BotToken)
            {
                return WriteAsync(context, 401, Error("401: Unauthorized", 0));
            }
            return WriteAsync(context, 200, body(context));
        });

    private static Task WriteAsync(HttpContext context, int status, JsonObject body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(Json.Write(body));
    }

    // "DiscordBot (url, version)", optionally followed by more text.
    [GeneratedRegex(@"^DiscordBot \([^,()]+, ?[^,()]+\)")]
    private static partial Regex DiscordBotUserAgent();
}
