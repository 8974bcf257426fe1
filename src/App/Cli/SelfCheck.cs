using Cronos;
using GameTime.App.Configuration;
using GameTime.Features.Data;
using GameTime.Features.Timezones;
using GameTime.Render;
using GameTime.Render.Fonts;
using Microsoft.Data.Sqlite;
using SkiaSharp;

namespace GameTime.App.Cli;

/// <summary>
/// `gametime check`: proves on this machine that the pieces the bot stands on work: configuration, the
/// database (opens, migrates, passes an integrity check), the bundled fonts, PNG rendering and time zones.
/// </summary>
public sealed class SelfCheck(TextWriter output, TimeProvider clock)
{
    private int _passed;
    private int _failed;

    public int Run(Func<BotConfig> loadConfig)
    {
        BotConfig? config = null;
        Step("configuration", () =>
        {
            config = loadConfig();
            var token = config.BotToken is null ? "not set (needed by `run`)" : "set";
            return $"ENV={config.EnvironmentName}, {config.BotTokenVariable} {token}, log level {config.LogLevel}";
        });
        if (config is not null)
            Step("database", () => CheckDatabase(config.DatabasePath));
        Step("fonts", CheckFonts);
        Step("png", CheckPng);
        Step("timezones", CheckTimeZones);

        output.WriteLine(_failed == 0
            ? $"check passed: {_passed} of {_passed} checks"
            : $"check FAILED: {_failed} of {_passed + _failed} checks");
        return _failed == 0 ? ExitCode.Ok : ExitCode.Failed;
    }

    private void Step(string name, Func<string> check)
    {
        try
        {
            var detail = check();
            _passed++;
            output.WriteLine($"ok    {name}: {detail}");
        }
        catch (Exception ex)
        {
            _failed++;
            output.WriteLine(SecretScrubber.Scrub($"FAIL  {name}: {ex.Message}"));
        }
    }

    private string CheckDatabase(string path)
    {
        var database = new Database(path);
        var result = database.Migrate(clock);
        using var connection = database.Open();
        var integrity = Scalar(connection, "PRAGMA integrity_check");
        if (integrity != "ok") throw new InvalidOperationException($"integrity check says: {integrity}");
        var journal = Scalar(connection, "PRAGMA journal_mode");
        var foreignKeys = Scalar(connection, "PRAGMA foreign_keys");
        if (journal != "wal" || foreignKeys != "1")
            throw new InvalidOperationException($"journal_mode={journal}, foreign_keys={foreignKeys}; expected wal and 1");
        var tables = Scalar(connection, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
        var applied = result.Applied.Count == 0 ? "up to date" : $"applied {string.Join(", ", result.Applied.Select(m => m.Label))}";
        return $"{path}: SQLite {connection.ServerVersion}, schema version {result.ToVersion} ({applied}), {tables} tables, WAL, foreign keys on, integrity ok";
    }

    private static string Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }

    private static string CheckFonts()
    {
        var faces = new[] { FontLibrary.Regular, FontLibrary.Bold };
        foreach (var face in faces)
        {
            var missing = FontLibrary.MissingGlyphs(face, CheckImage.Sample);
            if (missing.Count > 0)
                throw new InvalidOperationException($"{face.FamilyName} lacks glyphs for {string.Join(" ", missing)}");
        }
        return $"{string.Join(", ", faces.Select(f => $"{f.FamilyName} {f.FontStyle.Weight}"))}: Latin, Greek and Cyrillic covered";
    }

    private static string CheckPng()
    {
        var png = CheckImage.Render();
        using var bitmap = PngImage.Decode(png);
        if (bitmap.Width != CheckImage.Width || bitmap.Height != CheckImage.Height)
            throw new InvalidOperationException($"decoded {bitmap.Width}x{bitmap.Height}, drew {CheckImage.Width}x{CheckImage.Height}");
        int white = 0;
        for (int y = 0; y < bitmap.Height; y++)
            for (int x = 0; x < bitmap.Width; x++)
                if (bitmap.GetPixel(x, y) == SKColors.White) white++;
        if (white < 200) throw new InvalidOperationException($"only {white} text pixels: text did not render");
        return $"{bitmap.Width}x{bitmap.Height} PNG, {png.Length} bytes, {white} text pixels, Skia {SkiaSharpVersion.Native}";
    }

    private string CheckTimeZones()
    {
        var failed = TimeZoneCatalog.Common.Where(name => !TimeZoneCatalog.TryResolve(name, out _)).ToList();
        if (failed.Count > 0)
            throw new InvalidOperationException($"cannot resolve {string.Join(", ", failed)} (is tzdata installed?)");
        TimeZoneCatalog.TryResolve(TimeZoneCatalog.DefaultGuildZone, out var newYork);
        var next = CronExpression.Parse("0 10 * * *").GetNextOccurrence(clock.GetUtcNow(), newYork)
            ?? throw new InvalidOperationException("no next occurrence for a daily job");
        var local = TimeZoneInfo.ConvertTime(next, newYork);
        if (local.Hour != 10 || local.Minute != 0)
            throw new InvalidOperationException($"a 10:00 New York job resolved to {local:HH:mm} local time");
        return $"{TimeZoneCatalog.Common.Count} zones resolve; next 10:00 in {TimeZoneCatalog.DefaultGuildZone} is {next.UtcDateTime:yyyy-MM-dd HH:mm}Z";
    }
}
