namespace GameTime.Render.Graphs;

/// <summary>
/// Who spends voice time with whom (community spec §5.1-5.3): one node per member, one undirected edge per pair
/// with the seconds they were in the same channel. Nodes[i] is a display name; edges refer to nodes by index.
/// </summary>
public sealed record RelationshipGraph(
    string Title,
    string Subtitle,
    IReadOnlyList<string> Nodes,
    IReadOnlyList<GraphEdge> Edges);

/// <summary>An undirected edge between nodes <paramref name="A"/> and <paramref name="B"/> (A != B), weight in seconds.</summary>
public readonly record struct GraphEdge(int A, int B, double Weight);
