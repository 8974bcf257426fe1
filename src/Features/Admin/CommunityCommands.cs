using System.Globalization;
using GameTime.Features.Analytics;
using GameTime.Features.Data;
using GameTime.Features.Interactions;
using GameTime.Render.Graphs;
using GameTime.Rest.Discord;

namespace GameTime.Features.Admin;

/// <summary>
/// /modshowcommunity (spec §5.16): the 2D relationship graph as an attachment. Unlike the original it defers first and
/// builds the picture off the gateway's thread, so the 3-second deadline holds however large the community is.
/// </summary>
public sealed class CommunityCommands(Database database, TimeProvider clock)
{
    public const int DefaultFromDays = 90;

    public void Register(InteractionRouter router) => router.OnCommand("modshowcommunity", ShowAsync);

    private async Task ShowAsync(InteractionResponder reply, CancellationToken ct)
    {
        var i = reply.Interaction;
        int from = (int)(i.GetInteger("from_day_ago") ?? DefaultFromDays);
        int to = (int)(i.GetInteger("to_day_ago") ?? 0);
        if (to > from)
        {
            throw new CommandException($"`to_day_ago` ({to}) must not be more days ago than `from_day_ago` ({from}): the period runs from the older day to the newer one.");
        }
        await reply.DeferAsync(ephemeral: true, ct);

        var (range, graph, png) = await Task.Run(() =>
        {
            var data = CommunityData.Load(database, i.GuildId!.Value, from, to, clock.GetUtcNow());
            var graph = CommunityCharts.Relationships(data);
            return (data.Range, graph, RelationshipGraphRenderer.Render(graph));
        }, ct);

        string period = string.Create(CultureInfo.InvariantCulture, $"from {range.FirstDay:yyyy-MM-dd} to {range.LastDay:yyyy-MM-dd}");
        string summary = graph.Nodes.Count == 0
            ? $"Nobody was in a tracked voice channel {period}, so the graph is empty."
            : string.Create(CultureInfo.InvariantCulture,
                $"Who plays with whom {period}: {graph.Nodes.Count} member{(graph.Nodes.Count == 1 ? "" : "s")}, {graph.Edges.Count} pair{(graph.Edges.Count == 1 ? "" : "s")} with more than an hour together.");
        await reply.ReplyAsync(new JsonMessageBody { Content = summary }, ephemeral: true, ct,
            [new FileAttachment("community.png", png, "image/png", "Community relationship graph")]);
    }
}
