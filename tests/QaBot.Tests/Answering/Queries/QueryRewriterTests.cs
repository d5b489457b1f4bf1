using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using QaBot.Core.Answering;
using QaBot.Core.Answering.Generative;
using QaBot.Core.Answering.Queries;
using QaBot.Tests.Support;

namespace QaBot.Tests.Answering.Queries;

/// <summary>The rewriter with the real SK connector against the loopback server, and without a model.</summary>
public sealed class QueryRewriterTests
{
    private static readonly ChatTurn[] TradeTurn =
    [
        new("user", "What was the trade volume between Russia and China in 2023?"),
        new("assistant", "It reached a record $228 billion [1]."),
    ];

    [Fact]
    public async Task TheModelRewritesAFollowUpFromTheHistory()
    {
        await using var server = await FakeOpenAiServer.StartAsync(_ => FakeReply.Say("Standalone question: \"What was the Russia-China trade volume in 2021?\""));
        using var services = LlmTestHost.Create(server);
        var query = await services.GetRequiredService<QueryRewriter>().RewriteAsync(new Question("and in 2021?", TradeTurn));

        Assert.Equal("What was the Russia-China trade volume in 2021?", query.Text);
        Assert.Equal(query.Text, query.SearchText);
        Assert.Equal("model", query.Method);
        var request = Assert.Single(server.Requests);
        Assert.False(request.Stream);
        Assert.Contains("User: What was the trade volume between Russia and China in 2023?", request.User, StringComparison.Ordinal);
        Assert.Contains("Assistant: It reached a record $228 billion.", request.User, StringComparison.Ordinal);
        Assert.Contains("Latest message: and in 2021?", request.User, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", request.System + request.User, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFailingModelFallsBackToTheOfflineCarryOver()
    {
        await using var server = await FakeOpenAiServer.StartAsync(_ => FakeReply.Error(500));
        using var services = LlmTestHost.Create(server);
        var query = await services.GetRequiredService<QueryRewriter>().RewriteAsync(new Question("and in 2021?", TradeTurn));

        Assert.Equal("What was the trade volume between Russia and China in 2021?", query.Text);
        Assert.Equal("carry-over", query.Method);
    }

    [Theory]
    [InlineData("I'm sorry, but I can't help with that.", "a refusal")]
    [InlineData("Unfortunately, the conversation does not say which year you mean.", "a refusal")]
    [InlineData("", "empty")]
    [InlineData("  \n ", "empty")]
    [InlineData("?!", "no letters")]
    [InlineData("2021?", "no letters")]
    [InlineData("{\"question\": \"What was the trade volume in 2021?\"}", "markup or JSON")]
    [InlineData("```\nWhat was the trade volume in 2021?\n```", "markup or JSON")]
    [InlineData("<p>What was the trade volume in 2021?</p>", "markup or JSON")]
    [InlineData("In 2021 the trade volume between Russia and China was reported at about 140 billion dollars, which was itself a record at the time, and analysts expected it to keep rising over the following years as both sides deepened energy and technology ties.", "far longer than the question")]
    [InlineData("You rewrite the latest message of a conversation about news articles into one standalone search question.", "an echo of the prompt")]
    [InlineData("Conversation so far:\nUser: hi\n\nLatest message: and in 2021?", "an echo of the prompt")]
    public async Task ARewriteThatIsNoSearchQuestionFallsBackToTheCarryOverAndIsLoggedOnce(string reply, string problem)
    {
        await using var server = await FakeOpenAiServer.StartAsync(_ => FakeReply.Say(reply));
        using var services = LlmTestHost.Create(server);
        var log = new ListLogger();
        var rewriter = new QueryRewriter(services.GetRequiredService<IChatClient>(), services.GetRequiredService<PromptLibrary>(), logger: log);

        var query = await rewriter.RewriteAsync(new Question("and in 2021?", TradeTurn));

        Assert.Single(server.Requests);
        Assert.Equal("What was the trade volume between Russia and China in 2021?", query.SearchText);
        Assert.Equal("carry-over", query.Method);
        var line = Assert.Single(log.Lines);
        Assert.Contains($"rewrite-followup prompt is not a search query ({problem}", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Standalone question:\nWhat was the Russia-China trade volume in 2021?")]
    [InlineData("Sure! Here is the rewritten question:\n\"What was the Russia-China trade volume in 2021?\"")]
    [InlineData("<think>The user asks about 2021.</think>\nWhat was the Russia-China trade volume in 2021?")]
    public async Task AGoodRewriteIsStillUsedWhateverItIsWrappedIn(string reply)
    {
        await using var server = await FakeOpenAiServer.StartAsync(_ => FakeReply.Say(reply));
        using var services = LlmTestHost.Create(server);
        var log = new ListLogger();
        var rewriter = new QueryRewriter(services.GetRequiredService<IChatClient>(), services.GetRequiredService<PromptLibrary>(), logger: log);

        var query = await rewriter.RewriteAsync(new Question("and in 2021?", TradeTurn));

        Assert.Equal("What was the Russia-China trade volume in 2021?", query.SearchText);
        Assert.Equal("model", query.Method);
        Assert.Empty(log.Lines);
    }

    [Theory]
    [InlineData("I'm sorry, I cannot translate this.")]
    [InlineData("")]
    [InlineData("{\"translation\": \"What was the trade volume?\"}")]
    [InlineData("You translate search questions into English so they can be matched against English news articles.")]
    public async Task ATranslationThatIsNoSearchQuestionIsNeverSearched(string reply)
    {
        const string russian = "Каким был товарооборот между Россией и Китаем в 2023 году?";
        await using var server = await FakeOpenAiServer.StartAsync(_ => FakeReply.Say(reply));
        using var services = LlmTestHost.Create(server);
        var query = await services.GetRequiredService<QueryRewriter>().RewriteAsync(new Question(russian));

        // The model's reply is refused; the built-in glossary puts the question into English instead.
        Assert.Equal("what was trade turnover between Russia and China in 2023?", query.SearchText);
        Assert.Equal("as-is+glossary", query.Method);
        Assert.Contains("word by word with a built-in glossary", query.Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AChineseQuestionsLongerEnglishTranslationIsNotTakenForGarbage()
    {
        await using var server = await FakeOpenAiServer.StartAsync(_ => FakeReply.Say("What was the trade volume between Russia and China in 2023 according to the Kremlin?"));
        using var services = LlmTestHost.Create(server);
        var query = await services.GetRequiredService<QueryRewriter>().RewriteAsync(new Question("克里姆林宫说2023年中俄贸易额是多少？"));

        Assert.Equal("What was the trade volume between Russia and China in 2023 according to the Kremlin?", query.SearchText);
        Assert.Equal("as-is+translated", query.Method);
    }

    [Fact]
    public async Task AStandaloneEnglishQuestionCostsNoModelCall()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        using var services = LlmTestHost.Create(server);
        var query = await services.GetRequiredService<QueryRewriter>().RewriteAsync(new Question("Who is Xi Jinping?"));

        Assert.Equal("Who is Xi Jinping?", query.SearchText);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task ANonEnglishQuestionIsTranslatedForRetrieval()
    {
        await using var server = await FakeOpenAiServer.StartAsync(_ => FakeReply.Say("What was the trade volume between Russia and China in 2023?"));
        using var services = LlmTestHost.Create(server);
        var query = await services.GetRequiredService<QueryRewriter>().RewriteAsync(new Question("Каким был товарооборот между Россией и Китаем в 2023 году?"));

        Assert.Equal("Каким был товарооборот между Россией и Китаем в 2023 году?", query.Text);
        Assert.Equal("What was the trade volume between Russia and China in 2023?", query.SearchText);
        Assert.Equal("ru", query.Language.Code);
        Assert.Equal("as-is+translated", query.Method);
        Assert.Null(query.Note);
        Assert.Contains("Translate this Russian question into English", Assert.Single(server.Requests).User, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OfflineAFollowUpIsCarriedOverAndANonEnglishQuestionGetsAnHonestNote()
    {
        var rewriter = new QueryRewriter();

        var followUp = await rewriter.RewriteAsync(new Question("and in 2021?", TradeTurn));
        var russian = await rewriter.RewriteAsync(new Question("Каким был товарооборот в 2023 году?"));
        var chinese = await rewriter.RewriteAsync(new Question("2023年中俄贸易额是多少？"));

        Assert.Equal("What was the trade volume between Russia and China in 2021?", followUp.SearchText);
        Assert.Equal("carry-over", followUp.Method);
        Assert.Null(followUp.Note);
        Assert.Equal("what was trade turnover in 2023?", russian.SearchText);
        Assert.Equal("as-is+glossary", russian.Method);
        Assert.Contains("(\"what was trade turnover in 2023?\")", russian.Note, StringComparison.Ordinal);
        Assert.Equal("2023年中俄贸易额是多少？", chinese.SearchText); // no glossary: searched by its numbers
        Assert.Contains("question in Chinese is matched only by its numbers", chinese.Note, StringComparison.Ordinal);
    }

    private sealed class ListLogger : ILogger<QueryRewriter>
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<string> _lines = new();

        public IReadOnlyCollection<string> Lines => _lines;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            _lines.Enqueue($"{logLevel}: {formatter(state, exception)}");
    }
}
