using GameTime.Render.Text;
using SkiaSharp;

namespace GameTime.Render.Brackets;

/// <summary>The champion's marks around the final: a gold crown drawn from paths above it (an emoji glyph
/// would depend on fonts we do not ship) and "Champion: name", with the team, below it.</summary>
internal static class ChampionMark
{
    public static void Draw(SKCanvas canvas, BracketSide champion, SKRect final, BracketMetrics metrics, BracketInk ink)
    {
        var height = metrics.CrownHeight;
        var bottom = final.Top - MathF.Round(metrics.NameSize * 0.45f);
        DrawCrown(canvas, final.MidX, bottom, height, ink);

        var width = metrics.BoxWidth + (2 * metrics.ColumnGap * 0.8f);
        var nameY = final.Bottom + MathF.Round(metrics.NameSize * 1.5f);
        var line = SafeText.Fit("Champion: " + SafeText.Drawable(champion.Name, ink.Winner.Typeface), ink.Winner, width);
        canvas.DrawText(line, final.MidX, nameY, SKTextAlign.Center, ink.Winner, ink.Fills(BracketPalette.Champion));
        if (champion.Members.Count == 0) return;
        var team = SafeText.Fit("with " + string.Join(", ", champion.Members.Select(m => SafeText.Drawable(m, ink.Member.Typeface))), ink.Member, width);
        canvas.DrawText(team, final.MidX, nameY + MathF.Round(metrics.NameSize * 1.25f), SKTextAlign.Center, ink.Member, ink.Fills(BracketPalette.Muted));
    }

    /// <summary>Three points on a band, a jewel on each point, centred on <paramref name="centerX"/>.</summary>
    public static void DrawCrown(SKCanvas canvas, float centerX, float bottom, float height, BracketInk ink)
    {
        var width = height * 1.5f;
        var left = centerX - (width / 2);
        var right = centerX + (width / 2);
        var top = bottom - height;
        var jewel = height * 0.11f;
        var tipTop = top + jewel;
        using var crown = new SKPath();
        crown.MoveTo(left, bottom);
        crown.LineTo(left, tipTop + (height * 0.15f));
        crown.LineTo(left + (width * 0.27f), top + (height * 0.55f));
        crown.LineTo(centerX, tipTop);
        crown.LineTo(right - (width * 0.27f), top + (height * 0.55f));
        crown.LineTo(right, tipTop + (height * 0.15f));
        crown.LineTo(right, bottom);
        crown.Close();
        canvas.DrawPath(crown, ink.Fills(BracketPalette.Champion));
        canvas.DrawCircle(left, tipTop + (height * 0.15f), jewel, ink.Fills(BracketPalette.Champion));
        canvas.DrawCircle(centerX, tipTop, jewel, ink.Fills(BracketPalette.Champion));
        canvas.DrawCircle(right, tipTop + (height * 0.15f), jewel, ink.Fills(BracketPalette.Champion));
        // the band across the base, a shade darker, so it reads as a crown and not a zigzag
        var band = height * 0.2f;
        canvas.DrawRect(left, bottom - (band * 1.6f), width, band * 0.55f, ink.Fills(BracketPalette.Background.WithAlpha(90)));
    }
}
