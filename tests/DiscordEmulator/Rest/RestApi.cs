using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace GameTime.DiscordEmulator;

/// <summary>
/// The REST API under /api/v10: the gateway's routes (GET /gateway, /gateway/bot, /users/@me, /applications/@me),
/// messages, reactions, interactions, commands, guilds; with Discord's failures: 400 without a DiscordBot
/// User-Agent, 401 with a bad token, 404 for unknown routes, 405 for a wrong method, 429 past a limit.
/// </summary>
internal static partial class RestApi
{
    public static void Map(WebApplication app, GatewayHub hub, RestState state)
    {
        app.Use(async (context, next) =>
        {
            // Cloudflare in front of Discord rejects requests without a proper User-Agent before any route runs.
            if (context.Request.Path.StartsWithSegments("/api") && !DiscordBotUserAgent().IsMatch(context.Request.Headers.UserAgent.ToString()))
            {
                var refusal = Error("internal network error", 40333);
                var request = context.Request;
                state.Records.Add(new RecordedRequest(request.Method, request.Path.Value + request.QueryString, "", null, [], request.ContentType,
                    request.Headers.UserAgent.ToString(), null, 400, Json.Write(refusal), state.Now), sharedScope: false);
                await WriteAsync(context, 400, refusal).ConfigureAwait(false);
                return;
            }
            await next(context).ConfigureAwait(false);
        });

        var pipeline = new RestPipeline(state, [.. BaseRoutes(hub), .. MessageRoutes.Routes(state), .. ReactionRoutes.Routes(state),
            .. InteractionRoutes.Routes(state), .. CommandRoutes.Routes(state), .. GuildRoutes.Routes(state)]);
        app.Map("/api/v10/{**rest}", pipeline.HandleAsync);
        app.Map("/api/{**rest}", (HttpContext context) => WriteAsync(context, 404, Error("404: Not Found", 0)));
    }

    private static IEnumerable<RestRoute> BaseRoutes(GatewayHub hub)
    {
        var options = hub.Options;
        yield return new RestRoute("GET", "/gateway", _ => RestResult.Ok(new JsonObject { ["url"] = hub.GatewayUrl }), auth: false);
        yield return new RestRoute("GET", "/gateway/bot", _ =>
        {
            var (remaining, resetAfter) = hub.SessionStartLimit();
            return RestResult.Ok(new JsonObject
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
            });
        });
        yield return new RestRoute("GET", "/users/@me", _ => RestResult.Ok(RestJson.CurrentUser(options)));
        yield return new RestRoute("GET", "/applications/@me", _ => RestResult.Ok(RestJson.CurrentApplication(options, hub)));
    }

    public static JsonObject Error(string message, int code) => new() { ["message"] = message, ["code"] = code };

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
