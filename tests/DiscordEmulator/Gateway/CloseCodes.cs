namespace GameTime.DiscordEmulator;

/// <summary>Gateway close codes (spec 1.10) with the reason text Discord sends with them.</summary>
internal static class CloseCodes
{
    public const int UnknownError = 4000;
    public const int UnknownOpcode = 4001;
    public const int DecodeError = 4002;
    public const int NotAuthenticated = 4003;
    public const int AuthenticationFailed = 4004;
    public const int AlreadyAuthenticated = 4005;
    public const int InvalidSeq = 4007;
    public const int RateLimited = 4008;
    public const int SessionTimedOut = 4009;
    public const int InvalidShard = 4010;
    public const int ShardingRequired = 4011;
    public const int InvalidApiVersion = 4012;
    public const int InvalidIntents = 4013;
    public const int DisallowedIntents = 4014;

    public static string Reason(int code) => code switch
    {
        UnknownError => "Unknown error.",
        UnknownOpcode => "Unknown opcode.",
        DecodeError => "Decode error.",
        NotAuthenticated => "Not authenticated.",
        AuthenticationFailed => "Authentication failed.",
        AlreadyAuthenticated => "Already authenticated.",
        InvalidSeq => "Invalid seq.",
        RateLimited => "Rate limited.",
        SessionTimedOut => "Session timed out.",
        InvalidShard => "Invalid shard.",
        ShardingRequired => "Sharding required.",
        InvalidApiVersion => "Invalid API version.",
        InvalidIntents => "Invalid intent(s).",
        DisallowedIntents => "Disallowed intent(s).",
        _ => "",
    };

    /// <summary>Codes after which the client must start a new session: the session they close cannot be resumed.</summary>
    public static bool EndsSession(int code) =>
        code is NotAuthenticated or AuthenticationFailed or InvalidSeq or SessionTimedOut or (>= InvalidShard and <= DisallowedIntents);
}
