using GameTime.Features.Activity;
using static GameTime.Tests.Activity.VoiceActivityFixture;

namespace GameTime.Tests.Activity;

/// <summary>Joins, leaves and moves as Discord reports them, and what voice_sessions and voice_events end up holding.</summary>
public sealed class VoiceActivityRecorderTests : IDisposable
{
    private readonly VoiceActivityFixture _f = new();

    public void Dispose() => _f.Dispose();

    [Fact]
    public void A_join_opens_a_session_and_the_leave_closes_it_with_the_time_in_between()
    {
        long joined = _f.Now;
        Assert.Equal(new VoiceTransition(VoiceTransitionKind.Join, null, Squad, false), _f.Update(Ash, null, Squad));
        Assert.Equal([new SessionRow(Guild, Ash, Squad, joined, null, null)], _f.Sessions());

        _f.Advance(95);
        Assert.Equal(new VoiceTransition(VoiceTransitionKind.Leave, Squad, null, true), _f.Update(Ash, Squad, null));

        Assert.Equal([new SessionRow(Guild, Ash, Squad, joined, joined + 95 * Minute, "leave")], _f.Sessions());
        Assert.Equal([new EventRow(Guild, Ash, "join", Squad, null, joined), new EventRow(Guild, Ash, "leave", Squad, null, joined + 95 * Minute)],
            _f.Events());
    }

    [Fact]
    public void A_move_between_tracked_channels_closes_one_session_and_opens_the_next_at_the_same_instant()
    {
        long joined = _f.Now;
        _f.Update(Ash, null, Squad);
        _f.Advance(30);
        long moved = _f.Now;
        Assert.Equal(new VoiceTransition(VoiceTransitionKind.Move, Squad, Duo, false), _f.Update(Ash, Squad, Duo));

        Assert.Equal([new SessionRow(Guild, Ash, Squad, joined, moved, "move"), new SessionRow(Guild, Ash, Duo, moved, null, null)], _f.Sessions());
        Assert.Equal(new EventRow(Guild, Ash, "move", Duo, Squad, moved), _f.Events()[^1]);
    }

    [Fact]
    public void Moving_out_to_an_untracked_channel_only_closes_and_moving_back_in_only_opens()
    {
        long joined = _f.Now;
        _f.Update(Tom, null, Squad);
        _f.Advance(10);
        long toAfk = _f.Now;
        Assert.Equal(new VoiceTransition(VoiceTransitionKind.Leave, Squad, null, false), _f.Update(Tom, Squad, Afk));
        _f.Advance(20);
        long back = _f.Now;
        Assert.Equal(new VoiceTransition(VoiceTransitionKind.Join, null, Duo, false), _f.Update(Tom, Afk, Duo));

        // Still in voice when the session ended, so the reason is a move; the afk time is nobody's session.
        Assert.Equal([new SessionRow(Guild, Tom, Squad, joined, toAfk, "move"), new SessionRow(Guild, Tom, Duo, back, null, null)], _f.Sessions());
        Assert.Equal(["join", "leave", "join"], _f.Events().Select(e => e.Event));
    }

    [Fact]
    public void Untracked_channels_record_nothing_and_create_no_member()
    {
        Assert.Equal(VoiceTransition.None, _f.Update(Zoe, null, Afk));
        Assert.Equal(VoiceTransition.None, _f.Update(Zoe, Afk, null));
        Assert.Empty(_f.Sessions());
        Assert.Empty(_f.Events());
        Assert.Null(_f.DisplayName(Zoe));
    }

    [Fact]
    public void Bots_are_ignored()
    {
        Assert.Equal(VoiceTransition.None, _f.Update(StatBot, null, Squad, "StatBot", bot: true));
        Assert.Empty(_f.Sessions());
        Assert.Null(_f.DisplayName(StatBot));
    }

    [Fact]
    public void An_update_is_recorded_for_the_members_own_guild_only()
    {
        _f.Update(Ash, null, Squad);
        // Squad is tracked by the first guild only: the same channel id reported in another guild is not tracked there.
        Assert.Equal(VoiceTransition.None, _f.Update(Ash, null, Squad, guild: OtherGuild));
        _f.Update(Tom, null, OtherSquad, guild: OtherGuild);

        Assert.Equal([(Guild, Ash, Squad), (OtherGuild, Tom, OtherSquad)], _f.Sessions().Select(s => (s.Guild, s.User, s.Channel)));
        Assert.Equal([(Guild, Ash), (OtherGuild, Tom)], _f.Events().Select(e => (e.Guild, e.User)));
        Assert.Null(_f.DisplayName(Ash, OtherGuild));
    }

