using GameTime.Render.Text;
using SkiaSharp;

namespace GameTime.Render.Brackets;

/// <summary>
/// The tournament bracket image: single elimination, 2 to 64 slots, two halves converging on the final in the
/// centre. Decided matches and their connectors are green, the champion's route through every round is gold,
/// and the champion gets a crown and their name under the final.
/// </summary>
public static class BracketRenderer
{
    public static byte[] Render(BracketView view)
    {
        BracketRules.Validate(view);
        var metrics = BracketMetrics.For(view);
        var layout = BracketLayout.For(view, metrics);
        using var surface = PngImage.CreateSurface(layout.Width, layout.Height);
        using var ink = new BracketInk(metrics);
        var canvas = surface.Canvas;
        canvas.Clear(BracketPalette.Background);

        DrawHeader(canvas, view, layout, metrics, ink);
        DrawRoundHeadings(canvas, layout, metrics, ink);
        var onPath = ChampionPath.Of(view);
        DrawConnectors(canvas, view, layout, onPath, ink);

        var boxes = new MatchBoxPainter(canvas, metrics, ink);
        var finalRound = view.Rounds.Count - 1;
        for (var r = 0; r < view.Rounds.Count; r++)
        {
            for (var i = 0; i < view.Rounds[r].Matches.Count; i++)
            {
                boxes.Draw(view.Rounds[r].Matches[i], layout.Box(r, i), onPath[r][i], r == finalRound);
            }
        }
        if (view.Champion is { } champion) ChampionMark.Draw(canvas, champion, layout.Box(finalRound, 0), metrics, ink);
        return PngImage.Encode(surface);
    }

    /// <summary>"Final", "Semi-finals", "Quarter-finals", then "Round of 16", "Round of 32", "Round of 64".</summary>
    public static string RoundName(int round, int rounds) => (rounds - 1 - round) switch
    {
        0 => "Final",
        1 => "Semi-finals",
        2 => "Quarter-finals",
        var fromFinal => $"Round of {1 << (fromFinal + 1)}",
    };

    private static void DrawHeader(SKCanvas canvas, BracketView view, BracketLayout layout, BracketMetrics metrics, BracketInk ink)
    {
        var centre = layout.Width / 2f;
        var width = layout.Width - (2 * BracketMetrics.Margin);
        var titleY = BracketMetrics.Margin + metrics.TitleSize * 0.8f;
        canvas.DrawText(SafeText.Fit(view.Title, ink.Title, width), centre, titleY, SKTextAlign.Center, ink.Title, ink.Fills(BracketPalette.Text));
        var dateY = titleY + MathF.Round(metrics.NameSize * 1.5f);
        canvas.DrawText(SafeText.Fit(view.DateLine, ink.Subtitle, width), centre, dateY, SKTextAlign.Center, ink.Subtitle, ink.Fills(BracketPalette.Muted));
        var helpY = layout.Height - BracketMetrics.Margin + (metrics.SmallSize * 0.4f);
        canvas.DrawText(SafeText.Fit(view.HelpLine, ink.Small, width), centre, helpY, SKTextAlign.Center, ink.Small, ink.Fills(BracketPalette.Muted));
    }

    private static void DrawRoundHeadings(SKCanvas canvas, BracketLayout layout, BracketMetrics metrics, BracketInk ink)
    {
        var y = InkBaseline(ink.Heading, layout.GridTop + (metrics.HeadingRow * 0.4f));
        for (var r = 0; r < layout.Rounds; r++)
        {
            var name = RoundName(r, layout.Rounds);
            var color = r == layout.Rounds - 1 ? BracketPalette.Champion : BracketPalette.Muted;
            var first = layout.Box(r, 0);
            canvas.DrawText(name, first.MidX, y, SKTextAlign.Center, ink.Heading, ink.Fills(color));
            if (r == layout.Rounds - 1) continue;
            var mirrored = layout.Box(r, (1 << (layout.Rounds - 1 - r)) - 1);
            canvas.DrawText(name, mirrored.MidX, y, SKTextAlign.Center, ink.Heading, ink.Fills(color));
        }
    }

    // grey first, then green, then gold, so a highlighted route is never painted over
    private static void DrawConnectors(SKCanvas canvas, BracketView view, BracketLayout layout, bool[][] onPath, BracketInk ink)
    {
        using var path = new SKPath();
        for (var pass = 0; pass < 3; pass++)
        {
            var paint = pass switch
            {
                0 => ink.Strokes(BracketPalette.Connector, 2f),
                1 => ink.Strokes(BracketPalette.Decided, 3f),
                _ => ink.Strokes(BracketPalette.Champion, 4f),
            };
            paint.StrokeJoin = SKStrokeJoin.Round;
            for (var r = 0; r < layout.Rounds - 1; r++)
            {
                for (var i = 0; i < view.Rounds[r].Matches.Count; i++)
                {
                    var kind = onPath[r][i] ? 2 : view.Rounds[r].Matches[i].IsDecided ? 1 : 0;
                    if (kind != pass) continue;
                    var points = layout.Connector(r, i);
                    path.Reset();
                    path.MoveTo(points[0]);
                    for (var p = 1; p < points.Length; p++) path.LineTo(points[p]);
                    canvas.DrawPath(path, paint);
                }
            }
        }
    }

    private static float InkBaseline(SKFont font, float centerY) => BracketInk.Baseline(font, centerY);
}
