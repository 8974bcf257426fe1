using System.Text.Json.Nodes;

namespace GameTime.DiscordEmulator;

/// <summary>MESSAGE_CREATE/UPDATE fan-out: without MESSAGE_CONTENT a session gets the blanked message, unless it is the bot's own, mentions the bot, or is a DM.</summary>
internal static class MessageDispatch
{
    public static Task Send(GatewayHub hub, string eventName, ulong? guildId, JsonObject message)
    {
        string botId = Json.Id(hub.Options.ApplicationId);
        bool readable = guildId is null || message["guild_id"] is null
            || (string?)message["author"]?["id"] == botId
            || (message["mentions"] as JsonArray)?.Any(m => (string?)m?["id"] == botId) == true;
        string full = Json.Write(message);
        var blanked = new Lazy<string>(() => Json.Write(EventJson.Blank(message)));
        return Task.WhenAll(hub.Fanout(eventName, guildId, session => readable || session.Has(Intents.MessageContent) ? full : blanked.Value));
    }
}
