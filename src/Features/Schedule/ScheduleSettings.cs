using GameTime.Features.Data;
using GameTime.Features.Timezones;

namespace GameTime.Features.Schedule;

/// <summary>A guild's schedule configuration: the channel (null = not set), its timezone and the daily post time.</summary>
public sealed record ScheduleSettings(ulong? ChannelId, string ZoneId, TimeZoneInfo Zone, int PostMinuteOfDay)
{
    public static readonly ScheduleSettings Default = Resolve(null, TimeZoneCatalog.DefaultGuildZone, 600);

    public ScheduleCalendar Calendar => new(Zone, PostMinuteOfDay);

    /// <summary>Reads guild_config; a guild without a row has the defaults (no channel, America/New_York, 10:00).</summary>
    public static ScheduleSettings Read(Database database, ulong guildId)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT schedule_channel_id, timezone, daily_post_minute_of_day FROM guild_config WHERE guild_id = $guild";
        command.Parameters.AddWithValue("$guild", (long)guildId);
        using var reader = command.ExecuteReader();
        if (!reader.Read()) return Default;
        return Resolve(reader.IsDBNull(0) ? null : (ulong)reader.GetInt64(0), reader.GetString(1), reader.GetInt32(2));
    }

    private static ScheduleSettings Resolve(ulong? channelId, string zoneId, int postMinute)
    {
        var (name, zone) = TimeZoneCatalog.GuildZone(zoneId);
        return new ScheduleSettings(channelId, name, zone, postMinute);
    }
}
