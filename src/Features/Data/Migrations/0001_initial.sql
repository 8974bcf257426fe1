-- GameTime: initial SQLite schema (migration 0001, forward only).
--
-- Conventions used by every table below:
-- * Needs SQLite >= 3.37 (STRICT tables). The runner wraps this file in one transaction, keeps the
--   schema version itself, and turns foreign key enforcement on for every connection (the app must do this).
-- * All instants are INTEGER unix epoch milliseconds in UTC, in columns ending `_at_ms`. Durations are
--   INTEGER milliseconds in columns ending `_ms`. No time is ever stored as text or in local time.
--   The only dates kept as text are calendar days, 'YYYY-MM-DD', in columns ending `_day`
--   (schedule_day is in the guild's timezone, usage_day is in UTC).
-- * Discord snowflakes (guild, channel, user, message, role, application ids) are INTEGER (64-bit).
-- * Money is INTEGER cents in columns ending `_cents` ($1,000.00 = 100000). Probabilities are INTEGER
--   parts per million in columns ending `_ppm` (0.5 = 500000). Neither is ever REAL.
--   REAL appears only for informational ratios copied from tracker.gg (kd_ratio, *_pct ...).
--   AI cost is INTEGER micro-dollars (`_micro_usd`).
-- * Booleans are INTEGER 0/1 with a CHECK. Timezones are IANA names ('America/New_York').
-- * Per-guild data carries guild_id. A user inside a guild is a `members` row. Tables that mention a
--   member reference members(guild_id, user_id), so the data layer upserts the member first.
--   guild_id = 0 means "not guild-specific" in job_runs, ai_usage_daily and command_registrations.
-- * Schedule slots are 0..11: 0 = 3pm, 1 = 4pm, ..., 8 = 11pm, 9 = 12am, 10 = 1am, 11 = 2am (guild tz).
--   Weekdays are 0..6 with 0 = Monday ... 6 = Sunday (NOT .NET DayOfWeek, where Sunday = 0).
-- * Tracker.gg data (r6_*) is global, keyed by the tracker player id. Guild views join it through
--   members.r6_player_id.

-- Guilds the bot is or was in (README "Data": data kept per guild, community 0.2).
CREATE TABLE guilds (
    guild_id        INTEGER NOT NULL PRIMARY KEY CHECK (guild_id > 0),
    name            TEXT    NOT NULL DEFAULT '',
    joined_at_ms    INTEGER NOT NULL,
    left_at_ms      INTEGER NULL,
    updated_at_ms   INTEGER NOT NULL
) STRICT;

-- One configuration row per guild, replacing the original's key/value cache entries (community 0.6, 3.7, 7.1, 8.3, 10).
CREATE TABLE guild_config (
    guild_id                   INTEGER NOT NULL PRIMARY KEY REFERENCES guilds (guild_id) ON DELETE CASCADE,
    schedule_channel_id        INTEGER NULL CHECK (schedule_channel_id > 0),
    main_channel_id            INTEGER NULL CHECK (main_channel_id > 0),
    gaming_session_channel_id  INTEGER NULL CHECK (gaming_session_channel_id > 0),
    new_user_channel_id        INTEGER NULL CHECK (new_user_channel_id > 0),
    username_channel_id        INTEGER NULL CHECK (username_channel_id > 0),
    tournament_channel_id      INTEGER NULL CHECK (tournament_channel_id > 0),
    -- role pinged to confirm a max-rank account (community 11 #22: the original looked up a role named "Mod"), NULL = none
    mod_role_id                INTEGER NULL CHECK (mod_role_id > 0),
    voice_greeting_enabled     INTEGER NOT NULL DEFAULT 0 CHECK (voice_greeting_enabled IN (0, 1)),
    timezone                   TEXT    NOT NULL DEFAULT 'America/New_York'
                               CHECK (length(timezone) BETWEEN 3 AND 64 AND timezone NOT GLOB '*[^A-Za-z0-9_/+-]*'),
    -- wall-clock time of the daily schedule post in the guild timezone, minutes after midnight (600 = 10:00)
    daily_post_minute_of_day   INTEGER NOT NULL DEFAULT 600 CHECK (daily_post_minute_of_day BETWEEN 0 AND 1439),
    updated_at_ms              INTEGER NOT NULL
) STRICT;

-- Voice channels a guild tracks (voice activity, schedule voice adjustment, greeting) (community 0.6, 1.9, 3.1, 7.1, 10).
CREATE TABLE guild_voice_channels (
    guild_id        INTEGER NOT NULL REFERENCES guilds (guild_id) ON DELETE CASCADE,
    channel_id      INTEGER NOT NULL CHECK (channel_id > 0),
    added_at_ms     INTEGER NOT NULL,
    PRIMARY KEY (guild_id, channel_id)
) STRICT, WITHOUT ROWID;

-- A user within a guild: name, timezone, Ubisoft accounts, ranks, LFG opt-out (community 2, 3.3 user_info, 3.6, 4, 11 #23, competitive 3.4).
CREATE TABLE members (
    guild_id                  INTEGER NOT NULL REFERENCES guilds (guild_id) ON DELETE CASCADE,
    user_id                   INTEGER NOT NULL CHECK (user_id > 0),
    display_name              TEXT    NOT NULL,
    -- IANA name, NULL = the member never chose one (displays fall back to the guild timezone)
    timezone                  TEXT    NULL
                              CHECK (timezone IS NULL OR (length(timezone) BETWEEN 3 AND 64 AND timezone NOT GLOB '*[^A-Za-z0-9_/+-]*')),
    ubisoft_name_max          TEXT    NULL CHECK (ubisoft_name_max IS NULL OR length(ubisoft_name_max) BETWEEN 1 AND 64),
    ubisoft_name_active       TEXT    NULL CHECK (ubisoft_name_active IS NULL OR length(ubisoft_name_active) BETWEEN 1 AND 64),
    -- tracker.gg player id of the active account, once known
    r6_player_id              TEXT    NULL REFERENCES r6_players (player_id) ON DELETE SET NULL,
    max_rank                  TEXT    NULL CHECK (max_rank IN ('Champion','Diamond','Emerald','Platinum','Gold','Silver','Bronze','Copper')),
    max_rank_points           INTEGER NULL CHECK (max_rank_points >= 0),
    max_rank_checked_at_ms    INTEGER NULL,
    current_rank              TEXT    NULL CHECK (current_rank IN ('Champion','Diamond','Emerald','Platinum','Gold','Silver','Bronze','Copper')),
    current_rank_points       INTEGER NULL CHECK (current_rank_points >= 0),
    lfg_opt_out               INTEGER NOT NULL DEFAULT 0 CHECK (lfg_opt_out IN (0, 1)),
    -- last gaming-session stats post for this member (1 h throttle survives restarts, competitive 3.5, 6.3 #4)
    last_session_stats_at_ms  INTEGER NULL,
    first_seen_at_ms          INTEGER NOT NULL,
    left_at_ms                INTEGER NULL,
    updated_at_ms             INTEGER NOT NULL,
    PRIMARY KEY (guild_id, user_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX ix_members_r6_player ON members (r6_player_id) WHERE r6_player_id IS NOT NULL;

-- Daily schedule messages, one current message per guild and schedule day (README decisions "Schedule voting", community 1.3, 1.7, 1.10, 10).
CREATE TABLE schedule_messages (
    guild_id                  INTEGER NOT NULL REFERENCES guilds (guild_id) ON DELETE CASCADE,
    message_id                INTEGER NOT NULL CHECK (message_id > 0),
    channel_id                INTEGER NOT NULL CHECK (channel_id > 0),
    -- the schedule day this message belongs to, in the guild timezone (runs from one daily post to the next)
    schedule_day              TEXT    NOT NULL CHECK (date(schedule_day, '+0 days') IS schedule_day),
    posted_at_ms              INTEGER NOT NULL,
    recurring_applied_at_ms   INTEGER NULL,
    reactions_synced_at_ms    INTEGER NULL,
    -- set when a newer message replaced it for the same day (/modforcesendschedule) or it was deleted
    retired_at_ms             INTEGER NULL,
    PRIMARY KEY (guild_id, message_id)
) STRICT, WITHOUT ROWID;
CREATE UNIQUE INDEX ux_schedule_messages_current_day ON schedule_messages (guild_id, schedule_day) WHERE retired_at_ms IS NULL;
CREATE INDEX ix_schedule_messages_posted ON schedule_messages (guild_id, posted_at_ms);

-- One vote = one member in one slot of one schedule message, with where it came from (community 1.5, 1.6, 1.8, 1.9, 1.11, 10).
CREATE TABLE schedule_votes (
    guild_id        INTEGER NOT NULL,
    message_id      INTEGER NOT NULL,
    slot            INTEGER NOT NULL CHECK (slot BETWEEN 0 AND 11),
    user_id         INTEGER NOT NULL,
    source          TEXT    NOT NULL CHECK (source IN ('reaction', 'voice', 'mod', 'recurring')),
    added_at_ms     INTEGER NOT NULL,
    PRIMARY KEY (guild_id, message_id, slot, user_id),
    FOREIGN KEY (guild_id, message_id) REFERENCES schedule_messages (guild_id, message_id) ON DELETE CASCADE,
    FOREIGN KEY (guild_id, user_id) REFERENCES members (guild_id, user_id) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;
CREATE INDEX ix_schedule_votes_member ON schedule_votes (guild_id, user_id);

-- Recurring schedule entries (/addschedule replaces only the caller's rows) (README decisions, community 1.8, 1.12, 10).
CREATE TABLE recurring_schedules (
    guild_id        INTEGER NOT NULL,
    user_id         INTEGER NOT NULL,
    weekday         INTEGER NOT NULL CHECK (weekday BETWEEN 0 AND 6),
    slot            INTEGER NOT NULL CHECK (slot BETWEEN 0 AND 11),
    created_at_ms   INTEGER NOT NULL,
    PRIMARY KEY (guild_id, user_id, weekday, slot),
    FOREIGN KEY (guild_id, user_id) REFERENCES members (guild_id, user_id) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;
CREATE INDEX ix_recurring_schedules_weekday ON recurring_schedules (guild_id, weekday, slot);

-- Raw voice state transitions in tracked channels, the audit trail sessions are built from (community 3.2, 3.3 user_activity, 3.4).
CREATE TABLE voice_events (
    event_id         INTEGER NOT NULL PRIMARY KEY,
    guild_id         INTEGER NOT NULL,
    user_id          INTEGER NOT NULL,
    -- channel joined (join, move) or left (leave)
    channel_id       INTEGER NOT NULL CHECK (channel_id > 0),
    -- channel left by a move
    from_channel_id  INTEGER NULL,
    event            TEXT    NOT NULL CHECK (event IN ('join', 'leave', 'move')),
    at_ms            INTEGER NOT NULL,
    CHECK ((event = 'move') = (from_channel_id IS NOT NULL)),
    CHECK (from_channel_id IS NULL OR from_channel_id <> channel_id),
    FOREIGN KEY (guild_id, user_id) REFERENCES members (guild_id, user_id) ON DELETE CASCADE
) STRICT;
CREATE INDEX ix_voice_events_time ON voice_events (guild_id, at_ms);
CREATE INDEX ix_voice_events_member_time ON voice_events (guild_id, user_id, at_ms);

-- Canonical voice sessions (one builder for every chart and stat), ended_at_ms NULL = still open (community 3.4, 5, 6.2, competitive 3.6 #10, #26).
CREATE TABLE voice_sessions (
    -- window [a, b) query: started_at_ms < b AND (ended_at_ms IS NULL OR ended_at_ms > a), then clip to the window
    session_id      INTEGER NOT NULL PRIMARY KEY,
    guild_id        INTEGER NOT NULL,
    user_id         INTEGER NOT NULL,
    channel_id      INTEGER NOT NULL CHECK (channel_id > 0),
    started_at_ms   INTEGER NOT NULL,
    ended_at_ms     INTEGER NULL,
    -- leave/move = normal, reconciled = closed at start-up or shutdown from a snapshot of who is in voice
    end_reason      TEXT    NULL CHECK (end_reason IN ('leave', 'move', 'reconciled')),
    CHECK (ended_at_ms IS NULL OR ended_at_ms >= started_at_ms),
    CHECK ((ended_at_ms IS NULL) = (end_reason IS NULL)),
    FOREIGN KEY (guild_id, user_id) REFERENCES members (guild_id, user_id) ON DELETE CASCADE
) STRICT;
CREATE UNIQUE INDEX ux_voice_sessions_one_open ON voice_sessions (guild_id, user_id) WHERE ended_at_ms IS NULL;
CREATE INDEX ix_voice_sessions_time ON voice_sessions (guild_id, started_at_ms);
CREATE INDEX ix_voice_sessions_member_time ON voice_sessions (guild_id, user_id, started_at_ms);
CREATE INDEX ix_voice_sessions_channel_time ON voice_sessions (guild_id, channel_id, started_at_ms);

-- Last LFG post per guild and voice channel, so the cooldown survives a restart (community 4.4, 4.5, 8.2, 10).
CREATE TABLE lfg_cooldowns (
    guild_id          INTEGER NOT NULL REFERENCES guilds (guild_id) ON DELETE CASCADE,
    voice_channel_id  INTEGER NOT NULL CHECK (voice_channel_id > 0),
    kind              TEXT    NOT NULL CHECK (kind IN ('auto', 'command')),
    last_sent_at_ms   INTEGER NOT NULL,
    last_message_id   INTEGER NULL,
    PRIMARY KEY (guild_id, voice_channel_id, kind)
) STRICT, WITHOUT ROWID;

-- Persisted gaming-session stats queue, one pending entry per member (community 3.6, 10, competitive 3.5, 6.3 #4).
CREATE TABLE gaming_session_queue (
    guild_id            INTEGER NOT NULL,
    user_id             INTEGER NOT NULL,
    enqueued_at_ms      INTEGER NOT NULL,
    due_at_ms           INTEGER NOT NULL,
    attempts            INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    last_attempt_at_ms  INTEGER NULL,
    last_error          TEXT    NULL,
    PRIMARY KEY (guild_id, user_id),
    FOREIGN KEY (guild_id, user_id) REFERENCES members (guild_id, user_id) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;
CREATE INDEX ix_gaming_session_queue_due ON gaming_session_queue (due_at_ms);

-- Tracker.gg (Ubisoft) player accounts, global, a Discord user in any guild links to one (competitive 3.1-3.4, 6.3 #3).
CREATE TABLE r6_players (
    player_id               TEXT    NOT NULL PRIMARY KEY CHECK (length(player_id) BETWEEN 1 AND 64),
    ubisoft_name            TEXT    NOT NULL CHECK (length(ubisoft_name) BETWEEN 1 AND 64),
    platform                TEXT    NOT NULL DEFAULT 'ubi',
    matches_fetched_at_ms   INTEGER NULL,
    profile_fetched_at_ms   INTEGER NULL,
    created_at_ms           INTEGER NOT NULL,
    updated_at_ms           INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
CREATE INDEX ix_r6_players_name ON r6_players (ubisoft_name COLLATE NOCASE);

-- One row per player per match from the tracker.gg matches API, rollback rows included (competitive 3.2, 3.5, 3.6, 4 user_full_match_info, community 6.2).
CREATE TABLE r6_match_stats (
    match_stat_id           INTEGER NOT NULL PRIMARY KEY,
    match_id                TEXT    NOT NULL CHECK (length(match_id) BETWEEN 1 AND 64),
    player_id               TEXT    NOT NULL REFERENCES r6_players (player_id) ON DELETE CASCADE,
    ubisoft_name            TEXT    NOT NULL,
    played_at_ms            INTEGER NOT NULL,
    duration_ms             INTEGER NOT NULL DEFAULT 0,
    data_center             TEXT    NOT NULL DEFAULT 'Unknown',
    session_type            TEXT    NOT NULL DEFAULT 'Unknown',
    gamemode                TEXT    NOT NULL DEFAULT 'Unknown',
    map_name                TEXT    NOT NULL DEFAULT 'Unknown',
    is_surrender            INTEGER NOT NULL DEFAULT 0 CHECK (is_surrender IN (0, 1)),
    is_forfeit              INTEGER NOT NULL DEFAULT 0 CHECK (is_forfeit IN (0, 1)),
    is_rollback             INTEGER NOT NULL DEFAULT 0 CHECK (is_rollback IN (0, 1)),
    has_win                 INTEGER NOT NULL DEFAULT 0 CHECK (has_win IN (0, 1)),
    rounds_played           INTEGER NOT NULL DEFAULT 0,
    rounds_won              INTEGER NOT NULL DEFAULT 0,
    rounds_lost             INTEGER NOT NULL DEFAULT 0,
    rounds_disconnected     INTEGER NOT NULL DEFAULT 0,
    kills                   INTEGER NOT NULL DEFAULT 0,
    deaths                  INTEGER NOT NULL DEFAULT 0,
    assists                 INTEGER NOT NULL DEFAULT 0,
    headshots               INTEGER NOT NULL DEFAULT 0,
    team_kills              INTEGER NOT NULL DEFAULT 0,
    aces                    INTEGER NOT NULL DEFAULT 0,
    first_kills             INTEGER NOT NULL DEFAULT 0,
    first_deaths            INTEGER NOT NULL DEFAULT 0,
    clutches_won            INTEGER NOT NULL DEFAULT 0,
    clutches_lost           INTEGER NOT NULL DEFAULT 0,
    clutches_won_1v1        INTEGER NOT NULL DEFAULT 0,
    clutches_won_1v2        INTEGER NOT NULL DEFAULT 0,
    clutches_won_1v3        INTEGER NOT NULL DEFAULT 0,
    clutches_won_1v4        INTEGER NOT NULL DEFAULT 0,
    clutches_won_1v5        INTEGER NOT NULL DEFAULT 0,
    clutches_lost_1v1       INTEGER NOT NULL DEFAULT 0,
    clutches_lost_1v2       INTEGER NOT NULL DEFAULT 0,
    clutches_lost_1v3       INTEGER NOT NULL DEFAULT 0,
    clutches_lost_1v4       INTEGER NOT NULL DEFAULT 0,
    clutches_lost_1v5       INTEGER NOT NULL DEFAULT 0,
    -- rounds in which the player got exactly N kills (tracker kills1K..kills5K)
    rounds_1k               INTEGER NOT NULL DEFAULT 0,
    rounds_2k               INTEGER NOT NULL DEFAULT 0,
    rounds_3k               INTEGER NOT NULL DEFAULT 0,
    rounds_4k               INTEGER NOT NULL DEFAULT 0,
    rounds_5k               INTEGER NOT NULL DEFAULT 0,
    -- numeric rank id 0..36 (tracker `rank`), rank name like 'DIAMOND V', points after / delta / before the match
    rank_id                 INTEGER NOT NULL DEFAULT 0 CHECK (rank_id BETWEEN 0 AND 36),
    rank_name               TEXT    NOT NULL DEFAULT 'Unknown',
    rank_points             INTEGER NOT NULL DEFAULT 0,
    rank_points_delta       INTEGER NOT NULL DEFAULT 0,
    rank_points_previous    INTEGER NOT NULL DEFAULT 0,
    -- informational ratios as reported by tracker.gg, aggregates recompute from the counts
    kd_ratio                REAL    NOT NULL DEFAULT 0,
    headshot_pct            REAL    NOT NULL DEFAULT 0,
    kills_per_round         REAL    NOT NULL DEFAULT 0,
    deaths_per_round        REAL    NOT NULL DEFAULT 0,
    assists_per_round       REAL    NOT NULL DEFAULT 0,
    fetched_at_ms           INTEGER NOT NULL,
    UNIQUE (match_id, player_id),
    CHECK (duration_ms >= 0),
    CHECK (min(rounds_played, rounds_won, rounds_lost, rounds_disconnected, kills, deaths, assists, headshots,
               team_kills, aces, first_kills, first_deaths, clutches_won, clutches_lost,
               clutches_won_1v1, clutches_won_1v2, clutches_won_1v3, clutches_won_1v4, clutches_won_1v5,
               clutches_lost_1v1, clutches_lost_1v2, clutches_lost_1v3, clutches_lost_1v4, clutches_lost_1v5,
               rounds_1k, rounds_2k, rounds_3k, rounds_4k, rounds_5k, rank_points, rank_points_previous) >= 0)
) STRICT;
CREATE INDEX ix_r6_match_stats_player_time ON r6_match_stats (player_id, played_at_ms);
CREATE INDEX ix_r6_match_stats_time ON r6_match_stats (played_at_ms);

-- Operators a player used in a match, in tracker order (replaces the original CSV column) (competitive 3.2, 3.6 #11, community 5.15).
CREATE TABLE r6_match_operators (
    match_stat_id   INTEGER NOT NULL REFERENCES r6_match_stats (match_stat_id) ON DELETE CASCADE,
    position        INTEGER NOT NULL CHECK (position >= 0),
    operator_name   TEXT    NOT NULL CHECK (length(operator_name) BETWEEN 1 AND 64),
    PRIMARY KEY (match_stat_id, position)
) STRICT, WITHOUT ROWID;
CREATE INDEX ix_r6_match_operators_name ON r6_match_operators (operator_name);

-- Latest lifetime profile snapshot per player, replaced atomically by an upsert (competitive 3.3, 3.6 #17-#25, 4 user_full_stats_info).
CREATE TABLE r6_profile_stats (
    player_id                        TEXT    NOT NULL PRIMARY KEY REFERENCES r6_players (player_id) ON DELETE CASCADE,
    fetched_at_ms                    INTEGER NOT NULL,
    matches_played                   INTEGER NOT NULL DEFAULT 0,
    matches_won                      INTEGER NOT NULL DEFAULT 0,
    matches_lost                     INTEGER NOT NULL DEFAULT 0,
    matches_abandoned                INTEGER NOT NULL DEFAULT 0,
    time_played_ms                   INTEGER NOT NULL DEFAULT 0,
    kills                            INTEGER NOT NULL DEFAULT 0,
    deaths                           INTEGER NOT NULL DEFAULT 0,
    assists                          INTEGER NOT NULL DEFAULT 0,
    team_kills                       INTEGER NOT NULL DEFAULT 0,
    attacker_rounds_won              INTEGER NOT NULL DEFAULT 0,
    defender_rounds_won              INTEGER NOT NULL DEFAULT 0,
    headshots                        INTEGER NOT NULL DEFAULT 0,
    headshots_missed                 INTEGER NOT NULL DEFAULT 0,
    wallbangs                        INTEGER NOT NULL DEFAULT 0,
    damage_dealt                     INTEGER NOT NULL DEFAULT 0,
    headshot_pct                     REAL    NOT NULL DEFAULT 0,
    kd_ratio                         REAL    NOT NULL DEFAULT 0,
    kills_per_match                  REAL    NOT NULL DEFAULT 0,
    kills_per_minute                 REAL    NOT NULL DEFAULT 0,
    win_pct                          REAL    NOT NULL DEFAULT 0,
    attacker_breacher_count          INTEGER NOT NULL DEFAULT 0,
    attacker_breacher_pct            REAL    NOT NULL DEFAULT 0,
    attacker_fragger_count           INTEGER NOT NULL DEFAULT 0,
    attacker_fragger_pct             REAL    NOT NULL DEFAULT 0,
    attacker_intel_count             INTEGER NOT NULL DEFAULT 0,
    attacker_intel_pct               REAL    NOT NULL DEFAULT 0,
    attacker_roam_count              INTEGER NOT NULL DEFAULT 0,
    attacker_roam_pct                REAL    NOT NULL DEFAULT 0,
    attacker_support_count           INTEGER NOT NULL DEFAULT 0,
    attacker_support_pct             REAL    NOT NULL DEFAULT 0,
    attacker_utility_count           INTEGER NOT NULL DEFAULT 0,
    attacker_utility_pct             REAL    NOT NULL DEFAULT 0,
    defender_debuffer_count          INTEGER NOT NULL DEFAULT 0,
    defender_debuffer_pct            REAL    NOT NULL DEFAULT 0,
    defender_entry_denier_count      INTEGER NOT NULL DEFAULT 0,
    defender_entry_denier_pct        REAL    NOT NULL DEFAULT 0,
    defender_intel_count             INTEGER NOT NULL DEFAULT 0,
    defender_intel_pct               REAL    NOT NULL DEFAULT 0,
    defender_support_count           INTEGER NOT NULL DEFAULT 0,
    defender_support_pct             REAL    NOT NULL DEFAULT 0,
    defender_trapper_count           INTEGER NOT NULL DEFAULT 0,
    defender_trapper_pct             REAL    NOT NULL DEFAULT 0,
    defender_utility_denier_count    INTEGER NOT NULL DEFAULT 0,
    defender_utility_denier_pct      REAL    NOT NULL DEFAULT 0,
    CHECK (min(matches_played, matches_won, matches_lost, matches_abandoned, time_played_ms, kills, deaths, assists,
               team_kills, attacker_rounds_won, defender_rounds_won, headshots, headshots_missed, wallbangs, damage_dealt,
               attacker_breacher_count, attacker_fragger_count, attacker_intel_count, attacker_roam_count,
               attacker_support_count, attacker_utility_count, defender_debuffer_count, defender_entry_denier_count,
               defender_intel_count, defender_support_count, defender_trapper_count, defender_utility_denier_count) >= 0)
) STRICT;

-- Per-playlist part of the profile snapshot (ranked / arcade / quickmatch gamemode segments) (competitive 3.3, 3.6 #18-#21).
CREATE TABLE r6_profile_playlist_stats (
    player_id           TEXT    NOT NULL REFERENCES r6_profile_stats (player_id) ON DELETE CASCADE,
    playlist            TEXT    NOT NULL CHECK (playlist IN ('ranked', 'arcade', 'quickmatch')),
    matches_played      INTEGER NOT NULL DEFAULT 0,
    matches_won         INTEGER NOT NULL DEFAULT 0,
    matches_lost        INTEGER NOT NULL DEFAULT 0,
    matches_abandoned   INTEGER NOT NULL DEFAULT 0,
    kills               INTEGER NOT NULL DEFAULT 0,
    deaths              INTEGER NOT NULL DEFAULT 0,
    kd_ratio            REAL    NOT NULL DEFAULT 0,
    kills_per_match     REAL    NOT NULL DEFAULT 0,
    win_pct             REAL    NOT NULL DEFAULT 0,
    PRIMARY KEY (player_id, playlist),
    CHECK (min(matches_played, matches_won, matches_lost, matches_abandoned, kills, deaths) >= 0)
) STRICT, WITHOUT ROWID;

-- Rank history: current and max rank per season and session type from the profile's season segments, max rank = best max_rank_points (competitive 3.3, 3.4).
CREATE TABLE r6_season_ranks (
    player_id           TEXT    NOT NULL REFERENCES r6_players (player_id) ON DELETE CASCADE,
    season              INTEGER NOT NULL CHECK (season >= 0),
    session_type        TEXT    NOT NULL,
    rank_id             INTEGER NULL CHECK (rank_id BETWEEN 0 AND 36),
    rank_name           TEXT    NULL,
    rank_points         INTEGER NULL CHECK (rank_points >= 0),
    max_rank_id         INTEGER NULL CHECK (max_rank_id BETWEEN 0 AND 36),
    max_rank_name       TEXT    NULL,
    max_rank_points     INTEGER NULL CHECK (max_rank_points >= 0),
    matches_played      INTEGER NOT NULL DEFAULT 0 CHECK (matches_played >= 0),
    matches_won         INTEGER NOT NULL DEFAULT 0 CHECK (matches_won >= 0),
    matches_lost        INTEGER NOT NULL DEFAULT 0 CHECK (matches_lost >= 0),
    kills               INTEGER NOT NULL DEFAULT 0 CHECK (kills >= 0),
    deaths              INTEGER NOT NULL DEFAULT 0 CHECK (deaths >= 0),
    fetched_at_ms       INTEGER NOT NULL,
    PRIMARY KEY (player_id, season, session_type)
) STRICT, WITHOUT ROWID;

-- Tournaments of a guild: single elimination, team size 1..5, lifecycle state and winner (README decisions "Tournaments", competitive 1.1, 1.3, 1.5, 1.8, 6.1).
CREATE TABLE tournaments (
    tournament_id                 INTEGER NOT NULL PRIMARY KEY,
    guild_id                      INTEGER NOT NULL REFERENCES guilds (guild_id) ON DELETE CASCADE,
    name                          TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    team_size                     INTEGER NOT NULL DEFAULT 1 CHECK (team_size BETWEEN 1 AND 5),
    -- bracket entrants (teams, players when team_size = 1), people capacity = max_entrants * team_size
    max_entrants                  INTEGER NOT NULL CHECK (max_entrants BETWEEN 2 AND 256),
    best_of                       INTEGER NOT NULL DEFAULT 3 CHECK (best_of IN (1, 3, 5, 7, 9)),
    registration_opens_at_ms      INTEGER NOT NULL,
    registration_closes_at_ms     INTEGER NOT NULL,
    starts_at_ms                  INTEGER NOT NULL,
    ends_at_ms                    INTEGER NOT NULL,
    state                         TEXT    NOT NULL DEFAULT 'registration'
                                  CHECK (state IN ('registration', 'in_progress', 'finished', 'cancelled')),
    -- power of two fixed at start
    bracket_size                  INTEGER NULL CHECK (bracket_size >= 2 AND (bracket_size & (bracket_size - 1)) = 0),
    winner_team_id                INTEGER NULL,
    created_by_user_id            INTEGER NULL,
    created_at_ms                 INTEGER NOT NULL,
    started_at_ms                 INTEGER NULL,
    finished_at_ms                INTEGER NULL,
    cancelled_at_ms               INTEGER NULL,
    updated_at_ms                 INTEGER NOT NULL,
    UNIQUE (guild_id, tournament_id),
    CHECK (registration_opens_at_ms <= registration_closes_at_ms),
    CHECK (registration_closes_at_ms <= starts_at_ms),
    CHECK (starts_at_ms <= ends_at_ms),
    CHECK (state = 'registration' OR state = 'cancelled' OR (started_at_ms IS NOT NULL AND bracket_size IS NOT NULL)),
    CHECK ((state = 'finished') = (finished_at_ms IS NOT NULL)),
    CHECK (state <> 'finished' OR winner_team_id IS NOT NULL),
    CHECK ((state = 'cancelled') = (cancelled_at_ms IS NOT NULL)),
    FOREIGN KEY (winner_team_id, tournament_id) REFERENCES tournament_teams (team_id, tournament_id)
) STRICT;
CREATE INDEX ix_tournaments_guild_state ON tournaments (guild_id, state, starts_at_ms);

-- Map pool of a tournament, in order (replaces the original comma-separated column) (competitive 1.1, 1.3).
CREATE TABLE tournament_maps (
    tournament_id   INTEGER NOT NULL REFERENCES tournaments (tournament_id) ON DELETE CASCADE,
    position        INTEGER NOT NULL CHECK (position >= 0),
    map_name        TEXT    NOT NULL CHECK (length(map_name) BETWEEN 1 AND 64),
    PRIMARY KEY (tournament_id, position),
    UNIQUE (tournament_id, map_name)
) STRICT, WITHOUT ROWID;

-- People registered to a tournament, one row each (unique, so no double registration) (competitive 1.4, 1.7, 4 user_tournament, 6.1 #7).
CREATE TABLE tournament_registrants (
    tournament_id       INTEGER NOT NULL,
    user_id             INTEGER NOT NULL,
    guild_id            INTEGER NOT NULL,
    registered_at_ms    INTEGER NOT NULL,
    PRIMARY KEY (tournament_id, user_id),
    FOREIGN KEY (guild_id, tournament_id) REFERENCES tournaments (guild_id, tournament_id) ON DELETE CASCADE,
    FOREIGN KEY (guild_id, user_id) REFERENCES members (guild_id, user_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX ix_tournament_registrants_member ON tournament_registrants (guild_id, user_id);

-- Bracket entrants: a team (a single player when team_size = 1), with its seed (competitive 1.5, 4 tournament_team_members, README decisions "seeding").
CREATE TABLE tournament_teams (
    team_id         INTEGER NOT NULL PRIMARY KEY,
    tournament_id   INTEGER NOT NULL REFERENCES tournaments (tournament_id) ON DELETE CASCADE,
    -- 1 = top seed, NULL until seeded
    seed            INTEGER NULL CHECK (seed >= 1),
    name            TEXT    NULL,
    created_at_ms   INTEGER NOT NULL,
    UNIQUE (team_id, tournament_id),
    UNIQUE (tournament_id, seed)
) STRICT;

-- Members of each team, captain included, a person is on at most one team per tournament (competitive 1.5, 1.6, 4 tournament_team_members).
CREATE TABLE tournament_team_members (
    tournament_id   INTEGER NOT NULL,
    user_id         INTEGER NOT NULL,
    team_id         INTEGER NOT NULL,
    is_captain      INTEGER NOT NULL DEFAULT 0 CHECK (is_captain IN (0, 1)),
    PRIMARY KEY (tournament_id, user_id),
    FOREIGN KEY (team_id, tournament_id) REFERENCES tournament_teams (team_id, tournament_id) ON DELETE CASCADE,
    FOREIGN KEY (tournament_id, user_id) REFERENCES tournament_registrants (tournament_id, user_id) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;
CREATE INDEX ix_tournament_team_members_team ON tournament_team_members (team_id);
CREATE UNIQUE INDEX ux_tournament_team_members_captain ON tournament_team_members (team_id) WHERE is_captain = 1;

-- Bracket games: round/position, two sides, result, reporter, and the forward link to the game the winner goes to (competitive 1.1, 1.5-1.8, 4 tournament_game, 6.1).
CREATE TABLE tournament_games (
    game_id               INTEGER NOT NULL PRIMARY KEY,
    tournament_id         INTEGER NOT NULL REFERENCES tournaments (tournament_id) ON DELETE CASCADE,
    -- 1 = first round, position = 0-based index within the round, top to bottom
    round                 INTEGER NOT NULL CHECK (round >= 1),
    position              INTEGER NOT NULL CHECK (position >= 0),
    team1_id              INTEGER NULL,
    team2_id              INTEGER NULL,
    state                 TEXT    NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'ready', 'completed', 'cancelled')),
    winner_team_id        INTEGER NULL,
    -- rounds won by each side, NULL for a bye or walkover
    team1_rounds          INTEGER NULL CHECK (team1_rounds BETWEEN 0 AND 99),
    team2_rounds          INTEGER NULL CHECK (team2_rounds BETWEEN 0 AND 99),
    result_kind           TEXT    NULL CHECK (result_kind IN ('reported', 'bye', 'walkover', 'mod')),
    map_name              TEXT    NULL,
    reported_by_user_id   INTEGER NULL,
    reported_at_ms        INTEGER NULL,
    completed_at_ms       INTEGER NULL,
    -- the game the winner advances to, and which side (1 or 2) of it, NULL for the final
    next_game_id          INTEGER NULL,
    next_game_slot        INTEGER NULL CHECK (next_game_slot IN (1, 2)),
    UNIQUE (game_id, tournament_id),
    UNIQUE (tournament_id, round, position),
    UNIQUE (next_game_id, next_game_slot),
    CHECK ((next_game_id IS NULL) = (next_game_slot IS NULL)),
    CHECK (next_game_id IS NULL OR next_game_id <> game_id),
    CHECK (team1_id IS NULL OR team2_id IS NULL OR team1_id <> team2_id),
    CHECK (state <> 'ready' OR (team1_id IS NOT NULL AND team2_id IS NOT NULL)),
    CHECK ((state = 'completed') = (winner_team_id IS NOT NULL)),
    CHECK ((winner_team_id IS NULL) = (result_kind IS NULL)),
    CHECK ((winner_team_id IS NULL) = (completed_at_ms IS NULL)),
    CHECK (winner_team_id IS NULL OR winner_team_id = team1_id OR winner_team_id = team2_id),
    CHECK ((team1_rounds IS NULL) = (team2_rounds IS NULL)),
    CHECK (team1_rounds IS NULL OR winner_team_id IS NULL
           OR (winner_team_id = team1_id AND team1_rounds > team2_rounds)
           OR (winner_team_id = team2_id AND team2_rounds > team1_rounds)),
    FOREIGN KEY (team1_id, tournament_id) REFERENCES tournament_teams (team_id, tournament_id),
    FOREIGN KEY (team2_id, tournament_id) REFERENCES tournament_teams (team_id, tournament_id),
    FOREIGN KEY (winner_team_id, tournament_id) REFERENCES tournament_teams (team_id, tournament_id),
    FOREIGN KEY (next_game_id, tournament_id) REFERENCES tournament_games (game_id, tournament_id)
) STRICT;
CREATE INDEX ix_tournament_games_state ON tournament_games (tournament_id, state);
CREATE INDEX ix_tournament_games_team1 ON tournament_games (team1_id) WHERE team1_id IS NOT NULL;
CREATE INDEX ix_tournament_games_team2 ON tournament_games (team2_id) WHERE team2_id IS NOT NULL;

-- Bet wallet per member per tournament, starting at $1,000.00 (README decisions "Bets", competitive 2.1, 2.10, 4 bet_user_tournament, 6.2).
CREATE TABLE bet_wallets (
    tournament_id    INTEGER NOT NULL,
    user_id          INTEGER NOT NULL,
    guild_id         INTEGER NOT NULL,
    balance_cents    INTEGER NOT NULL DEFAULT 100000 CHECK (balance_cents >= 0),
    created_at_ms    INTEGER NOT NULL,
    updated_at_ms    INTEGER NOT NULL,
    PRIMARY KEY (tournament_id, user_id),
    FOREIGN KEY (guild_id, tournament_id) REFERENCES tournaments (guild_id, tournament_id) ON DELETE CASCADE,
    FOREIGN KEY (guild_id, user_id) REFERENCES members (guild_id, user_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX ix_bet_wallets_member ON bet_wallets (guild_id, user_id);

-- One betting market per bracket game, current probabilities in ppm always sum to 1,000,000 within [0.05, 0.95] (competitive 2.2-2.4, 4 bet_game, 6.2).
CREATE TABLE bet_markets (
    market_id                 INTEGER NOT NULL PRIMARY KEY,
    tournament_id             INTEGER NOT NULL REFERENCES tournaments (tournament_id) ON DELETE CASCADE,
    game_id                   INTEGER NOT NULL UNIQUE,
    -- the two sides when the market opened, bets choose side 1 or 2
    team1_id                  INTEGER NOT NULL,
    team2_id                  INTEGER NOT NULL,
    team1_probability_ppm     INTEGER NOT NULL CHECK (team1_probability_ppm BETWEEN 50000 AND 950000),
    team2_probability_ppm     INTEGER NOT NULL CHECK (team2_probability_ppm BETWEEN 50000 AND 950000),
    initial_team1_probability_ppm INTEGER NOT NULL CHECK (initial_team1_probability_ppm BETWEEN 50000 AND 950000),
    -- open -> closed (match being reported) -> settled, void = refunded
    state                     TEXT    NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'closed', 'settled', 'void')),
    opened_at_ms              INTEGER NOT NULL,
    closed_at_ms              INTEGER NULL,
    settled_at_ms             INTEGER NULL,
    updated_at_ms             INTEGER NOT NULL,
    UNIQUE (market_id, tournament_id),
    CHECK (team1_probability_ppm + team2_probability_ppm = 1000000),
    CHECK (team1_id <> team2_id),
    CHECK (state = 'open' OR closed_at_ms IS NOT NULL),
    CHECK ((state IN ('settled', 'void')) = (settled_at_ms IS NOT NULL)),
    FOREIGN KEY (game_id, tournament_id) REFERENCES tournament_games (game_id, tournament_id),
    FOREIGN KEY (team1_id, tournament_id) REFERENCES tournament_teams (team_id, tournament_id),
    FOREIGN KEY (team2_id, tournament_id) REFERENCES tournament_teams (team_id, tournament_id)
) STRICT;
CREATE INDEX ix_bet_markets_state ON bet_markets (tournament_id, state);

-- One bet: stake in cents (minimum $10.00), chosen side, probability locked at bet time, outcome (competitive 2.5, 2.6, 2.8, 2.9, 4 bet_user_game, 6.2).
CREATE TABLE bets (
    bet_id            INTEGER NOT NULL PRIMARY KEY,
    tournament_id     INTEGER NOT NULL REFERENCES tournaments (tournament_id) ON DELETE CASCADE,
    market_id         INTEGER NOT NULL,
    user_id           INTEGER NOT NULL,
    side              INTEGER NOT NULL CHECK (side IN (1, 2)),
    amount_cents      INTEGER NOT NULL CHECK (amount_cents >= 1000),
    probability_ppm   INTEGER NOT NULL CHECK (probability_ppm BETWEEN 50000 AND 950000),
    placed_at_ms      INTEGER NOT NULL,
    state             TEXT    NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'won', 'lost', 'refunded')),
    -- gross payout, stake included (0 for a lost bet, the stake for a refund), NULL while open
    payout_cents      INTEGER NULL CHECK (payout_cents >= 0),
    settled_at_ms     INTEGER NULL,
    CHECK ((state = 'open') = (settled_at_ms IS NULL)),
    CHECK ((state = 'open') = (payout_cents IS NULL)),
    CHECK (state <> 'lost' OR payout_cents = 0),
    CHECK (state <> 'refunded' OR payout_cents = amount_cents),
    FOREIGN KEY (market_id, tournament_id) REFERENCES bet_markets (market_id, tournament_id),
    FOREIGN KEY (tournament_id, user_id) REFERENCES bet_wallets (tournament_id, user_id)
) STRICT;
CREATE INDEX ix_bets_market_state ON bets (market_id, state);
CREATE INDEX ix_bets_wallet ON bets (tournament_id, user_id);
CREATE INDEX ix_bets_tournament_state ON bets (tournament_id, state);

-- Every wallet movement (grant, stake debit, payout, refund, adjustment) so a wallet can be rebuilt, unique indexes make each payout happen once (competitive 2.6, 4 bet_ledger_entry, 6.2 #2, #11).
CREATE TABLE bet_ledger (
    entry_id               INTEGER NOT NULL PRIMARY KEY,
    tournament_id          INTEGER NOT NULL REFERENCES tournaments (tournament_id) ON DELETE CASCADE,
    user_id                INTEGER NOT NULL,
    kind                   TEXT    NOT NULL CHECK (kind IN ('grant', 'stake', 'payout', 'refund', 'adjustment')),
    -- signed change of the wallet balance: grant > 0, stake < 0, payout >= 0 (0 = lost bet), refund > 0
    delta_cents            INTEGER NOT NULL,
    balance_after_cents    INTEGER NOT NULL CHECK (balance_after_cents >= 0),
    bet_id                 INTEGER NULL REFERENCES bets (bet_id),
    game_id                INTEGER NULL REFERENCES tournament_games (game_id),
    created_by_user_id     INTEGER NULL,
    created_at_ms          INTEGER NOT NULL,
    CHECK ((kind IN ('stake', 'payout', 'refund')) = (bet_id IS NOT NULL)),
    CHECK ((kind IN ('stake', 'payout', 'refund')) = (game_id IS NOT NULL)),
    CHECK (kind <> 'grant' OR delta_cents > 0),
    CHECK (kind <> 'stake' OR delta_cents < 0),
    CHECK (kind <> 'payout' OR delta_cents >= 0),
    CHECK (kind <> 'refund' OR delta_cents > 0),
    FOREIGN KEY (tournament_id, user_id) REFERENCES bet_wallets (tournament_id, user_id)
) STRICT;
-- exactly one settlement entry (payout or refund) per (game, bet), and one stake per bet, one grant per wallet
CREATE UNIQUE INDEX ux_bet_ledger_settlement_once ON bet_ledger (game_id, bet_id) WHERE kind IN ('payout', 'refund');
CREATE UNIQUE INDEX ux_bet_ledger_stake_once ON bet_ledger (bet_id) WHERE kind = 'stake';
CREATE UNIQUE INDEX ux_bet_ledger_grant_once ON bet_ledger (tournament_id, user_id) WHERE kind = 'grant';
CREATE INDEX ix_bet_ledger_wallet ON bet_ledger (tournament_id, user_id, created_at_ms);
CREATE INDEX ix_bet_ledger_bet ON bet_ledger (bet_id) WHERE bet_id IS NOT NULL;

-- Settlement record, one per market/game, written first in the settlement transaction so a game is settled exactly once (competitive 2.6, 2.7, 6.2 #2).
CREATE TABLE bet_settlements (
    market_id         INTEGER NOT NULL PRIMARY KEY,
    tournament_id     INTEGER NOT NULL REFERENCES tournaments (tournament_id) ON DELETE CASCADE,
    game_id           INTEGER NOT NULL UNIQUE REFERENCES tournament_games (game_id),
    outcome           TEXT    NOT NULL CHECK (outcome IN ('paid', 'void')),
    -- winning side of the market (1 or 2), NULL when void
    winner_side       INTEGER NULL CHECK (winner_side IN (1, 2)),
    bets_count        INTEGER NOT NULL DEFAULT 0 CHECK (bets_count >= 0),
    staked_cents      INTEGER NOT NULL DEFAULT 0 CHECK (staked_cents >= 0),
    paid_cents        INTEGER NOT NULL DEFAULT 0 CHECK (paid_cents >= 0),
    settled_at_ms     INTEGER NOT NULL,
    CHECK ((outcome = 'paid') = (winner_side IS NOT NULL)),
    FOREIGN KEY (market_id, tournament_id) REFERENCES bet_markets (market_id, tournament_id)
) STRICT;

-- AI usage per UTC day, guild (0 = none) and provider/model: calls, tokens, cost (README decisions "AI", community 6.1, 10).
CREATE TABLE ai_usage_daily (
    usage_day         TEXT    NOT NULL CHECK (date(usage_day, '+0 days') IS usage_day),
    guild_id          INTEGER NOT NULL CHECK (guild_id >= 0),
    provider          TEXT    NOT NULL CHECK (provider IN ('gemini', 'openai')),
    model             TEXT    NOT NULL CHECK (length(model) BETWEEN 1 AND 100),
    calls             INTEGER NOT NULL DEFAULT 0 CHECK (calls >= 0),
    failed_calls      INTEGER NOT NULL DEFAULT 0 CHECK (failed_calls >= 0),
    tokens_in         INTEGER NOT NULL DEFAULT 0 CHECK (tokens_in >= 0),
    tokens_out        INTEGER NOT NULL DEFAULT 0 CHECK (tokens_out >= 0),
    cost_micro_usd    INTEGER NOT NULL DEFAULT 0 CHECK (cost_micro_usd >= 0),
    updated_at_ms     INTEGER NOT NULL,
    PRIMARY KEY (usage_day, guild_id, provider, model)
) STRICT, WITHOUT ROWID;

-- Last run of each scheduled job per guild (0 = global), so missed occurrences run once at start-up (README decisions "Scheduled jobs", community 0.5, 7.3, 11 #30, competitive 1.10).
CREATE TABLE job_runs (
    job_name               TEXT    NOT NULL CHECK (length(job_name) BETWEEN 1 AND 100),
    guild_id               INTEGER NOT NULL CHECK (guild_id >= 0),
    -- the scheduled occurrence (its UTC instant) last handled, the next due one is computed from it
    last_occurrence_at_ms  INTEGER NULL,
    last_started_at_ms     INTEGER NULL,
    last_finished_at_ms    INTEGER NULL,
    last_status            TEXT    NULL CHECK (last_status IN ('running', 'succeeded', 'failed', 'skipped')),
    last_error             TEXT    NULL,
    PRIMARY KEY (job_name, guild_id)
) STRICT, WITHOUT ROWID;

-- Hash of the application command catalogue last registered per scope (guild_id 0 = global), to skip needless re-registration (community 0.2, 11 #30).
CREATE TABLE command_registrations (
    application_id     INTEGER NOT NULL CHECK (application_id > 0),
    guild_id           INTEGER NOT NULL CHECK (guild_id >= 0),
    -- lowercase hex SHA-256 of the canonical command catalogue sent to Discord
    catalogue_hash     TEXT    NOT NULL CHECK (length(catalogue_hash) = 64 AND catalogue_hash NOT GLOB '*[^0-9a-f]*'),
    registered_at_ms   INTEGER NOT NULL,
    PRIMARY KEY (application_id, guild_id)
) STRICT, WITHOUT ROWID;
