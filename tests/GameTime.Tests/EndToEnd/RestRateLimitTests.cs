using GameTime.DiscordEmulator;
using GameTime.Rest.Discord;

namespace GameTime.Tests.EndToEnd;

/// <summary>The bot's REST client against the emulator's Discord-like rate limits: the limiter must keep the bot out of 429s.</summary>
public sealed class RestRateLimitTests : IAsyncLifetime, IDisposable
{
    private const ulong Guild = BotHarness.Guild, General = BotHarness.General, Siege = BotHarness.SiegeChannel;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private DiscordEmulator.DiscordEmulator _emulator = null!;
    private DiscordRestClient _rest = null!;

    public async Task InitializeAsync()
    {
        var limits = new Dictionary<string, BucketLimit>(BucketLimit.DiscordDefaults)
        {
            // a bucket of 5 (Discord's size for message creation), with a shorter window so the test is quick
            ["POST /channels/{channel_id}/messages"] = new(5, TimeSpan.FromSeconds(1)),
        };
        _emulator = await DiscordEmulator.DiscordEmulator.StartAsync(new EmulatorOptions { RouteLimits = limits });
        DemoCommunity.Seed(_emulator);
        _rest = new DiscordRestClient(_emulator.ApiBase, _emulator.Options.BotToken, "test", log: _log);
    }

    private readonly SignalingLogger _log = new();

    /// <summary>Completes <see cref="RateLimited"/> when the client logs that it waits out a 429 (its pause is set by then).</summary>
    private sealed class SignalingLogger : Microsoft.Extensions.Logging.ILogger
    {
        public TaskCompletionSource RateLimited { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(Microsoft.Extensions.Logging.LogLevel logLevel) => true;

        public void Log<TState>(Microsoft.Extensions.Logging.LogLevel logLevel, Microsoft.Extensions.Logging.EventId eventId, TState state,
            Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (formatter(state, exception).Contains("was rate limited", StringComparison.Ordinal)) RateLimited.TrySetResult();
        }
    }

    public Task DisposeAsync() => _emulator.DisposeAsync().AsTask();

    public void Dispose() => _rest.Dispose();

    private Task<JsonMessage> Send(ulong channel, int n) =>
        _rest.CreateMessageAsync(channel, new JsonMessageBody { Content = $"message {n}" }, null, CancellationToken.None);

    [Fact]
    public async Task Twenty_concurrent_sends_into_a_bucket_of_five_never_hit_a_429()
    {
        var sent = await Task.WhenAll(Enumerable.Range(1, 20).Select(n => Send(General, n))).WaitAsync(Patience);

        Assert.Equal(20, sent.Select(m => m.Id).Distinct().Count());
        Assert.Equal(0, _emulator.RateLimitedCount);
        Assert.Equal(20, _emulator.Messages(General).Count);
        // the limiter waited for the bucket to reset: 20 sends at 5 a second take at least 3 resets
        var posts = _emulator.Requests.Where(r => r.Method == "POST").Select(r => r.At).ToList();
        Assert.True(posts[^1] - posts[0] >= TimeSpan.FromSeconds(2.9), $"20 sends took only {posts[^1] - posts[0]}");
    }

    [Fact]
    public async Task A_global_429_pauses_every_route_until_retry_after()
    {
        _emulator.InjectRateLimit(RateLimitScope.Global, TimeSpan.FromSeconds(1), (method, path) => method == "POST");
        var first = Send(General, 1);
        var limited = await _emulator.WaitForRequestAsync(r => r.Status == 429, Patience);
        await _log.RateLimited.Task.WaitAsync(Patience);

        // another route, another channel: it must wait for the global pause too
        var other = _rest.GetChannelAsync(Siege, CancellationToken.None);
        await Task.WhenAll(first, other).WaitAsync(Patience);

        var get = _emulator.Requests.Single(r => r.Method == "GET" && r.Path.EndsWith($"/channels/{Siege}", StringComparison.Ordinal));
        Assert.True(get.At - limited.At >= TimeSpan.FromSeconds(0.95), $"GET went out {get.At - limited.At} after the global 429");
        Assert.Equal(1, _emulator.RateLimitedCount);
        Assert.Single(_emulator.Messages(General));
    }

    [Fact]
    public async Task A_shared_429_is_retried_and_not_counted_as_the_bots_fault_but_a_user_429_is()
    {
        _emulator.InjectRateLimit(RateLimitScope.Shared, TimeSpan.FromMilliseconds(200), (method, _) => method == "POST");
        await Send(General, 1).WaitAsync(Patience);
        Assert.Equal(0, _rest.InvalidRequestCount);
        Assert.Equal(0, _emulator.InvalidRequestCount);

        _emulator.InjectRateLimit(RateLimitScope.User, TimeSpan.FromMilliseconds(200), (method, _) => method == "POST");
        await Send(General, 2).WaitAsync(Patience);
        Assert.Equal(1, _rest.InvalidRequestCount);
        Assert.Equal(1, _emulator.InvalidRequestCount);
        Assert.Equal(2, _emulator.Messages(General).Count);
        Assert.Equal(2, _emulator.RateLimitedCount);
    }
}
