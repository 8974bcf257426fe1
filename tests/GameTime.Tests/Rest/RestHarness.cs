using GameTime.Rest.Discord;
using Microsoft.Extensions.Logging;

namespace GameTime.Tests.Rest;

/// <summary>A <see cref="DiscordRestClient"/> wired to <see cref="FakeDiscord"/> on a <see cref="TimerClock"/>.</summary>
public sealed class RestHarness : IDisposable
{
    public const string BotToken = "MTA5ODc2NTQzMjE.GameTime.bot-token-SECRET";
    public const string InteractionToken = "aW50ZXJhY3Rpb246SECRET-interaction-token";

    public RestHarness(DiscordRestOptions? options = null)
    {
        Discord = new FakeDiscord(Clock);
        Client = new DiscordRestClient(new Uri("https://discord.test/api"), BotToken, "1.2.3", Discord, Clock, Log, options);
    }

    public TimerClock Clock { get; } = new();
    public FakeDiscord Discord { get; }
    public DiscordRestClient Client { get; }
    public ListLogger Log { get; } = new();

    public static JsonMessageBody Text(string content) => new() { Content = content };

    public void Dispose() => Client.Dispose();
}

/// <summary>Keeps every formatted log line, to check what the client writes.</summary>
public sealed class ListLogger : ILogger
{
    private readonly Lock _lock = new();
    private readonly List<string> _lines = [];

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lock) return _lines.ToList();
        }
    }

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (_lock) _lines.Add($"{logLevel}: {formatter(state, exception)} {exception}");
    }
}
