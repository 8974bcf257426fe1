using System.Diagnostics;
using GameTime.Render;
using GameTime.Render.Brackets;
using SkiaSharp;
using Xunit.Abstractions;

namespace GameTime.Tests.Render.Brackets;

public sealed class BracketRendererTests(ITestOutputHelper output)
{
    /// <summary>The biggest boxes a bracket can have: 5v5 teams with long teammate names, maps and scores everywhere.</summary>
    private static BracketView Crowded(int slots)
    {
        var teams = Enumerable.Range(1, slots).Select(i => BracketSide.Team($"Team number {i} with a long name",
            [$"Teammate {i}a", $"Teammate {i}b", $"Teammate {i}c", $"Teammate {i}d"])).ToArray();
        return BracketFixtures.Build("Tournament: Crowded", StandardSeeding.Place(teams, slots), BracketFixtures.TopSeedWins(99, "a very long map name"));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(8)]
    [InlineData(16)]
    [InlineData(32)]
    [InlineData(64)]
    public void Every_size_fits_within_2400_pixels_a_side(int slots)
    {
        var view = Crowded(slots);
        var layout = BracketLayout.For(view);
        using var image = PngImage.Decode(BracketRenderer.Render(view));
        Assert.Equal((layout.Width, layout.Height), (image.Width, image.Height));
        Assert.InRange(image.Width, 1, 2400);
        Assert.InRange(image.Height, 1, 2400);
    }

    [Fact]
    public void Sixty_four_slots_split_into_two_halves_that_meet_at_the_final_in_the_centre()
    {
        var layout = BracketLayout.For(BracketGoldens.SixtyFourWithByes());
        var final = layout.Box(5, 0);
        Assert.True(layout.Box(0, 0).Right < final.Left, "the first half starts on the left");
        Assert.True(layout.Box(0, 31).Left > final.Right, "the second half starts on the right");
        Assert.InRange(final.MidX, (layout.Width / 2f) - 1, (layout.Width / 2f) + 1);
        // 16 rows a side, not 32: wider than tall, so Discord's preview does not shrink it to a sliver
        Assert.True(layout.Height < layout.Width, $"{layout.Width}x{layout.Height} should be landscape");
        Assert.Equal(layout.Box(0, 15).Top, layout.Box(0, 31).Top);
    }

    [Fact]
    public void The_champions_route_is_gold_the_runner_up_green_and_an_open_match_grey()
    {
        var view = BracketGoldens.FourWithChampion();
        var layout = BracketLayout.For(view);
        using var image = PngImage.Decode(BracketRenderer.Render(view));
        // Bjorn won the final from side 2: the right semi-final is on his route, the left one is not
        AssertNear(BracketPalette.Champion, ConnectorPixel(image, layout, 0, 1));
        AssertNear(BracketPalette.Decided, ConnectorPixel(image, layout, 0, 0));

        var running = BracketGoldens.EightMidTournament();
        var runningLayout = BracketLayout.For(running);
        using var runningImage = PngImage.Decode(BracketRenderer.Render(running));
        AssertNear(BracketPalette.Decided, ConnectorPixel(runningImage, runningLayout, 1, 0));
        AssertNear(BracketPalette.Connector, ConnectorPixel(runningImage, runningLayout, 1, 1));
    }

    [Fact]
    public void A_bye_is_drawn_in_a_darker_box_than_a_real_match()
    {
        var view = BracketGoldens.SixtyFourWithByes();
        var layout = BracketLayout.For(view);
        using var image = PngImage.Decode(BracketRenderer.Render(view));
        Assert.True(view.Rounds[0].Matches[0].IsBye);
        Assert.False(view.Rounds[0].Matches[1].IsBye);
        Assert.Equal(BracketPalette.ByeFill, InsidePixel(image, layout.Box(0, 0)));
        Assert.Equal(BracketPalette.BoxFill, InsidePixel(image, layout.Box(0, 1)));
    }

    [Fact]
    public void The_same_bracket_renders_the_same_bytes_twice()
    {
        var view = BracketGoldens.SixtyFourWithByes();
        Assert.Equal(BracketRenderer.Render(view), BracketRenderer.Render(view));
    }

    [Theory]
    [InlineData(0, 6, "Round of 64")]
    [InlineData(2, 6, "Round of 16")]
    [InlineData(3, 6, "Quarter-finals")]
    [InlineData(4, 6, "Semi-finals")]
    [InlineData(0, 1, "Final")]
    public void Rounds_are_named_by_their_distance_from_the_final(int round, int rounds, string name) =>
        Assert.Equal(name, BracketRenderer.RoundName(round, rounds));

    [Fact]
    public void A_64_slot_bracket_renders_quickly()
    {
        var view = BracketGoldens.SixtyFourWithByes();
        BracketRenderer.Render(view);
        var times = new double[20];
        for (var i = 0; i < times.Length; i++)
        {
            var clock = Stopwatch.StartNew();
            BracketRenderer.Render(view);
            times[i] = clock.Elapsed.TotalMilliseconds;
        }
        Array.Sort(times);
        var median = (times[9] + times[10]) / 2;
        output.WriteLine($"64-slot bracket render: median {median:F1} ms, min {times[0]:F1} ms, max {times[^1]:F1} ms over 20 runs");
        // generous: the 50 ms target is for AOT on an idle machine; this catches a render gone pathologically slow
        Assert.True(median < 1000, $"median {median:F1} ms");
    }

    // the middle of the connector's first stretch, just outside the feeding box
    private static SKColor ConnectorPixel(SKBitmap image, BracketLayout layout, int round, int index)
    {
        var points = layout.Connector(round, index);
        return image.GetPixel((int)((points[0].X + points[1].X) / 2), (int)points[0].Y);
    }

    private static SKColor InsidePixel(SKBitmap image, SKRect box) => image.GetPixel((int)box.Right - 4, (int)box.Bottom - 5);

    private static void AssertNear(SKColor expected, SKColor actual)
    {
        var close = Math.Abs(expected.Red - actual.Red) <= 12 && Math.Abs(expected.Green - actual.Green) <= 12
            && Math.Abs(expected.Blue - actual.Blue) <= 12;
        Assert.True(close, $"expected about {expected}, got {actual}");
    }
}
