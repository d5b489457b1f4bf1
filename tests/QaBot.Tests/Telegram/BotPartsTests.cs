using Microsoft.Extensions.Options;
using QaBot.Core.Store;
using QaBot.Telegram;
using QaBot.Telegram.Conversation;
using QaBot.Telegram.Corpus;
using QaBot.Telegram.Feedback;
using QaBot.Telegram.Safety;
using QaBot.Telegram.Storage;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace QaBot.Tests.Telegram;

public sealed class BotPartsTests
{
    [Fact]
    public void TheRateLimitAllowsABurstPerUserThenSaysHowLongToWait()
    {
        using var access = new AccessPolicy(Options.Create(new TelegramOptions { RateLimit = new() { Capacity = 2, RefillPerMinute = 6 } }));
        Assert.True(access.TryAsk(1, out _));
        Assert.True(access.TryAsk(1, out _));
        Assert.False(access.TryAsk(1, out var wait));
        Assert.InRange(wait.TotalSeconds, 9, 10); // one token comes back every 10 s
        Assert.True(access.TryAsk(2, out _)); // other users have their own bucket
    }

    [Fact]
    public void TheTokenBucketRefillsAtTheConfiguredRate()
    {
        var slow = AccessPolicy.BucketFor(new RateLimitOptions { Capacity = 5, RefillPerMinute = 6 });
        Assert.Equal((5, 1, TimeSpan.FromSeconds(10), 0), (slow.TokenLimit, slow.TokensPerPeriod, slow.ReplenishmentPeriod, slow.QueueLimit));
        var fast = AccessPolicy.BucketFor(new RateLimitOptions { Capacity = 100, RefillPerMinute = 600 });
        Assert.Equal((10, TimeSpan.FromSeconds(1)), (fast.TokensPerPeriod, fast.ReplenishmentPeriod));
    }

    [Fact]
    public void MissingTokenAndHalfConfiguredWebhookFailValidationNamingTheKeys()
    {
        var token = Validate(new TelegramOptions());
        Assert.Contains(token, m => m.Contains("Telegram:BotToken", StringComparison.Ordinal) && m.Contains("Telegram__BotToken", StringComparison.Ordinal));

        var webhook = Validate(new TelegramOptions { BotToken = "1:a", Mode = BotMode.Webhook, WebhookUrl = "http://insecure" });
        Assert.Contains(webhook, m => m.Contains("Telegram:WebhookUrl", StringComparison.Ordinal));
        Assert.Contains(webhook, m => m.Contains("Telegram:WebhookSecret", StringComparison.Ordinal));

        var limits = Validate(new TelegramOptions { BotToken = "1:a", RateLimit = new() { Capacity = 0 } });
        Assert.Contains(limits, m => m.Contains("Telegram:RateLimit:Capacity", StringComparison.Ordinal));
        Assert.Empty(Validate(new TelegramOptions { BotToken = "123:abc-DEF_9" }));
    }

    [Fact]
    public void CommandsAreParsedWithTheirBotSuffix()
    {
        Assert.Equal(new IncomingCommand("ask", "who won?", false), IncomingCommand.Parse(Text("/ask@QA_test_bot who won?"), "qa_test_bot"));
        Assert.True(IncomingCommand.Parse(Text("/start@other_bot"), "qa_test_bot")!.ForOtherBot);
        Assert.Null(IncomingCommand.Parse(Text("what about /ask?"), "qa_test_bot"));
    }

    [Fact]
    public void ABotCommandEntityLongerThanTheTextIsClampedNotThrown()
    {
        var message = Text("/help");
        message.Entities = [new MessageEntity { Type = MessageEntityType.BotCommand, Offset = 0, Length = 40 }];
        Assert.Equal(new IncomingCommand("help", "", false), IncomingCommand.Parse(message, "qa_test_bot"));
        var liar = Text("hello");
        liar.Entities = [new MessageEntity { Type = MessageEntityType.BotCommand, Offset = 0, Length = 3 }];
        Assert.Null(IncomingCommand.Parse(liar, "qa_test_bot"));
    }

    [Theory]
    [InlineData("\u200B", "")]
    [InlineData("\u200B\u200D\uFEFF \n", "")]
    [InlineData("</blockquote><b>", "")]
    [InlineData("\u200BWho is Xi?\u200B", "Who is Xi?")]
    [InlineData("<b>Who is Xi?</b>", "<b>Who is Xi?</b>")]
    public void InvisibleCharactersAndStrayMarkupAreNoQuestion(string text, string cleaned)
        => Assert.Equal(System.Text.RegularExpressions.Regex.Unescape(cleaned), QuestionText.Clean(System.Text.RegularExpressions.Regex.Unescape(text)));

    [Fact]
    public void GroupQuestionsNeedAMentionOrAReply()
    {
        var mention = Text("@qa_test_bot, when did Xi visit?");
        mention.Entities = [new MessageEntity { Type = MessageEntityType.Mention, Offset = 0, Length = 12 }];
        Assert.Equal("when did Xi visit?", GroupAddressing.QuestionFor(mention, "qa_test_bot", 5));

        var reply = Text("and in 2021?");
        reply.ReplyToMessage = new Message { From = new User { Id = 5, IsBot = true } };
        Assert.Equal("and in 2021?", GroupAddressing.QuestionFor(reply, "qa_test_bot", 5));

        var other = Text("@someone_else what do you think?");
        other.Entities = [new MessageEntity { Type = MessageEntityType.Mention, Offset = 0, Length = 13 }];
        Assert.Null(GroupAddressing.QuestionFor(other, "qa_test_bot", 5));
        Assert.Null(GroupAddressing.QuestionFor(Text("just chatting"), "qa_test_bot", 5));
    }

