using Microsoft.Extensions.DependencyInjection;
using QaBot.Core.Answering;
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

        Assert.Equal("What was the trade volume between Russia and China in 2021?", followUp.SearchText);
        Assert.Equal("carry-over", followUp.Method);
        Assert.Null(followUp.Note);
        Assert.Equal("Каким был товарооборот в 2023 году?", russian.SearchText);
        Assert.Contains("question in Russian is matched only by its numbers", russian.Note, StringComparison.Ordinal);
    }
}
