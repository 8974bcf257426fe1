namespace GameTime.RenderBench;

/// <summary>Member names as a real community has them: accents, Cyrillic, Greek, emoji, gamer tags, one very long.</summary>
internal static class BenchNames
{
    private static readonly string[] Pool =
    [
        "Shadow", "Nova", "Blaze", "Frost", "Viper", "Echo", "Raven", "Titan", "Pixel", "xX_Sniper_Xx",
        "Zoë Ñandú", "François", "Łukasz", "Søren", "Ölçüm Şükrü", "Nguyễn", "Ciarán", "Renée",
        "Жёлудь", "Дмитрий", "Ана Кузнецова", "Владимир", "Ωμέγα", "Δημήτρης", "Ελένη", "Οδυσσέας",
        "🔥 Blaze 🔥", "Hikari 🔥", "José 💀 María", "ace 👨‍👩‍👧 mom", "日本 Kenji",
        "An extremely long display name that never seems to end",
    ];

    /// <summary>Name <paramref name="index"/>, unique: past the pool a number is added.</summary>
    public static string Name(int index) =>
        index < Pool.Length ? Pool[index] : $"{Pool[index % Pool.Length]} {(index / Pool.Length) + 1}";
}
