namespace GameTime.Tests.EndToEnd;

/// <summary>
/// A test class that runs the whole bot (a fresh <see cref="BotHarness"/> for each test) and, after each test, checks
/// that Discord would have accepted every request the bot made, including those of passing tests.
/// </summary>
public abstract class BotTest : IAsyncLifetime
{
    protected BotHarness Bot { get; private set; } = null!;

    /// <summary>The bot's clock; a class that plays a chosen day gives a <see cref="ShiftedClock"/>.</summary>
    protected virtual TimeProvider Clock => TimeProvider.System;

    /// <summary>
    /// Whether a test starts only once the bot has registered the guild's commands. The bot's own line, not the
    /// emulator's record of the PUT: the bot stores the catalogue's hash after the answer.
    /// </summary>
    protected virtual bool WaitForCommands => true;

    public async Task InitializeAsync()
    {
        Bot = await BotHarness.StartAsync(clock: Clock);
        if (WaitForCommands) await Bot.WaitForLogAsync("slash commands (guild ");
    }

    public async Task DisposeAsync()
    {
        var rejected = Bot.Emulator.RejectedRequests;
        await Bot.DisposeAsync();
        Assert.True(rejected.Count == 0, "Discord would have rejected: " + string.Join("; ", rejected.Select(r => $"{r.Method} {r.Path} {r.Status} {r.ResponseBody}")));
    }
}
