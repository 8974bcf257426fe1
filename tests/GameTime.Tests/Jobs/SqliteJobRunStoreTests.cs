using GameTime.App.Jobs;
using GameTime.Features.Data;

namespace GameTime.Tests.Jobs;

public sealed class SqliteJobRunStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_last_occurrence_survives_a_restart_per_job_and_guild()
    {
        var path = _folder.File("gametime.db");
        var first = new Database(path);
        first.Migrate(TimeProvider.System);
        var store = new SqliteJobRunStore(first);
        var post = new JobKey("daily-post", 1234);
        var at = new DateTimeOffset(2026, 11, 25, 15, 0, 0, TimeSpan.Zero);

        Assert.Null(store.LastOccurrence(post));
        store.Record(post, at.AddDays(-1), at.AddDays(-1), JobOutcome.Succeeded);
        store.Record(post, at, at.AddSeconds(2), JobOutcome.Failed);
        store.Record(new JobKey("daily-post", 5678), at.AddDays(-3), at, JobOutcome.Succeeded);

        var reopened = new SqliteJobRunStore(new Database(path));
        Assert.Equal(at, reopened.LastOccurrence(post));
        Assert.Equal(at.AddDays(-3), reopened.LastOccurrence(new JobKey("daily-post", 5678)));
        Assert.Null(reopened.LastOccurrence(new JobKey("daily-stats", 1234)));
    }
}
