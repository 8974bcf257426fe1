using System.Globalization;

namespace GameTime.RenderBench;

/// <summary>What /proc says about this run: peak memory and how busy the machine was.</summary>
internal static class MachineStatus
{
    /// <summary>The process's peak resident set (VmHWM), which counts Skia's native buffers as well as the managed heap.</summary>
    public static double? PeakRssMegabytes()
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

    /// <summary>The machine's 1-minute load average: beside the times, it says how much of the wall time was waiting for a core.</summary>
    public static string LoadAverage()
    {
        const string LoadAvg = "/proc/loadavg";
        return File.Exists(LoadAvg) ? File.ReadAllText(LoadAvg).Split(' ')[0] : "unknown";
    }
}
