using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using QaBot.Core.Ingestion;
using QaBot.Core.Store;
using QaBot.Tests.Support;

namespace QaBot.Tests.Telegram;

/// <summary>The "done when" for <c>qabot serve</c>: a fourth feed entry is answerable within one poll interval.</summary>
public sealed class ServeKeepsUpTests
{
    private const long Alice = 501;

    [Fact]
    public async Task WhileServingAFourthFeedEntryIsAnswerableWithinOnePollInterval()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var site = await NewsSite.StartAsync();
        site.Publish(NewsPages.Stories);
        await using var bot = await BotHarness.StartAsync(
            new()
            {
                ["Ingestion:Feeds:0"] = site.Url("feed.xml").ToString(),
                ["Ingestion:FeedPollMinutes"] = "15",
                ["Ingestion:PerHostDelayMs"] = "0",
                ["Ingestion:FetchRetries"] = "0",
            },
            start: false);
        bot.ExtraServices = s => s.AddSingleton<TimeProvider>(clock);
        await bot.StartBotAsync();
        var catalog = bot.Get<ArticleCatalog>();
        var polled = new SemaphoreSlim(0);
        bot.Get<IngestionWatcher>().Ingested += (_, _) => polled.Release();
        await UntilAsync(async () => (await catalog.ListAsync()).Count == 8, polled, "the sample articles and the three feed entries");

        site.Publish([.. NewsPages.Stories, NewsPages.Fourth]);
        clock.Advance(TimeSpan.FromMinutes(15));
        await UntilAsync(async () => (await catalog.ListAsync()).Count == 9, polled, "the fourth entry");
        bot.Api.SendText(Alice, Alice, "How many ship models does the new maritime museum in Valdora display?");
        // The bot's own timers run on the same fake clock: move it along while the answer is on its way.
        for (var i = 0; i < 120 && bot.Api.BotMessages(Alice).Count == 0; i++)
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            try
            {
                await bot.Api.WaitUntilAsync(a => a.BotMessages(Alice).Count > 0, TimeSpan.FromSeconds(0.5));
            }
            catch (TimeoutException)
            {
            }
        }

        var answer = Assert.Single(bot.Api.BotMessages(Alice));

        Assert.Contains("300 ship models", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Valdora opens a maritime museum", answer.Text, StringComparison.Ordinal);
    }

    private static async Task UntilAsync(Func<Task<bool>> condition, SemaphoreSlim polled, string what)
    {
        // A safety net only: ingesting runs the real encoder, which a busy two-core box can slow well past a minute.
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(3);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"timed out waiting for {what}");
            await polled.WaitAsync(TimeSpan.FromSeconds(1));
        }
    }
}
