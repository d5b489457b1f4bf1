using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using QaBot.Cli;
using QaBot.Cli.Commands;
using static QaBot.Tests.Evaluation.EvalFixtures;

namespace QaBot.Tests.Evaluation;

/// <summary>
/// <c>qabot eval</c> on the project's own set through the real core (ingestion, SQLite store, hybrid retrieval,
/// extractive answers), offline, with a fresh database in a temp folder. Embeddings are switched off to keep the run
/// short; retrieval is then keyword-only (<see cref="EvalSideBySideTests"/> runs the set with the sentence encoder).
/// </summary>
public class EvalEndToEndTests
{
    [Fact]
    public async Task TheDefaultSetRunsOfflineThroughTheRealCoreAndWritesTheReports()
    {
        using var dir = new TempDir();
        var config = Path.Combine(dir.Path, "settings.json");
        await File.WriteAllTextAsync(config, JsonSerializer.Serialize(new
        {
            Store = new { Path = Path.Combine(dir.Path, "qabot.db") },
            Ingestion = new { ArticlesPath = Path.Combine(RepoRoot, "data", "articles") },
            Embeddings = new { Provider = "None" },
        }));
        var root = new RootCommand { CliRunner.ConfigOption };
        root.Subcommands.Add(EvalCommand.Create());
        var output = new StringWriter();
        var error = new StringWriter();
        var outDir = Path.Combine(dir.Path, "out");
        var clock = Stopwatch.StartNew();

        var code = await root.Parse([
            "--config", config, "eval",
            "--set", Path.Combine(RepoRoot, "data", "eval", "qabot-eval.jsonl"),
            "--out", outDir,
            "--fail-under", "hitAtK=0.5", "abstentionAccuracy=0.1",
        ]).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });

        Assert.True(code == 0, $"exit {code}\n{error}\n{output}");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}"); // ~2 s normally; generous for a busy CI box
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(outDir, "report.json")));
        var summary = report.RootElement.GetProperty("summary");
        Assert.True(summary.GetProperty("questions").GetInt32() >= 40);
        Assert.Equal(0, summary.GetProperty("errors").GetInt32());
        Assert.InRange(summary.GetProperty("hitAtK").GetDouble(), 0.5, 1);
        Assert.InRange(summary.GetProperty("citationValidity").GetDouble(), 0.5, 1);
        var injection = report.RootElement.GetProperty("questions").EnumerateArray().Single(q => q.GetProperty("id").GetString() == "u04");
        Assert.DoesNotContain("PWNED", injection.GetProperty("answer").GetString(), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(outDir, "report.md")));
        Assert.True(File.Exists(Path.Combine(outDir, "report.html")));
        Assert.Contains("Totals:", output.ToString(), StringComparison.Ordinal);
    }
}
