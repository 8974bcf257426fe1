using System.Globalization;
using GameTime.DiscordEmulator;
using Xunit.Abstractions;
using GameTime.Tests.EndToEnd;
using static GameTime.Tests.EndToEnd.BotHarness;

namespace GameTime.Tests.Schedule;

/// <summary>
/// The daily schedule in the whole bot against the emulator: a moderator sends the message, members react, a burst of
/// 200 reaction events, and a restart with reactions made while the bot was down. On a shifted clock (a fixed Friday noon, at real speed).
/// </summary>
public sealed class ScheduleEndToEndTests(ITestOutputHelper output) : BotTest
{
    private static readonly ulong[] Members = [.. Enumerable.Range(1001, 10).Select(n => 900000000000000000UL + (ulong)n)];

    // Friday noon in New York, whatever the real time: a run near the 10:00 post would otherwise change the schedule day mid-test.
    protected override TimeProvider Clock { get; } = new ShiftedClock(new DateTimeOffset(2026, 12, 4, 17, 0, 0, TimeSpan.Zero));

    private static string Line(StoredMessage m, string label) =>
        ((string?)m.Json["embeds"]?[0]?["description"] ?? "").Split('\n').FirstOrDefault(l => l.Contains($"**{label}**:", StringComparison.Ordinal)) ?? "";

    private long Votes(string where = "1 = 1") => Bot.Scalar<long>($"SELECT count(*) FROM schedule_votes WHERE {where}");

    private Task WaitForVotesAsync(long expected, string where = "1 = 1") =>
        Bot.UntilAsync(() => Votes(where) == expected, $"{expected} votes ({where})", () => $"{Votes(where)} votes");

    [Fact]
    public async Task A_schedule_day_sent_voted_on_in_a_burst_and_rebuilt_after_a_restart()
    {
        var emulator = Bot.Emulator;
        await Bot.AnswerTextAsync(AshMain, "modtextschedulechannel", Option("channel", 7, ScheduleChannel.ToString(CultureInfo.InvariantCulture)));
        // Setting the channel sends the day's message there at once, with its 12 reactions (spec 1.3, trigger 3).
        var message = await emulator.WaitForMessageAsync(ScheduleChannel, m => m.Reactions.Count == 12, Patience);
        Assert.All(message.Reactions, r => Assert.Single(r.UserIds));

        // Members react; a thumbs-up is not a vote.
        await emulator.ReactionAddAsync(Guild, ScheduleChannel, message.Id, Tom, "7️⃣");
        await emulator.ReactionAddAsync(Guild, ScheduleChannel, message.Id, Zoe, "7️⃣");
        await emulator.ReactionAddAsync(Guild, ScheduleChannel, message.Id, Zoe, "👍");
        var shown = await emulator.WaitForMessageAsync(ScheduleChannel,
            m => m.Id == message.Id && Line(m, "7pm").Contains("Zoé Lefèvre", StringComparison.Ordinal), Patience);
        Assert.Equal("7️⃣ **7pm**: <:Platinum:900000000000000043> Tom 🔥, <:Gold:900000000000000044> Zoé Lefèvre", Line(shown, "7pm"));
        await emulator.ReactionRemoveAsync(Guild, ScheduleChannel, message.Id, Tom, "7️⃣");
        await emulator.ReactionRemoveAsync(Guild, ScheduleChannel, message.Id, Zoe, "7️⃣");
        await WaitForVotesAsync(0);

        // Burst: 200 events in about 5 s: 10 members react to all 12 slots (120), then take back 80 of them.
        int editsBefore = emulator.Requests.Count(r => r.Method == "PATCH");
        var combos = Members.SelectMany(u => Enumerable.Range(0, 12).Select(s => (User: u, Emoji: Features.Schedule.ScheduleSlots.EmojiOf(s)))).ToList();
        var started = DateTime.UtcNow;
        foreach (var (user, emoji) in combos)
        {
            await emulator.ReactionAddAsync(Guild, ScheduleChannel, message.Id, user, emoji);
            await Task.Delay(25); // pacing the burst, not waiting for the bot
        }
        foreach (var (user, emoji) in combos.Take(80))
        {
            await emulator.ReactionRemoveAsync(Guild, ScheduleChannel, message.Id, user, emoji);
            await Task.Delay(25);
        }
        Assert.InRange(DateTime.UtcNow - started, TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(12));
        await WaitForVotesAsync(40);
        await emulator.WaitForMessageAsync(ScheduleChannel, m => m.Id == message.Id && Line(m, "2am").Split(", ").Length == 4, Patience);
        var edits = emulator.Requests.Where(r => r.Method == "PATCH" && r.Path.Contains(message.Id.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal))
            .Select(r => r.At).Order().ToList();
        Assert.Equal(0, emulator.RateLimitedCount);
        int burstEdits = emulator.Requests.Count(r => r.Method == "PATCH") - editsBefore;
        Assert.InRange(burstEdits, 1, 12); // a few edits, not 200
        var gaps = edits.Zip(edits.Skip(1), (a, b) => (b - a).TotalMilliseconds).DefaultIfEmpty(0).ToList();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"burst: 200 reaction events, {burstEdits} message edits, {emulator.RateLimitedCount} 429s, closest edits {gaps.Min():0} ms apart"));
        for (int i = 1; i < edits.Count; i++)
            Assert.True(edits[i] - edits[i - 1] >= TimeSpan.FromSeconds(1.4), $"edits {i - 1} and {i} only {(edits[i] - edits[i - 1]).TotalMilliseconds} ms apart");

        // Restart: while the bot is down Dima reacts 🕛 and a burst member takes back their 2am.
        Assert.Equal(0, await Bot.StopAsync());
        await emulator.ReactionAddAsync(Guild, ScheduleChannel, message.Id, Dima, "🕛");
        await emulator.ReactionRemoveAsync(Guild, ScheduleChannel, message.Id, Members[^1], "2️⃣");
        await Bot.RunAsync();
        await Bot.WaitForLogAsync("rebuilt from");
        await WaitForVotesAsync(1, $"user_id = {Dima} AND slot = 9");
        await WaitForVotesAsync(40);
        var rebuilt = await emulator.WaitForMessageAsync(ScheduleChannel, m => m.Id == message.Id && Line(m, "12am").Contains("Дима", StringComparison.Ordinal), Patience);
        Assert.Equal(3, Line(rebuilt, "2am").Split(", ").Length);
        Assert.Single(emulator.Messages(ScheduleChannel), m => !m.Deleted && m.Reactions.Count > 0); // no second message
    }
}