    [Fact]
    public void A_join_sent_again_neither_doubles_the_session_nor_moves_its_start()
    {
        long joined = _f.Now;
        _f.Update(Ash, null, Squad);
        _f.Advance(5);
        // Discord re-sends voice states on resume; a cache that missed the join reports it as a join again.
        Assert.Equal(VoiceTransition.None, _f.Update(Ash, null, Squad));
        Assert.Equal(VoiceTransition.None, _f.Update(Ash, Squad, Squad));
        _f.Advance(55);
        _f.Update(Ash, Squad, null);

        Assert.Equal([new SessionRow(Guild, Ash, Squad, joined, joined + 60 * Minute, "leave")], _f.Sessions());
        Assert.Equal(["join", "leave"], _f.Events().Select(e => e.Event));
    }

    [Fact]
    public void A_leave_without_an_open_session_records_nothing_and_the_next_join_still_counts()
    {
        Assert.Equal(VoiceTransition.None, _f.Update(Zoe, Squad, null));
        Assert.Empty(_f.Sessions());
        Assert.Empty(_f.Events());

        _f.Update(Zoe, null, Duo);
        Assert.Equal([new SessionRow(Guild, Zoe, Duo, _f.Now, null, null)], _f.Sessions());
    }

    [Fact]
    public void An_update_that_names_the_wrong_previous_channel_still_ends_the_open_session()
    {
        long joined = _f.Now;
        _f.Update(Ash, null, Squad);
        _f.Advance(15);
        // The cache thought Ash was in Duo (an update was lost); the database's open session is the one to close.
        Assert.Equal(new VoiceTransition(VoiceTransitionKind.Leave, Squad, null, true), _f.Update(Ash, Duo, null));
        Assert.Equal([new SessionRow(Guild, Ash, Squad, joined, joined + 15 * Minute, "leave")], _f.Sessions());
    }

    [Fact]
    public void The_display_name_is_kept_current_even_by_updates_that_change_no_session()
    {
        const string Long = "Дмитрий 🔥🔥 Ωμέγα 李小龍 the very long nickname of thirty-two";
        _f.Update(Tom, null, Squad, "Thermite Tom");
        Assert.Equal("Thermite Tom", _f.DisplayName(Tom));
        _f.Update(Tom, Squad, Squad, "Tom 🔥"); // a mute, with the nickname changed meanwhile
        Assert.Equal("Tom 🔥", _f.DisplayName(Tom));
        _f.Update(Tom, Squad, Duo, Long);
        Assert.Equal(Long, _f.DisplayName(Tom));
    }

    [Fact]
    public void A_session_across_midnight_reads_back_clipped_to_each_day()
    {
        var day1 = new DateTimeOffset(2026, 12, 3, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();
        long day2 = day1 + 24 * 60 * Minute, day3 = day2 + 24 * 60 * Minute;
        _f.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 3, 23, 15, 0, TimeSpan.Zero));
        _f.Update(Ash, null, Squad);
        _f.Advance(120); // 01:15 on the 4th
        var reader = new VoiceSessionReader(_f.Database);

        // Still open: counted up to now, flagged open.
        Assert.Equal([new VoiceSpan(Ash, Squad, day2, day2 + 75 * Minute, true)], reader.Read(Guild, day2, day3, _f.Now));

        _f.Advance(15);
        _f.Update(Ash, Squad, null);
        Assert.Equal([new VoiceSpan(Ash, Squad, day1 + (23 * 60 + 15) * Minute, day2, false)], reader.Read(Guild, day1, day2, _f.Now));
        Assert.Equal([new VoiceSpan(Ash, Squad, day2, day2 + 90 * Minute, false)], reader.Read(Guild, day2, day3, _f.Now));
        Assert.Empty(reader.Read(OtherGuild, day1, day3, _f.Now));
    }
}
