using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using QaBot.Telegram.Hosting;
using QaBot.Telegram.Storage;
using QaBot.Tests.Support;

namespace QaBot.Tests.Telegram;

/// <summary>
/// The bot under faults, through the loopback Bot API: a throttled chat holds up nobody else, "typing…" never delays
/// an answer, an update the client cannot read is skipped, and forged button presses change nothing.
/// </summary>
public sealed class BotFaultTests
{
    private const long Alice = 501;
    private const long Bob = 502;
    private const string Question = "When is Xi Jinping expected to visit Moscow?";

    [Fact]
    public async Task AChatWaitingOutRetryAfterHoldsUpNoOtherChat()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var bot = await BotHarness.StartAsync(new() { ["Telegram:MaxRetryAfterSeconds"] = "120" }, start: false);
        bot.ExtraServices = s => s.AddSingleton<TimeProvider>(clock);
        await bot.StartBotAsync();
        bot.Api.Inject("sendMessage", new Fault(Status: 429, RetryAfter: 60, Times: 2, ChatId: Alice));
        var stuck = bot.Api.SendText(Alice, Alice, "/help");
        await bot.Api.WaitUntilAsync(a => a.Calls.Count(c => c.Method == "sendMessage" && c.Status == 429) == 1, what: "Alice throttled");

        const int others = 150;
        for (var i = 1; i <= others; i++)
        {
            bot.Api.SendText(1000 + i, 1000 + i, "/help");
        }

        await bot.Api.WaitUntilAsync(a => Enumerable.Range(1001, others).All(c => a.BotMessages(c).Count == 1), TimeSpan.FromSeconds(60), "the other 150 chats answered");
        // The offset moves on without her: the poller acknowledges the last batch on its next getUpdates, which may come
        // just after the last answer is sent (asserting at once raced it: 50 still pending).
        await bot.Api.WaitUntilAsync(a => a.PendingUpdates == 0, TimeSpan.FromSeconds(30), "the offset moved on without her");
        Assert.Empty(bot.Api.BotMessages(Alice)); // still waiting out retry_after, on its own

