using GameTime.Render.Text;
using SkiaSharp;

namespace GameTime.Render.Brackets;

/// <summary>
/// Draws one match: two side rows (name, teammates, score), the winner's row marked with a coloured bar and bold
/// name, the loser dimmed, byes and open slots greyed, and the map underneath when the bracket has maps.
/// </summary>
internal sealed class MatchBoxPainter(SKCanvas canvas, BracketMetrics metrics, BracketInk ink)
{
    private const float Radius = 6;
    private const float RightInset = 8;

    public void Draw(BracketMatch match, SKRect box, bool onChampionPath, bool isFinal)
    {
        var frame = new SKRoundRect(box, Radius);
        canvas.DrawRoundRect(frame, ink.Fills(match.IsBye ? BracketPalette.ByeFill : BracketPalette.BoxFill));

        var mark = onChampionPath ? BracketPalette.Champion : BracketPalette.Decided;
        canvas.Save();
        canvas.ClipRoundRect(frame, antialias: true);
        for (var side = 1; side <= 2; side++)
        {
            var top = box.Top + BracketMetrics.BoxPadding + ((side - 1) * metrics.SideHeight);
            if ((int)match.Winner == side) canvas.DrawRect(box.Left, top, BracketMetrics.AccentWidth, metrics.SideHeight, ink.Fills(mark));
            DrawSide(match, side, box, top);
        }
        canvas.Restore();

        var divider = MathF.Round(box.Top + BracketMetrics.BoxPadding + metrics.SideHeight) + 0.5f;
        canvas.DrawLine(box.Left + BracketMetrics.AccentWidth, divider, box.Right, divider, ink.Strokes(BracketPalette.Border, 1));
        if (metrics.HasMap) DrawMap(match, box);

        var border = match.IsBye ? ink.Strokes(BracketPalette.Faint, 1)
            : isFinal && onChampionPath ? ink.Strokes(BracketPalette.Champion, 2.5f)
            : match.IsDecided ? ink.Strokes(BracketPalette.Decided, 1.5f)
            : ink.Strokes(BracketPalette.Border, 1);
        using var dash = match.IsBye ? SKPathEffect.CreateDash([5, 4], 0) : null;
        border.PathEffect = dash;
        canvas.DrawRoundRect(new SKRoundRect(Inset(box, border.StrokeWidth / 2), Radius), border);
        border.PathEffect = null;
    }

    private void DrawSide(BracketMatch match, int number, SKRect box, float top)
    {
        var side = number == 1 ? match.Side1 : match.Side2;
        var won = (int)match.Winner == number;
        var lost = match.IsDecided && !won;
        var font = won ? ink.Winner : ink.Name;
        var color = !side.IsFilled ? BracketPalette.Faint : lost ? BracketPalette.Loser : BracketPalette.Text;
        var x = box.Left + BracketMetrics.TextInset;
        var nameWidth = box.Right - RightInset - metrics.ScoreWidth - x;

        var nameY = InkBaseline(font, top + (metrics.NameRow / 2) + (metrics.HasMembers ? metrics.NameRow * 0.08f : 0));
        canvas.DrawText(SafeText.Fit(side.Name, font, nameWidth), x, nameY, SKTextAlign.Left, font, ink.Fills(color));

        if (side.Members.Count > 0)
        {
            var members = SafeText.Fit(string.Join(", ", side.Members.Select(m => SafeText.Drawable(m, ink.Member.Typeface))),
                ink.Member, box.Right - RightInset - x);
            var memberY = InkBaseline(ink.Member, top + metrics.NameRow + (metrics.MemberRow / 2) - (metrics.MemberRow * 0.12f));
            canvas.DrawText(members, x, memberY, SKTextAlign.Left, ink.Member, ink.Fills(lost ? BracketPalette.Faint : BracketPalette.Muted));
        }

        if (match.Score is { } score)
        {
            var points = (number == 1 ? score.Side1 : score.Side2).ToString(System.Globalization.CultureInfo.InvariantCulture);
            canvas.DrawText(points, box.Right - RightInset, nameY, SKTextAlign.Right, font, ink.Fills(won ? BracketPalette.Text : BracketPalette.Loser));
        }
    }

    private void DrawMap(BracketMatch match, SKRect box)
    {
        var top = box.Bottom - BracketMetrics.BoxPadding - metrics.MapRow;
        var separator = MathF.Round(top) + 0.5f;
        canvas.DrawLine(box.Left, separator, box.Right, separator, ink.Strokes(BracketPalette.Border, 1));
        if (string.IsNullOrWhiteSpace(match.Map)) return;
        var x = box.Left + BracketMetrics.TextInset;
        var text = SafeText.Fit("map: " + match.Map, ink.Small, box.Right - RightInset - x);
        canvas.DrawText(text, x, InkBaseline(ink.Small, top + (metrics.MapRow / 2)), SKTextAlign.Left, ink.Small, ink.Fills(BracketPalette.Muted));
    }

    private static float InkBaseline(SKFont font, float centerY) => BracketInk.Baseline(font, centerY);

    private static SKRect Inset(SKRect rect, float by) => new(rect.Left + by, rect.Top + by, rect.Right - by, rect.Bottom - by);
}
