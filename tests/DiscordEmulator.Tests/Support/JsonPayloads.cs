using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GameTime.DiscordEmulator.Tests;

internal static class JsonPayloads
{
    /// <summary>Splits text holding one or more JSON objects back to back (a joined zlib-stream flush can carry two).</summary>
    public static List<string> Split(string text)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(text);
        var parts = new List<string>();
        int start = 0;
        while (start < utf8.Length)
        {
            var reader = new Utf8JsonReader(utf8.AsSpan(start));
            if (!reader.Read())
            {
                break;
            }
            reader.Skip();
            int length = (int)reader.BytesConsumed;
            parts.Add(Encoding.UTF8.GetString(utf8, start, length));
            start += length;
            while (start < utf8.Length && utf8[start] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t')
            {
                start++;
            }
        }
        return parts;
    }

    public static JsonObject Object(string json) => JsonNode.Parse(json)!.AsObject();

    public static IEnumerable<string> Keys(JsonNode? node) => node is JsonObject o ? o.Select(p => p.Key) : [];
}
