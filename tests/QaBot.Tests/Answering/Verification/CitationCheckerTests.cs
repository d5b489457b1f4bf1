using Microsoft.Extensions.Options;
using QaBot.Core.Answering.Generative;
using QaBot.Core.Answering.Verification;
using QaBot.Tests.Support;

namespace QaBot.Tests.Answering.Verification;

public sealed class CitationCheckerTests
{
    private static readonly CitationChecker Checker = new(Options.Create(new LlmOptions()));

    private static CheckedAnswer Check(string answer) => Checker.Check(answer, SampleSources.All);

    [Fact]
    public void SupportedSentenceKeepsItsCitationAndQuotesTheSupportingSentence()
    {
        var result = Check("Bilateral trade reached a record $228 billion in 2023 [1].");

        Assert.Equal("Bilateral trade reached a record $228 billion in 2023 [1].", result.Text);
        var citation = Assert.Single(result.Citations);
        Assert.StartsWith("Friendly relations between Moscow and China", citation.Quote, StringComparison.Ordinal);
        Assert.Equal(1, result.Stats.Kept);
    }

    [Fact]
    public void ANumberMissingFromThePassageMakesTheSentenceUnsupported()
    {
        var result = Check("Bilateral trade reached a record $328 billion in 2023 [1].");

        Assert.Empty(result.Citations);
        Assert.Equal(1, result.Stats.Dropped);
    }

    [Fact]
    public void UncitedSupportedSentenceGetsItsSource()
    {
        var result = Check("Lavrov said Xi Jinping is anticipated to visit Moscow.");

        Assert.Equal("Lavrov said Xi Jinping is anticipated to visit Moscow [1].", result.Text);
        Assert.Equal("000_793bee40b2c27b8f", Assert.Single(result.Citations).ArticleId);
        Assert.Equal(1, result.Stats.Added);
    }

    [Fact]
    public void OnlyTheCitedSourcesThatSupportTheSentenceAreKept()
    {
        var result = Check("Bilateral trade reached a record $228 billion in 2023 [1][2][3].");

        Assert.Equal("002_9fdd9d7dd336cfc0", Assert.Single(result.Citations).ArticleId);
    }

    [Fact]
    public void ASentenceJoiningTwoCitedPassagesKeepsBoth()
    {
        var result = Check("Trade reached a record $228 billion in 2023, and Lavrov said Xi Jinping is anticipated to visit Moscow [1][2].");

        Assert.Equal(2, result.Citations.Count);
    }

    [Fact]
    public void StatementThatTheSourcesAreSilentStaysUncited()
    {
        var result = Check("Trade reached a record $228 billion in 2023 [1]. The articles do not give the figure for 2021.");

        Assert.Equal("Trade reached a record $228 billion in 2023 [1]. The articles do not give the figure for 2021.", result.Text);
        Assert.False(result.Refusal);
        Assert.Equal(1, result.Stats.Statements);
    }

    [Fact]
    public void AnAnswerThatOnlySaysTheSourcesAreSilentIsARefusal()
    {
        var result = Check("The sources do not mention the World Cup.");

        Assert.True(result.Refusal);
        Assert.False(result.HasCitedContent);
    }

    [Fact]
    public void AnUncitedClaimDisguisedAsANegationIsStillChecked()
    {
        var result = Check("Putin did not mention sanctions during the call.");

        Assert.False(result.Refusal);
        Assert.Equal(1, result.Stats.Dropped);
    }

    [Fact]
    public void ParagraphsAndListLinesSurvive()
    {
        var result = Check("In short:\n- Bilateral trade reached a record $228 billion in 2023 [1].\n- Lavrov said Xi Jinping is anticipated to visit Moscow [2].");

        Assert.Equal("In short:\n- Bilateral trade reached a record $228 billion in 2023 [1].\n- Lavrov said Xi Jinping is anticipated to visit Moscow [2].", result.Text);
    }

    [Fact]
    public void EveryQuoteIsAnExactSubstringOfItsChunk()
    {
        var result = Check("Trade surpassed the target of 200 billion dollars set by the two leaders [1]. Peskov said the leaders would discuss tensions in Europe [3].");

        Assert.Equal(2, result.Citations.Count);
        foreach (var citation in result.Citations)
        {
            var chunk = SampleSources.All.Single(s => s.Chunk.Id == citation.ChunkId).Chunk;
            Assert.Contains(citation.Quote, chunk.Text, StringComparison.Ordinal);
        }
    }
}
