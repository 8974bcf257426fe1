using System.Globalization;
using GameTime.Render.Brackets;
using GameTime.Render.Charts;
using GameTime.Render.Graph3D;
using GameTime.Render.Graphs;
using GameTime.RenderBench;

// Render benchmark (issue #5): fixed inputs, a warm-up, then timed runs; median and max per case, output size, peak RSS,
// and the targets beside them. Not a test: it prints figures. `--out DIR` also writes each picture there to look at.
//   tools/bench-render.sh [--out DIR]
var outDir = args.Length == 2 && args[0] == "--out" ? args[1] : null;
if (outDir is not null) Directory.CreateDirectory(outDir);
Action<byte[]>? Keep(string file) => outDir is null ? null : bytes => File.WriteAllBytes(Path.Combine(outDir, file), bytes);

var bracket = BracketInput.Create();
var graph = GraphInput.Create();
var chart = ChartInput.Create();
var gifOptions = new RotatingGraphOptions { FrameCount = 60 };

// a Native AOT binary compiles nothing at run time; IsDynamicCodeSupported would say false under JIT too (PublishAot sets it)
var runtime = System.Runtime.JitInfo.GetCompiledMethodCount() > 0 ? "JIT" : "Native AOT";
Console.WriteLine(Invariant($"GameTime render benchmark · {runtime} · {System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier} · {Environment.ProcessorCount} cores"));
Console.WriteLine(Invariant($"inputs: bracket {bracket.Slots} slots ({CountByes(bracket)} byes); graph {graph.Nodes.Count} members, {graph.Edges.Count} pairs; GIF {gifOptions.FrameCount} frames {gifOptions.Width}x{gifOptions.Height}"));
Console.WriteLine("each case: 1 warm-up run, then the timed runs; a target is met when the median run is under it");
var loadBefore = MachineStatus.LoadAverage();
Console.WriteLine();

var targets = new (Measurement Result, double TargetMs)[]
{
    (Measurement.Of("bracket, 64 entries", 20, () => BracketRenderer.Render(bracket), Keep("bracket.png")), 50),
    (Measurement.Of("2D graph, layout + render", 10, () => RelationshipGraphRenderer.Render(graph), Keep("graph-2d.png")), 300),
    (Measurement.Of("3D GIF, scene + 60 frames", 3, () => RotatingGraphRenderer.Render(RelationshipScene.From(graph), gifOptions), Keep("graph-3d.gif")), 5000),
};
var information = new[]
{
    Measurement.Of("bar chart, 30 bars", 20, () => BarChartRenderer.Render(chart), Keep("chart-30-bars.png")),
    Measurement.Of("  2D analysis (Louvain, layout)", 10, () => GraphAnalysis.Of(graph, dimensions: 2)),
    Measurement.Of("  3D scene (analysis in 3D)", 3, () => RelationshipScene.From(graph)),
};

Console.WriteLine(Invariant($"{"case",-34} {"runs",4} {"median ms",10} {"max ms",9} {"cpu ms",8} {"bytes",11}   {"target",-10} met"));
var allMet = true;
foreach (var (result, target) in targets)
{
    var met = result.MedianMs < target;
    allMet &= met;
    Console.WriteLine(Row(result) + Invariant($"   {"< " + Milliseconds(target),-10} {(met ? "yes" : "NO")}"));
}
Console.WriteLine("for information:");
foreach (var result in information) Console.WriteLine(Row(result));

var peak = MachineStatus.PeakRssMegabytes();
var rssMet = peak is < 120;
allMet &= rssMet;
Console.WriteLine();
Console.WriteLine(peak is { } mb
    ? Invariant($"{"peak RSS (VmHWM)",-34} {mb,45:0.0} MB   {"< 120 MB",-10} {(rssMet ? "yes" : "NO")}")
    : "peak RSS: /proc/self/status not available");
Console.WriteLine(Invariant($"load average (1 min) on {Environment.ProcessorCount} cores: {loadBefore} before, {MachineStatus.LoadAverage()} after; above the core count, wall time includes waiting for a core (cpu ms does not)"));
Console.WriteLine(allMet ? "all targets met" : "SOME TARGETS MISSED");
return allMet ? 0 : 1;

static string Row(Measurement m) => Invariant($"{m.Name,-34} {m.Runs,4} {m.MedianMs,10:0.0} {m.MaxMs,9:0.0} {m.MedianCpuMs,8:0.0} {(m.Bytes > 0 ? m.Bytes.ToString("#,0", CultureInfo.InvariantCulture) : ""),11}");

static string Milliseconds(double ms) => ms >= 1000 ? Invariant($"{ms / 1000:0} s") : Invariant($"{ms:0} ms");

static int CountByes(BracketView view) => view.Rounds[0].Matches.Count(m => m.IsBye);

static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
