using System.CommandLine;
using System.Text.Json;
using QaBot.Cli;
using QaBot.Cli.Commands;
using QaBot.Core.Answering;
using QaBot.Core.Evaluation;
using QaBot.Core.Retrieval;
using static QaBot.Tests.Evaluation.EvalFixtures;

namespace QaBot.Tests.Evaluation;

public class EvalCommandTests
{
    private const string SetText = """
        {"id": "q1", "question": "What was trade in 2023?", "expected_sources": ["B"], "expected_facts": ["228"], "tags": ["single-fact"]}
        {"id": "q2", "question": "Where did they meet?", "expected_sources": ["A"], "expected_facts": ["Uzbekistan"], "tags": ["single-fact"]}
        this line is broken
        {"id": "u1", "question": "Who won the World Cup?", "answerable": false, "tags": ["unanswerable"]}
        """;

    private static readonly RetrievedChunk TradeChunk = Retrieved("B", 0, "trade reached a record $228 billion in 2023", 0.9);

    /// <summary>Answers q1 well, q2 with the wrong passage, abstains on everything else.</summary>
    private static Task<Answer> Ask(Question q, CancellationToken ct) => Task.FromResult(q.Text switch
    {
        "What was trade in 2023?" => Answer("Trade reached a record $228 billion in 2023 [1].", [TradeChunk], [Cite(1, TradeChunk)]),
        "Where did they meet?" => Answer("Trade reached a record $228 billion in 2023 [1].", [TradeChunk], [Cite(1, TradeChunk)]),
        _ => Abstain(),
    });

    private static async Task<(int Code, string Output)> RunAsync(TempDir dir, EvalCommand.Settings settings)
    {
        var set = Path.Combine(dir.Path, "set.jsonl");
        await File.WriteAllTextAsync(set, SetText);
        var output = new StringWriter();
        var code = await EvalCommand.RunAsync(
            settings with { Set = set, Out = Path.Combine(dir.Path, settings.Out) }, _ => Task.FromResult(new EvalCommand.Target(Ask, [])), null, EvalConsoleOutput.CreateConsole(output), CancellationToken.None);
        return (code, output.ToString());
    }

