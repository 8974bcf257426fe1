using System.Text.Json.Nodes;
using GameTime.App;
using GameTime.App.Configuration;
using GameTime.App.Logging;
using GameTime.DiscordEmulator;
using GameTime.Features.Data;
using Microsoft.Extensions.Logging;

namespace GameTime.Tests.EndToEnd;

/// <summary>
/// The whole bot (BotHost.RunAsync, as `gametime run` composes it) against the emulator's demo community, with its
/// own database file. The bot can be stopped and started again on the same database and emulator.
/// </summary>
public sealed class BotHarness : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    public const ulong Guild = DemoCommunity.GuildId;
    public const ulong ScheduleChannel = 900000000000000100, SiegeChannel = 900000000000000101, TournamentChannel = 900000000000000102;
    public const ulong General = 900000000000000103, Squad1 = 900000000000000200, Squad2 = 900000000000000201;
    /// <summary>A moderator (the Moderator role: Manage Server), members, and one without any role.</summary>
    public const ulong AshMain = 900000000000001001, Tom = 900000000000001002, Zoe = 900000000000001003, Dima = 900000000000001004;

    private readonly TempFolder _folder = new();
    private readonly string _environment;
    private CancellationTokenSource _stop = new();
    private Task<int> _running = Task.FromResult(0);

    private BotHarness(DiscordEmulator.DiscordEmulator emulator, string environment)
    {
        Emulator = emulator;
        _environment = environment;
        Database = new Database(_folder.File("gametime.db"));
    }

    public DiscordEmulator.DiscordEmulator Emulator { get; }
    public Database Database { get; }
    public LockedStringWriter Log { get; private set; } = new();

    /// <summary>The bot's clock (the emulator keeps real time); a test may give a <see cref="ShiftedClock"/> to play a chosen day.</summary>
    public TimeProvider Clock { get; private init; } = TimeProvider.System;

    public static async Task<BotHarness> StartAsync(string environment = "dev", EmulatorOptions? options = null, TimeProvider? clock = null)
    {
        var emulator = await DiscordEmulator.DiscordEmulator.StartAsync(options ?? GatewayHarness.FastHeartbeats);
        DemoCommunity.Seed(emulator);
        var harness = new BotHarness(emulator, environment) { Clock = clock ?? TimeProvider.System };
        await harness.RunAsync();
        return harness;
    }

    /// <summary>Starts the bot and waits until it has its session and, in dev, its guild commands registered.</summary>
    public async Task RunAsync()
    {
        var variables = new Dictionary<string, string>
        {
            ["ENV"] = _environment,
            [_environment == "dev" ? "BOT_TOKEN_DEV" : "BOT_TOKEN"] = Emulator.Options.BotToken,
            ["DISCORD_API_BASE"] = Emulator.ApiBase.ToString(),
            ["DATABASE_PATH"] = Database.Path,
            ["LOG_LEVEL"] = "debug",
        };
        var config = BotConfig.Load(variables);
        Log = new LockedStringWriter();
        var logs = new LineLoggerFactory(LogLevel.Debug, Log, Clock, journald: false);
        _stop = new CancellationTokenSource();
        _running = Task.Run(() => BotHost.RunAsync(config, config.RequireBotToken(), logs, Clock, _stop.Token));
        await Emulator.WaitForReadyAsync(Patience);
        await WaitForLogAsync("guild 'Siege Squad' loaded");
    }

    /// <summary>Stops the bot (SIGTERM's path) and returns its exit code.</summary>
    public async Task<int> StopAsync()
    {
        await _stop.CancelAsync();
        return await _running.WaitAsync(Patience);
    }

    /// <summary>
    /// Waits (in real time, up to <see cref="Patience"/>) until the bot has done <paramref name="what"/>; on a timeout
    /// the message has the <paramref name="detail"/> of what the test saw instead, and the bot's log.
    /// </summary>
    public async Task UntilAsync(Func<bool> done, string what, Func<string>? detail = null)
    {
        for (var deadline = DateTime.UtcNow + Patience; !done(); await Task.Delay(20))
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"{what} did not happen within {Patience}:\n{(detail is null ? "" : detail() + "\n")}{Log}");
        }
    }

    public async Task WaitForLogAsync(string text)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!Log.ToString().Contains(text, StringComparison.Ordinal))
        {
            if (_running.IsCompleted) throw new InvalidOperationException($"the bot stopped before logging '{text}':\n{Log}");
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"the bot did not log '{text}' within {Patience}:\n{Log}");
            await Task.Delay(20);
        }
    }

    /// <summary>Runs a slash command as <paramref name="userId"/> in #general and returns the bot's first answer.</summary>
    public async Task<(EmulatedInteraction Interaction, InteractionCallback Callback)> CommandAsync(ulong userId, string name,
        JsonArray? options = null, ulong channelId = General)
    {
        var interaction = await Emulator.SlashCommandAsync(Guild, channelId, userId, name, options);
        var callback = await interaction.WaitForCallbackAsync(Patience);
        return (interaction, callback);
    }

    /// <summary>The text of the bot's answer: the callback's content, or the @original message after a defer.</summary>
    public async Task<string> AnswerTextAsync(ulong userId, string name, JsonArray? options = null, ulong channelId = General)
    {
        var (interaction, callback) = await CommandAsync(userId, name, options, channelId);
        if (callback.Type == 5)
            return (string?)(await interaction.WaitForOriginalAsync(Patience, m => (string?)m["content"] is { Length: > 0 }))["content"] ?? "";
        return (string?)callback.Data?["content"] ?? "";
    }

    public static JsonArray Option(string name, int type, JsonNode value) => [new JsonObject { ["name"] = name, ["type"] = type, ["value"] = value }];

    public static JsonArray Options(params (string Name, int Type, JsonNode Value)[] options) =>
        [.. options.Select(o => (JsonNode)new JsonObject { ["name"] = o.Name, ["type"] = o.Type, ["value"] = o.Value })];

    public T? Scalar<T>(string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = Database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (n, v) in parameters) command.Parameters.AddWithValue(n, v);
        return command.ExecuteScalar() is T value ? value : default;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_running.IsCompleted) await StopAsync();
        await Emulator.DisposeAsync();
        _stop.Dispose();
        _folder.Dispose();
    }
}

/// <summary>A StringWriter the bot's threads write while the test reads it.</summary>
public sealed class LockedStringWriter : StringWriter
{
    private readonly Lock _lock = new();

    public override void Write(char value) { lock (_lock) base.Write(value); }

    public override void Write(string? value) { lock (_lock) base.Write(value); }

    public override void Write(char[] buffer, int index, int count) { lock (_lock) base.Write(buffer, index, count); }

    public override void Write(ReadOnlySpan<char> buffer) { lock (_lock) base.Write(buffer); }

    public override void WriteLine(string? value) { lock (_lock) base.WriteLine(value); }

    public override void WriteLine(ReadOnlySpan<char> buffer) { lock (_lock) base.WriteLine(buffer); }

    public override string ToString() { lock (_lock) return base.ToString(); }
}
