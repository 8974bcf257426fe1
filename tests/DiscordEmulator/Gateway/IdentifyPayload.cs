using System.Text.Json;

namespace GameTime.DiscordEmulator;

/// <summary>IDENTIFY (op 2) <c>d</c>, checked for shape. Meaning (token, intents, shard) is checked by the hub.</summary>
internal sealed record IdentifyPayload(string Token, int Intents, int[]? Shard, int LargeThreshold, bool Compress)
{
    /// <summary>Parses <paramref name="d"/>; on failure <paramref name="closeCode"/> is the code Discord closes with.</summary>
    public static IdentifyPayload? Parse(JsonElement d, out int closeCode)
    {
        closeCode = CloseCodes.DecodeError;
        if (d.ValueKind != JsonValueKind.Object
            || !d.TryGetProperty("token", out var token) || token.ValueKind != JsonValueKind.String
            || !d.TryGetProperty("properties", out var properties) || properties.ValueKind != JsonValueKind.Object)
        {
            return null;
        }
        if (!d.TryGetProperty("intents", out var intents))
        {
            closeCode = CloseCodes.InvalidIntents;   // since v8 intents are required; omitting them gets 4013
            return null;
        }
        if (!intents.TryInt32(out int intentBits) || !OptionalBool(d, "compress", out bool compress))
        {
            return null;
        }
        int largeThreshold = 50;
        if (d.TryGetProperty("large_threshold", out var large) && large.ValueKind != JsonValueKind.Null
            && (!large.TryInt32(out largeThreshold) || largeThreshold is < 50 or > 250))
        {
            return null;
        }
        int[]? shard = null;
        if (d.TryGetProperty("shard", out var shardElement) && shardElement.ValueKind != JsonValueKind.Null)
        {
            if (shardElement.ValueKind != JsonValueKind.Array)
            {
                return null;
            }
            shard = [.. shardElement.EnumerateArray().Select(e => e.TryInt32(out int n) ? n : -1)];
            if (shard is not [>= 0 and var id, >= 1 and var count] || id >= count)
            {
                closeCode = CloseCodes.InvalidShard;
                return null;
            }
        }
        if (d.TryGetProperty("presence", out var presence) && presence.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
        {
            return null;
        }
        return new IdentifyPayload(token.GetString()!, intentBits, shard, largeThreshold, compress);
    }

    private static bool OptionalBool(JsonElement d, string name, out bool value)
    {
        value = false;
        if (!d.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return true;
        }
        if (element.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            return false;
        }
        value = element.GetBoolean();
        return true;
    }
}
