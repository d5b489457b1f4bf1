using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using System.Net;
using System.Text;

namespace QaBot.Tests.Telegram;

/// <summary>Telegram misbehaving (429, 5xx, slow, rejected markup) and the bot restarting must not lose or repeat replies.</summary>
public sealed class BotResilienceTests
{
    private const long Alice = 501;
    private const long Bob = 502;

    [Fact]
    public async Task TooManyRequestsWaitsRetryAfterSecondsThenSends()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var bot = await BotHarness.StartAsync(start: false);
        bot.ExtraServices = s => s.AddSingleton<TimeProvider>(clock);
        await bot.StartBotAsync();
        bot.Api.Inject("sendMessage", new Fault(Status: 429, RetryAfter: 30));
        bot.Api.SendText(Alice, Alice, "/help");
        await bot.Api.WaitUntilAsync(a => a.Calls.Any(c => c.Method == "sendMessage"), what: "the throttled send");

        clock.Advance(TimeSpan.FromSeconds(29));
        await Task.Delay(TimeSpan.FromMilliseconds(500)); // real time for a premature retry to show
        Assert.Empty(bot.Api.BotMessages(Alice)); // 29 s of retry_after 30 passed: not yet

        var waited = TimeSpan.FromSeconds(29);
        for (; waited < TimeSpan.FromSeconds(90) && bot.Api.BotMessages(Alice).Count == 0; waited += TimeSpan.FromSeconds(1))
        {
            clock.Advance(TimeSpan.FromSeconds(1)); // a second at a time: the retry's timer may start a moment after the 429
            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }

