using Microsoft.Extensions.Logging;

namespace GameTime.App.Configuration;

public enum BotEnvironment { Dev, Prod }

/// <summary>
/// Everything the binary reads from its environment. Built once at start-up by <see cref="Load"/>; a missing
/// or malformed value is a <see cref="ConfigException"/> that names the variable and never its value.
/// </summary>
public sealed record BotConfig
{
    public required BotEnvironment Environment { get; init; }
    /// <summary>BOT_TOKEN in prod, BOT_TOKEN_DEV in dev; null when unset (only `run` needs it).</summary>
    public Secret? BotToken { get; init; }
    public Secret? TrnApiKey { get; init; }
    public Secret? GeminiApiKey { get; init; }
    public Secret? OpenAiApiKey { get; init; }
    public required string DatabasePath { get; init; }
    public required LogLevel LogLevel { get; init; }
    public required Uri DiscordApiBase { get; init; }
    public required Uri TrnApiBase { get; init; }
    public required Uri GeminiApiBase { get; init; }
    public required Uri OpenAiApiBase { get; init; }
    /// <summary>SHARD_ID (default 0) and SHARD_COUNT (default: the count Discord recommends, "auto").</summary>
    public int ShardId { get; init; }
    public int? ShardCount { get; init; }

    public string BotTokenVariable => Environment == BotEnvironment.Dev ? "BOT_TOKEN_DEV" : "BOT_TOKEN";

    public Secret RequireBotToken() =>
        BotToken ?? throw new ConfigException(BotTokenVariable, $"is not set (the bot's token, required when ENV={EnvironmentName})");

    public string EnvironmentName => Environment == BotEnvironment.Dev ? "dev" : "prod";

    public const string DefaultDatabasePath = "gametime.db";

    /// <summary>
    /// Reads the process environment, then the optional `.env` files (working directory first, then the
    /// binary's folder). A variable set in the environment wins over a file.
    /// </summary>
    public static BotConfig LoadFromProcess()
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var folders = new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory }
            .Select(Path.GetFullPath).Distinct(StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            var path = Path.Combine(folder, ".env");
            if (!File.Exists(path)) continue;
            foreach (var (key, value) in DotEnvFile.Parse(path))
                values.TryAdd(key, value);
        }
        foreach (System.Collections.DictionaryEntry entry in System.Environment.GetEnvironmentVariables())
            values[(string)entry.Key] = (string?)entry.Value ?? "";
        return Load(values);
    }

    public static BotConfig Load(IReadOnlyDictionary<string, string> values)
    {
        string? Get(string name) =>
            values.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

        var environment = Get("ENV")?.ToLowerInvariant() switch
        {
            null or "prod" or "production" => BotEnvironment.Prod,
            "dev" or "development" => BotEnvironment.Dev,
            _ => throw new ConfigException("ENV", "must be 'dev' or 'prod'"),
        };
        var tokenVariable = environment == BotEnvironment.Dev ? "BOT_TOKEN_DEV" : "BOT_TOKEN";

        return new BotConfig
        {
            Environment = environment,
            BotToken = BotTokenSecret(tokenVariable, Get(tokenVariable)),
            TrnApiKey = KeySecret("TRN_API_KEY", Get("TRN_API_KEY")),
            GeminiApiKey = KeySecret("GEMINI_API_KEY", Get("GEMINI_API_KEY")),
            OpenAiApiKey = KeySecret("OPENAI_API_KEY", Get("OPENAI_API_KEY")),
            DatabasePath = DatabasePathFrom(Get("DATABASE_PATH")),
            LogLevel = LogLevelFrom(Get("LOG_LEVEL")),
            DiscordApiBase = BaseUrl("DISCORD_API_BASE", Get("DISCORD_API_BASE"), "https://discord.com/api"),
            TrnApiBase = BaseUrl("TRN_API_BASE", Get("TRN_API_BASE"), "https://api.tracker.gg/api/v2/r6siege/standard"),
            GeminiApiBase = BaseUrl("GEMINI_API_BASE", Get("GEMINI_API_BASE"), "https://generativelanguage.googleapis.com/v1beta"),
            OpenAiApiBase = BaseUrl("OPENAI_API_BASE", Get("OPENAI_API_BASE"), "https://api.openai.com/v1"),
            ShardId = Integer("SHARD_ID", Get("SHARD_ID"), 0, 0, 65535),
            ShardCount = Get("SHARD_COUNT") is null or "auto" ? null : Integer("SHARD_COUNT", Get("SHARD_COUNT"), 1, 1, 65536),
        }.CheckShards();
    }

    private BotConfig CheckShards() =>
        ShardCount is { } count && ShardId >= count
            ? throw new ConfigException("SHARD_ID", $"must be less than SHARD_COUNT ({count})")
            : this;

    private static int Integer(string variable, string? value, int fallback, int min, int max)
    {
        if (value is null) return fallback;
        if (!int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n) || n < min || n > max)
            throw new ConfigException(variable, $"must be a whole number from {min} to {max}");
        return n;
    }

    private static Secret? BotTokenSecret(string variable, string? value)
    {
        if (value is null) return null;
        // A bot token is three base64url parts joined by dots (user id, timestamp, HMAC).
        var parts = value.Split('.');
        if (parts.Length != 3 || parts.Any(p => p.Length == 0 || !p.All(IsBase64UrlChar)))
            throw new ConfigException(variable, "is malformed (a Discord bot token is three dot-separated base64url parts)");
        return new Secret(value);
    }

    private static Secret? KeySecret(string variable, string? value)
    {
        if (value is null) return null;
        if (value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
            throw new ConfigException(variable, "is malformed (an API key has no spaces or control characters)");
        return new Secret(value);
    }

    private static bool IsBase64UrlChar(char c) =>
        c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_';

    private static string DatabasePathFrom(string? value)
    {
        var path = value ?? DefaultDatabasePath;
        if (path.IndexOfAny(['\0', '\n', '\r']) >= 0)
            throw new ConfigException("DATABASE_PATH", "is malformed (control characters in a file path)");
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null && !Directory.Exists(folder))
            throw new ConfigException("DATABASE_PATH", $"points into a folder that does not exist: {folder}");
        if (Directory.Exists(path))
            throw new ConfigException("DATABASE_PATH", $"is a folder, not a database file: {path}");
        return path;
    }

    private static LogLevel LogLevelFrom(string? value) => value?.ToLowerInvariant() switch
    {
        null or "info" or "information" => LogLevel.Information,
        "trace" => LogLevel.Trace,
        "debug" => LogLevel.Debug,
        "warn" or "warning" => LogLevel.Warning,
        "error" => LogLevel.Error,
        "critical" => LogLevel.Critical,
        "none" or "off" => LogLevel.None,
        _ => throw new ConfigException("LOG_LEVEL", "must be one of trace, debug, info, warn, error, critical, none"),
    };

    private static Uri BaseUrl(string variable, string? value, string fallback)
    {
        var text = value ?? fallback;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")
            || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
            throw new ConfigException(variable, "must be an absolute http:// or https:// URL without query or fragment");
        // One canonical form: no trailing slash, so clients append "/v10/..." and the like.
        return new Uri(uri.GetLeftPart(UriPartial.Path).TrimEnd('/'));
    }
}
