using System.CommandLine;
using System.Text.Json;
using QaBot.Cli;
using QaBot.Cli.Commands;
using QaBot.Core.Corpora;
using static QaBot.Tests.Evaluation.EvalFixtures;

namespace QaBot.Tests.Evaluation;

/// <summary>
/// The whole <c>qabot eval --distractors sotu</c> run: builds a store of the sample articles among all 233 State of the
/// Union speeches (keyword retrieval, so no word vectors are needed), then answers the casual unanswerable questions
/// against it. Opt-in (a minute or two on 2 cores): set QABOT_DISTRACTOR_EVAL=1; needs the corpus in ../shared/bench.
/// </summary>
public class EvalDistractorRunTests
{
    private static readonly string? Tarball = FindTarball();

    [DistractorRunFact]
    public async Task TheDistractorRunBuildsTheStoreOnceAndSaysSoInTheReport()
    {
        using var dir = new TempDir();
        var config = Path.Combine(dir.Path, "settings.json");
        await File.WriteAllTextAsync(config, JsonSerializer.Serialize(new
        {
            Store = new { Path = Path.Combine(dir.Path, "qabot.db") },
            Ingestion = new { ArticlesPath = Path.Combine(RepoRoot, "data", "articles") },
            Embeddings = new { Provider = "None" },
        }));
        var cache = Path.Combine(dir.Path, "distractors", "cache");
        Directory.CreateDirectory(cache);
        File.Copy(Tarball!, Path.Combine(cache, SotuCorpus.Tarball));

        var (first, firstOut) = await EvalAsync(config, Path.Combine(dir.Path, "one"));
        var (second, secondOut) = await EvalAsync(config, Path.Combine(dir.Path, "two"));

        Assert.True(first.Code == 0, firstOut);
        Assert.True(second.Code == 0, secondOut);
        Assert.Contains("(built in", firstOut, StringComparison.Ordinal);
        Assert.Contains("(reused)", secondOut, StringComparison.Ordinal);
        var note = first.Report.RootElement.GetProperty("run").GetProperty("notes").EnumerateArray().Select(n => n.GetString()!).Single(n => n.StartsWith("distractor run:", StringComparison.Ordinal));
        var chunks = long.Parse(System.Text.RegularExpressions.Regex.Match(note, @"([\d,]+) chunks").Groups[1].Value.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(chunks, 20_000, 40_000);
        Assert.True(first.Report.RootElement.GetProperty("summary").GetProperty("questions").GetInt32() >= 45);
    }

    private static async Task<((int Code, JsonDocument Report), string Output)> EvalAsync(string config, string outDir)
    {
        var root = new RootCommand { CliRunner.ConfigOption };
        root.Subcommands.Add(EvalCommand.Create());
        var (output, error) = (new StringWriter(), new StringWriter());
        var code = await root.Parse([
            "--config", config, "eval", "--no-judge", "--distractors", "sotu", "--filter", "unanswerable", "--out", outDir,
            "--set", Path.Combine(RepoRoot, "data", "eval", "qabot-eval.jsonl"),
        ]).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        var report = code == 0 ? JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(outDir, "report.json"))) : JsonDocument.Parse("{}");
        return ((code, report), $"exit {code}\n{error}\n{output}");
    }

    // ../shared/bench beside the checkout (or beside a parent folder, for worktrees).
    private static string? FindTarball()
    {
        for (var dir = new DirectoryInfo(RepoRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "bench", SotuCorpus.Tarball);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Runs only with QABOT_DISTRACTOR_EVAL=1 and the corpus in ../shared/bench; otherwise skipped with the reason.</summary>
    private sealed class DistractorRunFactAttribute : FactAttribute
    {
        public DistractorRunFactAttribute()
        {
            if (Environment.GetEnvironmentVariable("QABOT_DISTRACTOR_EVAL") != "1")
            {
                Skip = "opt-in full distractor run: set QABOT_DISTRACTOR_EVAL=1 (builds a ~28k-chunk store, a minute or two)";
            }
            else if (Tarball is null)
            {
                Skip = $"needs shared/bench/{SotuCorpus.Tarball} beside the checkout (tests never fetch it)";
            }
        }
    }
}
