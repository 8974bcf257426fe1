using SkiaSharp;

namespace GameTime.Render.Graphs;

/// <summary>
/// Puts each name next to its node where it covers the fewest other names and nodes. Nodes are served in order of
/// importance, so the most connected members get the best spots; each tries eight places around its circle.
/// </summary>
internal static class LabelPlacer
{
    public readonly record struct Node(SKPoint Centre, float Radius, float LabelWidth);

    // below, above, right, left, then the four diagonals: below reads best, then above
    private static readonly (float X, float Y)[] Directions =
        [(0, 1), (0, -1), (1, 0), (-1, 0), (1, 1), (-1, 1), (1, -1), (-1, -1)];

    /// <summary>
    /// The text box of each label (its baseline is Bottom - descent), or null where the best spot still covers
    /// another name and <paramref name="hideOnOverlap"/> is set: a crowded picture drops names rather than stack them.
    /// </summary>
    public static SKRect?[] Place(IReadOnlyList<Node> nodes, IReadOnlyList<int> priority, float labelHeight,
        SKRect bounds, bool hideOnOverlap)
    {
        var placed = new SKRect?[nodes.Count];
        var taken = new List<SKRect>(nodes.Count);
        var circles = new SKRect[nodes.Count];
        for (var i = 0; i < nodes.Count; i++)
        {
            var n = nodes[i];
            circles[i] = new SKRect(n.Centre.X - n.Radius, n.Centre.Y - n.Radius, n.Centre.X + n.Radius, n.Centre.Y + n.Radius);
        }
        foreach (var i in priority)
        {
            var best = SKRect.Empty;
            var bestCost = float.MaxValue;
            var bestLabelOverlap = 0f;
            foreach (var direction in Directions)
            {
                var box = Candidate(nodes[i], direction, labelHeight, bounds);
                var labelOverlap = 0f;
                foreach (var other in taken) labelOverlap += Overlap(box, other);
                var nodeOverlap = 0f;
                for (var j = 0; j < circles.Length; j++)
                {
                    if (j != i) nodeOverlap += Overlap(box, circles[j]);
                }
                var cost = labelOverlap * 4 + nodeOverlap;
                if (cost < bestCost - 0.01f) (best, bestCost, bestLabelOverlap) = (box, cost, labelOverlap);
            }
            // a sliver of a shared corner is fine; a tenth of the label hidden is not
            if (hideOnOverlap && bestLabelOverlap > 0.1f * best.Width * best.Height) continue;
            placed[i] = best;
            taken.Add(best);
        }
        return placed;
    }

    private static SKRect Candidate(Node node, (float X, float Y) direction, float height, SKRect bounds)
    {
        const float Gap = 3;
        var reach = node.Radius + Gap;
        float left, top;
        if (direction.X == 0) left = node.Centre.X - node.LabelWidth / 2;
        else if (direction.X > 0) left = node.Centre.X + (direction.Y == 0 ? reach : reach * 0.7f);
        else left = node.Centre.X - (direction.Y == 0 ? reach : reach * 0.7f) - node.LabelWidth;
        if (direction.Y == 0) top = node.Centre.Y - height / 2;
        else if (direction.Y > 0) top = node.Centre.Y + (direction.X == 0 ? reach : reach * 0.7f);
        else top = node.Centre.Y - (direction.X == 0 ? reach : reach * 0.7f) - height;
        // slide back inside the picture rather than lose the name off the edge
        left = Math.Clamp(left, bounds.Left, Math.Max(bounds.Left, bounds.Right - node.LabelWidth));
        top = Math.Clamp(top, bounds.Top, Math.Max(bounds.Top, bounds.Bottom - height));
        return new SKRect(left, top, left + node.LabelWidth, top + height);
    }

    private static float Overlap(SKRect a, SKRect b)
    {
        var width = Math.Min(a.Right, b.Right) - Math.Max(a.Left, b.Left);
        var height = Math.Min(a.Bottom, b.Bottom) - Math.Max(a.Top, b.Top);
        return width > 0 && height > 0 ? width * height : 0;
    }
}
