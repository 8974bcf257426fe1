using System.Text.Json.Nodes;

namespace GameTime.DiscordEmulator;

/// <summary>Presences and activities shaped like fx:gateway/presence_update.json.</summary>
internal static class PresenceJson
{
    public static JsonObject Presence(EmulatedPresence presence, ulong? guildId)
    {
        bool offline = presence.Status is "offline" or "invisible";
        var json = new JsonObject
        {
            ["user"] = new JsonObject { ["id"] = Json.Id(presence.UserId) },
            // Invisible users look offline to everyone else.
            ["status"] = offline ? "offline" : presence.Status,
            ["client_status"] = offline ? new JsonObject() : new JsonObject { ["desktop"] = presence.Status },
            ["broadcast"] = null,
            ["activities"] = offline ? new JsonArray() : Json.Array(presence.Activities.Select(a => (JsonNode?)Activity(a, presence))),
        };
        if (guildId is { } id)
        {
            json["guild_id"] = Json.Id(id);
        }
        return json;
    }

    public static JsonObject Activity(EmulatedActivity activity, EmulatedPresence presence)
    {
        long createdAt = presence.Since.ToUnixTimeMilliseconds();
        if (activity.Type == 4)
        {
            return new JsonObject
            {
                ["type"] = 4,
                ["state"] = activity.State ?? activity.Details,
                ["name"] = "Custom Status",
                ["id"] = "custom",
                ["created_at"] = createdAt,
            };
        }
        if (activity.Type == 2 && activity.Name == "Spotify")
        {
            return Spotify(activity, presence, createdAt);
        }
        var json = new JsonObject
        {
            ["type"] = activity.Type,
            ["name"] = activity.Name,
            ["id"] = StableHex(activity.Name),
            ["created_at"] = createdAt,
            ["timestamps"] = new JsonObject { ["start"] = createdAt },
        };
        if (activity.Details is null && activity.State is null)
        {
            return json;   // a plain game: no rich presence keys
        }
        // Rich presence (the game's own integration) carries application_id and session_id; libraries tell it from a
        // plain game by them (discord.py: Activity vs Game).
        json["details"] = activity.Details;
        json["state"] = activity.State;
        json["session_id"] = Json.RandomHex();
        json["application_id"] = Json.Id(StableSnowflake(activity.Name));
        json["assets"] = new JsonObject
        {
            ["large_image"] = Json.Id(StableSnowflake(activity.Name + ":large")),
            ["large_text"] = activity.Name,
        };
        json["platform"] = "desktop";
        return json;
    }

    private static JsonObject Spotify(EmulatedActivity activity, EmulatedPresence presence, long createdAt) => new()
    {
        ["type"] = 2,
        ["timestamps"] = new JsonObject { ["start"] = createdAt, ["end"] = createdAt + 215_000 },
        ["sync_id"] = "4uLU6hMCjMI75M1A2tKUQC",
        ["state"] = activity.State,
        ["session_id"] = Json.RandomHex(),
        ["party"] = new JsonObject { ["id"] = "spotify:" + Json.Id(presence.UserId) },
        ["name"] = "Spotify",
        ["id"] = "spotify:1",
        ["flags"] = 48,
        ["details"] = activity.Details,
        ["created_at"] = createdAt,
        ["assets"] = new JsonObject
        {
            ["large_text"] = activity.Details,
            ["large_image"] = "spotify:ab67616d0000b273e319baafd16e84f0408af2a0",
        },
    };

    private static ulong Fnv(string text)
    {
        ulong hash = 14695981039346656037;
        foreach (char c in text)
        {
            hash = (hash ^ c) * 1099511628211;
        }
        return hash;
    }

    private static string StableHex(string text) => (Fnv(text) & 0xFFFFFFFFFFFFFFFF).ToString("x16", System.Globalization.CultureInfo.InvariantCulture);

    // A snowflake from 2018 with hash bits below the timestamp: stable per name, shaped like a real application id.
    private static ulong StableSnowflake(string text) => (100_000_000_000UL << 22) | (Fnv(text) & 0x3FFFFF);
}
