using System.Text.Json;

namespace GameTime.Gateway.Protocol;

/// <summary>
/// The envelope of one gateway payload, read without building a DOM: `op`, `s`, the event in `t`, and where
/// `d` lies in the payload's bytes, so only events somebody wants are ever deserialized.
/// </summary>
public readonly record struct GatewayFrame(int Op, long? Sequence, DispatchEvent Event, int DataStart, int DataLength)
{
    public ReadOnlySpan<byte> Data(ReadOnlySpan<byte> payload) => payload.Slice(DataStart, DataLength);

    /// <summary>Reads the envelope of the JSON object at the start of <paramref name="utf8"/>; returns the bytes it used.</summary>
    /// <exception cref="JsonException">Not a gateway payload (malformed JSON, no `op`, or not an object).</exception>
    public static GatewayFrame Read(ReadOnlySpan<byte> utf8, out int consumed)
    {
        var reader = new Utf8JsonReader(utf8, isFinalBlock: true, state: default);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            throw new JsonException("a gateway payload must be a JSON object");

        int? op = null;
        long? sequence = null;
        var dispatch = DispatchEvent.None;
        int dataStart = 0, dataLength = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("op"u8))
            {
                reader.Read();
                op = reader.GetInt32();
            }
            else if (reader.ValueTextEquals("s"u8))
            {
                reader.Read();
                sequence = reader.TokenType == JsonTokenType.Null ? null : reader.GetInt64();
            }
            else if (reader.ValueTextEquals("t"u8))
            {
                reader.Read();
                dispatch = reader.TokenType == JsonTokenType.String ? DispatchEvents.Parse(reader.ValueSpan) : DispatchEvent.None;
            }
            else if (reader.ValueTextEquals("d"u8))
            {
                reader.Read();
                dataStart = (int)reader.TokenStartIndex;
                reader.Skip();
                dataLength = (int)reader.BytesConsumed - dataStart;
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
        if (reader.TokenType != JsonTokenType.EndObject) throw new JsonException("truncated gateway payload");
        if (op is null) throw new JsonException("gateway payload without op");
        consumed = (int)reader.BytesConsumed;
        return new GatewayFrame(op.Value, sequence, dispatch, dataStart, dataLength);
    }
}
