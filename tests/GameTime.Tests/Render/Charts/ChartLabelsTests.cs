using GameTime.Render.Charts;

namespace GameTime.Tests.Render.Charts;

public sealed class ChartLabelsTests
{
    [Fact]
    public void A_pair_cuts_each_name_on_its_own_so_a_long_name_never_hides_the_other() =>
        Assert.Equal("The Extremely Lon… - Kiwi", ChartLabels.Pair(ChartSamples.LongName, "Kiwi", maxCharacters: 18));

    [Theory]
    [InlineData("🎮🎮", "?")]
    [InlineData("🔥 Blaze 🔥", "Blaze")]
    [InlineData("Αθηνά", "Αθηνά")]
    [InlineData("Παναγιώτης", "Παναγιώ…")]
    [InlineData("Дмитрий Соколов", "Дмитрий…")]
    public void Names_lose_what_the_fonts_cannot_draw_and_are_cut_with_an_ellipsis(string name, string label) =>
        Assert.Equal(label, ChartLabels.Name(name, maxCharacters: 8));
}
