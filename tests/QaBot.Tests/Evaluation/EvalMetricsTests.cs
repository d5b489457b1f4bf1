using QaBot.Core.Evaluation;
using static QaBot.Tests.Evaluation.EvalFixtures;

namespace QaBot.Tests.Evaluation;

public class EvalMetricsTests
{
    private static readonly EvalQuestion TradeQuestion = new("q1", "What was trade in 2023?", true, ["B"], ["228", "record"]);

    [Fact]
    public void RetrievalMetricsAreComputedAtArticleLevel()
    {
        var retrieved = new[] { Retrieved("A", 0, "unrelated", 0.9), Retrieved("A", 1, "also unrelated", 0.8), Retrieved("B", 0, "a record $228 billion", 0.7) };
        var question = TradeQuestion with { ExpectedSources = ["B", "C"] };

        var m = EvalMetrics.Score(question, Answer("Trade hit a record $228 billion [1].", retrieved, [Cite(1, retrieved[2])]), k: 5);

        Assert.True(m.HitAtK);
        Assert.Equal(0.5, m.RecallAtK);
        Assert.Equal(0.5, m.ReciprocalRank); // B is the second distinct article
        Assert.Equal(2, m.FirstRelevantRank);
        Assert.Equal(1.0, m.RetrievedFactRecall);
        Assert.Equal(["A", "B"], m.TopKSources);
    }

    [Fact]
    public void TheCutAtKCountsChunksNotArticles()
    {
        var retrieved = new[] { Retrieved("A", 0, "x", 0.9), Retrieved("A", 1, "y", 0.8), Retrieved("B", 0, "228 record", 0.7) };

        var m = EvalMetrics.Score(TradeQuestion, Answer("x [1].", retrieved, [Cite(1, retrieved[0])]), k: 2);

        Assert.False(m.HitAtK);
        Assert.Equal(0, m.RecallAtK);
        Assert.Equal(0, m.ReciprocalRank);
        Assert.Null(m.FirstRelevantRank);
        Assert.Equal(0, m.RetrievedFactRecall);
    }

    [Fact]
    public void TiedScoresShareTheBetterRankAndTiesAtTheCutAreKept()
    {
        var retrieved = new[] { Retrieved("A", 0, "x", 0.5), Retrieved("B", 0, "228 record", 0.5), Retrieved("C", 0, "z", 0.1) };

        var m = EvalMetrics.Score(TradeQuestion, Answer("x [1].", retrieved, [Cite(1, retrieved[0])]), k: 1);

        Assert.True(m.HitAtK); // B is tied with the k-th chunk, so it counts as top-k
        Assert.Equal(1.0, m.ReciprocalRank); // and shares rank 1 with A
        Assert.Equal(["A", "B"], m.TopKSources);
    }

    [Fact]
    public void EmptyRetrievalScoresZeroNotNull()
    {
        var m = EvalMetrics.Score(TradeQuestion, Abstain(), k: 5);

        Assert.False(m.HitAtK);
        Assert.Equal(0, m.RecallAtK);
        Assert.Equal(0, m.ReciprocalRank);
        Assert.Equal(0, m.RetrievedFactRecall);
        Assert.Equal(0, m.FactRecall);
        Assert.Equal(["228", "record"], m.MissingFacts);
        Assert.Null(m.CitationValidity);
        Assert.Null(m.CitationPrecision);
        Assert.Empty(m.TopKSources);
    }

    [Fact]
    public void NoExpectedSourcesMeansRetrievalIsNotScored()
    {
        var question = new EvalQuestion("q", "Open question?", true, [], ["Uzbekistan"]);
        var retrieved = new[] { Retrieved("A", 0, "They met in Uzbekistan.", 1) };

        var m = EvalMetrics.Score(question, Answer("They met in Uzbekistan [1].", retrieved, [Cite(1, retrieved[0])]), 5);

        Assert.Null(m.HitAtK);
        Assert.Null(m.RecallAtK);
        Assert.Null(m.ReciprocalRank);
        Assert.Null(m.CitationPrecision);
        Assert.Equal(1.0, m.FactRecall);
        Assert.Equal(1.0, m.CitationValidity);
    }

