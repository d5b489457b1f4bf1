using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using QaBot.Core.Ingestion;
using QaBot.Core.Web;

namespace QaBot.Tests.Web;

public sealed class HostThrottleTests
{
    [Fact]
    public async Task RequestsToOneHostAreSpacedByThePoliteDelayWhileOtherHostsGoAtOnce()
    {
        var time = new FakeTimeProvider();
        var throttle = new HostThrottle(Options.Create(new IngestionOptions { PerHostDelayMs = 1000 }), time);

        var first = throttle.WaitTurnAsync("news.example", default);
        var second = throttle.WaitTurnAsync("news.example", default);
        var third = throttle.WaitTurnAsync("NEWS.example", default);
        var elsewhere = throttle.WaitTurnAsync("other.example", default);

        Assert.True(first.IsCompleted);
        Assert.True(elsewhere.IsCompleted);
        Assert.False(second.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(second.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));
        await second;
        Assert.False(third.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));
        await third;
    }

    [Fact]
    public void AHostIdleForLongerThanTheDelayGoesAtOnce()
    {
        var time = new FakeTimeProvider();
        var throttle = new HostThrottle(Options.Create(new IngestionOptions { PerHostDelayMs = 1000 }), time);

        Assert.True(throttle.WaitTurnAsync("news.example", default).IsCompleted);
        time.Advance(TimeSpan.FromSeconds(5));

        Assert.True(throttle.WaitTurnAsync("news.example", default).IsCompleted);
    }
}
