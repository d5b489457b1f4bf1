using System.CommandLine;
using System.Text.Json;
using QaBot.Cli;
using QaBot.Cli.Commands;
using QaBot.Telegram.Conversation;
using QaBot.Telegram.Storage;

namespace QaBot.Tests.Telegram;

/// <summary>End-to-end answers: the real bot host with the real <c>AnswerService</c> over the sample articles.</summary>
public sealed class BotAnswerTests
{
    private const long Alice = 501;
    private const long Bob = 502;
    private const long Admin = 900;
    private const string Question = "When is Xi Jinping expected to visit Moscow?";

    [Fact]
    public async Task APrivateQuestionGetsACitedAnswerWithSourceAndFeedbackButtons()
    {
        await using var bot = await BotHarness.StartAsync();
        var asked = bot.Api.SendText(Alice, Alice, Question);
        var answer = (await bot.Api.WaitForBotMessagesAsync(Alice, 1, TimeSpan.FromSeconds(60))).Single();

        Assert.Equal(asked, answer.ReplyTo);
        Assert.Equal("html", answer.ParseMode, ignoreCase: true);
        Assert.Matches(@"\[\d+\]", answer.Text);
        Assert.Contains("Sources", answer.Text, StringComparison.Ordinal);
        Assert.Matches(@"\n1\. .+", answer.Text);
        Assert.Contains(answer.Buttons, b => b.Data.StartsWith("s:", StringComparison.Ordinal));
        Assert.Equal(["👍", "👎"], answer.Buttons.Where(b => b.Data.StartsWith("f:", StringComparison.Ordinal)).Select(b => b.Text));
        await bot.Api.WaitUntilAsync(a => a.Calls.Any(c => c.Method == "sendChatAction" && (string?)c.Body["action"] == "typing"), what: "typing shown");
    }

    [Fact]
    public async Task ASourceButtonShowsTheQuotedPassage()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.Api.SendText(Alice, Alice, Question);
        var answer = (await bot.Api.WaitForBotMessagesAsync(Alice, 1, TimeSpan.FromSeconds(60))).Single();
        var source = answer.Buttons.First(b => b.Data.StartsWith("s:", StringComparison.Ordinal));
        var queryId = bot.Api.PressButton(Alice, Alice, answer.MessageId, source.Data);

