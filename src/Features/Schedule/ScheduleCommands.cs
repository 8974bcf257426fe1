using System.Globalization;
using GameTime.Features.Interactions;
using GameTime.Rest.Discord;

namespace GameTime.Features.Schedule;

/// <summary>
/// /addschedule (a days menu, then an hours menu: the choice travels in the custom id, so it survives a restart),
/// /removeschedule, /seeschedule, and the moderators' /modadduserschedule, /modrefreshschedule, /modforcesendschedule
/// and /modapplyschedule (spec 1.11, 1.12 and the README decisions).
/// </summary>
public sealed class ScheduleCommands(ScheduleService schedule)
{
    private const string Menu = "sched", DaysMenu = "sched:days", SlotsMenu = "sched:slots:";
    private const string NoMessage = "There is no schedule message for today yet. A moderator can send one with /modforcesendschedule.";

    private static readonly string[] s_days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    public void Register(InteractionRouter router)
    {
        router.OnCommand("addschedule", (reply, ct) => reply.ReplyAsync(DaysPicker(), true, ct));
        router.OnComponent(Menu, CommandAccess.Everyone, PickedAsync);

        router.OnCommand("removeschedule", (reply, ct) =>
        {
            var i = reply.Interaction;
            int day = i.GetInteger("day") is long d and >= 0 and <= 6 ? (int)d : throw new CommandException("Pick a day of the week.");
            int removed = schedule.Recurring.Remove(i.GuildId!.Value, i.UserId, day);
            return reply.ReplyAsync(removed == 0
                ? $"You had no recurring schedule on {s_days[day]}."
                : $"Removed your recurring schedule for {s_days[day]} ({Plural(removed, "hour")}).", true, ct);
        });

        router.OnCommand("seeschedule", (reply, ct) =>
        {
            var i = reply.Interaction;
            var entries = schedule.Recurring.Of(i.GuildId!.Value, i.UserId);
            return reply.ReplyAsync(entries.Count == 0
                ? "You have no recurring schedule. Use /addschedule to set the days and hours you usually play."
                : $"Your recurring schedule ({schedule.Settings(i.GuildId.Value).ZoneId}):\n" + string.Join('\n', entries.GroupBy(e => e.Weekday)
                    .Select(g => $"{s_days[g.Key]}: {string.Join(", ", g.Select(e => ScheduleSlots.Label(e.Slot)))}")), true, ct);
        });

        router.OnCommand("modadduserschedule", async (reply, ct) =>
        {
            var i = reply.Interaction;
            ulong userId = i.GetSnowflake("member") ?? throw new CommandException("Pick a member.");
            if (!i.ResolvedUsers.TryGetValue(userId, out var user) || !user.IsMember) throw new CommandException("That user is not a member of this server.");
            if (user.IsBot) throw new CommandException("Bots do not play.");
            int slot = i.GetInteger("time_voted") is long s && ScheduleSlots.IsValid(s) ? (int)s : throw new CommandException("Pick a time slot.");
            bool? added = await schedule.AddByModeratorAsync(i.GuildId!.Value, userId, user.DisplayName, slot, ct);
            await reply.ReplyAsync(added switch
            {
                null => NoMessage,
                true => $"Added <@{userId}> to {ScheduleSlots.Label(slot)} on today's schedule.",
                false => $"<@{userId}> is already on today's schedule at {ScheduleSlots.Label(slot)}.",
            }, true, ct);
        });

        router.OnCommand("modrefreshschedule", async (reply, ct) =>
        {
            await reply.DeferAsync(ephemeral: true, ct);
            var result = await schedule.RefreshAsync(reply.Interaction.GuildId!.Value, ct);
            await reply.ReplyAsync(result is { } r
                ? $"Today's schedule was rebuilt from its {Plural(r.Reactions, "reaction")}: {r.Added} added, {r.Removed} removed."
                : NoMessage, true, ct);
        });

        router.OnCommand("modforcesendschedule", async (reply, ct) =>
        {
            await reply.DeferAsync(ephemeral: true, ct);
            var message = await schedule.PostDailyAsync(reply.Interaction.GuildId!.Value, force: true, ct);
            await reply.ReplyAsync(message is { } m
                ? $"Sent a new schedule message in <#{m.ChannelId}>; the previous one no longer counts votes."
                : "No schedule channel is set. Set one with /modtextschedulechannel first.", true, ct);
        });

        router.OnCommand("modapplyschedule", async (reply, ct) =>
        {
            int? added = await schedule.ApplyRecurringAsync(reply.Interaction.GuildId!.Value, ct);
            await reply.ReplyAsync(added is { } n
                ? $"Added {Plural(n, "recurring entry", "recurring entries")} to today's schedule; every vote was kept."
                : NoMessage, true, ct);
        });
    }

