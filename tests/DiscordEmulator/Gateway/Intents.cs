namespace GameTime.DiscordEmulator;

/// <summary>Gateway intents (spec 1.7): which bits exist, which are privileged, and which event each one gates.</summary>
internal static class Intents
{
    public const int Guilds = 1 << 0;
    public const int GuildMembers = 1 << 1;
    public const int GuildVoiceStates = 1 << 7;
    public const int GuildPresences = 1 << 8;
    public const int GuildMessages = 1 << 9;
    public const int GuildMessageReactions = 1 << 10;
    public const int DirectMessages = 1 << 12;
    public const int DirectMessageReactions = 1 << 13;
    public const int MessageContent = 1 << 15;

    public const int Privileged = GuildMembers | GuildPresences | MessageContent;

    /// <summary>Bits 0–16, 20, 21, 24, 25; anything else is an invalid bitfield (close 4013).</summary>
    public const int Valid = ((1 << 17) - 1) | (1 << 20) | (1 << 21) | (1 << 24) | (1 << 25);

    /// <summary>The intent an event needs, or 0 when it is not gated. Guild and DM message events use different bits.</summary>
    public static int Required(string eventName, bool inGuild) => eventName switch
    {
        "GUILD_CREATE" or "GUILD_UPDATE" or "GUILD_DELETE" or "GUILD_ROLE_CREATE" or "GUILD_ROLE_UPDATE" or "GUILD_ROLE_DELETE"
            or "CHANNEL_CREATE" or "CHANNEL_UPDATE" or "CHANNEL_DELETE" or "CHANNEL_PINS_UPDATE"
            or "THREAD_CREATE" or "THREAD_UPDATE" or "THREAD_DELETE" or "THREAD_LIST_SYNC" or "THREAD_MEMBER_UPDATE"
            or "STAGE_INSTANCE_CREATE" or "STAGE_INSTANCE_UPDATE" or "STAGE_INSTANCE_DELETE"
            or "VOICE_CHANNEL_STATUS_UPDATE" or "VOICE_CHANNEL_START_TIME_UPDATE" => Guilds,
        "GUILD_MEMBER_ADD" or "GUILD_MEMBER_UPDATE" or "GUILD_MEMBER_REMOVE" or "THREAD_MEMBERS_UPDATE" => GuildMembers,
        "GUILD_AUDIT_LOG_ENTRY_CREATE" or "GUILD_BAN_ADD" or "GUILD_BAN_REMOVE" => 1 << 2,
        "GUILD_EMOJIS_UPDATE" or "GUILD_STICKERS_UPDATE" or "GUILD_SOUNDBOARD_SOUND_CREATE" or "GUILD_SOUNDBOARD_SOUND_UPDATE"
            or "GUILD_SOUNDBOARD_SOUND_DELETE" or "GUILD_SOUNDBOARD_SOUNDS_UPDATE" => 1 << 3,
        "GUILD_INTEGRATIONS_UPDATE" or "INTEGRATION_CREATE" or "INTEGRATION_UPDATE" or "INTEGRATION_DELETE" => 1 << 4,
        "WEBHOOKS_UPDATE" => 1 << 5,
        "INVITE_CREATE" or "INVITE_DELETE" => 1 << 6,
        "VOICE_STATE_UPDATE" or "VOICE_CHANNEL_EFFECT_SEND" => GuildVoiceStates,
        "PRESENCE_UPDATE" => GuildPresences,
        "MESSAGE_CREATE" or "MESSAGE_UPDATE" or "MESSAGE_DELETE" or "MESSAGE_DELETE_BULK" => inGuild ? GuildMessages : DirectMessages,
        "MESSAGE_REACTION_ADD" or "MESSAGE_REACTION_REMOVE" or "MESSAGE_REACTION_REMOVE_ALL" or "MESSAGE_REACTION_REMOVE_EMOJI" =>
            inGuild ? GuildMessageReactions : DirectMessageReactions,
        "TYPING_START" => inGuild ? 1 << 11 : 1 << 14,
        "GUILD_SCHEDULED_EVENT_CREATE" or "GUILD_SCHEDULED_EVENT_UPDATE" or "GUILD_SCHEDULED_EVENT_DELETE"
            or "GUILD_SCHEDULED_EVENT_USER_ADD" or "GUILD_SCHEDULED_EVENT_USER_REMOVE" => 1 << 16,
        "AUTO_MODERATION_RULE_CREATE" or "AUTO_MODERATION_RULE_UPDATE" or "AUTO_MODERATION_RULE_DELETE" => 1 << 20,
        "AUTO_MODERATION_ACTION_EXECUTION" => 1 << 21,
        "MESSAGE_POLL_VOTE_ADD" or "MESSAGE_POLL_VOTE_REMOVE" => inGuild ? 1 << 24 : 1 << 25,
        _ => 0,
    };
}