        var passage = (await bot.Api.WaitForBotMessagesAsync(Alice, 2))[^1];
        Assert.Equal(answer.MessageId, passage.ReplyTo);
        var logged = (await bot.Get<BotStore>().FindAnswerAsync(long.Parse(source.Data.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture), default))!;
        var quote = logged.Citations.Single(c => $"s:{logged.Id}:{c.N}" == source.Data).Quote.Trim();
        Assert.Contains(quote, passage.Text, StringComparison.Ordinal);
        Assert.Contains(bot.Api.Calls, c => c.Method == "answerCallbackQuery" && (string?)c.Body["callback_query_id"] == queryId && c.Status == 200);
    }

    [Fact]
    public async Task FeedbackIsStoredAndExportedAsAnEvalCase()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.Api.SendText(Alice, Alice, Question);
        var answer = (await bot.Api.WaitForBotMessagesAsync(Alice, 1, TimeSpan.FromSeconds(60))).Single();
        bot.Api.PressButton(Alice, Alice, answer.MessageId, answer.Buttons.Single(b => b.Text == "👎").Data);
        var forged = bot.Api.PressButton(Alice, Bob, answer.MessageId, answer.Buttons.Single(b => b.Text == "👎").Data); // not Bob's question
        bot.Api.PressButton(Alice, Alice, answer.MessageId, answer.Buttons.Single(b => b.Text == "👍").Data); // Alice changes her mind
        await bot.Api.WaitUntilAsync(a => a.Calls.Count(c => c.Method == "answerCallbackQuery" && c.Status == 200) == 3, what: "all votes acknowledged");
        Assert.Contains("Only the person who asked", (string?)bot.Api.Calls.Single(c => (string?)c.Body["callback_query_id"] == forged).Body["text"], StringComparison.Ordinal);
        await bot.StopBotAsync();

        var config = Path.Combine(bot.Folder, "settings.json");
        await File.WriteAllTextAsync(config, JsonSerializer.Serialize(new { Store = new { Path = bot.DatabasePath } }));
        var output = Path.Combine(bot.Folder, "feedback.jsonl");
        var root = new RootCommand { CliRunner.ConfigOption };
        root.Subcommands.Add(FeedbackCommand.Create());
        var exit = await root.Parse(["feedback", "export", "--out", output, "--config", config]).InvokeAsync(new InvocationConfiguration { Output = TextWriter.Null, Error = TextWriter.Null });

        Assert.Equal(0, exit);
        var line = Assert.Single(await File.ReadAllLinesAsync(output));
        using var json = JsonDocument.Parse(line);
        var row = json.RootElement;
        Assert.Equal(Question, row.GetProperty("question").GetString());
        Assert.Equal("up", row.GetProperty("feedback").GetString()); // the latest vote
        Assert.Equal(1, row.GetProperty("votes").GetProperty("up").GetInt32()); // one vote per user: Alice's 👎 was replaced
        Assert.Equal(0, row.GetProperty("votes").GetProperty("down").GetInt32()); // Bob's was refused
        Assert.True(row.GetProperty("answerable").GetBoolean());
        Assert.NotEmpty(row.GetProperty("expected_sources").EnumerateArray());
        Assert.Equal("en", row.GetProperty("language").GetString());
        Assert.Equal(JsonValueKind.Array, row.GetProperty("history").ValueKind);
    }

    [Fact]
    public async Task InGroupsTheBotAnswersOnlyWhenMentionedRepliedToOrAsked()
    {
        await using var bot = await BotHarness.StartAsync();
        const long group = -500;
        bot.Api.OpenChat(group);
        bot.Api.SendText(group, Alice, Question); // chatter: silence
        var mention = bot.Api.SendText(group, Alice, $"@{FakeBotApi.BotUsername} {Question}");
        var first = (await bot.Api.WaitForBotMessagesAsync(group, 1, TimeSpan.FromSeconds(60))).Single();
        Assert.Equal(mention, first.ReplyTo);

        var reply = bot.Api.SendText(group, Bob, "What did Lavrov say about the visit?", replyToMessageId: first.MessageId);
        var ask = bot.Api.SendText(group, Bob, "/ask What relations do Putin and Xi have?");
        bot.Api.SendText(group, Bob, "thanks everyone"); // chatter again
        var answers = await bot.Api.WaitForBotMessagesAsync(group, 3, TimeSpan.FromSeconds(60));
        await bot.WaitForIdleAsync();

        Assert.Equal([mention, reply, ask], bot.Api.BotMessages(group).Select(m => m.ReplyTo!.Value));
        Assert.All(answers, a => Assert.Contains("Sources", a.Text, StringComparison.Ordinal));
        Assert.Empty(bot.Api.Drafts); // drafts are for private chats only
    }

    [Fact]
    public async Task FollowUpsSeeTheChatHistoryAndResetClearsIt()
    {
        await using var bot = await BotHarness.StartAsync(new() { ["Telegram:HistoryTurns"] = "4" });
        bot.Api.SendText(Alice, Alice, Question);
        await bot.Api.WaitForBotMessagesAsync(Alice, 1, TimeSpan.FromSeconds(60));
        bot.Api.SendText(Alice, Alice, "And what did Lavrov call it?");
        await bot.Api.WaitForBotMessagesAsync(Alice, 2, TimeSpan.FromSeconds(60));

        await bot.WaitForIdleAsync(); // the history turn is written with "handled", right after the answer is sent
        var history = await bot.Get<BotStore>().HistoryAsync(Alice, 4, default);
        Assert.Equal(["user", "assistant", "user", "assistant"], history.Select(t => t.Role));
        Assert.Equal(Question, history[0].Content);
        var second = (await bot.Get<BotStore>().FindAnswerAsync(2, default))!;
        Assert.Equal(2, second.History.Count); // the follow-up was asked with the first exchange as history

        bot.Api.SendText(Alice, Alice, "/reset");
        Assert.Contains("forgot our conversation", (await bot.Api.WaitForBotMessagesAsync(Alice, 3))[2].Text, StringComparison.Ordinal);
        Assert.Empty(await bot.Get<BotStore>().HistoryAsync(Alice, 4, default));
    }

    [Fact]
    public async Task GibberishOrMarkupAfterAQuestionDoesNotRepeatThePreviousAnswer()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.Api.SendText(Alice, Alice, Question);
        var first = (await bot.Api.WaitForBotMessagesAsync(Alice, 1, TimeSpan.FromSeconds(60))).Single();
        bot.Api.SendText(Alice, Alice, "asdfgh");
        var second = (await bot.Api.WaitForBotMessagesAsync(Alice, 2, TimeSpan.FromSeconds(60)))[1];
        bot.Api.SendText(Alice, Alice, "</blockquote><b>");
        var third = (await bot.Api.WaitForBotMessagesAsync(Alice, 3, TimeSpan.FromSeconds(60)))[2];

        Assert.Contains("Sources", first.Text, StringComparison.Ordinal);
        Assert.Contains("could not find", second.Text, StringComparison.Ordinal);
        Assert.Contains("Please type a question", third.Text, StringComparison.Ordinal);
        Assert.All([second, third], r => Assert.DoesNotContain("Sources", r.Text, StringComparison.Ordinal));
        Assert.All([second, third], r => Assert.DoesNotContain(r.Buttons, b => b.Data.StartsWith("s:", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task WithEmbeddingsOffTheFirstAnswerAfterStartSaysSearchIsFullTextOnly()
    {
        // The start-up warm-up runs the answer path too; the once-only note is still the first user's to read.
        await using var bot = await BotHarness.StartAsync(new() { ["Embeddings:Provider"] = "None" });
        bot.Api.SendText(Alice, Alice, Question);
        bot.Api.SendText(Alice, Alice, Question);
        var replies = await bot.Api.WaitForBotMessagesAsync(Alice, 2, TimeSpan.FromSeconds(60));

        Assert.Contains("answering with full-text search only", replies[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("full-text search only", replies[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AJsonLookingQuestionGetsNoLanguageNote()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.Api.SendText(Alice, Alice, "{\"a\":1}");
        var reply = (await bot.Api.WaitForBotMessagesAsync(Alice, 1, TimeSpan.FromSeconds(60))).Single();
        Assert.DoesNotContain("Portuguese", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Offline mode searches the English articles", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnArticleWithMarkupCharactersIsQuotedExactly()
    {
        var articles = Directory.CreateTempSubdirectory("qabot-articles-").FullName;
        await File.WriteAllTextAsync(Path.Combine(articles, "900_markup.txt"), """
            Widget tariffs <rise> & *fall* in Freedonia

            The Freedonia widget tariff rose from 5% to <10%> & importers called it *outrageous* in March 2023.

            Officials in Freedonia said the widget tariff would stay in place for two years.
            """);
        await using var bot = await BotHarness.StartAsync(new() { ["Ingestion:ArticlesPath"] = articles });
        bot.Api.SendText(Alice, Alice, "How much did the widget tariff rise in Freedonia?");
        var answer = (await bot.Api.WaitForBotMessagesAsync(Alice, 1, TimeSpan.FromSeconds(60))).Single();

        Assert.Equal("html", answer.ParseMode, ignoreCase: true); // accepted as HTML: escaping was right
        Assert.Contains("<10%> & importers called it *outrageous*", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Widget tariffs <rise> & *fall* in Freedonia", answer.Text, StringComparison.Ordinal);
        Directory.Delete(articles, recursive: true);
    }

    [Fact]
    public async Task RestartMidAnswerNeitherLosesNorRepeatsIt()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.Api.Inject("sendMessage", new Fault(Delay: TimeSpan.FromSeconds(30)));
        bot.Api.SendText(Alice, Alice, Question);
        await bot.Api.WaitUntilAsync(a => a.StartedCalls.Contains("sendMessage"), TimeSpan.FromSeconds(60), "answer being sent");
        await bot.StopBotAsync(TimeSpan.FromMilliseconds(300)); // killed mid-answer
        Assert.Empty(bot.Api.BotMessages(Alice));

        await bot.StartBotAsync();
        var answer = (await bot.Api.WaitForBotMessagesAsync(Alice, 1, TimeSpan.FromSeconds(60))).Single();
        Assert.Contains("Sources", answer.Text, StringComparison.Ordinal);
        await bot.StopBotAsync(); // graceful this time
        await bot.StartBotAsync();
        bot.Api.SendText(Bob, Bob, "/help");
        await bot.Api.WaitForBotMessagesAsync(Bob, 1);
        Assert.Single(bot.Api.BotMessages(Alice));
    }

    [Fact]
    public async Task AskingWhichArticlesThereAreListsThem()
    {
        await using var bot = await BotHarness.StartAsync();

        // Before: "I could not find this in the articles."
        bot.Api.SendText(Admin, Admin, "which articles do u have");
        var reply = await bot.Api.WaitForBotMessagesAsync(Admin, 1, TimeSpan.FromSeconds(60));

        Assert.Matches(@"5 articles, newest first:\n1\. ", reply[0].Text);
    }

    [Fact]
    public async Task StartSourcesAndStatsDescribeTheCorpus()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.Api.SendText(Admin, Admin, Question);
        await bot.Api.WaitForBotMessagesAsync(Admin, 1, TimeSpan.FromSeconds(60));
        bot.Api.SendText(Admin, Admin, "/start");
        bot.Api.SendText(Admin, Admin, "/sources");
        bot.Api.SendText(Admin, Admin, "/stats");
        var replies = await bot.Api.WaitForBotMessagesAsync(Admin, 4);

        Assert.Matches(@"I know 5 articles from \d+ \w+ 20\d\d to \d+ \w+ 20\d\d", replies[1].Text);
        Assert.Contains("Try for example:", replies[1].Text, StringComparison.Ordinal);
        var examples = replies[1].Text.Split('\n').Where(l => l.StartsWith("• ", StringComparison.Ordinal)).Select(l => l[2..]).ToList();
        Assert.Equal(3, examples.Count);
        Assert.All(examples, e =>
        {
            // Questions a person would type: short, ending in "?", never a cut-off headline quoted back.
            Assert.EndsWith("?", e, StringComparison.Ordinal);
            Assert.DoesNotContain("…", e, StringComparison.Ordinal);
            Assert.DoesNotContain("December 30", e, StringComparison.Ordinal);
            Assert.InRange(e.Split(' ').Length, 4, 16);
        });
        Assert.Matches(@"5 articles, newest first:\n1\. ", replies[2].Text);
        Assert.Contains("Questions answered: 1", replies[3].Text, StringComparison.Ordinal);
        Assert.Matches(@"Reply latency: p50 \d+ ms", replies[3].Text);
        Assert.Matches(@"Index: 5 articles, [1-9]\d* chunks", replies[3].Text);
    }
}
