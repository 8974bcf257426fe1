namespace GameTime.Render.Graph3D;

/// <summary>A node after rotation and projection: screen position, depth in [-1, 1] (1 is nearest) and perspective scale.</summary>
internal readonly record struct ScreenPoint(float X, float Y, float Depth, float Scale);

/// <summary>
/// Turns the scene about the vertical axis through its centre, tilts it towards the viewer and projects it in
/// perspective. The scene is normalised to the unit sphere around its centroid, so it fills the viewport at every angle.
/// </summary>
internal sealed class SceneCamera
{
    private const float Distance = 3.5f;
    // the widest a point on the unit sphere projects at this distance (at depth 1/Distance): sqrt(1 - 1/D^2) * D / (D - 1/D)
    private static readonly float s_widest = MathF.Sqrt(1 - (1 / (Distance * Distance))) * Distance / (Distance - (1 / Distance));

    private readonly float _cx, _cy, _cz, _radius, _centerX, _centerY, _scale, _tiltSin, _tiltCos;

    public SceneCamera(IReadOnlyList<GraphNode3D> nodes, float centerX, float centerY, float halfExtent, float tiltDegrees)
    {
        foreach (var node in nodes)
        {
            _cx += node.X; _cy += node.Y; _cz += node.Z;
        }
        if (nodes.Count > 0)
        {
            _cx /= nodes.Count; _cy /= nodes.Count; _cz /= nodes.Count;
        }
        foreach (var node in nodes)
        {
            var dx = node.X - _cx; var dy = node.Y - _cy; var dz = node.Z - _cz;
            _radius = MathF.Max(_radius, MathF.Sqrt((dx * dx) + (dy * dy) + (dz * dz)));
        }
        // a single node, or all in one place, still needs a finite scale
        _radius = MathF.Max(_radius, 0.05f);
        _centerX = centerX;
        _centerY = centerY;
        _scale = halfExtent / s_widest;
        var tilt = tiltDegrees * MathF.PI / 180;
        (_tiltSin, _tiltCos) = MathF.SinCos(tilt);
    }

    /// <summary>Largest perspective scale any point can get (the nearest point of the sphere).</summary>
    public static float MaxScale => Distance / (Distance - 1);

    public ScreenPoint Project(GraphNode3D node, float angle)
    {
        var x = (node.X - _cx) / _radius;
        var y = (node.Y - _cy) / _radius;
        var z = (node.Z - _cz) / _radius;
        var (sin, cos) = MathF.SinCos(angle);
        var xr = (x * cos) + (z * sin);
        var zr = (z * cos) - (x * sin);
        var yt = (y * _tiltCos) - (zr * _tiltSin);
        var zt = (y * _tiltSin) + (zr * _tiltCos);
        var perspective = Distance / (Distance - zt);
        return new ScreenPoint(_centerX + (xr * perspective * _scale), _centerY - (yt * perspective * _scale), Math.Clamp(zt, -1, 1), perspective);
    }
}
