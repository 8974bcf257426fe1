using GameTime.App.Configuration;
using GameTime.App.Logging;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace GameTime.Tests.Configuration;

public class LineLoggerTests
{
    private static (LineLoggerFactory Factory, StringWriter Output) Logger(LogLevel minimum, bool journald)
    {
        var output = new StringWriter();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 18, 0, 0, TimeSpan.Zero));
        return (new LineLoggerFactory(minimum, output, clock, journald), output);
    }

    private static string[] Lines(StringWriter output) =>
        output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void Terminal_lines_carry_a_utc_timestamp_level_and_short_category()
    {
        var (factory, output) = Logger(LogLevel.Information, journald: false);
        factory.CreateLogger("GameTime.App.Jobs.JobScheduler").LogWarning("job {Name} is late", "daily-post");
        Assert.Equal(["2026-11-25T18:00:00.000Z warn  JobScheduler: job daily-post is late"], Lines(output));
    }

    [Fact]
    public void Journald_lines_carry_the_syslog_priority_and_no_timestamp()
    {
        var (factory, output) = Logger(LogLevel.Debug, journald: true);
        var log = factory.CreateLogger("Gateway");
        log.LogError("lost");
        log.LogInformation("ready");
        log.LogDebug("frame");
        Assert.Equal(["<3>Gateway: lost", "<6>Gateway: ready", "<7>Gateway: frame"], Lines(output));
    }

    [Fact]
    public void Levels_below_the_configured_one_are_dropped()
    {
        var (factory, output) = Logger(LogLevel.Warning, journald: false);
        var log = factory.CreateLogger("X");
        log.LogInformation("quiet");
        log.LogDebug("quieter");
        log.LogError("loud");
        Assert.Single(Lines(output));
    }

    [Fact]
    public void An_exception_stays_on_the_one_line_of_its_event()
    {
        var (factory, output) = Logger(LogLevel.Information, journald: true);
        Exception thrown;
        try { throw new InvalidOperationException("first line\nsecond line"); }
        catch (InvalidOperationException ex) { thrown = ex; }
        factory.CreateLogger("X").LogError(thrown, "job failed");

        var line = Assert.Single(Lines(output));
        Assert.StartsWith("<3>X: job failed | System.InvalidOperationException: first line | second line", line);
        Assert.Contains(nameof(An_exception_stays_on_the_one_line_of_its_event), line);
    }

    [Fact]
    public void A_secret_inside_a_message_or_exception_is_scrubbed()
    {
        var token = new Secret(BotConfigTests.Token);
        var (factory, output) = Logger(LogLevel.Information, journald: false);
        var log = factory.CreateLogger("Rest");
        log.LogError(new HttpRequestException($"401 for Authorization: Bot {token.Reveal()}"),
            "request with {Header} failed", "Bot " + token.Reveal());

        var text = output.ToString();
        Assert.DoesNotContain(BotConfigTests.Token, text);
        Assert.Equal(2, text.Split(SecretScrubber.Mask).Length - 1);
    }
}
