namespace GameTime.Gateway;

/// <summary>Gateway intents (bit = shift amount). ★ marks the privileged ones, switched on in the Developer Portal.</summary>
[Flags]
public enum GatewayIntents
{
    None = 0,
    Guilds = 1 << 0,
    GuildMembers = 1 << 1,          // ★
    GuildExpressions = 1 << 3,
    GuildVoiceStates = 1 << 7,
    GuildPresences = 1 << 8,        // ★
    GuildMessages = 1 << 9,
    GuildMessageReactions = 1 << 10,
    DirectMessages = 1 << 12,
    MessageContent = 1 << 15,       // ★

    /// <summary>What GameTime's features read: roster, custom emoji (rank emoji), voice, presence (auto-LFG), messages (AI),
    /// reactions (schedule), DMs.</summary>
    GameTime = Guilds | GuildMembers | GuildExpressions | GuildVoiceStates | GuildPresences | GuildMessages | GuildMessageReactions
        | DirectMessages | MessageContent,
}
