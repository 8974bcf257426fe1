using GameTime.Rest.Discord;

namespace GameTime.Features.Schedule;

/// <summary>
/// Reads who reacted with each slot's emoji on a message, following Discord's pages (100 users each, `after` the last
/// id), so votes cast while the bot was down are found. Bots (the bot's own 12 reactions included) are left out.
/// </summary>
public static class ReactionReader
{
    public const int PageSize = 100;

    public static async Task<IReadOnlyList<(int Slot, JsonRestUser User)>> ReadAsync(IDiscordRest rest, ulong channelId, ulong messageId,
        CancellationToken ct)
    {
        var reactions = new List<(int, JsonRestUser)>();
        for (int slot = 0; slot < ScheduleSlots.Count; slot++)
        {
            ulong? after = null;
            while (true)
            {
                var page = await rest.GetReactionsAsync(channelId, messageId, ScheduleSlots.EmojiOf(slot), after, PageSize, ct);
                foreach (var user in page)
                    if (!user.Bot) reactions.Add((slot, user));
                if (page.Length < PageSize) break;
                after = page[^1].Id;
            }
        }
        return reactions;
    }
}
