using GameTime.Gateway;
using GameTime.Gateway.Connection;
using Microsoft.Extensions.Time.Testing;

namespace GameTime.Tests.Gateway;

public class LimiterTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 18, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Ordinary_frames_leave_a_reserve_for_heartbeats_within_120_per_minute()
    {
        var limiter = SendLimiter.ForGateway(_clock);
        for (int i = 0; i < 115; i++)
        {
            Assert.Equal(TimeSpan.Zero, limiter.TryTake(heartbeat: false));
            _clock.Advance(TimeSpan.FromMilliseconds(100));
        }
        // 115 frames in 11.5 s: the next ordinary frame waits until the first leaves the 60 s window.
        Assert.Equal(TimeSpan.FromSeconds(60 - 11.5), limiter.TryTake(heartbeat: false));
        // Heartbeats still go, up to the hard limit of 120.
        for (int i = 0; i < 5; i++) Assert.Equal(TimeSpan.Zero, limiter.TryTake(heartbeat: true));
        Assert.True(limiter.TryTake(heartbeat: true) > TimeSpan.Zero);

        // Once the first frame leaves the window, the heartbeats still count: 119 frames in the window, so an
        // ordinary frame waits for five more to leave (the one sent at 0.5 s is the fifth).
        _clock.Advance(TimeSpan.FromSeconds(60 - 11.5));
        Assert.Equal(TimeSpan.FromSeconds(0.5), limiter.TryTake(heartbeat: false));
        _clock.Advance(TimeSpan.FromSeconds(0.5));
        Assert.Equal(TimeSpan.Zero, limiter.TryTake(heartbeat: false));
    }

    [Fact]
    public void Presence_updates_are_limited_to_5_per_20_seconds()
    {
        var limiter = SendLimiter.ForPresence(_clock);
        for (int i = 0; i < 5; i++) Assert.Equal(TimeSpan.Zero, limiter.TryTake(heartbeat: false));
        Assert.Equal(TimeSpan.FromSeconds(20), limiter.TryTake(heartbeat: false));
    }

    [Fact]
    public void Identify_waits_5_seconds_per_concurrency_bucket_and_for_the_daily_budget()
    {
        var gate = new IdentifyGate(_clock);
        gate.Update(new SessionStartLimit(1000, 2, TimeSpan.FromHours(3), MaxConcurrency: 1));

        Assert.Equal(TimeSpan.Zero, gate.TryTake(0));
        _clock.Advance(TimeSpan.FromSeconds(1));
        gate.Sent(0); // the frame went out a second after the permit: the spacing counts from here
        Assert.Equal(TimeSpan.FromSeconds(5.25), gate.TryTake(0));
        _clock.Advance(TimeSpan.FromSeconds(5.25));
        Assert.Equal(TimeSpan.Zero, gate.TryTake(0));
        _clock.Advance(TimeSpan.FromSeconds(5.25));
        // Both remaining session starts are used: wait for the reset, not a moment less.
        Assert.Equal(TimeSpan.FromHours(3) - TimeSpan.FromSeconds(11.5), gate.TryTake(0));
        _clock.Advance(TimeSpan.FromHours(3));
        Assert.Equal(TimeSpan.Zero, gate.TryTake(0));
    }

    [Fact]
    public void Shards_in_different_buckets_identify_together()
    {
        var gate = new IdentifyGate(_clock);
        gate.Update(new SessionStartLimit(1000, 1000, TimeSpan.Zero, MaxConcurrency: 2));
        Assert.Equal(TimeSpan.Zero, gate.TryTake(0));
        Assert.Equal(TimeSpan.Zero, gate.TryTake(1));
        Assert.Equal(TimeSpan.FromSeconds(5.25), gate.TryTake(2));
    }
}