        await bot.Api.WaitForBotMessagesAsync(Alice, 1, TimeSpan.FromSeconds(5));
        Assert.Equal([429, 200], bot.Api.Calls.Where(c => c.Method == "sendMessage").Select(c => c.Status));
        Assert.True(waited >= TimeSpan.FromSeconds(30), $"retried after {waited.TotalSeconds} s of retry_after 30");
    }

    [Fact]
    public async Task ServerErrorsAndTimeoutsAreRetriedWithBackoff()
    {
        await using var bot = await BotHarness.StartAsync(new() { ["Telegram:RequestTimeoutSeconds"] = "1" });
        bot.Api.Inject("sendMessage", new Fault(Status: 502, Times: 2));
        bot.Api.Inject("sendMessage", new Fault(Delay: TimeSpan.FromSeconds(3)));
        bot.Api.SendText(Alice, Alice, "/help");
        var reply = (await bot.Api.WaitForBotMessagesAsync(Alice, 1)).Single();
        Assert.Contains("How to ask", reply.Text, StringComparison.Ordinal);
        Assert.Equal([502, 502, 499, 200], bot.Api.Calls.Where(c => c.Method == "sendMessage").Select(c => c.Status));
    }

    [Fact]
    public async Task RejectedMarkupIsResentAsPlainText()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.Api.Inject("sendMessage", new Fault(Status: 400, Description: "Bad Request: can't parse entities: Unsupported start tag \"x\" at byte offset 3"));
        bot.Api.SendText(Alice, Alice, "/help");
        var reply = (await bot.Api.WaitForBotMessagesAsync(Alice, 1)).Single();
        Assert.Null(reply.ParseMode);
        Assert.StartsWith("How to ask", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OneFailingUpdateDoesNotStopTheOthers()
    {
        await using var bot = await BotHarness.StartAsync(new() { ["Telegram:MaxRetries"] = "0" });
        bot.Api.Inject("sendMessage", new Fault(Status: 403, Description: "Forbidden: bot was blocked by the user", ChatId: Alice));
        bot.Api.SendText(Alice, Alice, "/help");
        bot.Api.SendText(Bob, Bob, "/help");
        bot.Api.SendText(Alice, Alice, "/help");
        await bot.Api.WaitForBotMessagesAsync(Bob, 1);
        await bot.Api.WaitForBotMessagesAsync(Alice, 1);
    }

    [Fact]
    public async Task ChatsAreServedConcurrentlyButEachChatInOrder()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.Api.Inject("sendMessage", new Fault(Delay: TimeSpan.FromSeconds(1.5), ChatId: Alice));
        var first = bot.Api.SendText(Alice, Alice, "/help");
        var second = bot.Api.SendText(Alice, Alice, "/reset");
        bot.Api.SendText(Bob, Bob, "/help");
        await bot.Api.WaitForBotMessagesAsync(Bob, 1);
        Assert.Empty(bot.Api.BotMessages(Alice)); // Alice's first reply is still slow; Bob did not wait for it
        var alice = await bot.Api.WaitForBotMessagesAsync(Alice, 2);
        Assert.Equal([first, second], alice.Select(m => m.ReplyTo!.Value));
    }

    [Fact]
    public async Task GracefulShutdownFinishesRepliesInFlightAndRestartDoesNotRepeatThem()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.Api.Inject("sendMessage", new Fault(Delay: TimeSpan.FromSeconds(1)));
        bot.Api.SendText(Alice, Alice, "/help");
        await bot.Api.WaitUntilAsync(a => a.StartedCalls.Contains("sendMessage"), what: "the reply being sent (slowly)");
        await bot.StopBotAsync();
        Assert.Single(bot.Api.BotMessages(Alice));

        await bot.StartBotAsync();
        bot.Api.SendText(Bob, Bob, "/help");
        await bot.Api.WaitForBotMessagesAsync(Bob, 1);
        Assert.Single(bot.Api.BotMessages(Alice));
    }

    [Fact]
    public async Task AnUpdateCutOffByShutdownIsAnsweredOnceAfterRestart()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.Api.Inject("sendMessage", new Fault(Delay: TimeSpan.FromSeconds(5)));
        bot.Api.SendText(Alice, Alice, "/help");
        await bot.Api.WaitUntilAsync(a => a.StartedCalls.Contains("sendMessage"), what: "the reply being sent (slowly)");
        await bot.StopBotAsync(TimeSpan.FromMilliseconds(200)); // shutdown timeout hits while the reply is in flight
        Assert.Empty(bot.Api.BotMessages(Alice));

        await bot.StartBotAsync();
        var replies = await bot.Api.WaitForBotMessagesAsync(Alice, 1);
        bot.Api.SendText(Bob, Bob, "/help");
        await bot.Api.WaitForBotMessagesAsync(Bob, 1);
        await bot.StopBotAsync();
        await bot.StartBotAsync();
        bot.Api.SendText(Bob, Bob, "/help");
        await bot.Api.WaitForBotMessagesAsync(Bob, 2);
        Assert.Single(bot.Api.BotMessages(Alice));
        await bot.Api.WaitUntilAsync(a => a.PendingUpdates == 0, what: "all updates confirmed");
    }

    [Fact]
    public async Task WebhookModeChecksTheSecretAndAnswers()
    {
        await using var bot = await BotHarness.StartAsync(new()
        {
            ["Telegram:Mode"] = "Webhook",
            ["Telegram:WebhookUrl"] = "https://bot.example.org/telegram/hook",
            ["Telegram:WebhookListenUrl"] = "http://127.0.0.1:0",
            ["Telegram:WebhookSecret"] = "s3cret-token_1",
        });
        Assert.Equal("s3cret-token_1", bot.Api.WebhookSecret);
        var url = bot.Get<QaBot.Telegram.Hosting.WebhookService>().ListeningUrl + "/telegram/hook";
        bot.Api.OpenChat(Alice);
        var update = $$$"""{"update_id":77,"message":{"message_id":1,"date":1700000000,"chat":{"id":{{{Alice}}},"type":"private","first_name":"A"},"from":{"id":{{{Alice}}},"is_bot":false,"first_name":"A"},"text":"/help","entities":[{"type":"bot_command","offset":0,"length":5}]}}""";
        using var http = new HttpClient();

        using var wrong = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(update, Encoding.UTF8, "application/json") };
        wrong.Headers.Add("X-Telegram-Bot-Api-Secret-Token", "nope");
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.SendAsync(wrong)).StatusCode);

        for (var i = 0; i < 2; i++) // Telegram redelivers when unsure: answered once
        {
            using var right = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(update, Encoding.UTF8, "application/json") };
            right.Headers.Add("X-Telegram-Bot-Api-Secret-Token", "s3cret-token_1");
            Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(right)).StatusCode);
            await bot.Api.WaitForBotMessagesAsync(Alice, 1);
        }

        await bot.WaitForIdleAsync();
        Assert.Single(bot.Api.BotMessages(Alice));
        Assert.DoesNotContain(bot.Api.Calls, c => c.Method == "getUpdates");
    }

    [Fact]
    public async Task ARejectedTokenStopsStartupWithAOneLineError()
    {
        await using var bot = await BotHarness.StartAsync(new() { ["Telegram:BotToken"] = "999:wrong-token" }, start: false);
        var error = await Assert.ThrowsAsync<QaBot.Core.QaBotException>(bot.StartBotAsync);
        Assert.Contains("Telegram:BotToken", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-token", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }
}

/// <summary>The token must never reach a log, not even at Trace level while calls fail and are retried.</summary>
public sealed class TokenSecrecyTests
{
    [Fact]
    public async Task TheTokenNeverAppearsInLogs()
    {
        var sink = new ListLoggerProvider();
        await using (var bot = await BotHarness.StartAsync(new() { ["Logging:LogLevel:Default"] = "Trace" }, start: false))
        {
            bot.ExtraServices = s => s.AddLogging(l => l.AddProvider(sink).SetMinimumLevel(Microsoft.Extensions.Logging.LogLevel.Trace));
            await bot.StartBotAsync();
            bot.Api.Inject("sendMessage", new Fault(Status: 502));
            bot.Api.Inject("sendMessage", new Fault(Status: 429, RetryAfter: 1));
            bot.Api.SendText(501, 501, "/help");
            await bot.Api.WaitForBotMessagesAsync(501, 1);
        }

        Assert.NotEmpty(sink.Lines);
        Assert.Contains(sink.Lines, l => l.Contains("429", StringComparison.Ordinal));
        Assert.DoesNotContain(sink.Lines, l => l.Contains("TEST-token", StringComparison.Ordinal));
    }

    private sealed class ListLoggerProvider : Microsoft.Extensions.Logging.ILoggerProvider
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<string> _lines = new();

        public IReadOnlyCollection<string> Lines => _lines;

        public Microsoft.Extensions.Logging.ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, System.Collections.Concurrent.ConcurrentQueue<string> lines) : Microsoft.Extensions.Logging.ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(Microsoft.Extensions.Logging.LogLevel logLevel) => true;

            public void Log<TState>(Microsoft.Extensions.Logging.LogLevel logLevel, Microsoft.Extensions.Logging.EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
                => lines.Enqueue($"{category}: {formatter(state, exception)} {exception}");
        }
    }
}
