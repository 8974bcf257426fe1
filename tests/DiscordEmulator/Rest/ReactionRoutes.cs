using System.Globalization;
using System.Text.Json.Nodes;

namespace GameTime.DiscordEmulator;

/// <summary>PUT/DELETE/GET /channels/{c}/messages/{m}/reactions/{emoji}[/@me|/{user}], with MESSAGE_REACTION_ADD/REMOVE.</summary>
internal static class ReactionRoutes
{
    private const int MaxDistinct = 20;

    public static IEnumerable<RestRoute> Routes(RestState state)
    {
        const string Base = "/channels/{channel_id}/messages/{message_id}/reactions/{emoji}";
        yield return new RestRoute("PUT", Base + "/@me", call =>
        {
            var (channel, message) = Target(state, call);
            Add(state, channel, message, call.Value("emoji"), state.Options.ApplicationId);
            return RestResult.NoContent;
        });
        yield return new RestRoute("DELETE", Base + "/@me", call =>
        {
            var (channel, message) = Target(state, call);
            Remove(state, channel, message, call.Value("emoji"), state.Options.ApplicationId);
            return RestResult.NoContent;
        });
        yield return new RestRoute("DELETE", Base + "/{user_id}", call =>
        {
            var (channel, message) = Target(state, call);
            Remove(state, channel, message, call.Value("emoji"), call.Id("user_id"));
            return RestResult.NoContent;
        });
        yield return new RestRoute("GET", Base, call =>
        {
            var (channel, message) = Target(state, call);
            int limit = call.QueryInt("limit", 1, 100, 25);
            ulong after = call.QueryId("after") ?? 0;
            var (key, _, _) = Parse(channel, call.Value("emoji"));
            var users = message.Reactions.Find(r => r.Key == key)?.Users.Where(u => u > after).Take(limit) ?? [];
            return RestResult.Ok(Json.Array(users.Select(u => (JsonNode?)UserJson(state, u))));
        });
    }

    /// <summary>Adds a user's reaction (a no-op when already there) and dispatches MESSAGE_REACTION_ADD; 30010 past 20 emojis.</summary>
    public static void Add(RestState state, ChannelRef channel, MessageEntry message, string emoji, ulong userId, bool dispatch = true)
    {
        var (key, display, emojiJson) = Parse(channel, emoji);
        var reaction = message.Reactions.Find(r => r.Key == key);
        if (reaction is null)
        {
            if (message.Reactions.Count >= MaxDistinct)
            {
                throw new RestError(400, 30010, "Maximum number of reactions reached (20)");
            }
            reaction = new ReactionEntry(key, display, emojiJson);
            message.Reactions.Add(reaction);
        }
        if (!reaction.Users.Add(userId))
        {
            return;
        }
        state.Messages.Changed.Pulse();
        if (dispatch)
        {
            Dispatch(state, add: true, channel, message, userId, display);
        }
    }

    public static void Remove(RestState state, ChannelRef channel, MessageEntry message, string emoji, ulong userId, bool dispatch = true)
    {
        var (key, display, _) = Parse(channel, emoji);
        var reaction = message.Reactions.Find(r => r.Key == key);
        if (reaction is null || !reaction.Users.Remove(userId))
        {
            return;
        }
        if (reaction.Users.Count == 0)
        {
            message.Reactions.Remove(reaction);
        }
        state.Messages.Changed.Pulse();
        if (dispatch)
        {
            Dispatch(state, add: false, channel, message, userId, display);
        }
    }

    /// <summary>
    /// The reaction's key ("👍", or a custom emoji's id), its display form ("👍", "name:id") and emoji object.
    /// A custom emoji must exist in the guild; a unicode one must not be plain ASCII ("thumbsup" is 10014).
    /// </summary>
    public static (string Key, string Display, JsonObject Json) Parse(ChannelRef channel, string emoji)
    {
        var json = EventJson.Emoji(emoji);
        if ((string?)json["id"] is { } id)
        {
            ulong emojiId = ulong.Parse(id, CultureInfo.InvariantCulture);
            if (channel.Guild is { } guild && !guild.Emojis.Any(e => e.Id == emojiId))
            {
                throw RestError.UnknownEmoji();
            }
            return (id, $"{(string?)json["name"]}:{id}", json);
        }
        if (emoji.Length == 0 || emoji.All(char.IsAscii) || emoji.Contains(':', StringComparison.Ordinal))
        {
            throw RestError.UnknownEmoji();
        }
        return (emoji, emoji, json);
    }

    /// <summary>The reaction key, or null when Discord would not accept the emoji.</summary>
    public static string? TryParse(ChannelRef channel, string emoji)
    {
        try
        {
            return Parse(channel, emoji).Key;
        }
        catch (RestError)
        {
            return null;
        }
    }

    private static void Dispatch(RestState state, bool add, ChannelRef channel, MessageEntry message, ulong userId, string emoji)
    {
        string eventName = add ? "MESSAGE_REACTION_ADD" : "MESSAGE_REACTION_REMOVE";
        var user = channel.Guild?.FindMember(userId) ?? state.FindUser(userId)
            ?? new MemberEntry(new EmulatedMember(userId, "user" + userId), DateTimeOffset.UnixEpoch);
        var data = EventJson.Reaction(add, channel.GuildId ?? 0, channel.Id, message.Id, user, emoji, message.AuthorId);
        if (channel.Guild is null)
        {
            data.Remove("guild_id");
            data.Remove("member");
        }
        state.Send(eventName, channel.GuildId, data);
    }

    private static (ChannelRef Channel, MessageEntry Message) Target(RestState state, RestCall call)
    {
        var channel = state.RequireChannel(call.Id("channel_id"));
        return (channel, state.Messages.Require(channel.Id, call.Id("message_id")));
    }

    private static JsonObject UserJson(RestState state, ulong userId) =>
        state.FindUser(userId) is { } entry ? GuildJson.User(entry.Member) : GuildJson.User(new EmulatedMember(userId, "user" + userId));
}
