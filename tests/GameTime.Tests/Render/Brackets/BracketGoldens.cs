using System.Runtime.CompilerServices;
using GameTime.Render.Brackets;
using GameTime.Tests.Snapshots;

namespace GameTime.Tests.Render.Brackets;

/// <summary>The brackets the golden images show, shared by the snapshot tests and the pixel and timing tests.</summary>
internal static class BracketGoldens
{
    public static BracketView TwoUndecided() => BracketFixtures.Build("Tournament: Friday Duel",
        BracketFixtures.Players("Mira", "Kasper"), BracketFixtures.Undecided);

    // the final goes to side 2, so the champion's route runs through the right half
    public static BracketView FourWithChampion() => BracketFixtures.Build("Tournament: Spring Cup",
        StandardSeeding.Place(BracketFixtures.Players("Ana", "Bjorn", "Chloé", "Dmitri"), 4),
        (round, _, _, _) => round == 0 ? new Played(MatchWinner.Side1, new MatchScore(2, 0))
            : new Played(MatchWinner.Side2, new MatchScore(1, 2)));

    public static BracketView EightMidTournament() => BracketFixtures.Build("Tournament: Ranked Night #12",
        StandardSeeding.Place(BracketFixtures.Players("Shadowfox", "NovaStar", "Blaze", "FrostByte", "Viper", "EchoWave", "Raven", "Titan"), 8),
        (round, index, _, _) => (round, index) switch
        {
            (0, 2) => new Played(MatchWinner.Side2, new MatchScore(11, 13), "inferno"),
            (0, _) => new Played(MatchWinner.Side1, new MatchScore(13, 4 + index), index % 2 == 0 ? "dust2" : "mirage"),
            (1, 0) => new Played(MatchWinner.Side1, new MatchScore(16, 14), "nuke"),
            _ => null,
        });

    public static BracketView EightTeams5v5()
    {
        string[] teams = ["Phoenix", "Nightowls", "Iron Wolves", "Sakura", "Polar Bears", "Red Comets", "Vortex", "Hydra"];
        string[][] mates =
        [
            ["Ana", "Ben", "Cleo", "Dax"], ["Eli", "Fay", "Gus", "Hana"], ["Ivo", "Jade", "Kai", "Lumi"],
            ["Milo", "Nia", "Oskar", "Pia"], ["Quinn", "Rosa", "Sami", "Teo"], ["Uma", "Vlad", "Wren", "Xiu"],
            ["Yara", "Zeno", "Alba", "Boris"], ["Cyra", "Dario", "Emeric-Alexandre", "Fenna"],
        ];
        var sides = teams.Select((name, i) => BracketSide.Team("Team " + name, mates[i])).ToArray();
        return BracketFixtures.Build("Tournament: 5v5 Clash", StandardSeeding.Place(sides, 8),
            (round, index, _, _) => round switch
            {
                0 => new Played(index == 1 ? MatchWinner.Side2 : MatchWinner.Side1, new MatchScore(index == 1 ? 1 : 2, index == 1 ? 2 : 0), "haven"),
                1 when index == 1 => new Played(MatchWinner.Side1, new MatchScore(2, 1), "bind"),
                _ => null,
            });
    }

    /// <summary>45 players in 64 slots: the 19 top seeds get byes, spread over both halves by standard seeding.</summary>
    public static BracketView SixtyFourWithByes()
    {
        string[] stems = ["Shadow", "Nova", "Blaze", "Frost", "Viper", "Echo", "Raven", "Titan", "Pixel"];
        string[] tails = ["", "X", "_77", "Pro", "TV"];
        var players = Enumerable.Range(0, 45).Select(i => BracketSide.Player(stems[i % stems.Length] + tails[i / stems.Length])).ToArray();
        return BracketFixtures.Build("Tournament: Winter Open 2026", StandardSeeding.Place(players, 64),
            (round, index, _, _) => (round, index % 5) switch
            {
                (0, 3) => new Played(MatchWinner.Side2, new MatchScore(1, 2)),
                (0, _) => new Played(MatchWinner.Side1, new MatchScore(2, index % 2)),
                (1, _) when index % 2 == 0 => new Played(MatchWinner.Side1, new MatchScore(2, 1)),
                _ => null,
            });
    }

    public static BracketView LongAndNonLatinNames() => BracketFixtures.Build(
        "Tournament: Чемпионат Европы · Ευρωπαϊκό Πρωτάθλημα · Championnat d'Europe de Rocket League 2026 (édition spéciale)",
        StandardSeeding.Place(BracketFixtures.Players(
            "François-Xavier de la Tour d'Auvergne-Lauraguais", "Владимир Кузнецов-Соколов", "Αλέξανδρος Παπαδόπουλος", "🔥 Blaze 🔥",
            "Zoë Ñandú Ångström", "🎮🎮", "Łukasz Żółć", "Ölçüm Şükrü", "日本 Kenji", "Ελένη", "Дмитрий", "José 💀 María",
            "An extremely long display name that never seems to end", "Ǆemal", "Ünal", "Ναι"), 16),
        (round, index, _, _) => round == 0 && index == 1
            ? new Played(MatchWinner.Side2, new MatchScore(1, 3))
            : new Played(MatchWinner.Side1, new MatchScore(3, round == 3 ? 2 : 1)),
        "Inicio 2026-03-01 · Fin 2026-03-15 · Начало 01.03.2026");

    /// <summary>Goldens live beside these tests, in Render/Brackets/Goldens, like every renderer's.</summary>
    public static void Match(byte[] png, string name, [CallerFilePath] string caller = "") => ImageSnapshot.Match(png, name, caller);
}
