using GameTime.Features.Data;
using Microsoft.Data.Sqlite;

namespace GameTime.Features.Admin;

/// <summary>What <see cref="DemoCommunity.Fill"/> wrote.</summary>
public sealed record DemoCommunityResult(ulong GuildId, int Members, int Sessions, int Matches, DateOnly FirstDay, DateOnly LastDay);

/// <summary>
/// A realistic fake community (40 members, 90 days) so every chart can be tried on a fresh machine: four friend groups
/// with their own channel and habits, visitors between groups, sessions over midnight, members who drifted away,
/// two members still in voice, and tracked matches in and out of voice. Deterministic for a given seed.
/// </summary>
public static class DemoCommunity
{
    public const ulong DefaultGuildId = 100_000_000_000_000_001;
    public const int MemberCount = 40;
    public const int Days = 90;
    private const long Minute = 60_000;

    // Names as members pick them: accents, Cyrillic, Greek, emoji, and one far too long.
    private static readonly string[] Names =
    [
        "Ash", "Thermite", "Sledge", "Thatcher", "Mute", "Smoke", "Castle", "Pulse", "Doc", "Rook",
        "Kapkan", "Tachanka", "Glaz", "Fuze", "Jäger", "Bandit", "Blitz", "IQ", "Frost", "Buck",
        "Valkyrie", "Blackbeard", "Capitão", "Caveira", "Hibana", "Echo", "Ying", "Lesion", "Ela", "Zofia",
        "Дмитрий", "Алёна", "Σοφία", "Νίκος", "José 🔥", "Zoë ✨", "Ångström", "Łukasz", "Beyoncé", "TheExtraordinarilyLongNicknameOfSomeone",
    ];

    private static readonly string[] Operators =
        ["Ash", "Thermite", "Sledge", "Thatcher", "Mute", "Smoke", "Jäger", "Bandit", "Ela", "Zofia", "Hibana", "Echo", "Valkyrie", "Doc", "Rook"];

    private static readonly ulong[] Channels = [100_000_000_000_000_101, 100_000_000_000_000_102, 100_000_000_000_000_103, 100_000_000_000_000_104];

