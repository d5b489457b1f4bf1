using QaBot.Cli.Commands;
using QaBot.Core.Answering.Reading;
using QaBot.Core.Ingestion;
using QaBot.Core.Retrieval;
using QaBot.Tests.Support;

namespace QaBot.Tests.Evaluation;

/// <summary><c>qabot eval --fit-reader</c> on the sample articles, and which of the shipped reader's variants reads a store.</summary>
public sealed class ReaderFitTests
{
    [Theory]
    [InlineData(40, true, "qabot-eval.jsonl (229 questions)")]
    [InlineData(27_932, true, "qabot-eval.jsonl (229 questions) among the sotu distractors")]
    [InlineData(40, false, "qabot-eval.jsonl (229 questions), without vectors")]
    [InlineData(27_932, false, "qabot-eval.jsonl (229 questions) among the sotu distractors, without vectors")]
    public void TheShippedReaderHasAVariantForLargeStoresAndForFullTextAlone(long storeChunks, bool vectors, string fittedOn)
    {
        var retrieval = new RetrievalResult([], [], vectors) { StoreChunks = storeChunks, QueryVector = vectors ? [1f] : null };

        var model = new SentenceReader(ReaderModel.Default).For(retrieval);

        Assert.Equal(fittedOn, model.FittedOn);
    }

    [Fact]
    public async Task FittingAmongDistractorsWritesTheLargeStoreVariantAndKeepsTheRest()
    {
        using var host = CoreTestHost.Create(("Embeddings:Provider", "ArcticXs"));
        await host.Get<ArticleIngestor>().EnsureCorpusAsync(default);
        var small = await FitAsync(host, distractors: null);
        var large = await FitAsync(host, distractors: "sotu");

        Assert.Equal(ReaderModel.Default.Large!.FittedOn, small.Large!.FittedOn);
        Assert.EndsWith("questions)", small.FittedOn, StringComparison.Ordinal);
        Assert.Equal(ReaderModel.Default.FittedOn, large.FittedOn);
        Assert.EndsWith("among the sotu distractors", large.Large!.FittedOn, StringComparison.Ordinal);
        Assert.NotNull(large.Large.WithoutVectors);
        Assert.Equal(0, small.WithoutVectors!.TokenWeight); // no encoder, no piece-by-piece match
        Assert.InRange(large.Large.AnswerThreshold, 0.01, 0.99);
    }

    [Fact]
    public async Task AModelFittedOnOtherFeaturesIsRefittedAfreshAndOnlyAFitAmongDistractorsNeedsIt()
    {
        using var dir = new EvalFixtures.TempDir();
        var stale = Path.Combine(dir.Path, "stale-reader.json");
        await File.WriteAllTextAsync(stale, ReaderModel.Default.ToJson().Replace("\"lead\"", "\"opening\"", StringComparison.Ordinal));
        using var host = CoreTestHost.Create(("Embeddings:Provider", "ArcticXs"), ("Answering:ReaderModel", stale));
        await host.Get<ArticleIngestor>().EnsureCorpusAsync(default);

        var fresh = await FitAsync(host, distractors: null);
        var refused = await Assert.ThrowsAsync<QaBot.Core.QaBotException>(() => FitAsync(host, distractors: "sotu"));

        Assert.Null(fresh.Large);
        Assert.Contains("fit that first", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASetThatAsksTheSameQuestionTwiceIsFittedAndAnswersBothCopiesWithOneModel()
    {
        using var dir = new EvalFixtures.TempDir();
        var lines = (await File.ReadAllLinesAsync(Path.Combine(RepoPaths.Root, "data", "eval", "qabot-eval.jsonl")))
            .Where(l => l.Contains("\"where\"", StringComparison.Ordinal) || l.Contains("unanswerable:time", StringComparison.Ordinal)).ToList();
        var copy = System.Text.Json.Nodes.JsonNode.Parse(lines[0])!;
        copy["id"] = "copy-of-" + copy["id"]!.GetValue<string>();
        var set = Path.Combine(dir.Path, "merged.jsonl");
        await File.WriteAllLinesAsync(set, [.. lines, copy.ToJsonString()]);
        using var host = CoreTestHost.Create(("Embeddings:Provider", "ArcticXs"));
        await host.Get<ArticleIngestor>().EnsureCorpusAsync(default);
        var settings = new EvalCommand.Settings(Set: set, Out: Path.Combine(dir.Path, "out"), FitReader: true, Folds: 2);

        var target = await EvalReaderFit.PrepareAsync(
            settings, _ => Task.FromResult(new EvalCommand.Target((_, _) => throw new InvalidOperationException(), [], host.Services)),
            EvalConsoleOutput.CreateConsole(new StringWriter()), CancellationToken.None);
        var answer = await target.Ask(new QaBot.Core.Answering.Question(copy["question"]!.GetValue<string>()), CancellationToken.None);

        Assert.False(string.IsNullOrWhiteSpace(answer.Text));
    }

    private static async Task<ReaderModel> FitAsync(CoreTestHost host, string? distractors)
    {
        var output = Path.Combine(host.Folder, distractors ?? "plain");
        var settings = new EvalCommand.Settings(
            Set: Path.Combine(RepoPaths.Root, "data", "eval", "qabot-eval.jsonl"), Out: output, Filter: ["where,who,unanswerable:time,unanswerable:general"],
            Distractors: distractors, FitReader: true, Folds: 2);
        var target = await EvalReaderFit.PrepareAsync(
            settings, _ => Task.FromResult(new EvalCommand.Target((_, _) => throw new InvalidOperationException(), [], host.Services)),
            EvalConsoleOutput.CreateConsole(new StringWriter()), CancellationToken.None);
        Assert.Contains(target.Notes, n => n.Contains("cross-validated", StringComparison.Ordinal));
        var path = Path.Combine(output, "reader-model.json");
        return ReaderModel.Parse(await File.ReadAllTextAsync(path), path);
    }
}
