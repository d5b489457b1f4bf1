using QaBot.Core.Evaluation;
using QaBot.Core.Retrieval;
using static QaBot.Tests.Evaluation.EvalFixtures;

namespace QaBot.Tests.Evaluation;

public class EvalSummaryTests
{
    private static readonly RetrievedChunk[] Chunks =
        [Retrieved("B", 0, "a record $228 billion in 2023", 0.9), Retrieved("A", 0, "They met in Uzbekistan in September.", 0.5)];

    [Fact]
    public void AbstentionRatesAreSplitByAnswerability()
    {
        var answerable = new EvalQuestion("a1", "Trade?", true, ["B"], ["228"]);
        var unanswerable = new EvalQuestion("u1", "World Cup?", false);
        var results = new[]
        {
            Result(answerable, Answer("A record $228 billion in 2023 [1].", Chunks, [Cite(1, Chunks[0])])),
            Result(answerable with { Id = "a2" }, Abstain(Chunks)),
            Result(unanswerable, Abstain()),
            Result(unanswerable with { Id = "u2" }, Answer("They met in Uzbekistan in September [1].", Chunks, [Cite(1, Chunks[1])])),
            Result(unanswerable with { Id = "u3" }, Abstain()),
        };

        var s = EvalSummary.From(results);

        Assert.Equal(5, s.Questions);
        Assert.Equal(2, s.Answerable);
        Assert.Equal(3, s.Unanswerable);
        Assert.Equal(3, s.Passed);
        Assert.Equal(2.0 / 3, s.AbstentionAccuracy!.Value, 6);
        Assert.Equal(0.5, s.FalseAbstentionRate);
        Assert.Equal(0.5, s.FactRecall); // 1 and 0 (abstained)
        Assert.Equal(1.0, s.HitAtK); // retrieval found B for both answerable questions
        Assert.Equal(1.0, s.CitationValidity); // both [1]s are supported, pooled over markers
        Assert.Equal(0.6, s.PassRate);
    }

    [Fact]
    public void NotApplicableValuesAreLeftOutOfAveragesAndEmptyRunsGiveNulls()
    {
        var open = new EvalQuestion("o", "Anything?", true);
        var s = EvalSummary.From([Result(open, Answer("They met in Uzbekistan in September [1].", Chunks, [Cite(1, Chunks[1])]))]);

        Assert.Null(s.HitAtK);
        Assert.Null(s.FactRecall);
        Assert.Null(s.AbstentionAccuracy);
        Assert.Equal(0, s.FalseAbstentionRate);

        var empty = EvalSummary.From([]);
        Assert.Null(empty.PassRate);
        Assert.Null(empty.LatencyP50Ms);
    }

    [Fact]
    public void LatencyPercentilesCoverRetrievalGenerationAndTotal()
    {
        var q = new EvalQuestion("q", "Q?", false);
        var results = Enumerable.Range(1, 20)
            .Select(i => Result(q with { Id = $"q{i}" }, Answer("x", totalMs: i * 10, retrievalMs: i, generationMs: i * 2)))
            .ToArray();

        var s = EvalSummary.From(results);

        Assert.Equal(100, s.LatencyP50Ms);
        Assert.Equal(190, s.LatencyP95Ms);
        Assert.Equal(10, s.RetrievalP50Ms);
        Assert.Equal(38, s.GenerationP95Ms);
    }

    [Fact]
    public void ErroredQuestionsFailAndAreCounted()
    {
        var q = new EvalQuestion("e", "Q?");
        var s = EvalSummary.From([new EvalQuestionResult(q, null, null, false, ["error: boom"], "boom")]);

        Assert.Equal(1, s.Errors);
        Assert.Equal(0, s.Passed);
        Assert.Null(s.LatencyP50Ms);
    }

    [Fact]
    public void EveryCatalogMetricCanBeRead()
    {
        var s = EvalSummary.From([]);
        foreach (var metric in EvalSummary.Catalog)
        {
            _ = s.Get(metric.Name);
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => s.Get("nope"));
    }
}
