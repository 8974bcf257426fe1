namespace GameTime.Render.Brackets;

/// <summary>What a bracket slot holds: a player or team, a slot still waiting for its entrant, or a bye.</summary>
public enum BracketSlotKind
{
    Entry,
    Open,
    Bye,
}

/// <summary>Which side of a match won; <see cref="None"/> while the match is undecided.</summary>
public enum MatchWinner
{
    None,
    Side1,
    Side2,
}

/// <summary>
/// One side of a match. For team formats <see cref="Name"/> is the team's name or its leader and
/// <see cref="Members"/> the teammates; for 1v1 <see cref="Members"/> is empty.
/// </summary>
public sealed record BracketSide(BracketSlotKind Kind, string Name, IReadOnlyList<string> Members)
{
    /// <summary>A slot whose entrant is not known yet (its feeding match is undecided); drawn as "?".</summary>
    public static BracketSide Open { get; } = new(BracketSlotKind.Open, "?", []);

    /// <summary>No opponent: the other side advances without playing.</summary>
    public static BracketSide Bye { get; } = new(BracketSlotKind.Bye, "bye", []);

    public static BracketSide Player(string name) => new(BracketSlotKind.Entry, name, []);

    public static BracketSide Team(string name, IReadOnlyList<string> members) => new(BracketSlotKind.Entry, name, members);

    public bool IsFilled => Kind == BracketSlotKind.Entry;

    /// <summary>Same entrant: same name and the same members in the same order.</summary>
    public bool SameEntrantAs(BracketSide other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Kind == other.Kind && string.Equals(Name, other.Name, StringComparison.Ordinal)
            && Members.SequenceEqual(other.Members, StringComparer.Ordinal);
    }
}

/// <summary>Games won by each side (a forfeit may leave the winner with the lower number).</summary>
public sealed record MatchScore(int Side1, int Side2);

/// <summary>One match: two sides, and what is known of its result.</summary>
public sealed record BracketMatch(
    BracketSide Side1,
    BracketSide Side2,
    MatchWinner Winner = MatchWinner.None,
    MatchScore? Score = null,
    string? Map = null)
{
    /// <summary>One side is a bye: the other side advances without playing.</summary>
    public bool IsBye => Side1.Kind == BracketSlotKind.Bye || Side2.Kind == BracketSlotKind.Bye;

    public bool IsDecided => Winner != MatchWinner.None;

    /// <summary>The winning side, or null while undecided.</summary>
    public BracketSide? WinningSide => Winner switch
    {
        MatchWinner.Side1 => Side1,
        MatchWinner.Side2 => Side2,
        _ => null,
    };
}

/// <summary>The matches of one round, top to bottom; match i feeds match i / 2 of the next round.</summary>
public sealed record BracketRound(IReadOnlyList<BracketMatch> Matches);

/// <summary>
/// Everything a bracket image shows, independent of the tournament rules: the rounds from the first to the
/// final (each half the size of the one before), plus the title, a date line and a help line given by the caller.
/// </summary>
public sealed record BracketView(string Title, string DateLine, string HelpLine, IReadOnlyList<BracketRound> Rounds)
{
    public const int MaxEntries = 64;
    public const int MaxTeammates = 4;

    /// <summary>Slots in the first round (2 to 64), byes included.</summary>
    public int Slots => Rounds.Count == 0 ? 0 : Rounds[0].Matches.Count * 2;

    public BracketMatch Final => Rounds[^1].Matches[0];

    /// <summary>The final's winner, or null while the tournament is still running.</summary>
    public BracketSide? Champion => Final.WinningSide;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first thing that makes this bracket impossible.</summary>
    public void Validate() => BracketRules.Validate(this);
}
