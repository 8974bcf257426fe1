namespace GameTime.Tests.Rest;

public sealed class TimerClockTests
{
    [Fact]
    public async Task RunAsync_advances_to_a_delay_and_completes_it()
    {
        var clock = new TimerClock();
        var start = clock.GetUtcNow();
        await clock.RunAsync(Task.Delay(TimeSpan.FromSeconds(90), clock));
        Assert.Equal(start + TimeSpan.FromSeconds(90), clock.GetUtcNow());
    }

    [Fact]
    public async Task A_timer_set_on_another_thread_while_the_test_advances_the_clock_is_waited_for_when_it_really_fires()
    {
        // The schedule's debounced edit sets its timer on a pool thread while a test moves the clock. The due time the
        // clock records must be the fake timer's, or RunAsync waits at an instant where nothing fires: that hung a CI
        // run for 10 minutes. Before the fix this test timed out here; 2,000 timers set during 1-tick steps catch it.
        var clock = new TimerClock();
        var setting = Task.Run(() => Enumerable.Range(0, 2000).Select(_ => Task.Delay(TimeSpan.FromSeconds(1.5), clock)).ToArray());
        while (!setting.IsCompleted) clock.Advance(TimeSpan.FromTicks(1));
        await clock.RunAsync(Task.WhenAll(await setting)).WaitAsync(TimeSpan.FromSeconds(60));
    }
}
