using QaBot.Core.Answering;
using QaBot.Core.Evaluation;
using static QaBot.Tests.Evaluation.EvalFixtures;

namespace QaBot.Tests.Evaluation;

public class EvalRunnerTests
{
    [Fact]
    public async Task EachQuestionIsAskedWithItsHistoryAndProgressIsReported()
    {
        var asked = new List<Question>();
        var progress = new List<EvalProgress>();
        var runner = new EvalRunner((q, _) =>
        {
            asked.Add(q);
            return Task.FromResult(Abstain());
        });
        var history = new List<ChatTurn> { new("user", "Trade in 2023?"), new("assistant", "$228 billion [1].") };
        EvalQuestion[] questions = [new("f1", "And the target?", History: history, Tags: ["follow-up"]), new("u1", "Cup?", false)];

        var run = await runner.RunAsync(questions, 5, "set.jsonl", progress.Add);

        Assert.Equal(["And the target?", "Cup?"], asked.Select(q => q.Text));
        Assert.Equal(history, asked[0].Turns);
        Assert.Equal([1, 2], progress.Select(p => p.Done));
        Assert.All(progress, p => Assert.Equal(2, p.Total));
        Assert.False(progress[0].Last.Pass);
        Assert.True(progress[1].Last.Pass);
        Assert.Equal(["follow-up", "untagged"], run.Categories.Keys);
        Assert.Equal(1, run.Summary.Passed);
    }

    [Fact]
    public async Task AFailingAnswerIsRecordedAndTheRunGoesOn()
    {
        var runner = new EvalRunner((q, _) => q.Text == "boom?"
            ? throw new InvalidOperationException("index missing")
            : Task.FromResult(Abstain()));

        var run = await runner.RunAsync([new EvalQuestion("e", "boom?"), new EvalQuestion("u", "Cup?", false)], 5);

        Assert.Equal("index missing", run.Results[0].Error);
        Assert.Equal("error: InvalidOperationException: index missing", run.Results[0].Reasons.Single());
        Assert.True(run.Results[1].Pass);
        Assert.Equal(1, run.Summary.Errors);
    }

    [Fact]
    public async Task CancellationStopsTheRun()
    {
        using var cts = new CancellationTokenSource();
        var runner = new EvalRunner((_, ct) =>
        {
            cts.Cancel();
            ct.ThrowIfCancellationRequested();
            return Task.FromResult(Abstain());
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => runner.RunAsync([new EvalQuestion("a", "A?"), new EvalQuestion("b", "B?")], 5, cancellationToken: cts.Token));
    }

    [Fact]
    public async Task AnswersWithoutTimingsGetTheMeasuredTotal()
    {
        var runner = new EvalRunner(async (_, ct) =>
        {
            await Task.Delay(20, ct);
            return Abstain() with { Timings = new AnswerTimings(0, 0, 0, 0) };
        });

        var run = await runner.RunAsync([new EvalQuestion("u", "Cup?", false)], 5);

        Assert.True(run.Results[0].Metrics!.TotalMs >= 15);
    }

    [Fact]
    public async Task TheJudgeNoteAppearsWhenNoModelIsConfigured()
    {
        var run = await new EvalRunner((_, _) => Task.FromResult(Abstain()), new LlmJudge(null, null))
            .RunAsync([new EvalQuestion("u", "Cup?", false)], 5);

        Assert.Contains(run.Notes, n => n.Contains("LLM judge skipped", StringComparison.Ordinal));
        Assert.Empty(run.Results[0].Judge!);
    }
}
