namespace GameTime.App.Cli;

public static class Usage
{
    public const string Text = """
        usage: gametime <verb>

          run        connect to Discord and run the bot (needs BOT_TOKEN, or BOT_TOKEN_DEV with ENV=dev)
          migrate    create or upgrade the database at DATABASE_PATH, then exit
          check      self-test: configuration, database, fonts, PNG rendering, time zones; exit 0 if all pass
          version    print the version and the commit it was built from
          admin      the admin console: a numbered menu of the community charts (guild, time range, chart, file)
          admin <chart> [--guild ID] [--from-days N] [--to-days N] [--member ID|NAME] --out FILE
                     render one chart from DATABASE_PATH (default from 90 days ago to today); charts:
                     community, community-3d (GIF), duo, total, inactive, weekday, per-month, weekly, monthly,
                     member (needs --member), in-server, win-rate, unique-per-day, operators
          admin demo-data [--guild ID]
                     fill DATABASE_PATH with a fake 40-member community (90 days of voice and matches)
                     to try the analytics on; refuses a guild that already has voice data

        Configuration comes from environment variables and an optional .env file in the working directory
        or beside the binary. See README.md.
        """;
}

/// <summary>Exit codes of the binary; systemd's unit does not restart on <see cref="Usage"/> errors.</summary>
public static class ExitCode
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Usage = 2;
}
