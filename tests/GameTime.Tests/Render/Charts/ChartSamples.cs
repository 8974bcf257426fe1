using GameTime.Render.Charts;

namespace GameTime.Tests.Render.Charts;

/// <summary>Made-up but realistic data for the chart goldens: fixed formulas, no randomness, so every run draws the same.</summary>
internal static class ChartSamples
{
    public const string LongName = "The Extremely Long Display Name Of Someone Who Never Stops Typing";

    /// <summary>Members' names as Discord shows them: Latin, accented, Cyrillic, Greek, emoji, one far too long.</summary>
    public static readonly string[] Names =
    [
        "LaheySwag", "Stryk3r", "Zoë Ñandú", "Жёлудь", "iSleep_rb6", "🔥 Blaze 🔥", "Ωμέγα", "Backburners", "hdball",
        "joechoda", LongName, "Hradcany", "Ranger", "Дмитрий Соколов", "François", "Łukasz", "Søren", "Ανδρέας", "Doc",
        "vKxzo", "rpk2084", "TechnicalGeek", "yung_nutti", "Zuke", "Imperfec7", "José María", "Müller", "Αθηνά", "Ольга",
        "Krpld", "🎮🎮", "Violated.-", "Ranger2", "Nightowl", "Kiwi", "Παναγιώτης", "Алексей", "Chloé", "Björn", "Mateo",
    ];

    public static ChartHeading Heading(string title) => new(title, "From 2026-09-04 to 2026-12-03");

    /// <summary>A smoothly falling value with a little wobble, like a sorted top-N list.</summary>
    public static double Falling(int i, double first, double ratio) => Math.Round(first * Math.Pow(ratio, i) + (i * 7 % 5) * 0.05, 2);

    public static string Name(int i) => Names[i % Names.Length];

    public static IReadOnlyList<string> Days(int count)
    {
        var start = new DateOnly(2026, 9, 4);
        return Enumerable.Range(0, count).Select(i => start.AddDays(i).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).ToList();
    }

    public static IReadOnlyList<string> Weeks(int count)
    {
        var monday = new DateOnly(2026, 9, 7);
        return Enumerable.Range(0, count).Select(i => monday.AddDays(7 * i).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).ToList();
    }
}
