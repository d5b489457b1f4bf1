using Microsoft.Extensions.Time.Testing;
using Npgsql;
using QaBot.Core.Answering;
using QaBot.Tests.Store.Postgres;
using QaBot.Telegram.Storage;

namespace QaBot.Tests.Telegram;

/// <summary>The bot's state in PostgreSQL: what two replicas sharing it may and may not do with one update.</summary>
public sealed class PostgresBotStoreTests
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    [PostgresFact]
    public async Task AnUpdateBelongsToTheReplicaThatStoredItUntilItsLeaseRunsOut()
    {
        await using var db = await TestDatabases.FreshPostgresAsync();
        await using var source = NpgsqlDataSource.Create(db.ConnectionString);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));
        var a = new PostgresBotStore(source, clock, Lease);
        var b = new PostgresBotStore(source, clock, Lease);
        var update = new InboxUpdate(7, 42, """{"update_id":7}""");

        Assert.Single(await a.AcceptAsync([update], null, default));
        Assert.Empty(await b.AcceptAsync([update], null, default)); // Telegram redelivered it to the other replica
        Assert.Empty(await b.PendingAsync(default));
        await Assert.ThrowsAsync<UpdateTakenException>(() => b.ProgressAsync(7, default));
        await a.MarkSendingAsync(7, "reply", resend: false, default);

        // A dies mid-send; once its lease has run out, B takes the update over and sees the step that was in flight.
        clock.Advance(Lease + TimeSpan.FromSeconds(1));
        Assert.Equal([7], (await b.PendingAsync(default)).Select(u => u.Id));
        Assert.Equal("reply", (await b.ProgressAsync(7, default)).SendingStep);

        // A was only stalled: it must not send now, and its late completion changes nothing.
        await Assert.ThrowsAsync<UpdateTakenException>(() => a.MarkSendingAsync(7, "reply", resend: false, default));
        await b.MarkSendingAsync(7, "reply", resend: true, default); // B sends it again, counted before the send
        await b.CompleteAsync(new UpdateOutcome(7, UpdateState.Handled, LastSent: new SentMessage("reply", 42, 9)), default);
        await a.CompleteAsync(new UpdateOutcome(7, UpdateState.Skipped, "late"), default);

        var stats = await a.StatsAsync(default);
        Assert.Equal((0L, 0L, 1L), (stats.PendingUpdates, stats.SkippedUpdates, stats.PossibleDuplicates));
        await Assert.ThrowsAsync<UpdateTakenException>(() => a.ProgressAsync(7, default));
        Assert.Empty(await a.AcceptAsync([update], null, default));
    }

    [PostgresFact]
    public async Task AnswersVotesAndHistoryAreSharedByEveryReplica()
    {
        await using var db = await TestDatabases.FreshPostgresAsync();
        await using var source = NpgsqlDataSource.Create(db.ConnectionString);
        var a = new PostgresBotStore(source, TimeProvider.System, Lease);
        var b = new PostgresBotStore(source, TimeProvider.System, Lease);
        await a.AcceptAsync([new InboxUpdate(1, 42, "{}")], 2, default);
        var answer = new Answer("Trade reached $228 billion [1].", [], [], new AnswerTimings(0, 1, 1, 2), false, "extractive", "trade");
        var id = await a.AddAnswerAsync(new NewAnswer(42, 5, 100, new Question("trade?", []), answer), 1, "reply", default);
        await a.CompleteAsync(new UpdateOutcome(1, UpdateState.Handled, LastSent: new SentMessage("reply", 42, 101),
            Answer: new AnswerDelivery(id, 101, TimeSpan.FromMilliseconds(80), 42, "trade?", answer.Text, 6)), default);
        await b.VoteAsync(id, 5, 42, up: true, default);

        Assert.Equal(2, await b.LoadPollingOffsetAsync(default));
        Assert.Equal(101, (await b.FindAnswerAsync(id, default))!.MessageId);
        Assert.Equal([("user", "trade?"), ("assistant", answer.Text)], (await b.HistoryAsync(42, 6, default)).Select(t => (t.Role, t.Content)));
        var rated = Assert.Single(await b.RatedAnswersAsync(default));
        Assert.Equal((1, 0, "up"), (rated.Up, rated.Down, rated.LastVote));
        Assert.Equal((1L, 1L), ((await b.StatsAsync(default)).Answered, (await b.StatsAsync(default)).FeedbackUp));
        await b.ClearHistoryAsync(42, default);
        Assert.Empty(await a.HistoryAsync(42, 6, default));
    }
}
