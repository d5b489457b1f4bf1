using Microsoft.Extensions.Time.Testing;
using QaBot.Core.Ingestion;

namespace QaBot.Tests.Ingestion;

public sealed class FeedScheduleTests
{
    private static readonly Uri Feed = new("https://news.example/feed.xml");

    [Fact]
    public void EveryFeedIsDueAtOnceThenOneIntervalAfterASuccess()
    {
        var time = new FakeTimeProvider();
        var schedule = new FeedSchedule([Feed], TimeSpan.FromMinutes(15), time);

        Assert.Equal([Feed], schedule.Due());
        schedule.Succeeded(Feed, time.GetUtcNow());
        time.Advance(TimeSpan.FromMinutes(14));
        Assert.Empty(schedule.Due());
        time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal([Feed], schedule.Due());
    }

    [Fact]
    public void AFailingFeedIsRetriedSoonThenBacksOffToSixHoursAndASuccessResetsIt()
    {
        var time = new FakeTimeProvider();
        var schedule = new FeedSchedule([Feed], TimeSpan.FromMinutes(15), time);

        var delays = Enumerable.Range(0, 11).Select(_ => schedule.Failed(Feed, time.GetUtcNow()).TotalMinutes).ToList();
        schedule.Succeeded(Feed, time.GetUtcNow());

        Assert.Equal([1, 2, 4, 8, 16, 32, 64, 128, 256, 360, 360], delays);
        Assert.Equal(time.GetUtcNow() + TimeSpan.FromMinutes(15), schedule.NextDue);
        Assert.Equal(1, schedule.Failed(Feed, time.GetUtcNow()).TotalMinutes);
    }

    [Fact]
    public void WithoutFeedsNothingIsEverDue()
    {
        var schedule = new FeedSchedule([], TimeSpan.FromMinutes(15), new FakeTimeProvider());

        Assert.Null(schedule.NextDue);
        Assert.Empty(schedule.Due());
    }
}