    [Fact]
    public void CorpusSummaryGivesDateRangeAndExampleQuestionsFromTitles()
    {
        var corpus = new CorpusSummary([
            Article("a", "Xi to break travel drought for meeting with Putin", new DateOnly(2022, 9, 5), 4),
            Article("b", "Putin and Xi hold video call", new DateOnly(2021, 12, 15), 3),
            Article("c", "Untitled", null, 2),
        ]);
        Assert.Equal((new DateOnly(2021, 12, 15), new DateOnly(2022, 9, 5)), corpus.DateRange);
        Assert.Equal(9, corpus.ChunkCount);
        var examples = corpus.ExampleQuestions();
        Assert.Equal(["Will Xi break travel drought for meeting with Putin?", "What do the articles say about “Putin and Xi hold video call”?"], examples);
        var start = CommandReplies.Start(corpus, isPrivate: true);
        Assert.Contains("<b>3</b> articles from 15 Dec 2021 to 5 Sep 2022", start, StringComparison.Ordinal);
        Assert.Null(TelegramHtml.Parse(start).Error);
    }

    [Theory]
    [InlineData("Russian President Vladimir Putin and Chinese leader Xi Jinping pledged December 30 to deepen…", "What do the articles say Russian President Vladimir Putin and Chinese leader Xi Jinping pledged?")]
    [InlineData("Russian Foreign Minister Sergey Lavrov indicated that Chinese President Xi Jinping is anticipated…", "What do the articles say Russian Foreign Minister Sergey Lavrov indicated?")]
    [InlineData("The leaders will discuss the tensions in Europe and the aggressive rhetoric of the United States…", "What do the articles say the leaders will discuss?")]
    [InlineData("Xi to break travel drought for meeting with Putin", "Will Xi break travel drought for meeting with Putin?")]
    [InlineData("Why did Xi travel to Moscow?", "Why did Xi travel to Moscow?")]
    public void ExampleQuestionsReadNaturallyAndNeverQuoteACutOffSentence(string title, string question)
        => Assert.Equal(question, ExampleQuestion.From(title));

    [Theory]
    [InlineData("Putin and Xi hold talks as sanctions on Russia are tightened over the war in Ukraine…")]
    [InlineData("Untitled")]
    [InlineData("Relations between Russian President Vladimir Putin and Chinese President Xi Jinping are currently…")] // 17 words
    public void ATitleThatFitsNoShapeOrMakesAnOverlongQuestionGivesNoExample(string title) => Assert.Null(ExampleQuestion.From(title));

    [Fact]
    public void ExportedFeedbackFollowsTheEvalSetFormat()
    {
        var cited = new QaBot.Core.Answering.Citation(1, "002_9fdd9d7dd336cfc0", "002_9fdd9d7dd336cfc0#3", "T", null, null, "q");
        var logged = new LoggedAnswer(7, 1, 2, 3, "А в 2021?", [new("user", "Trade?"), new("assistant", "228 [1]")], "It was 146 [1].", [cited, cited with { N = 2 }], false, DateTimeOffset.UnixEpoch);
        var up = FeedbackExporter.ToCase(logged, 1, 0, "up");
        Assert.Equal(("tg-7", true, "ru", "It was 146 [1]."), (up.Id, up.Answerable, up.Language, up.ReferenceAnswer));
        Assert.Equal(["002_9fdd9d7dd336cfc0"], up.ExpectedSources);
        Assert.Equal(2, up.History.Count);
        var json = System.Text.Json.JsonSerializer.Serialize(up);
        foreach (var key in new[] { "\"id\"", "\"question\"", "\"answerable\"", "\"expected_sources\"", "\"expected_facts\"", "\"reference_answer\"", "\"language\"", "\"history\"", "\"feedback\":\"up\"" })
        {
            Assert.Contains(key, json, StringComparison.Ordinal);
        }

        var down = FeedbackExporter.ToCase(logged with { Abstained = true }, 0, 1, "down");
        Assert.Equal((true, "", 0), (down.Answerable, down.ReferenceAnswer, down.ExpectedSources.Count));
    }

    [Fact]
    public void PercentilesUseNearestRank()
    {
        double[] sorted = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
        Assert.Equal(50, BotStats.Percentile(sorted, 0.5));
        Assert.Equal(100, BotStats.Percentile(sorted, 0.95));
        Assert.Null(BotStats.Percentile([], 0.5));
    }

    private static List<string> Validate(TelegramOptions options)
    {
        var results = new List<System.ComponentModel.DataAnnotations.ValidationResult>();
        System.ComponentModel.DataAnnotations.Validator.TryValidateObject(options, new(options), results, validateAllProperties: true);
        var cross = new TelegramOptionsValidator().Validate(null, options);
        return [.. results.Select(r => r.ErrorMessage!), .. cross.Failures ?? []];
    }

    private static Message Text(string text) => new() { Text = text, Chat = new Chat { Id = -1, Type = ChatType.Supergroup } };

    private static StoredArticle Article(string id, string title, DateOnly? date, int chunks)
        => new(id, title, date, null, $"/{id}.txt", "h", chunks, DateTimeOffset.UnixEpoch);
}
