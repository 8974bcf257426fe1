using System.Text.Json.Nodes;

namespace GameTime.DiscordEmulator;

/// <summary>Placeholder until the OpenAPI validator lands.</summary>
internal sealed class OpenApiSchema
{
    private readonly JsonObject? document;

    private OpenApiSchema(JsonObject? document) => this.document = document;

    public static OpenApiSchema? Load(string? path) => path is null ? null : new OpenApiSchema(null);

    public void Validate(RestRoute route, JsonNode? body)
    {
        _ = route;
        _ = body;
        _ = document;
    }
}
