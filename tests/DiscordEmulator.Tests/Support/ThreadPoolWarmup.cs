using System.Runtime.CompilerServices;

namespace GameTime.DiscordEmulator.Tests;

internal static class ThreadPoolWarmup
{
    /// <summary>
    /// The test host blocks some pool threads for up to a second early in a run (seen as ~900 ms stalls of every timer,
    /// with no emulator running), and the pool adds threads only slowly. Heartbeat timing tests need timers that fire on
    /// time, so start with enough threads.
    /// </summary>
    [ModuleInitializer]
    internal static void Initialize()
    {
        ThreadPool.GetMinThreads(out int workers, out int io);
        ThreadPool.SetMinThreads(Math.Max(workers, 32), Math.Max(io, 32));
    }
}
