using SkiaSharp;

namespace GameTime.Render.Graph3D;

/// <summary>A member in the 3D layout.</summary>
/// <param name="Label">The member's display name (any script, emoji allowed; unsupported characters are left out).</param>
/// <param name="Color">The member's community colour.</param>
/// <param name="X">Layout position, each coordinate in [-1, 1]; Y points up.</param>
/// <param name="Size">Relative importance in [0, 1] (for example time spent with others): larger draws a larger disc.</param>
public sealed record GraphNode3D(string Label, SKColor Color, float X, float Y, float Z, float Size);

/// <summary>Time two members spent together: <paramref name="A"/> and <paramref name="B"/> index the node list.</summary>
/// <param name="Width">Strength in [0, 1]: 1 is the pair with the most time together.</param>
public sealed record GraphEdge3D(int A, int B, float Width);

/// <summary>A legend line: a community's name and colour.</summary>
public sealed record GraphCommunity3D(string Name, SKColor Color);

/// <summary>The view model of the rotating 3D relationship graph: positions and colours already computed.</summary>
public sealed record RotatingGraph(string Title, string Subtitle, IReadOnlyList<GraphNode3D> Nodes, IReadOnlyList<GraphEdge3D> Edges)
{
    public IReadOnlyList<GraphCommunity3D> Legend { get; init; } = [];
}

public sealed record RotatingGraphOptions
{
    public int Width { get; init; } = 720;
    public int Height { get; init; } = 720;

    /// <summary>Frames in one full turn.</summary>
    public int FrameCount { get; init; } = 60;

    public int DelayCentiseconds { get; init; } = 8;

    /// <summary>How far the camera looks down on the scene, so the vertical spread stays visible.</summary>
    public float TiltDegrees { get; init; } = 18;

    /// <summary>At most this many names are written per frame, nearest nodes first.</summary>
    public int MaxLabels { get; init; } = 14;
}
