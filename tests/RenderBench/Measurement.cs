using System.Diagnostics;

namespace GameTime.RenderBench;

/// <summary>
/// Render times of one case over its timed runs, and the size of what it produced. CPU time is the process's (all
/// threads) per run: on a shared machine the wall time includes waiting for a core, the CPU time does not.
/// </summary>
internal sealed record Measurement(string Name, int Runs, double MedianMs, double MaxMs, double MedianCpuMs, long Bytes)
{
    /// <summary>One untimed warm-up (first-use costs: font inflation, Skia's caches), then <paramref name="runs"/> timed runs.</summary>
    public static Measurement Of(string name, int runs, Func<byte[]> render, Action<byte[]>? keep = null)
    {
        var output = render();
        keep?.Invoke(output);
        var times = new double[runs];
        var cpu = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var cpuBefore = Environment.CpuUsage.TotalTime;
            var started = Stopwatch.GetTimestamp();
            output = render();
            times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            cpu[i] = (Environment.CpuUsage.TotalTime - cpuBefore).TotalMilliseconds;
        }
        return new Measurement(name, runs, Median(times), times.Max(), Median(cpu), output.LongLength);
    }

    private static double Median(double[] values)
    {
        Array.Sort(values);
        var n = values.Length;
        return n % 2 == 1 ? values[n / 2] : (values[(n / 2) - 1] + values[n / 2]) / 2;
    }

    /// <summary>Times a step that gives no bytes (a phase of a case), the same way.</summary>
    public static Measurement Of(string name, int runs, Action step) => Of(name, runs, () =>
    {
        step();
        return [];
    });
}
