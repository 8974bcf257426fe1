using GameTime.Features.Activity;
using static GameTime.Tests.Activity.VoiceActivityFixture;

namespace GameTime.Tests.Activity;

/// <summary>Start-up and shutdown: the open sessions are made to match who is in voice, nothing invented, nothing left open.</summary>
public sealed class VoiceReconciliationTests : IDisposable
{
    private readonly VoiceActivityFixture _f = new();

    public void Dispose() => _f.Dispose();

    private static VoicePresence In(ulong user, ulong channel, string? name = null) => new(user, channel, name ?? $"member {user}");

    [Fact]
    public void After_a_crash_a_member_who_left_meanwhile_is_closed_one_who_joined_is_opened_and_one_who_stayed_keeps_his_session()
    {
        long before = _f.Now;
        _f.Update(Ash, null, Squad);
        _f.Update(Tom, null, Squad);
        _f.Advance(180); // the bot was down; Tom left, Zoe joined Duo, Ash stayed
        long restart = _f.Now;

        var result = _f.Recorder.Reconcile(Guild, [In(Ash, Squad), In(Zoe, Duo, "Zoé Lefèvre")]);

        Assert.Equal(new VoiceReconciliation(Closed: 1, Opened: 1, Kept: 1), result);
        Assert.Equal(
        [
            new SessionRow(Guild, Ash, Squad, before, null, null),
            new SessionRow(Guild, Tom, Squad, before, restart, "reconciled"),
            new SessionRow(Guild, Zoe, Duo, restart, null, null),
        ], _f.Sessions());
        Assert.Equal("Zoé Lefèvre", _f.DisplayName(Zoe));
        Assert.Equal(2, _f.Events().Count); // reconciliation is not a transition Discord reported: no event rows
    }

    [Fact]
    public void A_member_who_moved_while_the_bot_was_down_has_the_old_session_closed_and_a_new_one_opened()
    {
        _f.Update(Ash, null, Squad);
        _f.Advance(60);
        Assert.Equal(new VoiceReconciliation(1, 1, 0), _f.Recorder.Reconcile(Guild, [In(Ash, Duo)]));
        Assert.Equal([(Squad, "reconciled"), (Duo, (string?)null)], _f.Sessions().Select(s => (s.Channel, s.Reason)));
    }

    [Fact]
    public void Members_outside_the_tracked_channels_get_no_session_and_a_second_reconciliation_changes_nothing()
    {
        var snapshot = new[] { In(Ash, Squad), In(Tom, Afk), In(Zoe, OtherSquad) };
        Assert.Equal(new VoiceReconciliation(0, 1, 0), _f.Recorder.Reconcile(Guild, snapshot));
        _f.Advance(5);
        Assert.Equal(new VoiceReconciliation(0, 0, 1), _f.Recorder.Reconcile(Guild, snapshot));
        Assert.Equal([(Guild, Ash, Squad)], _f.Sessions().Select(s => (s.Guild, s.User, s.Channel)));
    }

    [Fact]
    public void A_member_unknown_to_the_cache_gets_a_session_and_a_placeholder_name_that_never_overwrites_a_known_one()
    {
        _f.Update(Tom, null, Squad, "Tom 🔥");
        _f.Update(Tom, Squad, null, "Tom 🔥");
        _f.Recorder.Reconcile(Guild, [new VoicePresence(Tom, Squad, null), new VoicePresence(Zoe, Duo, null)]);

        Assert.Equal("Tom 🔥", _f.DisplayName(Tom));
        Assert.Equal(Zoe.ToString(System.Globalization.CultureInfo.InvariantCulture), _f.DisplayName(Zoe));
        Assert.Equal(2, _f.Recorder.OpenSessions(Guild).Count);
    }

    [Fact]
    public void Shutdown_closes_every_open_session_and_the_next_start_reopens_only_those_still_in_voice()
    {
        long start = _f.Now;
        _f.Update(Ash, null, Squad);
        _f.Update(Tom, null, Duo);
        _f.Update(Zoe, null, OtherSquad, guild: OtherGuild);
        _f.Advance(60);
        long stop = _f.Now;

        Assert.Equal(3, _f.Recorder.CloseAll([Guild, OtherGuild]));
        Assert.All(_f.Sessions(), s => Assert.Equal((stop, "reconciled"), (s.End, s.Reason)));

        _f.Advance(30); // down for half an hour; Tom left meanwhile
        long restart = _f.Now;
        Assert.Equal(new VoiceReconciliation(0, 1, 0), _f.Recorder.Reconcile(Guild, [In(Ash, Squad)]));

        Assert.Equal([new OpenVoiceSession(4, Ash, Squad, restart)], _f.Recorder.OpenSessions(Guild));
        // The downtime is nobody's voice time: Ash has 60 minutes before the stop and counts again from the restart.
        var spans = new VoiceSessionReader(_f.Database).Read(Guild, start, restart + 10 * Minute, restart + 10 * Minute);
        Assert.Equal(70 * Minute, spans.Where(s => s.UserId == Ash).Sum(s => s.DurationMs));
        Assert.Equal(60 * Minute, spans.Where(s => s.UserId == Tom).Sum(s => s.DurationMs));
    }

    [Fact]
    public void Shutdown_leaves_the_sessions_of_guilds_it_was_not_given_alone()
    {
        _f.Update(Ash, null, Squad);
        _f.Update(Zoe, null, OtherSquad, guild: OtherGuild);
        Assert.Equal(1, _f.Recorder.CloseAll([Guild]));
        Assert.Equal([(Guild, "reconciled"), (OtherGuild, (string?)null)], _f.Sessions().Select(s => (s.Guild, s.Reason)));
    }
}
