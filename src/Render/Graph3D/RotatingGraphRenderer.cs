using GameTime.Render.Gif;
using SkiaSharp;

namespace GameTime.Render.Graph3D;

/// <summary>
/// The 3D relationship graph as an animated GIF: the scene turns once about its vertical axis over the frames and
/// loops seamlessly. An empty graph gives a single frame that says there is no data.
/// </summary>
public static class RotatingGraphRenderer
{
    public static byte[] Render(RotatingGraph graph, RotatingGraphOptions? options = null)
    {
        using var output = new MemoryStream();
        Render(graph, output, options);
        return output.ToArray();
    }

    public static void Render(RotatingGraph graph, Stream output, RotatingGraphOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(output);
        options ??= new RotatingGraphOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Width, 200);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Height, 200);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.FrameCount, 1);
        for (var e = 0; e < graph.Edges.Count; e++)
        {
            var edge = graph.Edges[e];
            if ((uint)edge.A >= (uint)graph.Nodes.Count || (uint)edge.B >= (uint)graph.Nodes.Count)
            {
                throw new ArgumentException($"edge {e} joins nodes {edge.A} and {edge.B}, but there are {graph.Nodes.Count} nodes", nameof(graph));
            }
        }

        using var frames = new Frames(graph, options);
        // 8 frames spread over the turn see every colour the scene uses; each is drawn once more when encoded.
        // 128 colours look the same as 256 here and keep 200 members with 2,000 pairs near 6 MB, under Discord's 8 MB
        AnimatedGif.Encode(output, frames, new GifAnimationOptions { PaletteSampleFrames = 8, MaxColors = 128 });
    }

    private sealed class Frames : IGifFrameSource, IDisposable
    {
        private readonly RotatingGraphOptions _options;
        private readonly SKBitmap _bitmap;
        private readonly SKCanvas _canvas;
        private readonly GraphOverlay _overlay;
        private readonly GraphSceneDrawer? _scene;

        public Frames(RotatingGraph graph, RotatingGraphOptions options)
        {
            _options = options;
            _bitmap = new SKBitmap(new SKImageInfo(options.Width, options.Height, SKColorType.Bgra8888, SKAlphaType.Premul));
            _canvas = new SKCanvas(_bitmap);
            _overlay = new GraphOverlay(graph, options.Width, options.Height);
            if (graph.Nodes.Count > 0) _scene = new GraphSceneDrawer(graph, _overlay.SceneArea, options.TiltDegrees, options.MaxLabels);
        }

        public int Width => _options.Width;
        public int Height => _options.Height;
        public int FrameCount => _scene is null ? 1 : _options.FrameCount;

        public GifPixelOrder PixelOrder => GifPixelOrder.Bgra;

        public int DelayCentiseconds(int frame) => _scene is null ? 0 : _options.DelayCentiseconds;

        public ReadOnlySpan<byte> Draw(int frame)
        {
            _canvas.Clear(GraphOverlay.Background);
            if (_scene is null) _overlay.DrawNoData(_canvas);
            else _scene.Draw(_canvas, 2 * MathF.PI * frame / _options.FrameCount);
            _overlay.Draw(_canvas);
            _canvas.Flush();
            return _bitmap.GetPixelSpan();
        }

        public void Dispose()
        {
            _scene?.Dispose();
            _overlay.Dispose();
            _canvas.Dispose();
            _bitmap.Dispose();
        }
    }
}
