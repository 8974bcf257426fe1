using GameTime.Gateway.Events;

namespace GameTime.Tests.Gateway;

internal static class EventHubDrain
{
    /// <summary>Waits (in real time, at most 10 s) until the hub's handlers have taken every queued event.</summary>
    public static async Task DrainedAsync(this EventHub events)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (events.Backlog > 0)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("the event handlers did not finish");
            await Task.Delay(1);
        }
    }
}