        await AdvanceUntilAsync(clock, bot.Api, a => a.Calls.Count(c => c.Method == "sendMessage" && c.Status == 429) == 2);
        await AdvanceUntilAsync(clock, bot.Api, a => a.BotMessages(Alice).Count == 1);
        Assert.Equal(stuck, bot.Api.BotMessages(Alice).Single().ReplyTo);
        Assert.Equal(2, bot.Api.Calls.Count(c => c.Method == "sendMessage" && c.Status == 429));
    }

    [Fact]
    public async Task ChatsAreAnsweredSideBySideButNeverMoreAtOnceThanTheBound()
    {
        await using var model = await FakeOpenAiServer.StartAsync(r => ScriptedModel.Reply(r) with { Delay = TimeSpan.FromSeconds(1) });
        await using var bot = await BotHarness.StartAsync(new()
        {
            ["Telegram:MaxConcurrentAnswers"] = "2",
            ["Llm:Provider"] = "OpenAICompatible",
            ["Llm:Endpoint"] = model.BaseUrl.ToString(),
            ["Llm:Model"] = "scripted",
            ["Llm:MaxRetries"] = "0",
            ["Llm:TimeoutSeconds"] = "30",
        });
        Assert.Empty(model.Requests); // starting up warms the answer path without calling the model
        const int chats = 6;
        for (var i = 1; i <= chats; i++)
        {
            bot.Api.SendText(3000 + i, 3000 + i, "What was the trade volume between Russia and China in 2023?");
        }

        await bot.Api.WaitUntilAsync(a => Enumerable.Range(3001, chats).All(c => a.BotMessages(c).Count == 1), TimeSpan.FromSeconds(90), "all six chats answered");
        Assert.All(Enumerable.Range(3001, chats), c => Assert.Contains("228", bot.Api.BotMessages(c).Single().Text, StringComparison.Ordinal));
        Assert.Equal(chats, model.Requests.Count); // one model answer per question, none given up on
        Assert.Equal(2, model.MostDelayedAtOnce); // two chats at a time: side by side, and never beyond MaxConcurrentAnswers
    }

    /// <summary>Moves the bot's clock a retry_after at a time until <paramref name="condition"/> holds (the retry's timer may start a moment after the 429 is seen).</summary>
    private static async Task AdvanceUntilAsync(FakeTimeProvider clock, FakeBotApi api, Func<FakeBotApi, bool> condition)
    {
        for (var i = 0; i < 10 && !condition(api); i++)
        {
            clock.Advance(TimeSpan.FromSeconds(60));
            try
            {
                await api.WaitUntilAsync(condition, TimeSpan.FromSeconds(2));
            }
            catch (TimeoutException)
            {
            }
        }

        Assert.True(condition(api), "the bot did not retry after retry_after");
    }

    [Fact]
    public async Task AHangingTypingActionDoesNotHoldTheAnswerBack()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.Api.Inject("sendChatAction", new Fault(Delay: TimeSpan.FromSeconds(60), Times: 5));
        bot.Api.SendText(Alice, Alice, Question);
        var answer = (await bot.Api.WaitForBotMessagesAsync(Alice, 1, TimeSpan.FromSeconds(60))).Single();

        Assert.Contains("Sources", answer.Text, StringComparison.Ordinal);
        Assert.Contains("sendChatAction", bot.Api.StartedCalls);
        var sent = bot.Api.Calls.First(c => c.Method == "sendMessage");
        // The typing call either is still hanging or was given up after its one short attempt — after the answer went out.
        Assert.DoesNotContain(bot.Api.Calls, c => c.Method == "sendChatAction" && c.At < sent.At);
    }

    [Fact]
    public async Task ARateLimitedTypingActionIsNotRetriedAndDoesNotHoldTheAnswerBack()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.Api.Inject("sendChatAction", new Fault(Status: 429, RetryAfter: 15));
        bot.Api.SendText(Alice, Alice, Question);
        var answer = (await bot.Api.WaitForBotMessagesAsync(Alice, 1, TimeSpan.FromSeconds(60))).Single();
        await bot.WaitForIdleAsync();

        Assert.Contains("Sources", answer.Text, StringComparison.Ordinal);
        var typing = bot.Api.Calls.Where(c => c.Method == "sendChatAction").ToList();
        Assert.Equal([429], typing.Select(c => c.Status)); // one attempt; nobody waited 15 s for "typing…"
    }

    [Fact]
    public async Task AnUpdateTheClientCannotReadIsSkippedAndTheBotGoesOn()
    {
        await using var bot = await BotHarness.StartAsync();
        var loneSurrogate = bot.Api.SendUpdateJson(PrivateMessage(Alice, "\"date\":1700000000", "\"text\":\"hello \\ud800 there\""));
        var badDate = bot.Api.SendUpdateJson(PrivateMessage(Bob, "\"date\":\"yesterday\"", "\"text\":\"/help\""));
        bot.Api.SendText(Alice, Alice, "/help");
        bot.Api.SendText(Bob, Bob, "/help");

        await bot.Api.WaitForBotMessagesAsync(Alice, 1);
        await bot.Api.WaitForBotMessagesAsync(Bob, 1);
        await bot.WaitForIdleAsync();
        Assert.Equal(0, bot.Api.PendingUpdates); // both were confirmed to Telegram: no poll is stuck on them
        var stats = await bot.Get<BotStore>().StatsAsync(default);
        Assert.Equal(2, stats.SkippedUpdates);
        Assert.True(loneSurrogate < badDate);

        bot.Api.SendText(Alice, Alice, "/help"); // and the next poll still works
        await bot.Api.WaitForBotMessagesAsync(Alice, 2);
    }

    [Fact]
    public async Task AWebhookUpdateTheClientCannotReadIsAcknowledgedAndSkipped()
    {
        await using var bot = await BotHarness.StartAsync(new()
        {
            ["Telegram:Mode"] = "Webhook",
            ["Telegram:WebhookUrl"] = "https://bot.example.org/hook",
            ["Telegram:WebhookListenUrl"] = "http://127.0.0.1:0",
            ["Telegram:WebhookSecret"] = "s3cret",
        });
        var url = bot.Get<WebhookService>().ListeningUrl + "/hook";
        bot.Api.OpenChat(Alice);
        using var http = new HttpClient();
        Assert.Equal(HttpStatusCode.OK, await PostAsync(http, url, "{\"update_id\":5," + PrivateMessage(Alice, "\"date\":\"yesterday\"", "\"text\":\"/help\"")[1..]));
        Assert.Equal(HttpStatusCode.OK, await PostAsync(http, url, "{\"update_id\":6," + PrivateMessage(Alice, "\"date\":1700000000", "\"text\":\"/help\"")[1..]));

        var reply = (await bot.Api.WaitForBotMessagesAsync(Alice, 1)).Single();
        await bot.WaitForIdleAsync();
        Assert.Contains("How to ask", reply.Text, StringComparison.Ordinal);
        Assert.Equal(1, (await bot.Get<BotStore>().StatsAsync(default)).SkippedUpdates);
    }

    [Fact]
    public async Task ForgedButtonPressesAreRefusedPolitelyAndChangeNothing()
    {
        await using var bot = await BotHarness.StartAsync();
        const long group = -800;
        bot.Api.OpenChat(group);
        bot.Api.SendText(Alice, Alice, Question);
        var answer = (await bot.Api.WaitForBotMessagesAsync(Alice, 1, TimeSpan.FromSeconds(60))).Single();
        var upvote = answer.Buttons.Single(b => b.Text == "👍").Data;
        var source = answer.Buttons.First(b => b.Data.StartsWith("s:", StringComparison.Ordinal)).Data;
        bot.Api.SendText(Bob, Bob, "/help");
        var bobsMessage = (await bot.Api.WaitForBotMessagesAsync(Bob, 1)).Single();
        bot.Api.SendText(group, Bob, "/help");
        var groupMessage = (await bot.Api.WaitForBotMessagesAsync(group, 1)).Single();

        string[] forged =
        [
            bot.Api.PressButton(Bob, Bob, bobsMessage.MessageId, upvote), // Alice's answer's data under Bob's own message
            bot.Api.PressButton(Bob, Bob, bobsMessage.MessageId, source), // … trying to get her passage posted to him
            bot.Api.PressButton(group, Bob, groupMessage.MessageId, source), // … or into a group
            bot.Api.PressInlineButton(Bob, "inline-1", source), // an inline-style callback with no message at all
            bot.Api.PressButton(Alice, Bob, answer.MessageId, upvote), // voting on someone else's answer
            bot.Api.PressButton(Bob, Bob, bobsMessage.MessageId, "s:99999:1"), // an answer that does not exist
        ];
        await bot.WaitForIdleAsync();

        var notices = forged.Select(id => (string?)bot.Api.Calls.Single(c => c.Method == "answerCallbackQuery" && (string?)c.Body["callback_query_id"] == id).Body["text"]).ToList();
        Assert.All(notices, n => Assert.False(string.IsNullOrEmpty(n)));
        Assert.Contains("does not belong to this message", notices[0], StringComparison.Ordinal);
        Assert.Contains("Only the person who asked", notices[4], StringComparison.Ordinal);
        Assert.Contains("expired", notices[5], StringComparison.Ordinal);
        Assert.Single(bot.Api.BotMessages(Bob)); // no passage posted anywhere
        Assert.Single(bot.Api.BotMessages(group));
        Assert.Single(bot.Api.BotMessages(Alice));
        Assert.Empty(await bot.Get<BotStore>().RatedAnswersAsync(default)); // no vote recorded

        bot.Api.PressButton(Alice, Alice, answer.MessageId, source); // the real button still works
        Assert.Equal(answer.MessageId, (await bot.Api.WaitForBotMessagesAsync(Alice, 2))[^1].ReplyTo);
    }

    private static string PrivateMessage(long chat, string date, string text)
        => $$$"""{"message":{"message_id":1,{{{date}}},"chat":{"id":{{{chat}}},"type":"private","first_name":"U"},"from":{"id":{{{chat}}},"is_bot":false,"first_name":"U"},{{{text}}},"entities":[{"type":"bot_command","offset":0,"length":5}]}}""";

    private static async Task<HttpStatusCode> PostAsync(HttpClient http, string url, string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", "s3cret");
        return (await http.SendAsync(request)).StatusCode;
    }
}