    private Task PickedAsync(InteractionResponder reply, CancellationToken ct)
    {
        var i = reply.Interaction;
        string id = i.CustomId ?? "";
        if (id == DaysMenu)
        {
            var days = ParseAll(i.Values, 6);
            if (days.Count == 0) throw new CommandException("Pick at least one day.");
            return reply.UpdateMessageAsync(SlotsPicker(days), ct);
        }
        if (id.StartsWith(SlotsMenu, StringComparison.Ordinal))
        {
            var days = ParseAll(id[SlotsMenu.Length..].Split(','), 6);
            var slots = ParseAll(i.Values, ScheduleSlots.Count - 1);
            if (days.Count == 0 || slots.Count == 0) throw new CommandException("This menu is broken. Run /addschedule again.");
            schedule.Recurring.Replace(i.GuildId!.Value, i.UserId, i.UserDisplayName, days, slots);
            return reply.UpdateMessageAsync(new JsonMessageBody
            {
                Content = $"Saved. You usually play on {string.Join(", ", days.Select(d => s_days[d]))} at " +
                    $"{string.Join(", ", slots.Select(ScheduleSlots.Label))}; this replaces your previous recurring schedule. " +
                    "See it with /seeschedule; remove a day with /removeschedule.",
                Components = [],
            }, ct);
        }
        throw new CommandException("This menu has expired. Run /addschedule again.");
    }

    private static JsonMessageBody DaysPicker() => Picker(
        "Which days do you usually play? Then pick the hours. This replaces your previous recurring schedule.",
        DaysMenu, "Days of the week", 7,
        s_days.Select((d, n) => new JsonSelectOption { Label = d, Value = n.ToString(CultureInfo.InvariantCulture) }));

    private static JsonMessageBody SlotsPicker(IReadOnlyList<int> days) => Picker(
        $"And at what times on {string.Join(", ", days.Select(d => s_days[d]))}?",
        SlotsMenu + string.Join(',', days), "Time of the day", ScheduleSlots.Count,
        Enumerable.Range(0, ScheduleSlots.Count).Select(s => new JsonSelectOption
        {
            Label = ScheduleSlots.Label(s),
            Value = s.ToString(CultureInfo.InvariantCulture),
            Emoji = new JsonEmoji { Name = ScheduleSlots.EmojiOf(s) },
        }));

    private static JsonMessageBody Picker(string text, string customId, string placeholder, int max, IEnumerable<JsonSelectOption> options) => new()
    {
        Content = text,
        Components =
        [
            new JsonComponent
            {
                Type = 1,
                Components = [new JsonComponent { Type = 3, CustomId = customId, Placeholder = placeholder, MinValues = 1, MaxValues = max, Options = [.. options] }],
            },
        ],
    };

    private static List<int> ParseAll(IEnumerable<string> values, int max) =>
        [.. values.Select(v => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n <= max ? n : -1)
            .Where(n => n >= 0).Distinct().Order()];

    private static string Plural(int n, string one, string? many = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? one : many ?? one + "s")}");
}
