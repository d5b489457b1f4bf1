using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using QaBot.Cli;
using QaBot.Cli.Commands;
using QaBot.Core.Evaluation;
using QaBot.Tests.Support;
using Xunit.Abstractions;

namespace QaBot.Tests.Evaluation;

/// <summary>
/// <c>qabot eval</c> on the project's set, run in-process through the real command twice: offline, and with a chat
/// model — <see cref="ScriptedModel"/> behind the loopback <see cref="FakeOpenAiServer"/>, reached through the real
/// Semantic Kernel connector, streamed and checked like any model. Both summaries are printed side by side and written,
/// with both runs' reports, to <c>$QABOT_SIDE_BY_SIDE_OUT</c> (a temp folder when unset). Both runs use the product's
/// default embeddings (the ArcticXs sentence encoder shipped in its NuGet package).
/// Reproduce with <c>.ci/eval-side-by-side</c>.
/// </summary>
public sealed class EvalSideBySideTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly string[] Shown =
    [
        "passRate", "hitAtK", "recallAtK", "mrr", "factRecall", "citationPrecision", "citationValidity",
        "abstentionAccuracy", "falseAbstentionRate", "latencyP50Ms", "latencyP95Ms", "generationP50Ms", "generationP95Ms",
    ];

    private readonly string? _keep = Environment.GetEnvironmentVariable("QABOT_SIDE_BY_SIDE_OUT");
    private readonly string _work = Directory.CreateTempSubdirectory("qabot-side-by-side-").FullName;
    private FakeOpenAiServer _model = null!;

    public async Task InitializeAsync() => _model = await FakeOpenAiServer.StartAsync(ScriptedModel.Reply);

    public async Task DisposeAsync()
    {
        await _model.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_work, recursive: true);
    }

    [Fact]
    public async Task WithTheScriptedModelCitationValidityAndSingleFactPassRateAreNotWorseThanOffline()
    {
        var reports = _keep ?? Path.Combine(_work, "reports");
        using var offline = await EvalAsync("offline", reports, llm: null);
        using var model = await EvalAsync("scripted-model", reports, llm: new
        {
            Provider = "OpenAICompatible",
            Endpoint = _model.BaseUrl.ToString(),
            Model = "scripted",
            MaxRetries = 0,
            TimeoutSeconds = 30,
        });

        var table = SideBySide(offline.RootElement, model.RootElement);
        output.WriteLine(table);
        await File.WriteAllTextAsync(Path.Combine(reports, "side-by-side.md"), table);

        var (offlineSummary, modelSummary) = (offline.RootElement.GetProperty("summary"), model.RootElement.GetProperty("summary"));
        var answerable = Questions(model.RootElement).Count(q => q.GetProperty("answerable").GetBoolean());
        var generative = Questions(model.RootElement).Count(q => q.TryGetProperty("mode", out var m) && m.GetString() == "generative");
        Assert.True(generative * 2 > answerable, $"only {generative} of {answerable} answerable questions were written by the model; the comparison would be meaningless");
        Assert.Equal(0, modelSummary.GetProperty("errors").GetInt32());
        Assert.True(modelSummary.GetProperty("citationValidity").GetDouble() >= offlineSummary.GetProperty("citationValidity").GetDouble(), table);
        Assert.True(SingleFactPassRate(model.RootElement) >= SingleFactPassRate(offline.RootElement), table);
    }

    /// <summary>Runs <c>qabot --config … eval --no-judge</c> over the project's set into <paramref name="reports"/>/<paramref name="name"/>.</summary>
    private async Task<JsonDocument> EvalAsync(string name, string reports, object? llm)
    {
        var config = Path.Combine(_work, name + ".json");
        await File.WriteAllTextAsync(config, JsonSerializer.Serialize(new
        {
            Store = new { Path = Path.Combine(_work, name + ".db") },
            Ingestion = new { ArticlesPath = Path.Combine(RepoPaths.Root, "data", "articles") },
            Embeddings = new { Provider = "ArcticXs" },
            Llm = llm ?? new { Provider = "None" },
        }));
        var outDir = Path.Combine(reports, name);
        var root = new RootCommand { CliRunner.ConfigOption };
        root.Subcommands.Add(EvalCommand.Create());
        var (console, error) = (new StringWriter(), new StringWriter());
        var code = await root.Parse([
            "--config", config, "eval", "--no-judge", "--out", outDir,
            "--set", Path.Combine(RepoPaths.Root, "data", "eval", "qabot-eval.jsonl"),
        ]).InvokeAsync(new InvocationConfiguration { Output = console, Error = error });

        Assert.True(code == 0, $"{name}: exit {code}\n{error}\n{console}");
        return JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(outDir, "report.json")));
    }

    private static IEnumerable<JsonElement> Questions(JsonElement report) => report.GetProperty("questions").EnumerateArray();

    private static bool Tagged(JsonElement q, string tag) => q.GetProperty("tags").EnumerateArray().Any(t => t.GetString() == tag);

    // The gate compares the eval-style English single-fact questions the stand-in was built against; the casual ones
    // (issue 12's set) and the Russian ones (which the stand-in reads through the offline glossary, as no model would)
    // are shown beside them but not gated: the stand-in picks sentences by word overlap and is no reader.
    private static bool IsSingleFact(JsonElement q) =>
        q.GetProperty("answerable").GetBoolean() && Tagged(q, "single-fact") && !Tagged(q, "casual") && !Tagged(q, "russian");

    private static bool IsRussianSingleFact(JsonElement q) =>
        q.GetProperty("answerable").GetBoolean() && Tagged(q, "single-fact") && Tagged(q, "russian");

    private static bool IsCasualSingleFact(JsonElement q) =>
        q.GetProperty("answerable").GetBoolean() && Tagged(q, "single-fact") && Tagged(q, "casual");

    private static double SingleFactPassRate(JsonElement report) => PassRate(report, IsSingleFact);

    private static double PassRate(JsonElement report, Func<JsonElement, bool> selected)
    {
        var chosen = Questions(report).Where(selected).ToList();
        return chosen.Count == 0 ? double.NaN : chosen.Count(q => q.GetProperty("pass").GetBoolean()) / (double)chosen.Count;
    }

    private static string SideBySide(JsonElement offline, JsonElement model)
    {
        var table = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"`qabot eval` on {offline.GetProperty("summary").GetProperty("questions").GetInt32()} questions (data/eval/qabot-eval.jsonl), k = 5, hybrid retrieval with the ArcticXs encoder")
            .AppendLine()
            .AppendLine("| metric | offline (extractive) | scripted model (loopback) |")
            .AppendLine("|---|---:|---:|");
        foreach (var name in Shown)
        {
            var info = EvalSummary.Catalog.Single(m => m.Name == name);
            table.AppendLine(CultureInfo.InvariantCulture,
                $"| {info.Label} (`{name}`) | {Format(offline, name, info.Kind)} | {Format(model, name, info.Kind)} |");
        }

        var singleFact = Questions(offline).Count(IsSingleFact);
        var casual = Questions(offline).Count(IsCasualSingleFact);
        var russian = Questions(offline).Count(IsRussianSingleFact);
        return table
            .AppendLine(CultureInfo.InvariantCulture,
                $"| Pass rate, answerable English single-fact ({singleFact}) | {SingleFactPassRate(offline):0.000} | {SingleFactPassRate(model):0.000} |")
            .AppendLine(CultureInfo.InvariantCulture,
                $"| Pass rate, casual single-fact ({casual}, not gated) | {PassRate(offline, IsCasualSingleFact):0.000} | {PassRate(model, IsCasualSingleFact):0.000} |")
            .AppendLine(CultureInfo.InvariantCulture,
                $"| Pass rate, Russian single-fact ({russian}, not gated) | {PassRate(offline, IsRussianSingleFact):0.000} | {PassRate(model, IsRussianSingleFact):0.000} |")
            .AppendLine(CultureInfo.InvariantCulture,
                $"| Answers written by the model | — | {Questions(model).Count(q => q.TryGetProperty("mode", out var m) && m.GetString() == "generative")} |")
            .ToString();
    }

    private static string Format(JsonElement report, string name, MetricKind kind)
    {
        var value = report.GetProperty("summary").GetProperty(name);
        if (value.ValueKind == JsonValueKind.Null)
        {
            return "—";
        }

        return kind == MetricKind.Milliseconds
            ? value.GetDouble().ToString("0.0", CultureInfo.InvariantCulture) + " ms"
            : value.GetDouble().ToString("0.000", CultureInfo.InvariantCulture);
    }
}
