using GameTime.Render;
using GameTime.Render.Graphs;
using GameTime.Tests.Snapshots;

namespace GameTime.Tests.Render.Graphs;

public sealed class RelationshipGraphRendererTests
{
    private const double Hour = 3600;

    [Fact]
    public void A_typical_community_of_forty_matches_its_golden() =>
        ImageSnapshot.Match(RelationshipGraphRenderer.Render(SampleCommunities.Typical()), "graph2d-typical");

    [Fact]
    public void No_members_draws_the_empty_message_instead_of_failing() =>
        ImageSnapshot.Match(RelationshipGraphRenderer.Render(new RelationshipGraph(
            "Who plays with whom", "From 2026-11-03 to 2026-12-03", [], [])), "graph2d-empty");

    [Fact]
    public void One_member_is_one_dot() =>
        ImageSnapshot.Match(RelationshipGraphRenderer.Render(new RelationshipGraph(
            "Who plays with whom", "From 2026-11-03 to 2026-12-03", ["Zoë"], [])), "graph2d-one-member");

    [Fact]
    public void Members_who_never_met_are_dots_without_lines_and_the_legend_says_why() =>
        ImageSnapshot.Match(RelationshipGraphRenderer.Render(new RelationshipGraph(
            "Who plays with whom", "From 2026-11-03 to 2026-12-03", ["Ash", "Blaze", "Cobalt"],
            [new(0, 1, 0), new(1, 2, double.NaN)])), "graph2d-no-ties");

    [Fact]
    public void Long_and_non_latin_names_are_shortened_and_never_boxes()
    {
        string[] names =
        [
            "Bartholomew the Unreasonably Long-Named Support Main", "Жёлудь Владимирович Кузнецов-Сибирский",
            "Οδυσσέας Παπαδόπουλος", "🔥🔥 Blaze 🔥🔥", "漢字だけ", "Zoë Ñandú", "Łukasz Żółć", "🎮",
        ];
        GraphEdge[] edges =
        [
            new(0, 1, 20 * Hour), new(1, 2, 14 * Hour), new(0, 2, 9 * Hour), new(2, 3, 3 * Hour),
            new(3, 4, 12 * Hour), new(4, 5, 11 * Hour), new(3, 5, 8 * Hour), new(5, 6, 2 * Hour), new(6, 7, 5 * Hour),
        ];
        var graph = new RelationshipGraph("Qui joue avec qui · Кто с кем играет", "From 2026-11-03 to 2026-12-03", names, edges);
        ImageSnapshot.Match(RelationshipGraphRenderer.Render(graph), "graph2d-long-names");
    }

    [Fact]
    public void Two_hundred_members_and_two_thousand_ties_stay_readable() =>
        ImageSnapshot.Match(RelationshipGraphRenderer.Render(SampleCommunities.Crowd(200, 2000)), "graph2d-crowd");

    [Fact]
    public void The_same_graph_renders_the_same_bytes_twice()
    {
        var graph = SampleCommunities.Typical();
        Assert.Equal(RelationshipGraphRenderer.Render(graph), RelationshipGraphRenderer.Render(graph));
    }

    [Fact]
    public void The_picture_is_the_documented_size()
    {
        using var bitmap = PngImage.Decode(RelationshipGraphRenderer.Render(SampleCommunities.Typical()));
        Assert.Equal((RelationshipGraphRenderer.Width, RelationshipGraphRenderer.Height), (bitmap.Width, bitmap.Height));
    }
}
