using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace GameTime.Gateway.Protocol;

/// <summary>
/// The frames the bot sends, written straight to UTF-8 (a handful of small shapes; no serializer needed).
/// Snowflakes go out as strings, as Discord prefers. Frames that carry the token are never logged.
/// </summary>
public static class OutboundFrames
{
    public static byte[] Heartbeat(long? sequence) => Write(GatewayOpcode.Heartbeat, w =>
    {
        if (sequence is { } s) w.WriteNumberValue(s); else w.WriteNullValue();
    });

    public static byte[] Identify(GatewayOptions options, int shardId, int shardCount) => Write(GatewayOpcode.Identify, w =>
    {
        w.WriteStartObject();
        w.WriteString("token"u8, options.Token);
        w.WriteNumber("intents"u8, (int)options.Intents);
        w.WriteStartObject("properties"u8);
        w.WriteString("os"u8, OperatingSystem.IsLinux() ? "linux" : Environment.OSVersion.Platform.ToString().ToLowerInvariant());
        w.WriteString("browser"u8, options.LibraryName);
        w.WriteString("device"u8, options.LibraryName);
        w.WriteEndObject();
        w.WriteBoolean("compress"u8, false);
        w.WriteNumber("large_threshold"u8, options.LargeThreshold);
        w.WriteStartArray("shard"u8);
        w.WriteNumberValue(shardId);
        w.WriteNumberValue(shardCount);
        w.WriteEndArray();
        w.WriteEndObject();
    });

    public static byte[] Resume(string token, string sessionId, long sequence) => Write(GatewayOpcode.Resume, w =>
    {
        w.WriteStartObject();
        w.WriteString("token"u8, token);
        w.WriteString("session_id"u8, sessionId);
        w.WriteNumber("seq"u8, sequence);
        w.WriteEndObject();
    });

    /// <summary>Op 4: join, move (channel id) or leave (null) a voice channel.</summary>
    public static byte[] VoiceStateUpdate(ulong guildId, ulong? channelId, bool selfMute, bool selfDeaf) => Write(GatewayOpcode.VoiceStateUpdate, w =>
    {
        w.WriteStartObject();
        w.WriteString("guild_id"u8, Id(guildId));
        if (channelId is { } c) w.WriteString("channel_id"u8, Id(c)); else w.WriteNull("channel_id"u8);
        w.WriteBoolean("self_mute"u8, selfMute);
        w.WriteBoolean("self_deaf"u8, selfDeaf);
        w.WriteEndObject();
    });

    /// <summary>Op 3: the bot's status and one activity (a bot may set only name, state, type, url).</summary>
    public static byte[] PresenceUpdate(string status, string? activityName, int activityType = 0, string? state = null) => Write(GatewayOpcode.PresenceUpdate, w =>
    {
        w.WriteStartObject();
        w.WriteNull("since"u8);
        w.WriteStartArray("activities"u8);
        if (activityName is not null)
        {
            w.WriteStartObject();
            w.WriteString("name"u8, activityName);
            w.WriteNumber("type"u8, activityType);
            if (state is not null) w.WriteString("state"u8, state);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteString("status"u8, status);
        w.WriteBoolean("afk"u8, false);
        w.WriteEndObject();
    });

    /// <summary>Op 8 for specific members (at most 100 ids), answered by GUILD_MEMBERS_CHUNK.</summary>
    public static byte[] RequestGuildMembers(ulong guildId, IReadOnlyCollection<ulong> userIds, bool presences, string? nonce) => Write(GatewayOpcode.RequestGuildMembers, w =>
    {
        if (userIds.Count is 0 or > 100) throw new ArgumentOutOfRangeException(nameof(userIds), "op 8 takes 1 to 100 user ids");
        if (nonce is { Length: > 32 }) throw new ArgumentOutOfRangeException(nameof(nonce), "a nonce is at most 32 bytes");
        w.WriteStartObject();
        w.WriteString("guild_id"u8, Id(guildId));
        w.WriteStartArray("user_ids"u8);
        foreach (var id in userIds) w.WriteStringValue(Id(id));
        w.WriteEndArray();
        w.WriteBoolean("presences"u8, presences);
        if (nonce is not null) w.WriteString("nonce"u8, nonce);
        w.WriteEndObject();
    });

    private static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);

    private static byte[] Write(GatewayOpcode op, Action<Utf8JsonWriter> data)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteNumber("op"u8, (int)op);
            w.WritePropertyName("d"u8);
            data(w);
            w.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }
}
