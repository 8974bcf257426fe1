namespace GameTime.Render.Brackets;

/// <summary>
/// Sizes for one bracket, chosen by its number of rounds: few rounds get big type so the image reads in
/// Discord's ~550 px preview; 64 slots get the smallest type that still reads once opened, and the mirrored
/// layout (11 columns) then stays within <see cref="MaxSide"/> pixels.
/// </summary>
internal sealed record BracketMetrics(float NameSize, float BoxWidth, float ColumnGap, bool HasMembers, bool HasMap, bool HasScores)
{
    public const int MaxSide = 2400;
    public const float Margin = 40;
    public const float MinWidth = 720;

    public static BracketMetrics For(BracketView view)
    {
        var matches = view.Rounds.SelectMany(round => round.Matches).ToList();
        var members = matches.Any(m => m.Side1.Members.Count > 0 || m.Side2.Members.Count > 0);
        var map = matches.Any(m => !string.IsNullOrWhiteSpace(m.Map));
        var scores = matches.Any(m => m.Score is not null);
        var (name, box, gap) = view.Rounds.Count switch
        {
            1 => (24f, 360f, 0f),
            2 => (22f, 300f, 70f),
            3 => (20f, 260f, 56f),
            4 => (18f, 228f, 46f),
            5 => (16f, 200f, 38f),
            _ => (15f, 178f, 34f),
        };
        return new BracketMetrics(name, box, gap, members, map, scores);
    }

    public float MemberSize => MathF.Round(NameSize * 0.78f);
    public float SmallSize => MathF.Round(NameSize * 0.72f);
    public float TitleSize => MathF.Round(NameSize * 1.5f);
    public float HeadingSize => MathF.Round(NameSize * 0.8f);

    public float NameRow => MathF.Round(NameSize * 1.55f);
    public float MemberRow => HasMembers ? MathF.Round(MemberSize * 1.3f) : 0;
    public float SideHeight => NameRow + MemberRow;
    public float MapRow => HasMap ? MathF.Round(SmallSize * 1.6f) : 0;
    public const float BoxPadding = 3;
    public float BoxHeight => (2 * SideHeight) + MapRow + (2 * BoxPadding);
    public float RowGap => MathF.Round(NameSize * 0.9f);
    public const float AccentWidth = 5;
    public const float TextInset = AccentWidth + 8;
    public float ScoreWidth => HasScores ? MathF.Round(NameSize * 2f) : 0;

    public float HeaderHeight => Margin + TitleSize + (NameSize * 1.9f);
    public float HeadingRow => MathF.Round(HeadingSize * 2.2f);
    public float FooterHeight => Margin + (SmallSize * 1.6f);

    /// <summary>Room above the final for the crown, and below it for the champion's name and team.</summary>
    public float CrownHeight => MathF.Round(NameSize * 1.6f);
    public float CrownSpace => CrownHeight + MathF.Round(NameSize * 0.6f);
    public float ChampionSpace => MathF.Round(NameSize * (HasMembers ? 3.4f : 2.2f));
}
