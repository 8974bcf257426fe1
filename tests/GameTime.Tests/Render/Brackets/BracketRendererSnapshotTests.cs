using GameTime.Render.Brackets;

namespace GameTime.Tests.Render.Brackets;

public sealed class BracketRendererSnapshotTests
{
    [Fact]
    public void Two_entries_before_the_final_is_played() =>
        BracketGoldens.Match(BracketRenderer.Render(BracketGoldens.TwoUndecided()), "bracket-2-undecided");

    [Fact]
    public void Four_entries_decided_with_the_champion_crowned() =>
        BracketGoldens.Match(BracketRenderer.Render(BracketGoldens.FourWithChampion()), "bracket-4-champion");

    [Fact]
    public void Eight_entries_mid_tournament_with_scores_and_maps() =>
        BracketGoldens.Match(BracketRenderer.Render(BracketGoldens.EightMidTournament()), "bracket-8-scores-maps");

    [Fact]
    public void Eight_5v5_teams_list_their_members() =>
        BracketGoldens.Match(BracketRenderer.Render(BracketGoldens.EightTeams5v5()), "bracket-8-teams-5v5");

    [Fact]
    public void Sixty_four_slots_with_45_players_and_byes_to_the_top_seeds() =>
        BracketGoldens.Match(BracketRenderer.Render(BracketGoldens.SixtyFourWithByes()), "bracket-64-byes");

    [Fact]
    public void Long_and_non_latin_names_are_fitted_and_emoji_left_out() =>
        BracketGoldens.Match(BracketRenderer.Render(BracketGoldens.LongAndNonLatinNames()), "bracket-16-long-names");
}