    public static DemoCommunityResult Fill(Database database, DateTimeOffset now, TimeZoneInfo zone, ulong guildId = DefaultGuildId, int seed = 2024)
    {
        using var connection = database.Open();
        using var tx = connection.BeginTransaction();
        if (HasVoiceData(connection, guildId))
        {
            throw new InvalidOperationException(
                $"Guild {guildId} already has voice sessions in {database.Path}; demo data goes only into a guild without any, so real data is never mixed with fake.");
        }
        long nowMs = now.ToUnixTimeMilliseconds();
        GuildRows.EnsureGuild(connection, guildId, "Demo Community", nowMs);
        Execute(connection, "UPDATE guild_config SET timezone = $tz WHERE guild_id = $guild", ("$tz", zone.Id), ("$guild", (long)guildId));
        var random = new Random(seed);
        var members = new List<DemoMember>();
        for (int i = 0; i < MemberCount; i++)
        {
            ulong userId = guildId + 1_000 + (ulong)i;
            GuildRows.EnsureMember(connection, guildId, userId, Names[i], nowMs - Days * 86_400_000L);
            // Groups of 10; the last members of each group drift away at some point in the 90 days.
            int? quitsOnDay = i % 10 == 9 ? 30 + random.Next(40) : null;
            string? playerId = i % 8 == 7 ? null : $"demo-{seed}-{i}";
            members.Add(new DemoMember(userId, Names[i], Group: i / 10, Activity: 0.35 + random.NextDouble() * 0.55, quitsOnDay, playerId));
        }
        foreach (var member in members.Where(m => m.PlayerId is not null))
        {
            Execute(connection, "INSERT INTO r6_players (player_id, ubisoft_name, created_at_ms, updated_at_ms) VALUES ($id, $name, $now, $now)",
                ("$id", member.PlayerId!), ("$name", member.PlayerId!), ("$now", nowMs));
            Execute(connection, "UPDATE members SET r6_player_id = $id WHERE guild_id = $guild AND user_id = $user",
                ("$id", member.PlayerId!), ("$guild", (long)guildId), ("$user", (long)member.UserId));
        }

        using var writer = new Writer(connection, guildId, random, nowMs);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var firstDay = today.AddDays(-(Days - 1));
        for (int d = 0; d < Days; d++)
        {
            var day = firstDay.AddDays(d);
            bool weekend = day.DayOfWeek is DayOfWeek.Friday or DayOfWeek.Saturday;
            for (int group = 0; group < 4; group++)
            {
                if (random.NextDouble() > (weekend ? 0.85 : 0.55))
                {
                    continue;
                }
                // The evening starts between 18:00 and 22:00 local; sessions run 40 min to 4 h, some past midnight.
                var start = day.ToDateTime(new TimeOnly(18, 0)).AddMinutes(random.Next(240));
                long eveningStart = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(start, zone), TimeSpan.Zero).ToUnixTimeMilliseconds();
                foreach (var member in members)
                {
                    bool home = member.Group == group;
                    bool visitor = !home && member.Group == (group + 1) % 4 && random.NextDouble() < 0.08;
                    if ((!home && !visitor) || (member.QuitsOnDay is { } q && d >= q) || (home && random.NextDouble() > member.Activity))
                    {
                        continue;
                    }
                    long joined = eveningStart + random.Next(60) * Minute;
                    long left = joined + (40 + random.Next(200)) * Minute;
                    if (left >= nowMs - 2 * 60 * Minute)
                    {
                        continue;   // not over yet (and clear of the two sessions still open below)
                    }
                    writer.Session(member, Channels[group], joined, left);
                }
            }
        }
        // Two members are in voice right now, so "still in voice" shows up too.
        writer.Session(members[0], Channels[0], nowMs - 75 * Minute, null);
        writer.Session(members[1], Channels[0], nowMs - 40 * Minute, null);
        // Solo queue outside voice, for the in-server vs outside charts: a few members barely play alone, others mostly do.
        foreach (var member in members.Where(m => m.PlayerId is not null))
        {
            int solo = 5 + random.Next(member.Activity < 0.6 ? 250 : 60);
            for (int k = 0; k < solo; k++)
            {
                writer.Match(member, nowMs - (long)(random.NextDouble() * (Days - 1)) * 86_400_000L - random.Next(600) * Minute, inVoice: false);
            }
        }
        tx.Commit();
        return new DemoCommunityResult(guildId, members.Count, writer.Sessions, writer.Matches, firstDay, today);
    }

    private static bool HasVoiceData(SqliteConnection connection, ulong guildId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT EXISTS (SELECT 1 FROM voice_sessions WHERE guild_id = $guild)";
        command.Parameters.AddWithValue("$guild", (long)guildId);
        return (long)command.ExecuteScalar()! == 1;
    }

    private static void Execute(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
        command.ExecuteNonQuery();
    }

    private sealed record DemoMember(ulong UserId, string Name, int Group, double Activity, int? QuitsOnDay, string? PlayerId);

    /// <summary>
    /// Writes sessions (with their join/leave events) and matches. Each insert is one command prepared once and run
    /// with new parameter values, so the some 30,000 rows of a fill do not each pay for parsing their SQL again.
    /// </summary>
    private sealed class Writer : IDisposable
    {
        private readonly Random _random;
        private readonly long _nowMs;
        private readonly SqliteCommand _session, _event, _match, _operator;

        public Writer(SqliteConnection connection, ulong guildId, Random random, long nowMs)
        {
            _random = random;
            _nowMs = nowMs;
            _session = Prepare(connection, """
                INSERT INTO voice_sessions (guild_id, user_id, channel_id, started_at_ms, ended_at_ms, end_reason)
                VALUES ($guild, $user, $channel, $start, $end, CASE WHEN $end IS NULL THEN NULL ELSE 'leave' END)
                """, guildId, "$user", "$channel", "$start", "$end");
            _event = Prepare(connection,
                "INSERT INTO voice_events (guild_id, user_id, channel_id, event, at_ms) VALUES ($guild, $user, $channel, $event, $at)",
                guildId, "$user", "$channel", "$event", "$at");
            _match = Prepare(connection, """
                INSERT INTO r6_match_stats (match_id, player_id, ubisoft_name, played_at_ms, duration_ms, session_type, gamemode, map_name,
                                            has_win, kills, deaths, fetched_at_ms)
                VALUES ($match, $player, $player, $at, $duration, 'ranked', 'Ranked', $map, $win, $kills, $deaths, $now)
                RETURNING match_stat_id
                """, null, "$match", "$player", "$at", "$duration", "$map", "$win", "$kills", "$deaths", "$now");
            _operator = Prepare(connection, "INSERT INTO r6_match_operators (match_stat_id, position, operator_name) VALUES ($id, $p, $op)",
                null, "$id", "$p", "$op");
        }

        public int Sessions { get; private set; }

        public int Matches { get; private set; }

        public void Session(DemoMember member, ulong channel, long joined, long? left)
        {
            Run(_session, (long)member.UserId, (long)channel, joined, left is { } l ? l : DBNull.Value);
            Event(member, channel, "join", joined);
            if (left is { } end)
            {
                Event(member, channel, "leave", end);
            }
            Sessions++;
            if (member.PlayerId is not null)
            {
                // About one match per 25 minutes in voice.
                for (long at = joined + 5 * Minute; at + 20 * Minute < (left ?? _nowMs); at += (22 + _random.Next(8)) * Minute)
                {
                    Match(member, at, inVoice: true);
                }
            }
        }

        public void Match(DemoMember member, long playedAt, bool inVoice)
        {
            Matches++;
            bool won = _random.NextDouble() < (inVoice ? 0.58 : 0.46);
            int kills = _random.Next(11), deaths = _random.Next(9);
            long duration = (15 + _random.Next(15)) * Minute;
            string map = _random.Next(3) switch { 0 => "Clubhouse", 1 => "Oregon", _ => "Villa" };
            SetAll(_match, $"demo-match-{member.PlayerId}-{Matches}", member.PlayerId!, playedAt, duration, map, won ? 1 : 0, kills, deaths, _nowMs);
            long matchStatId = (long)_match.ExecuteScalar()!;
            for (int position = 0; position < 3; position++)
            {
                Run(_operator, matchStatId, position, Operators[_random.Next(Operators.Length)]);
            }
        }

        public void Dispose()
        {
            _session.Dispose();
            _event.Dispose();
            _match.Dispose();
            _operator.Dispose();
        }

        private void Event(DemoMember member, ulong channel, string kind, long at) =>
            Run(_event, (long)member.UserId, (long)channel, kind, at);

        private static SqliteCommand Prepare(SqliteConnection connection, string sql, ulong? guildId, params string[] names)
        {
            var command = connection.CreateCommand();
            command.CommandText = sql;
            if (guildId is { } guild) command.Parameters.AddWithValue("$guild", (long)guild);
            foreach (var name in names) command.Parameters.Add(new SqliteParameter(name, null));
            command.Prepare();
            return command;
        }

        private static void SetAll(SqliteCommand command, params object[] values)
        {
            // The guild, when there is one, is parameter 0 and fixed; the others follow in Prepare's order.
            int first = command.Parameters.Count - values.Length;
            for (int i = 0; i < values.Length; i++) command.Parameters[first + i].Value = values[i];
        }

        private static void Run(SqliteCommand command, params object[] values)
        {
            SetAll(command, values);
            command.ExecuteNonQuery();
        }
    }
}
