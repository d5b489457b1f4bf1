using System.Text.Json;
using AngleSharp.Html.Parser;
using QaBot.Core.Evaluation;
using static QaBot.Tests.Evaluation.EvalFixtures;

namespace QaBot.Tests.Evaluation;

public class ReportWriterTests
{
    private static EvalRun SampleRun()
    {
        var trade = Retrieved("002_9fdd9d7dd336cfc0", 0, "the Kremlin boasting that trade reached a record $228 billion in 2023", 0.9);
        var nato = Retrieved("000_793bee40b2c27b8f", 3, "Stoltenberg said <China> & Russia lead an \"authoritarian pushback\"", 0.4);
        return Run(
            Result(new EvalQuestion("q01", "Trade in 2023?", true, ["002_9fdd9d7dd336cfc0"], ["228"], Tags: ["single-fact"]),
                Answer("Trade reached a record $228 billion in 2023 [1].", [trade, nato], [Cite(1, trade)], totalMs: 12)),
            Result(new EvalQuestion("q02", "What did <Stoltenberg> say?", true, ["000_793bee40b2c27b8f"], ["authoritarian pushback", "Taiwan"], Tags: ["multi-article"]),
                Answer("Stoltenberg said China and Russia lead an \"authoritarian pushback\" [1].", [nato], [Cite(1, nato)], totalMs: 30)),
            Result(new EvalQuestion("u01", "Who won the World Cup?", false, Tags: ["unanswerable"]), Abstain()));
    }

    [Fact]
    public async Task AllThreeReportsAreWritten()
    {
        using var dir = new TempDir();
        var run = SampleRun();

        await ReportJsonWriter.WriteAsync(Path.Combine(dir.Path, "report.json"), run, null);
        await ReportMarkdownWriter.WriteAsync(Path.Combine(dir.Path, "report.md"), run, null);
        await ReportHtmlWriter.WriteAsync(Path.Combine(dir.Path, "report.html"), run, null);

        foreach (var name in new[] { "report.json", "report.md", "report.html" })
        {
            Assert.True(new FileInfo(Path.Combine(dir.Path, name)).Length > 200, name);
        }
    }

    [Fact]
    public void JsonHasTheSummaryKeysAsFractionsAndTheQuestionShape()
    {
        using var doc = JsonDocument.Parse(ReportJsonWriter.Serialize(SampleRun(), null));
        var summary = doc.RootElement.GetProperty("summary");

        foreach (var key in new[] { "questions", "answerable", "hitAtK", "recallAtK", "mrr", "factRecall", "citationPrecision",
                     "citationValidity", "abstentionAccuracy", "falseAbstentionRate", "latencyP50Ms", "latencyP95Ms" })
        {
            Assert.True(summary.TryGetProperty(key, out _), key);
        }

        Assert.Equal(3, summary.GetProperty("questions").GetInt32());
        Assert.Equal(2, summary.GetProperty("answerable").GetInt32());
        Assert.Equal(0.75, summary.GetProperty("factRecall").GetDouble());
        foreach (var rate in new[] { "hitAtK", "recallAtK", "mrr", "factRecall", "citationPrecision", "citationValidity", "abstentionAccuracy" })
        {
            Assert.InRange(summary.GetProperty(rate).GetDouble(), 0, 1);
        }

        var questions = doc.RootElement.GetProperty("questions");
        Assert.Equal(3, questions.GetArrayLength());
        var first = questions[0];
        foreach (var key in new[] { "id", "question", "answer", "citations", "retrieved", "metrics", "pass", "reasons" })
        {
            Assert.True(first.TryGetProperty(key, out _), key);
        }

        Assert.True(first.GetProperty("pass").GetBoolean());
        Assert.Equal("002_9fdd9d7dd336cfc0#0", first.GetProperty("citations")[0].GetProperty("chunkId").GetString());
        Assert.True(first.GetProperty("citations")[0].GetProperty("valid").GetBoolean());
        Assert.Equal(2, first.GetProperty("retrieved").GetArrayLength());
        Assert.Equal("missing fact \"Taiwan\"", questions[1].GetProperty("reasons")[0].GetString());
        Assert.True(doc.RootElement.GetProperty("categories").TryGetProperty("multi-article", out _));
    }

    [Fact]
    public void HtmlIsSelfContainedAndHasEverySection()
    {
        var html = ReportHtmlWriter.Render(SampleRun(), null);
        var document = new HtmlParser().ParseDocument(html);

        foreach (var id in new[] { "totals", "metrics", "categories", "latency", "questions" })
        {
            Assert.NotNull(document.GetElementById(id));
        }

        Assert.Equal(3, document.QuerySelectorAll("details.q").Length);
        Assert.Equal(2, document.QuerySelectorAll("details.q.pass").Length);
        Assert.Equal(3, document.QuerySelectorAll("#categories .cat").Length);
        Assert.NotNull(document.QuerySelector("#latency svg rect.hist"));
        Assert.True(document.QuerySelectorAll("#metrics svg rect").Length >= 8);
        Assert.Equal(3, document.QuerySelectorAll("details.q")[1].QuerySelectorAll(".pane").Length);
        Assert.Contains("missing fact \"Taiwan\"", document.QuerySelector("#q-q02 ul.reasons")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(document.QuerySelectorAll("script, link, img, iframe"));
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.Contains("&lt;Stoltenberg&gt;", html, StringComparison.Ordinal); // user text is encoded
    }

    [Fact]
    public void MarkdownListsTotalsCategoriesAndFailures()
    {
        var md = ReportMarkdownWriter.Render(SampleRun(), null);

        Assert.StartsWith("# QaBot eval — 2/3 passed", md, StringComparison.Ordinal);
        Assert.Contains("| Fact recall | 75% |", md, StringComparison.Ordinal);
        Assert.Contains("## By category", md, StringComparison.Ordinal);
        Assert.Contains("- **q02**", md, StringComparison.Ordinal);
        Assert.Contains("  - ✗ missing fact \"Taiwan\"", md, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportsShowBaselineDeltas()
    {
        var run = SampleRun();
        using var doc = JsonDocument.Parse(ReportJsonWriter.Serialize(run, null));
        var worse = run with { Summary = run.Summary with { FactRecall = 0.5 } };
        var comparison = BaselineComparer.Compare(doc.RootElement, worse, "old/report.json");

        var md = ReportMarkdownWriter.Render(worse, comparison);
        var html = ReportHtmlWriter.Render(worse, comparison);
        using var json = JsonDocument.Parse(ReportJsonWriter.Serialize(worse, comparison));

        Assert.Contains("−25.0 pp ⚠ regression", md, StringComparison.Ordinal);
        Assert.Contains("regressions found", html, StringComparison.Ordinal);
        Assert.True(json.RootElement.GetProperty("baseline").GetProperty("metrics").GetProperty("factRecall").GetProperty("regression").GetBoolean());
    }
}
