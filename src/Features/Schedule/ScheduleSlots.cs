namespace GameTime.Features.Schedule;

/// <summary>
/// The 12 schedule slots (spec README "Schedule voting"): slot 0 = 3pm ... 8 = 11pm, 9 = 12am, 10 = 1am, 11 = 2am in
/// the guild's timezone, each with the reaction members vote with. Slot numbers are the ones stored in the database.
/// </summary>
public static class ScheduleSlots
{
    public const int Count = 12;

    private static readonly string[] s_labels = ["3pm", "4pm", "5pm", "6pm", "7pm", "8pm", "9pm", "10pm", "11pm", "12am", "1am", "2am"];

    // Keycaps carry U+FE0F (as Discord sends and stores them); 🔟 🕚 🕛 have no variation selector.
    private static readonly string[] s_emoji =
        ["3\uFE0F\u20E3", "4\uFE0F\u20E3", "5\uFE0F\u20E3", "6\uFE0F\u20E3", "7\uFE0F\u20E3", "8\uFE0F\u20E3", "9\uFE0F\u20E3",
         "\U0001F51F", "\U0001F55A", "\U0001F55B", "1\uFE0F\u20E3", "2\uFE0F\u20E3"];

    public static IReadOnlyList<string> Emoji => s_emoji;

    public static string Label(int slot) => s_labels[slot];

    public static string EmojiOf(int slot) => s_emoji[slot];

    /// <summary>The slot a reaction stands for, or null for any other emoji (custom emoji never match).</summary>
    public static int? FromEmoji(string emoji, ulong? customEmojiId = null)
    {
        if (customEmojiId is not null) return null;
        for (int slot = 0; slot < Count; slot++)
            if (string.Equals(s_emoji[slot], emoji, StringComparison.Ordinal)) return slot;
        // Some clients send keycaps without U+FE0F ("3⃣"); they mean the same reaction.
        if (emoji.Length == 2 && emoji[1] == '\u20E3')
        {
            for (int slot = 0; slot < Count; slot++)
                if (s_emoji[slot].Length == 3 && s_emoji[slot][0] == emoji[0]) return slot;
        }
        return null;
    }

    /// <summary>The slot of a wall-clock hour (0-23), or null for 3am-2pm, which have no slot.</summary>
    public static int? FromHour(int hour) => hour switch
    {
        >= 15 and <= 23 => hour - 15,
        >= 0 and <= 2 => hour + 9,
        _ => null,
    };

    /// <summary>The wall-clock hour a slot starts at.</summary>
    public static int Hour(int slot) => slot <= 8 ? slot + 15 : slot - 9;

    /// <summary>True for 12am-2am: they fall on the calendar day after the schedule day.</summary>
    public static bool IsAfterMidnight(int slot) => slot >= 9;

    public static bool IsValid(long slot) => slot is >= 0 and < Count;
}
