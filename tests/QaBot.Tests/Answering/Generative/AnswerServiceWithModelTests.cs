using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using QaBot.Cli;
using QaBot.Core.Answering;
using QaBot.Core.Ingestion;
using QaBot.Tests.Support;
using Xunit.Abstractions;

namespace QaBot.Tests.Answering.Generative;

/// <summary>
/// The whole pipeline as the CLI builds it — real SQLite store with the sample articles, retrieval, extractive answer,
/// SK connector — with the scripted model on loopback; and the same questions offline, side by side.
/// </summary>
public sealed class AnswerServiceWithModelTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("qabot-llm-e2e-").FullName;
    private FakeOpenAiServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeOpenAiServer.StartAsync(ScriptedModel.Reply);

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task WithAModelTheAnswerStreamsAndIsCitedToTheRightArticle()
    {
        await using var services = await CreateAsync(withModel: true);
        var updates = new List<AnswerUpdate>();
        await foreach (var update in services.GetRequiredService<AnswerService>().StreamAsync(new Question("What was the trade volume between Russia and China in 2023?")))
        {
            updates.Add(update);
        }

        var answer = updates[^1].Final!;
        Assert.True(updates.Count > 10, $"{updates.Count} updates");
        Assert.Equal("generative", answer.Mode);
        Assert.Contains("228", answer.Text, StringComparison.Ordinal);
        Assert.Contains(answer.Citations, c => c.ArticleId == "002_9fdd9d7dd336cfc0" && c.Quote.Contains("228", StringComparison.Ordinal));
        Assert.True(answer.Timings.TotalMs >= answer.Timings.GenerationMs);
    }

    [Fact]
    public async Task ModelAndOfflineSideBySideOnTheSampleQuestions()
    {
        (string Question, string Article)[] questions =
        [
            ("What was the trade volume between Russia and China in 2023?", "002_9fdd9d7dd336cfc0"),
            ("Who said Xi Jinping would visit Moscow before the anniversary of the war?", "000_793bee40b2c27b8f"),
            ("What did Peskov say the leaders would discuss in the video call?", "003_45b16b857479f6c5"),
        ];
        await using var offline = await CreateAsync(withModel: false);
        await using var model = await CreateAsync(withModel: true);
        foreach (var (mode, services) in new[] { ("offline", offline), ("model", model) })
        {
            int right = 0, markers = 0, valid = 0;
            foreach (var (question, article) in questions)
            {
                var answer = await services.GetRequiredService<AnswerService>().AskAsync(new Question(question));
                right += answer.Citations.Any(c => c.ArticleId == article) ? 1 : 0;
                var draft = new AnswerDraft(answer.Text, answer.Citations);
                var cited = CitationValidator.CitedSentences(answer.Text).Sum(s => s.Numbers.Count);
                markers += cited;
                valid += cited - CitationValidator.Validate(draft, answer.Retrieved).Count(p => !p.Contains("quote", StringComparison.Ordinal));
                output.WriteLine($"{mode,-8} {answer.Mode,-10} {question} => {answer.Text}");
            }

            output.WriteLine($"{mode}: right article cited {right}/{questions.Length}; valid citations {valid}/{markers}");
            Assert.Equal(questions.Length, right);
            Assert.Equal(markers, valid);
        }
    }

    [Fact]
    public async Task AFollowUpIsRewrittenByTheModelBeforeRetrieval()
    {
        await using var services = await CreateAsync(withModel: true);
        var history = new[]
        {
            new ChatTurn("user", "What was the trade volume between Russia and China in 2023?"),
            new ChatTurn("assistant", "It reached a record $228 billion [1]."),
        };
        var answer = await services.GetRequiredService<AnswerService>().AskAsync(new Question("and the target?", history));

        Assert.Contains(_server.Requests, r => r.User.Contains("Latest message: and the target?", StringComparison.Ordinal));
        Assert.Contains("trade volume", answer.SearchQuery, StringComparison.Ordinal);
        Assert.Contains(answer.Citations, c => c.ArticleId == "002_9fdd9d7dd336cfc0");
    }

    [Fact]
    public async Task TradeIn2025IsDeclinedOnTheModelPathThoughTheModelWouldCiteThe2023Figure()
    {
        // What a model does with "trade in 2025" over these articles: the 2023 record, cited (the check points [1] to the
        // passage that supports it).
        _server.Chat = _ => FakeReply.Say("Bilateral trade reached a record $228 billion in 2023 [1].");
        await using var services = await CreateAsync(withModel: true);
        var service = services.GetRequiredService<AnswerService>();

        var in2023 = await service.AskAsync(new Question("What was the trade volume between Russia and China in 2023?"));
        var in2025 = await service.AskAsync(new Question("What was the trade volume between Russia and China in 2025?"));

        Assert.Equal("generative", in2023.Mode);
        Assert.Contains(in2023.Citations, c => c.ArticleId == "002_9fdd9d7dd336cfc0");
        Assert.True(in2025.Abstained);
        Assert.Equal("I could not find this in the articles.", in2025.Text);
        Assert.Empty(in2025.Citations);
        Assert.Equal(1, _server.Requests.Count(r => r.Stream));
    }

    [Fact]
    public async Task AModelRefusalIsTheDeclineTextWithoutCitations()
    {
        _server.Chat = _ => FakeReply.Say("I'm sorry, the provided sources do not contain this information.");
        await using var services = await CreateAsync(withModel: true);
        var answer = await services.GetRequiredService<AnswerService>().AskAsync(new Question("What was the trade volume between Russia and China in 2023?"));

        Assert.Single(_server.Requests, r => r.Stream);
        Assert.True(answer.Abstained);
        Assert.Equal("I could not find this in the articles.", answer.Text);
        Assert.Empty(answer.Citations);
    }

    [Theory]
    [InlineData("I'm sorry, but I can't help with that request.")]
    [InlineData("")]
    [InlineData("```json\n{\"standalone_question\": \"What was the trade volume in 2021?\"}\n```")]
    [InlineData("You rewrite the latest message of a conversation about news articles into one standalone search question.")]
    public async Task AFollowUpRewriteThatIsNoQuestionIsNeverSearchedTheCarryOverIs(string rewrite)
    {
        _server.Chat = request => request.User.Contains("Standalone question:", StringComparison.Ordinal) ? FakeReply.Say(rewrite) : ScriptedModel.Reply(request);
        await using var services = await CreateAsync(withModel: true);
        var history = new[]
        {
            new ChatTurn("user", "What was the trade volume between Russia and China in 2023?"),
            new ChatTurn("assistant", "It reached a record $228 billion [1]."),
        };
        var answer = await services.GetRequiredService<AnswerService>().AskAsync(new Question("and in 2021?", history));

        Assert.Equal("What was the trade volume between Russia and China in 2021?", answer.SearchQuery);
        Assert.Contains(_server.Requests, r => r.Stream && r.User.Contains("Question: What was the trade volume between Russia and China in 2021?", StringComparison.Ordinal));
        Assert.Contains(answer.Retrieved, r => r.Chunk.Text.Contains("US$140 billion in 2021", StringComparison.Ordinal));
        Assert.Equal("generative", answer.Mode);
    }

    [Fact]
    public async Task OfflineARussianQuestionIsPutIntoEnglishWithTheGlossaryAndAnsweredWithANote()
    {
        await using var services = await CreateAsync(withModel: false);
        var answer = await services.GetRequiredService<AnswerService>().AskAsync(new Question("Каким был товарооборот России и Китая в 2023 году?"));

        Assert.Equal("extractive", answer.Mode);
        Assert.Equal("what was trade turnover Russia and China in 2023?", answer.SearchQuery);
        Assert.Contains("$228 billion", answer.Text, StringComparison.Ordinal);
        Assert.Contains("word by word with a built-in glossary", answer.Note, StringComparison.Ordinal);
    }

    private async Task<ServiceProvider> CreateAsync(bool withModel)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Store:Path"] = Path.Combine(_folder, withModel ? "model.db" : "offline.db"),
            ["Ingestion:ArticlesPath"] = ArticlesFolder(),
            ["Embeddings:Provider"] = "None",
        };
        if (withModel)
        {
            settings["Llm:Provider"] = "OpenAICompatible";
            settings["Llm:Endpoint"] = _server.BaseUrl.ToString();
            settings["Llm:Model"] = "scripted";
            settings["Llm:MaxRetries"] = "0";
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = await CliServices.CreateAsync(configuration, null, CancellationToken.None);
        await services.GetRequiredService<ArticleIngestor>().EnsureCorpusAsync(CancellationToken.None);
        return services;
    }

    private static string ArticlesFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data", "articles");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("data/articles not found above the test binaries");
    }
}
