namespace GameTime.Gateway.Protocol;

/// <summary>What to do after the connection ends (spec 1.10).</summary>
public enum Reconnect
{
    /// <summary>Open a new connection to resume_gateway_url and RESUME.</summary>
    Resume,
    /// <summary>Forget the session; connect to the gateway URL and IDENTIFY.</summary>
    Identify,
    /// <summary>Stop: reconnecting cannot help and would burn the identify budget.</summary>
    Stop,
}

public static class CloseCodes
{
    public static Reconnect ActionFor(int? closeCode) => closeCode switch
    {
        4003 or 4007 or 4009 => Reconnect.Identify,
        4004 or (>= 4010 and <= 4014) => Reconnect.Stop,
        _ => Reconnect.Resume, // 4000-4002, 4005, 4008, 1000/1001 from the server, 1006, or no close frame at all
    };

    /// <summary>A line for the log and, for a stop, for the moderator.</summary>
    public static string Describe(int? closeCode) => closeCode switch
    {
        null => "connection dropped without a close frame",
        4000 => "4000 unknown error",
        4001 => "4001 unknown opcode (a client bug)",
        4002 => "4002 decode error: the gateway could not read a payload (a client bug)",
        4003 => "4003 not authenticated",
        4004 => "4004 authentication failed: the bot token is wrong or was reset",
        4005 => "4005 already authenticated (a client bug)",
        4007 => "4007 invalid sequence on resume",
        4008 => "4008 rate limited: too many gateway frames",
        4009 => "4009 session timed out",
        4010 => "4010 invalid shard",
        4011 => "4011 sharding required: set more shards",
        4012 => "4012 invalid API version",
        4013 => "4013 invalid intents",
        4014 => "4014 disallowed intents: enable the Server Members, Presence and Message Content intents in the Developer Portal",
        int code => $"close code {code}",
    };
}

/// <summary>The gateway refused the bot in a way no reconnect can fix (bad token, intents, shard, version).</summary>
public sealed class GatewayFatalException(int closeCode) : Exception(CloseCodes.Describe(closeCode))
{
    public int CloseCode { get; } = closeCode;
}
