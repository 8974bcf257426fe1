using System.Text.Json;

namespace GameTime.DiscordEmulator;

/// <summary>Number reads that fail (instead of throwing) when a client sends a string or object where a number belongs.</summary>
internal static class JsonElementNumbers
{
    public static bool TryInt32(this JsonElement element, out int value)
    {
        value = 0;
        return element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out value);
    }

    public static bool TryInt64(this JsonElement element, out long value)
    {
        value = 0;
        return element.ValueKind == JsonValueKind.Number && element.TryGetInt64(out value);
    }
}
