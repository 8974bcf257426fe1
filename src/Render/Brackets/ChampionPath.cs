namespace GameTime.Render.Brackets;

/// <summary>The matches the champion won, from the final back to the first round (empty while there is no champion).</summary>
internal static class ChampionPath
{
    public static bool[][] Of(BracketView view)
    {
        var onPath = view.Rounds.Select(round => new bool[round.Matches.Count]).ToArray();
        var index = 0;
        for (var r = view.Rounds.Count - 1; r >= 0; r--)
        {
            var match = view.Rounds[r].Matches[index];
            if (!match.IsDecided) break;
            onPath[r][index] = true;
            // the winning side came from the feeder above (side 1) or below (side 2)
            index = (2 * index) + (match.Winner == MatchWinner.Side1 ? 0 : 1);
        }
        return onPath;
    }
}
