using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace GameTime.DiscordEmulator;

/// <summary>
/// Serves every /api/v10 request the way Discord's edge does: match the route (404/405), check the token (401),
/// apply rate limits (429 + headers on every answer), read the body (JSON or multipart), validate it against the
/// OpenAPI schema, run the route, and record the whole exchange.
/// </summary>
internal sealed class RestPipeline(RestState state, List<RestRoute> routes)
{
    private const long MaxRequestBytes = 25L * 1024 * 1024;
    private const long MaxFileBytes = 10L * 1024 * 1024;

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        string path = request.Path.Value ?? "";
        string routePath = path["/api/v10".Length..];
        string[] segments = routePath.Trim('/').Split('/');
        RestRoute? route = null;
        Dictionary<string, string>? values = null;
        bool methodMismatch = false;
        foreach (var candidate in routes)
        {
            if (candidate.TryMatch(segments, out var matched))
            {
                if (candidate.Method == request.Method)
                {
                    route = candidate;
                    values = matched;
                    break;
                }
                methodMismatch = true;
            }
        }

        string? bodyText = null;
        List<string> fileNames = [];
        RestResult result;
        RateLimitScope? scope = null;
        string? reason = DecodeReason(request.Headers["X-Audit-Log-Reason"]);
        try
        {
            if (state.Records.Banned(state.Now, state.Options.InvalidRequestLimit, state.Options.InvalidRequestWindow))
            {
                // Cloudflare answers a banned IP itself: a bare 1015 page, no Discord body, no rate-limit headers.
                context.Response.StatusCode = 429;
                context.Response.ContentType = "text/plain";
                state.Records.Add(new RecordedRequest(request.Method, routePath + request.QueryString, route?.Key ?? "", null, [],
                    request.ContentType, request.Headers.UserAgent.ToString(), reason, 429, "error code: 1015", state.Now), sharedScope: true);
                await context.Response.WriteAsync("error code: 1015").ConfigureAwait(false);
                return;
            }
            if (route is null)
            {
                result = methodMismatch ? new RestResult(405, RestApi.Error("405: Method Not Allowed", 0)) : new RestResult(404, RestApi.Error("404: Not Found", 0));
                ApplyHeaders(context, state.Limiter.Check(null, null, request.Method, routePath));
            }
            else if (route.Auth && request.Headers.Authorization.ToString() != "Bot " + state.Options.BotToken)
            {
                result = new RestResult(401, RestApi.Error("401: Unauthorized", 0));
            }
            else
            {
                var verdict = state.Limiter.Check(route, values, request.Method, routePath);
                ApplyHeaders(context, verdict);
                var call = new RestCall(context, route, values!) { AuditLogReason = reason };
                if (verdict.RetryStatus is { } limited)
                {
                    scope = verdict.Scope;
                    result = new RestResult(limited, verdict.Body);
                }
                else
                {
                    (bodyText, fileNames) = await ReadBodyAsync(call).ConfigureAwait(false);
                    if (route.HasBody)
                    {
                        state.Schema?.Validate(route, call.Body);
                    }
                    lock (state.Sync)
                    {
                        result = route.Handler(call);
                    }
                }
            }
        }
        catch (RestError error)
        {
            result = new RestResult(error.Status, error.Body);
        }
#pragma warning disable CA1031 // an emulator bug must reach the test as a 500 it can read, not a dropped connection
        catch (Exception bug)
#pragma warning restore CA1031
        {
            result = new RestResult(500, new JsonObject { ["message"] = "500: Internal Server Error", ["code"] = 0, ["emulator_error"] = bug.ToString() });
        }

        context.Response.StatusCode = result.Status;
        string? responseText = null;
        if (result.Body is not null)
        {
            responseText = Json.Write(result.Body);
            context.Response.ContentType = "application/json";
        }
        state.Records.Add(new RecordedRequest(request.Method, routePath + request.QueryString, route?.Key ?? "", bodyText, fileNames,
            request.ContentType, request.Headers.UserAgent.ToString(), reason, result.Status, responseText, state.Now), scope == RateLimitScope.Shared);
        if (responseText is not null)
        {
            await context.Response.WriteAsync(responseText).ConfigureAwait(false);
        }
    }

    private static void ApplyHeaders(HttpContext context, RateLimitVerdict verdict)
    {
        foreach (var (name, value) in verdict.Headers)
        {
            context.Response.Headers[name] = value;
        }
    }

    private static string? DecodeReason(string? raw) => string.IsNullOrEmpty(raw) ? null : Uri.UnescapeDataString(raw);

    /// <summary>Parses JSON or multipart (payload_json + files[n]) into the call; returns the text and file names to record.</summary>
    private static async Task<(string? Text, List<string> Files)> ReadBodyAsync(RestCall call)
    {
        var request = call.Http.Request;
        List<string> names = [];
        if (request.ContentLength is > MaxRequestBytes)
        {
            throw new RestError(413, 40005, "Request entity too large");
        }
        if (request.HasFormContentType && request.ContentType?.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) == true)
        {
            var form = await request.ReadFormAsync().ConfigureAwait(false);
            string? payload = form["payload_json"];
            if (payload is not null)
            {
                call.Body = Parse(payload);
            }
            else
            {
                var fields = new JsonObject();
                foreach (var (key, value) in form)
                {
                    fields[key] = value.ToString();
                }
                call.Body = fields;
                payload = Json.Write(fields);
            }
            foreach (var file in form.Files)
            {
                if (!file.Name.StartsWith("files[", StringComparison.Ordinal) || !file.Name.EndsWith(']')
                    || !int.TryParse(file.Name.AsSpan(6, file.Name.Length - 7), out int index))
                {
                    throw RestError.InvalidForm(file.Name, "BASE_TYPE_INVALID", "File parts are named files[n].");
                }
                if (file.Length > MaxFileBytes)
                {
                    throw new RestError(413, 40005, "Request entity too large");
                }
                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer).ConfigureAwait(false);
                call.Files.Add(new UploadedFile(index, file.FileName, file.ContentType ?? "application/octet-stream", buffer.ToArray()));
                names.Add(file.FileName);
            }
            return (payload, names);
        }
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        string text = await reader.ReadToEndAsync().ConfigureAwait(false);
        if (text.Length == 0)
        {
            if (call.Route.HasBody)
            {
                call.Body = new JsonObject();
            }
            return (null, names);
        }
        if (call.Route.HasBody && request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) != true)
        {
            // A body without a JSON or form content type is not read as a form at all.
            throw RestError.InvalidForm("", "CONTENT_TYPE_INVALID", $"Expected \"Content-Type\" header to be one of {{'application/json', 'multipart/form-data', 'application/x-www-form-urlencoded'}}.");
        }
        call.Body = Parse(text);
        return (text, names);
    }

    private static JsonNode? Parse(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            throw new RestError(400, 50109, "The request body contains invalid JSON.");
        }
    }
}
