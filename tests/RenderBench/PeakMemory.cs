using System.Globalization;

namespace GameTime.RenderBench;

/// <summary>The process's peak resident set (VmHWM), which counts Skia's native buffers as well as the managed heap.</summary>
internal static class PeakMemory
{
    public static double? Megabytes()
    {
        const string Status = "/proc/self/status";
        if (!File.Exists(Status)) return null;
        foreach (var line in File.ReadLines(Status))
        {
            if (!line.StartsWith("VmHWM:", StringComparison.Ordinal)) continue;
            var kilobytes = line["VmHWM:".Length..].Trim().Split(' ')[0];
            return long.Parse(kilobytes, CultureInfo.InvariantCulture) / 1024.0;
        }
        return null;
    }
}