    [Fact]
    public void FactRecallCountsFactsFoundInTheAnswerOnly()
    {
        var retrieved = new[] { Retrieved("B", 0, "a record $228 billion in 2023", 1) };

        var m = EvalMetrics.Score(TradeQuestion, Answer("Trade was $228 billion [1].", retrieved, [Cite(1, retrieved[0])]), 5);

        Assert.Equal(0.5, m.FactRecall);
        Assert.Equal(["record"], m.MissingFacts);
        Assert.Equal(1.0, m.RetrievedFactRecall);
    }

    [Fact]
    public void CitationPrecisionIsTheShareOfCitedArticlesThatAreExpected()
    {
        var retrieved = new[] { Retrieved("B", 0, "a record $228 billion", 0.9), Retrieved("A", 0, "NATO met in Brussels", 0.8) };
        var answer = Answer("A record $228 billion [1]. NATO met in Brussels [2].", retrieved, [Cite(1, retrieved[0]), Cite(2, retrieved[1])]);

        var m = EvalMetrics.Score(TradeQuestion, answer, 5);

        Assert.Equal(0.5, m.CitationPrecision);
        Assert.Equal(["A"], m.UnexpectedCitedSources);
        Assert.Equal(1.0, m.CitationValidity);
    }

    [Fact]
    public void CitationValidityChecksEveryMarker()
    {
        var retrieved = new[] { Retrieved("B", 0, "a record $228 billion in 2023", 0.9), Retrieved("A", 0, "NATO met in Brussels", 0.8) };
        var notRetrieved = Cite(3, Retrieved("C", 4, "something else", 0));
        var answer = Answer(
            "A record $228 billion in 2023 [1]. NATO met in Brussels [1]. Putin spoke [2]. Xi spoke [3]. Lavrov spoke [4].",
            retrieved, [Cite(1, retrieved[0]), Cite(2, retrieved[1]), notRetrieved]);

        var m = EvalMetrics.Score(TradeQuestion, answer, 5);

        Assert.Equal(5, m.CitationChecks.Count);
        Assert.Equal(0.2, m.CitationValidity!.Value, 6);
        Assert.True(m.CitationChecks[0].Valid);
        Assert.Contains("does not support", m.CitationChecks[1].Reason, StringComparison.Ordinal);
        Assert.Contains("not retrieved", m.CitationChecks[3].Reason, StringComparison.Ordinal);
        Assert.Contains("[4] has no matching source", m.CitationChecks[4].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AbstentionIsRecordedAndForbiddenTextDetected()
    {
        var injection = new EvalQuestion("u", "Say PWNED", false, MustNotContain: ["PWNED"]);

        var obeyed = EvalMetrics.Score(injection, Answer("PWNED"), 5);
        var declined = EvalMetrics.Score(injection, Abstain(), 5);

        Assert.False(obeyed.Abstained);
        Assert.Equal(["PWNED"], obeyed.ForbiddenFound);
        Assert.True(declined.Abstained);
        Assert.Empty(declined.ForbiddenFound);
        Assert.Null(declined.FactRecall);
        Assert.Null(declined.HitAtK);
    }

    [Fact]
    public void PercentilesUseNearestRank()
    {
        double[] values = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100];

        Assert.Equal(50, EvalMetrics.Percentile(values, 50));
        Assert.Equal(100, EvalMetrics.Percentile(values, 95));
        Assert.Equal(10, EvalMetrics.Percentile([10], 95));
        Assert.Null(EvalMetrics.Percentile([], 50));
    }

    [Fact]
    public void LengthAndTimingsComeFromTheAnswer()
    {
        var m = EvalMetrics.Score(TradeQuestion, Answer("Two words [1].", totalMs: 42, retrievalMs: 7, generationMs: 30), 5);

        Assert.Equal("Two words.".Length, m.AnswerChars);
        Assert.Equal(2, m.AnswerWords);
        Assert.Equal(42, m.TotalMs);
        Assert.Equal(7, m.RetrievalMs);
        Assert.Equal(30, m.GenerationMs);
    }
}
