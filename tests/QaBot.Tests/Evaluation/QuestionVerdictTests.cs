using QaBot.Core.Evaluation;
using static QaBot.Tests.Evaluation.EvalFixtures;

namespace QaBot.Tests.Evaluation;

public class QuestionVerdictTests
{
    private static readonly EvalQuestion Trade = new("q1", "Trade in 2023?", true, ["002_9fdd9d7dd336cfc0"], ["228"]);

    [Fact]
    public void AGoodAnswerPasses()
    {
        var chunk = Retrieved("002_9fdd9d7dd336cfc0", 0, "a record $228 billion in 2023", 1);
        var result = Result(Trade, Answer("A record $228 billion in 2023 [1].", [chunk], [Cite(1, chunk)]));

        Assert.True(result.Pass);
        Assert.Empty(result.Reasons);
    }

    [Fact]
    public void ReasonsNameTheMissingFactTheWrongSourceAndTheBadCitation()
    {
        var wrong = Retrieved("000_793bee40b2c27b8f", 0, "China has been Russia's greatest commercial partner", 1);
        var result = Result(Trade, Answer("Trade was $140 billion [1]. More [2].", [wrong], [Cite(1, wrong)]));

        Assert.False(result.Pass);
        Assert.Contains(result.Reasons, r => r.StartsWith("wrong source: expected 002 in top k (got 000)", StringComparison.Ordinal));
        Assert.Contains("missing fact \"228\"", result.Reasons);
        Assert.Contains(result.Reasons, r => r.StartsWith("cites only unexpected sources (000)", StringComparison.Ordinal));
        Assert.Contains(result.Reasons, r => r.StartsWith("invalid citation [1] does not support its sentence: number 140", StringComparison.Ordinal));
        Assert.Contains("invalid citation [2] has no matching source", result.Reasons);
    }

    [Fact]
    public void UnanswerableQuestionsMustAbstainAndAnswerableOnesMustNot()
    {
        var unanswerable = new EvalQuestion("u", "World Cup?", false);

        Assert.Contains("should have abstained (the articles do not answer this)", Result(unanswerable, Answer("France [1].")).Reasons);
        Assert.True(Result(unanswerable, Abstain()).Pass);
        Assert.Contains("abstained, but the articles answer this", Result(Trade, Abstain()).Reasons);
    }

    [Fact]
    public void AnAnswerWithoutCitationsFails() =>
        Assert.Contains("answer has no [n] citations", Result(new EvalQuestion("o", "Q?"), Answer("Uncited claim.")).Reasons);

    [Fact]
    public void ShortArticleIdsKeepTheNumericPrefixOnly()
    {
        Assert.Equal("002", QuestionVerdict.Short("002_9fdd9d7dd336cfc0"));
        Assert.Equal("my-article", QuestionVerdict.Short("my-article"));
        Assert.Equal("news_2024", QuestionVerdict.Short("news_2024"));
    }
}
