using QaBot.Core.Answering;
using QaBot.Core.Chunking;
using QaBot.Core.Evaluation;
using QaBot.Core.Retrieval;

namespace QaBot.Tests.Evaluation;

/// <summary>Hand-made answers, chunks and results for the evaluation tests.</summary>
internal static class EvalFixtures
{
    public static RetrievedChunk Retrieved(string articleId, int index, string text, double score) =>
        new(new Chunk(Chunk.MakeId(articleId, index), articleId, "Title " + articleId, null, null, index, 0, text.Length, text), score);

    public static Citation Cite(int n, RetrievedChunk chunk) =>
        new(n, chunk.Chunk.ArticleId, chunk.Chunk.Id, chunk.Chunk.Title, null, null, chunk.Chunk.Text);

    public static Answer Answer(
        string text,
        IReadOnlyList<RetrievedChunk>? retrieved = null,
        IReadOnlyList<Citation>? citations = null,
        bool abstained = false,
        double totalMs = 10,
        double retrievalMs = 4,
        double generationMs = 5) =>
        new(text, citations ?? [], retrieved ?? [], new AnswerTimings(0, retrievalMs, generationMs, totalMs), abstained, "extractive", text);

    public static Answer Abstain(IReadOnlyList<RetrievedChunk>? retrieved = null) =>
        Answer("I could not find this in the articles.", retrieved, abstained: true);

    public static EvalQuestionResult Result(EvalQuestion question, Answer answer, int k = 5)
    {
        var metrics = EvalMetrics.Score(question, answer, k);
        var reasons = QuestionVerdict.Reasons(question, metrics);
        return new EvalQuestionResult(question, answer, metrics, reasons.Count == 0, reasons);
    }

    public static EvalRun Run(params EvalQuestionResult[] results) =>
        new("set.jsonl", 5, DateTimeOffset.Parse("2024-03-01T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture),
            TimeSpan.FromSeconds(1.5), results, EvalSummary.From(results), EvalRunner.Categorize(results), []);

    /// <summary>The repository root (the folder holding QaBot.sln).</summary>
    public static string RepoRoot => Support.RepoPaths.Root;

    /// <summary>A fresh temporary folder, deleted on dispose.</summary>
    public sealed class TempDir : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("qabot-eval-").FullName;

        public void Dispose()
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless.
            }
        }
    }
}
