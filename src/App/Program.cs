using System.Globalization;
using GameTime.App;
using GameTime.App.Cli;
using GameTime.App.Configuration;
using GameTime.Features.Admin;
using GameTime.Features.Data;
using GameTime.Features.Timezones;

return CommandLine.Execute(args);

namespace GameTime.App
{
    public static class CommandLine
    {
        public static int Execute(string[] args)
        {
            if (args is [] or ["help" or "--help" or "-h"])
            {
                var output = args is [] ? Console.Error : Console.Out;
                output.WriteLine(Usage.Text);
                return args is [] ? ExitCode.Usage : ExitCode.Ok;
            }

            try
            {
                return args switch
                {
                    ["run"] => BotHost.Run(BotConfig.LoadFromProcess()),
                    ["migrate"] => Migrate(BotConfig.LoadFromProcess()),
                    ["check"] => new SelfCheck(Console.Out, TimeProvider.System).Run(BotConfig.LoadFromProcess),
                    ["version"] => PrintVersion(),
                    ["admin", "demo-data"] => DemoData(BotConfig.LoadFromProcess(), DemoCommunity.DefaultGuildId),
                    ["admin", "demo-data", "--guild", var guild] => ulong.TryParse(guild, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
                        ? DemoData(BotConfig.LoadFromProcess(), id)
                        : UsageMessage($"--guild takes a guild id, a positive whole number (got '{guild}')"),
                    ["admin"] => Admin(BotConfig.LoadFromProcess()).Menu(),
                    ["admin", .. var rest] => Admin(BotConfig.LoadFromProcess()).Chart(rest),
                    _ => UsageError(args),
                };
            }
            catch (ConfigException ex)
            {
                Console.Error.WriteLine($"configuration error: {SecretScrubber.Scrub(ex.Message)}");
                return ExitCode.Usage;
            }
            catch (MigrationException ex)
            {
                Console.Error.WriteLine($"database error: {SecretScrubber.Scrub(ex.Message)}");
                return ExitCode.Failed;
            }
        }

        private static AdminConsole Admin(BotConfig config)
        {
            var database = new Database(config.DatabasePath);
            database.Migrate(TimeProvider.System);
            return new AdminConsole(database, Console.In, Console.Out, Console.Error, TimeProvider.System);
        }

        private static int UsageError(string[] args)
        {
            bool knownVerb = args[0] is "run" or "migrate" or "check" or "version";
            Console.Error.WriteLine(
                knownVerb ? $"gametime {args[0]} takes no arguments (got '{args[1]}')"
                : args[0].StartsWith('-') ? $"unknown option '{args[0]}'"
                : $"unknown verb '{args[0]}'");
            Console.Error.WriteLine(Usage.Text);
            return ExitCode.Usage;
        }

        private static int PrintVersion()
        {
            Console.WriteLine(VersionInfo.Line);
            return ExitCode.Ok;
        }

        /// <summary>Fills the database with a fake 40-member, 90-day community so the analytics can be tried on a fresh machine.</summary>
        private static int UsageMessage(string message)
        {
            Console.Error.WriteLine(message);
            return ExitCode.Usage;
        }

        private static int DemoData(BotConfig config, ulong guildId)
        {
            var database = new Database(config.DatabasePath);
            database.Migrate(TimeProvider.System);
            TimeZoneCatalog.TryResolve(TimeZoneCatalog.DefaultGuildZone, out var zone);
            try
            {
                var result = DemoCommunity.Fill(database, TimeProvider.System.GetUtcNow(), zone, guildId);
                Console.WriteLine($"{config.DatabasePath}: demo guild {result.GuildId} with {result.Members} members, {result.Sessions} voice sessions "
                    + $"and {result.Matches} matches from {result.FirstDay:yyyy-MM-dd} to {result.LastDay:yyyy-MM-dd}");
                return ExitCode.Ok;
            }
            catch (InvalidOperationException ex)
            {
                Console.Error.WriteLine(ex.Message);
                return ExitCode.Failed;
            }
        }

        private static int Migrate(BotConfig config)
        {
            var result = new Database(config.DatabasePath).Migrate(TimeProvider.System);
            Console.WriteLine(result.Applied.Count == 0
                ? $"{config.DatabasePath}: schema version {result.ToVersion}, up to date"
                : $"{config.DatabasePath}: schema version {result.FromVersion} -> {result.ToVersion} (applied {string.Join(", ", result.Applied.Select(m => m.Label))})");
            return ExitCode.Ok;
        }
    }
}
