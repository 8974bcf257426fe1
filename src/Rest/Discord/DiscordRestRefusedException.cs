namespace GameTime.Rest.Discord;

/// <summary>
/// The client refused to send a request because too many recent answers were 401/403/429 and Discord would soon
/// ban the bot's IP. Nothing was sent; the refusal lifts as older answers leave the ten-minute window.
/// </summary>
public sealed class DiscordRestRefusedException(string message) : InvalidOperationException(message);