    [Fact]
    public async Task ARunWritesTheReportsAndPrintsATablePerQuestion()
    {
        using var dir = new TempDir();

        var (code, output) = await RunAsync(dir, new EvalCommand.Settings(Out: "out"));

        Assert.Equal(0, code);
        Assert.True(File.Exists(Path.Combine(dir.Path, "out", "report.json")));
        Assert.True(File.Exists(Path.Combine(dir.Path, "out", "report.md")));
        Assert.True(File.Exists(Path.Combine(dir.Path, "out", "report.html")));
        Assert.Contains("warning:", output, StringComparison.Ordinal);
        Assert.Contains("line 3: not valid JSON", output, StringComparison.Ordinal);
        Assert.Contains("missing fact \"Uzbekistan\"", output, StringComparison.Ordinal);
        Assert.Contains("Totals: 2/3 passed", output, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(dir.Path, "out", "report.json")));
        Assert.Equal(3, json.RootElement.GetProperty("summary").GetProperty("questions").GetInt32());
    }

    [Fact]
    public async Task AMissedFailUnderGateExitsWithCodeThree()
    {
        using var dir = new TempDir();

        var (missed, output) = await RunAsync(dir, new EvalCommand.Settings(Out: "a", FailUnder: ["factRecall=0.9", "abstentionAccuracy=1"]));
        var (met, _) = await RunAsync(dir, new EvalCommand.Settings(Out: "b", FailUnder: ["factRecall=0.5", "abstentionAccuracy=100%"]));

        Assert.Equal(EvalCommand.GateFailedExitCode, missed);
        Assert.Equal(3, missed);
        Assert.Contains("factRecall = 50% is below 90%", output, StringComparison.Ordinal);
        Assert.Equal(0, met);
    }

    [Fact]
    public async Task AMissingBaselineIsAUsageErrorBeforeAnyQuestionIsAsked()
    {
        using var dir = new TempDir();
        var asked = 0;
        var set = Path.Combine(dir.Path, "set.jsonl");
        await File.WriteAllTextAsync(set, SetText);

        var ex = await Assert.ThrowsAsync<CliUsageException>(() => EvalCommand.RunAsync(
            new EvalCommand.Settings(Set: set, Out: Path.Combine(dir.Path, "o"), Baseline: Path.Combine(dir.Path, "no-such-run")),
            _ => Task.FromResult(new EvalCommand.Target((q, ct) => { asked++; return Ask(q, ct); }, [])), null, EvalConsoleOutput.CreateConsole(TextWriter.Null), CancellationToken.None));

        Assert.Contains("--baseline: no report.json at", ex.Message, StringComparison.Ordinal);
        Assert.Contains("no-such-run", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, asked);
    }

    [Fact]
    public async Task FilterSelectsByTagOrIdAndAnUnknownFilterIsAUsageError()
    {
        using var dir = new TempDir();

        var (code, output) = await RunAsync(dir, new EvalCommand.Settings(Out: "o", Filter: ["unanswerable,q1"]));
        var ex = await Assert.ThrowsAsync<CliUsageException>(() => RunAsync(dir, new EvalCommand.Settings(Out: "o", Filter: ["nothing"])));

        Assert.Equal(0, code);
        Assert.Contains("Totals: 2/2 passed", output, StringComparison.Ordinal);
        Assert.Contains("single-fact, unanswerable", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABaselineRunShowsDeltas()
    {
        using var dir = new TempDir();
        await RunAsync(dir, new EvalCommand.Settings(Out: "first"));

        var (code, output) = await RunAsync(dir, new EvalCommand.Settings(Out: "second", Baseline: Path.Combine(dir.Path, "first")));

        Assert.Equal(0, code);
        Assert.Contains("Δ baseline", output, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(dir.Path, "second", "report.json")));
        Assert.False(json.RootElement.GetProperty("baseline").GetProperty("hasRegressions").GetBoolean());
    }

    [Theory]
    [InlineData("hitAtK")]
    [InlineData("speed=0.9")]
    [InlineData("hitAtK=2")]
    public async Task BadFailUnderArgumentsExitWithCodeTwoAndListTheMetrics(string rule)
    {
        var root = new RootCommand { CliRunner.ConfigOption };
        root.Subcommands.Add(EvalCommand.Create());
        var output = new StringWriter();
        var error = new StringWriter();

        var code = await root.Parse(["eval", "--fail-under", rule]).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });

        Assert.Equal(2, code);
        Assert.Contains("--fail-under", error.ToString(), StringComparison.Ordinal);
        if (!rule.Contains('=', StringComparison.Ordinal) || rule.StartsWith("speed", StringComparison.Ordinal))
        {
            Assert.Contains("hitAtK, recallAtK, mrr", error.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task EveryQuestionFailingWithAnErrorIsAFailure()
    {
        using var dir = new TempDir();
        var set = Path.Combine(dir.Path, "set.jsonl");
        await File.WriteAllTextAsync(set, SetText);

        var ex = await Assert.ThrowsAsync<QaBot.Core.QaBotException>(() => EvalCommand.RunAsync(
            new EvalCommand.Settings(set, Path.Combine(dir.Path, "o")),
            _ => Task.FromResult(new EvalCommand.Target((_, _) => throw new InvalidOperationException("no index"), [])),
            null, EvalConsoleOutput.CreateConsole(new StringWriter()), CancellationToken.None));

        Assert.Contains("no index", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownDistractorCorpusIsAUsageErrorNamingTheKnownOnes()
    {
        using var dir = new TempDir();

        var ex = await Assert.ThrowsAsync<CliUsageException>(() => RunAsync(dir, new EvalCommand.Settings(Out: "o", Distractors: "wikipedia")));

        Assert.Contains("--distractors", ex.Message, StringComparison.Ordinal);
        Assert.Contains("sotu", ex.Message, StringComparison.Ordinal);
    }
}
