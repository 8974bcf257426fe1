using GameTime.Features.Data;
using GameTime.Features.Schedule;
using Microsoft.Extensions.Time.Testing;

namespace GameTime.Tests.Schedule;

public sealed class ScheduleStoreTests : IDisposable
{
    private const ulong Guild = 1, Channel = 2;
    private static readonly DateOnly Friday = new(2026, 12, 4);
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 4, 15, 0, 0, TimeSpan.Zero));
    private readonly Database _database;
    private readonly ScheduleStore _store;
    private readonly RecurringScheduleStore _recurring;

    public ScheduleStoreTests()
    {
        _database = new Database(_folder.File("gametime.db"));
        _database.Migrate(_clock);
        _store = new ScheduleStore(_database, _clock);
        _recurring = new RecurringScheduleStore(_database, _clock);
    }

    public void Dispose() => _folder.Dispose();

    private string Slots(ulong messageId) => string.Join(" ", _store.Votes(Guild, messageId).Select(v => $"{v.Slot}:{v.DisplayName}:{v.Source}"));

    [Fact]
    public void A_day_has_one_current_message_and_a_forced_resend_retires_the_old_one()
    {
        _store.RecordPosted(Guild, "Siege Squad", Channel, 100, Friday);
        _store.AddVote(Guild, 100, 4, new Voter(7, "Ash"), VoteSource.Reaction);
        Assert.Equal(100UL, _store.Current(Guild, Friday)!.MessageId);

        _store.RecordPosted(Guild, "", Channel, 101, Friday);

        Assert.Equal(101UL, _store.Current(Guild, Friday)!.MessageId);
        Assert.True(_store.Find(Guild, 100)!.Retired);
        Assert.Null(_store.Current(Guild, Friday.AddDays(1)));
        Assert.Equal("4:Ash:Reaction", Slots(100)); // the old message keeps its votes, for the record
    }

    [Fact]
    public void Votes_toggle_per_slot_and_list_in_the_order_members_joined()
    {
        _store.RecordPosted(Guild, "", Channel, 100, Friday);
        Assert.True(_store.AddVote(Guild, 100, 4, new Voter(7, "Ash"), VoteSource.Reaction));
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(_store.AddVote(Guild, 100, 4, new Voter(3, "Zoë 🎮"), VoteSource.Reaction));
        Assert.False(_store.AddVote(Guild, 100, 4, new Voter(7, "Ash"), VoteSource.Reaction));
        Assert.True(_store.AddVote(Guild, 100, 9, new Voter(7, null), VoteSource.Mod));
        Assert.Equal("4:Ash:Reaction 4:Zoë 🎮:Reaction 9:Ash:Mod", Slots(100));

        Assert.True(_store.RemoveVote(Guild, 100, 4, 7));
        Assert.False(_store.RemoveVote(Guild, 100, 4, 7));
        Assert.Equal("4:Zoë 🎮:Reaction 9:Ash:Mod", Slots(100));
    }

    [Fact]
    public void A_member_never_seen_gets_their_id_as_name_and_a_known_name_is_not_overwritten_by_none()
    {
        _store.RecordPosted(Guild, "", Channel, 100, Friday);
        _store.AddVote(Guild, 100, 0, new Voter(8, null), VoteSource.Reaction);
        _store.AddVote(Guild, 100, 1, new Voter(7, "Ash"), VoteSource.Reaction);
        _store.AddVote(Guild, 100, 2, new Voter(7, null), VoteSource.Reaction);
        Assert.Equal("0:8:Reaction 1:Ash:Reaction 2:Ash:Reaction", Slots(100));
    }

    [Fact]
    public void A_rebuild_makes_the_reaction_votes_match_the_reactions_and_keeps_the_other_votes()
    {
        _store.RecordPosted(Guild, "", Channel, 100, Friday);
        _store.AddVote(Guild, 100, 0, new Voter(1, "Gone"), VoteSource.Reaction);     // reaction removed while down
        _store.AddVote(Guild, 100, 1, new Voter(2, "Stays"), VoteSource.Reaction);    // still there
        _store.AddVote(Guild, 100, 2, new Voter(3, "Voice"), VoteSource.Voice);       // not a reaction: kept
        _store.AddVote(Guild, 100, 3, new Voter(4, "Recurring"), VoteSource.Recurring);

        var result = _store.ReplaceReactionVotes(Guild, 100, [(1, new Voter(2, null)), (5, new Voter(6, "New")), (3, new Voter(4, null))]);

        Assert.Equal(new RebuildResult(Added: 1, Removed: 1, Reactions: 3), result);
        // 4 reacted on their recurring slot: the vote is now theirs by reaction, so removing the reaction will remove it
        Assert.Equal("1:Stays:Reaction 2:Voice:Voice 3:Recurring:Reaction 5:New:Reaction", Slots(100));
        Assert.Equal(0, _store.ReplaceReactionVotes(Guild, 100, [(1, new Voter(2, null)), (5, new Voter(6, null)), (3, new Voter(4, null))]).Added);
    }

    [Fact]
    public void Addschedule_replaces_only_the_callers_own_recurring_schedule()
    {
        _recurring.Replace(Guild, 7, "Ash", [0, 4], [4, 5]);
        _recurring.Replace(Guild, 8, "Tom", [4], [6]);
        Assert.Equal(3, _recurring.Replace(Guild, 7, "Ash", [4], [7, 8, 9]));

        Assert.Equal([new(4, 7), new(4, 8), new(4, 9)], _recurring.Of(Guild, 7));
        Assert.Equal([new RecurringEntry(4, 6)], _recurring.Of(Guild, 8));

        Assert.Equal(3, _recurring.Remove(Guild, 7, 4));
        Assert.Empty(_recurring.Of(Guild, 7));
        Assert.Equal([new RecurringEntry(4, 6)], _recurring.Of(Guild, 8));
    }

    [Fact]
    public void Recurring_schedules_are_added_to_the_days_message_without_wiping_its_votes()
    {
        _store.RecordPosted(Guild, "", Channel, 100, Friday);
        _store.AddVote(Guild, 100, 6, new Voter(9, "Voter"), VoteSource.Reaction);
        _store.AddVote(Guild, 100, 7, new Voter(7, "Ash"), VoteSource.Voice);
        _clock.Advance(TimeSpan.FromMinutes(1));
        _recurring.Replace(Guild, 7, "Ash", [4], [6, 7]); // Friday = 4
        _recurring.Replace(Guild, 8, "Tom", [3], [6]);    // Thursday: not today

        Assert.Equal(1, _recurring.ApplyTo(Guild, 100, Friday));
        Assert.Equal(0, _recurring.ApplyTo(Guild, 100, Friday)); // applying twice adds nothing twice

        Assert.Equal("6:Voter:Reaction 6:Ash:Recurring 7:Ash:Voice", Slots(100));
    }
}
