using System.Text;
using GameTime.App.Configuration;
using Microsoft.Extensions.Logging;

namespace GameTime.App.Logging;

/// <summary>
/// Writes one line per event to stdout. Under systemd (JOURNAL_STREAM is set) each line starts with a
/// syslog priority like "&lt;6&gt;", which journald turns into the entry's level, and carries no timestamp
/// (the journal adds its own). Elsewhere a line starts with a UTC timestamp and the level name.
/// Exceptions are folded onto the same line, and every known secret is scrubbed before writing.
/// </summary>
public sealed class LineLoggerFactory(LogLevel minimum, TextWriter output, TimeProvider clock, bool journald) : ILoggerFactory
{
    private readonly Lock _gate = new();

    public static LineLoggerFactory ForConsole(LogLevel minimum) =>
        new(minimum, Console.Out, TimeProvider.System,
            journald: !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("JOURNAL_STREAM")));

    public LogLevel Minimum => minimum;

    public ILogger CreateLogger(string categoryName) => new LineLogger(this, ShortCategory(categoryName));

    public void AddProvider(ILoggerProvider provider) =>
        throw new NotSupportedException("LineLoggerFactory writes its lines itself and takes no providers.");

    public void Dispose() => output.Flush();

    // "GameTime.App.Jobs.JobScheduler" reads better in a journal as "JobScheduler".
    private static string ShortCategory(string category) => category[(category.LastIndexOf('.') + 1)..];

    internal void Write(LogLevel level, string category, string message, Exception? exception)
    {
        var line = new StringBuilder(128);
        if (journald)
            line.Append('<').Append(SyslogPriority(level)).Append('>');
        else
            line.Append(clock.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture))
                .Append(' ').Append(LevelName(level)).Append(' ');
        line.Append(category).Append(": ").Append(message);
        if (exception is not null)
            line.Append(" | ").Append(exception.ToString());

        var text = SecretScrubber.Scrub(OneLine(line.ToString()));
        lock (_gate)
        {
            output.WriteLine(text);
            output.Flush();
        }
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" | ");

    private static int SyslogPriority(LogLevel level) => level switch
    {
        LogLevel.Critical => 2,
        LogLevel.Error => 3,
        LogLevel.Warning => 4,
        LogLevel.Information => 6,
        _ => 7,
    };

    private static string LevelName(LogLevel level) => level switch
    {
        LogLevel.Trace => "trace",
        LogLevel.Debug => "debug",
        LogLevel.Information => "info ",
        LogLevel.Warning => "warn ",
        LogLevel.Error => "error",
        _ => "crit ",
    };

    private sealed class LineLogger(LineLoggerFactory provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None && logLevel >= provider.Minimum;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
            Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel)) return;
            provider.Write(logLevel, category, formatter(state, exception), exception);
        }
    }
}
