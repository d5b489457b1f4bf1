using System.Text.Json;
using QaBot.Core;
using QaBot.Core.Evaluation;
using static QaBot.Tests.Evaluation.EvalFixtures;

namespace QaBot.Tests.Evaluation;

public class BaselineComparerTests
{
    private static EvalRun RunWith(bool firstPasses, double totalMs)
    {
        var chunk = Retrieved("B", 0, "a record $228 billion in 2023", 1);
        var q = new EvalQuestion("q1", "Trade?", true, ["B"], ["228"]);
        var answer = firstPasses ? Answer("A record $228 billion in 2023 [1].", [chunk], [Cite(1, chunk)], totalMs: totalMs) : Abstain([chunk]) with { Timings = new(0, 1, 1, totalMs) };
        return Run(Result(q, answer), Result(new EvalQuestion("u1", "Cup?", false), Abstain() with { Timings = new(0, 1, 1, totalMs) }));
    }

    private static JsonElement Report(EvalRun run) => JsonDocument.Parse(ReportJsonWriter.Serialize(run, null)).RootElement;

    [Fact]
    public void DropsAreRegressionsAndNewlyFailingQuestionsAreListed()
    {
        var comparison = BaselineComparer.Compare(Report(RunWith(true, 10)), RunWith(false, 10));

        Assert.True(comparison.HasRegressions);
        Assert.Equal(["q1"], comparison.NewlyFailing);
        Assert.Empty(comparison.NewlyPassing);
        var fact = comparison.For("factRecall")!;
        Assert.Equal(1, fact.Baseline);
        Assert.Equal(0, fact.Current);
        Assert.Equal(-1, fact.Delta);
        Assert.True(fact.Regression);
        Assert.True(comparison.For("falseAbstentionRate")!.Regression); // 0 → 1: lower is better
        Assert.False(comparison.For("abstentionAccuracy")!.Regression);
    }

    [Fact]
    public void ImprovementsAreNotRegressions()
    {
        var comparison = BaselineComparer.Compare(Report(RunWith(false, 10)), RunWith(true, 10));

        Assert.False(comparison.HasRegressions);
        Assert.Equal(["q1"], comparison.NewlyPassing);
        Assert.True(comparison.For("factRecall")!.Improvement);
    }

    [Fact]
    public void LatencyRegressesOnlyBeyondNoise()
    {
        Assert.False(BaselineComparer.Compare(Report(RunWith(true, 10)), RunWith(true, 14)).For("latencyP50Ms")!.Regression);
        Assert.True(BaselineComparer.Compare(Report(RunWith(true, 10)), RunWith(true, 40)).For("latencyP50Ms")!.Regression);
        Assert.True(BaselineComparer.Compare(Report(RunWith(true, 40)), RunWith(true, 10)).For("latencyP50Ms")!.Improvement);
    }

    [Fact]
    public void MetricsMissingOnEitherSideHaveNoDelta()
    {
        var comparison = BaselineComparer.Compare(Report(RunWith(true, 10)), RunWith(true, 10));

        var judge = comparison.For("groundedness")!;
        Assert.Null(judge.Delta);
        Assert.False(judge.Regression);
    }

    [Fact]
    public async Task ABaselineCanBeAFolderOrAFile()
    {
        using var dir = new TempDir();
        var file = Path.Combine(dir.Path, "report.json");
        await File.WriteAllTextAsync(file, ReportJsonWriter.Serialize(RunWith(true, 10), null));

        var fromDir = await BaselineComparer.CompareAsync(dir.Path, RunWith(true, 10));
        var fromFile = await BaselineComparer.CompareAsync(file, RunWith(true, 10));

        Assert.Equal(file, fromDir.Path);
        Assert.Equal(file, fromFile.Path);
        Assert.NotNull(fromDir.BaselineStartedAt);
        Assert.False(fromFile.HasRegressions);
    }

    [Fact]
    public async Task AMissingOrInvalidBaselineIsAUserError()
    {
        using var dir = new TempDir();
        await Assert.ThrowsAsync<QaBotException>(() => BaselineComparer.CompareAsync(dir.Path, RunWith(true, 10)));

        var bad = Path.Combine(dir.Path, "bad.json");
        await File.WriteAllTextAsync(bad, "{\"not\": \"a report\"}");
        var ex = await Assert.ThrowsAsync<QaBotException>(() => BaselineComparer.CompareAsync(bad, RunWith(true, 10)));
        Assert.Contains("summary", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DeltasReadNaturallyAndFloatNoiseHasNoSign()
    {
        var hit = EvalSummary.Catalog.Single(m => m.Name == "hitAtK");
        var p50 = EvalSummary.Catalog.Single(m => m.Name == "latencyP50Ms");

        Assert.Equal("0.0 pp", ReportFormat.Delta(new MetricDelta(hit, 0.5, 0.5 - 1e-12, -1e-12, false, false)));
        Assert.Equal("+2.5 pp", ReportFormat.Delta(new MetricDelta(hit, 0.5, 0.525, 0.025, false, true)));
        Assert.Equal("−12 ms", ReportFormat.Delta(new MetricDelta(p50, 40, 28, -12, false, true)));
        Assert.Equal("", ReportFormat.Delta(new MetricDelta(hit, null, 0.5, null, false, false)));
    }
}
