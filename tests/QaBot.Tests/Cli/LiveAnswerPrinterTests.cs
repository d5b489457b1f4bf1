using System.Runtime.CompilerServices;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using QaBot.Cli;
using QaBot.Core.Answering;
using QaBot.Core.Chunking;
using QaBot.Core.Ingestion;
using QaBot.Core.Retrieval;
using QaBot.Tests.Support;

namespace QaBot.Tests.Cli;

/// <summary>How <c>qabot ask</c> and <c>qabot chat</c> show an answer while the model writes it.</summary>
public sealed class LiveAnswerPrinterTests
{
    private const string Dim = "\u001b[2m";
    private const string Reset = "\u001b[0m";
    private static readonly Terminal Wide = new(80, 24, Ansi: true);

    private static readonly Chunk Trade = new("002#1", "002", "Putin and Xi hail ties", new DateOnly(2024, 2, 8), null, 1, 0, 60,
        "Bilateral trade reached a record $228 billion in 2023, the Kremlin said.");

    private static Answer Final(string text, string mode = "generative", string? note = null) =>
        new(text, [new Citation(1, "002", Trade.Id, Trade.Title, Trade.Date, null, Trade.Text)], [new RetrievedChunk(Trade, 1)],
            new AnswerTimings(0, 1, 2, 3), false, mode, "trade 2023", note);

    private static async IAsyncEnumerable<AnswerUpdate> Stream(Answer final, params string[] drafts)
    {
        foreach (var draft in drafts)
        {
            await Task.Yield();
            yield return new AnswerUpdate(draft);
        }

        yield return new AnswerUpdate(final.Text, final);
    }

    private static async Task<string> PrintAsync(Terminal terminal, IAsyncEnumerable<AnswerUpdate> updates)
    {
        var output = new StringWriter();
        await new LiveAnswerPrinter(output, terminal).PrintAsync(updates, CancellationToken.None);
        return output.ToString();
    }

    [Fact]
    public async Task TheDraftStreamsDimmedAndTheCheckedAnswerReplacesIt()
    {
        var final = Final("Trade reached a record $228 billion in 2023 [1].");

        var printed = await PrintAsync(Wide, Stream(final, "\nTrade", "\nTrade reached", "\nTrade reached a record $228 billion in 2023 [3]."));

        var expected = Dim + "Trade" + " reached" + " a record $228 billion in 2023 [3]." + Reset + "\r\u001b[J"
            + AnswerPrinter.ToText(final) + Environment.NewLine;
        Assert.Equal(expected, printed);
        Assert.Contains("Sources", printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWrappedDraftIsErasedRowByRow()
    {
        var narrow = new Terminal(20, 24, Ansi: true);
        var draft = "Trade reached a record $228 billion in 2023 [3].\nIt grew.";  // 48 cells → 3 rows, then 1 row
        var printed = await PrintAsync(narrow, Stream(Final("Trade reached a record $228 billion in 2023 [1]."), draft));

        Assert.Contains(Reset + "\u001b[3A\r\u001b[J", printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADraftTallerThanTheScreenStaysAndTheCheckedAnswerFollowsIt()
    {
        var tiny = new Terminal(20, 5, Ansi: true);
        var draft = string.Join("\n", Enumerable.Repeat("Trade grew a lot [2].", 6));
        var final = Final("Trade reached a record $228 billion in 2023 [1].");

        var printed = await PrintAsync(tiny, Stream(final, draft));

        Assert.StartsWith(Dim + draft + Reset, printed, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[J", printed, StringComparison.Ordinal);
        Assert.EndsWith("Checked answer:" + Environment.NewLine + AnswerPrinter.ToText(final) + Environment.NewLine, printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutAnsiAnUnchangedAnswerIsPrintedOnceWithItsSources()
    {
        var plain = new Terminal(80, 24, Ansi: false);
        var final = Final("Trade reached a record $228 billion in 2023 [1].");

        var printed = await PrintAsync(plain, Stream(final, "Trade reached", final.Text));

        Assert.Equal(final.Text + AnswerPrinter.Footer(final) + Environment.NewLine, printed);
        Assert.DoesNotContain("Checked answer:", printed, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', printed);
    }

    [Fact]
    public async Task AnAnswerThatArrivesWholeIsPrintedWhole()
    {
        var fallback = Final("Bilateral trade reached a record $228 billion in 2023 [1].", "extractive",
            "The language model is unavailable (HTTP 500); showing the offline answer instead.");

        var printed = await PrintAsync(Wide, Stream(fallback));

        Assert.Equal(AnswerPrinter.ToText(fallback) + Environment.NewLine, printed);
        Assert.Contains("Note: The language model is unavailable", printed, StringComparison.Ordinal);
    }

    [Fact]
    public void OnlyATerminalWithAModelAndWithoutJsonStreams()
    {
        Assert.Null(Terminal.ForStreaming(Console.Out, json: true, modelConfigured: true));
        Assert.Null(Terminal.ForStreaming(Console.Out, json: false, modelConfigured: false));
        Assert.Null(Terminal.ForStreaming(new StringWriter(), json: false, modelConfigured: true));
    }

    [Fact]
    public async Task ARealModelAnswerStreamsThroughTheAnswerServiceAndEndsChecked()
    {
        await using var model = await FakeOpenAiServer.StartAsync(ScriptedModel.Reply);
        var folder = Directory.CreateTempSubdirectory("qabot-cli-stream-").FullName;
        try
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Store:Path"] = Path.Combine(folder, "qabot.db"),
                ["Ingestion:ArticlesPath"] = Path.Combine(RepoPaths.Root, "data", "articles"),
                ["Embeddings:Provider"] = "None",
                ["Llm:Provider"] = "OpenAICompatible",
                ["Llm:Endpoint"] = model.BaseUrl.ToString(),
                ["Llm:Model"] = "scripted",
                ["Llm:MaxRetries"] = "0",
            }).Build();
            await using (var services = await CliServices.CreateAsync(configuration, null, CancellationToken.None))
            {
                await services.GetRequiredService<ArticleIngestor>().EnsureCorpusAsync(CancellationToken.None);
                var updates = new List<AnswerUpdate>();
                var stream = Recorded(services.GetRequiredService<AnswerService>().StreamAsync(new Question("What was the trade volume between Russia and China in 2023?")), updates);

                var printed = await PrintAsync(Wide, stream);

                var final = updates[^1].Final!;
                Assert.Equal("generative", final.Mode);
                Assert.True(updates.Count > 5, $"{updates.Count} updates");
                Assert.StartsWith(Dim + updates[0].TextSoFar.TrimStart(), printed, StringComparison.Ordinal);
                Assert.EndsWith("\r\u001b[J" + AnswerPrinter.ToText(final) + Environment.NewLine, printed, StringComparison.Ordinal);
                Assert.Contains(Reset, printed, StringComparison.Ordinal);
                Assert.Contains("228", final.Text, StringComparison.Ordinal);
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async IAsyncEnumerable<AnswerUpdate> Recorded(IAsyncEnumerable<AnswerUpdate> updates, List<AnswerUpdate> seen,
        [EnumeratorCancellation] CancellationToken ct = default)
    {
        await foreach (var update in updates.WithCancellation(ct))
        {
            seen.Add(update);
            yield return update;
        }
    }
}
