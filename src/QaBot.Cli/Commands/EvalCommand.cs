using System.CommandLine;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using QaBot.Core;
using QaBot.Core.Answering;
using QaBot.Core.Answering.Generative;
using QaBot.Core.Answering.Verification;
using QaBot.Core.Corpora;
using QaBot.Core.Evaluation;
using QaBot.Core.Ingestion;
using Spectre.Console;
using AskFunction = System.Func<QaBot.Core.Answering.Question, System.Threading.CancellationToken, System.Threading.Tasks.Task<QaBot.Core.Answering.Answer>>;

namespace QaBot.Cli.Commands;

/// <summary>
/// <c>qabot eval [--set FILE] [--out DIR] [--k N] [--baseline DIR_OR_FILE] [--fail-under metric=value …] [--filter id-or-tag]
/// [--distractors sotu]</c>: runs an eval set through the answer service and writes report.json, report.md and report.html;
/// with <c>--distractors</c>, over the sample articles hidden in a distractor corpus (<see cref="EvalDistractors"/>).
/// Exit codes: 0 ok, 3 a <c>--fail-under</c> gate was missed, 2 bad usage, 1 failure.
/// </summary>
internal static class EvalCommand
{
    /// <summary>The exit code when a <c>--fail-under</c> threshold is missed (1 and 2 mean failure and bad usage).</summary>
    public const int GateFailedExitCode = 3;

    /// <summary>Everything the command line says about one eval run, and the support bar of the answer checker (<c>Llm:MinSupport</c>).</summary>
    internal sealed record Settings(
        string Set = "data/eval/qabot-eval.jsonl",
        string Out = "eval-out",
        int K = 5,
        string? Baseline = null,
        IReadOnlyList<string>? FailUnder = null,
        IReadOnlyList<string>? Filter = null,
        bool NoJudge = false,
        double MinSupport = SupportTest.DefaultMinSupport,
        string? Distractors = null,
        bool FitReader = false,
        int Folds = 5,
        string? ReaderOut = null);

    /// <summary>What a run asks, what its report should say about the store it asks (e.g. a distractor run), and the services behind it.</summary>
    internal sealed record Target(AskFunction Ask, IReadOnlyList<string> Notes, IServiceProvider? Services = null);

    public static Command Create()
    {
        var set = new Option<string>("--set") { Description = "Eval set (JSONL)", DefaultValueFactory = _ => "data/eval/qabot-eval.jsonl" };
        var output = new Option<string>("--out") { Description = "Folder for report.json, report.md, report.html", DefaultValueFactory = _ => "eval-out" };
        var k = new Option<int>("--k") { Description = "Retrieval cut-off for hit@k, recall@k, MRR", DefaultValueFactory = _ => 5 };
        var baseline = new Option<string?>("--baseline") { Description = "An earlier report.json (or its folder) to compare with" };
        var failUnder = new Option<string[]>("--fail-under")
        {
            Description = $"Exit with code {GateFailedExitCode} when a metric is below a value, e.g. hitAtK=0.9 factRecall=0.8",
            AllowMultipleArgumentsPerToken = true,
        };
        var filter = new Option<string[]>("--filter") { Description = "Only questions with this id or tag (repeat or comma-separate)", AllowMultipleArgumentsPerToken = true };
        var noJudge = new Option<bool>("--no-judge") { Description = "Skip LLM-judge scores even when a chat model is configured" };
        var distractors = new Option<string?>("--distractors")
        {
            Description = $"Hide the articles among a distractor corpus ({string.Join(", ", DistractorStore.Corpora)}): builds that store once, then reuses it",
        };
        var fitReader = new Option<bool>("--fit-reader") { Description = "Fit the reader model on the set (with --distractors: its variant for large stores), write it, and report cross-validated (out-of-fold) numbers" };
        var folds = new Option<int>("--folds") { Description = "Cross-validation folds for --fit-reader", DefaultValueFactory = _ => 5 };
        var readerOut = new Option<string?>("--reader-out") { Description = "Where --fit-reader writes the model (default: OUT/reader-model.json)" };
        var command = new Command("eval", "Run an eval set and report retrieval, answer and citation quality")
        {
            set, output, k, baseline, failUnder, filter, noJudge, distractors, fitReader, folds, readerOut,
        };
        command.SetAction((parse, ct) => CliRunner.RunAsync(parse, async (services, token) =>
        {
            var settings = new Settings(
                parse.GetValue(set)!, parse.GetValue(output)!, parse.GetValue(k), parse.GetValue(baseline),
                parse.GetValue(failUnder) ?? [], parse.GetValue(filter) ?? [], parse.GetValue(noJudge),
                services.GetRequiredService<IOptions<LlmOptions>>().Value.MinSupport, parse.GetValue(distractors),
                parse.GetValue(fitReader), parse.GetValue(folds), parse.GetValue(readerOut));
            var console = EvalConsoleOutput.CreateConsole(parse.InvocationConfiguration.Output);
            await using var distractorRun = settings.Distractors is null ? null : new EvalDistractors(services, settings.Distractors, console);
            Func<CancellationToken, Task<Target>> prepare = distractorRun is null ? PrepareAsync : distractorRun.PrepareAsync;
            return await RunAsync(settings, settings.FitReader ? ct2 => EvalReaderFit.PrepareAsync(settings, prepare, console, ct2) : prepare, services.GetService<IChatClient>(), console, token);

            async Task<Target> PrepareAsync(CancellationToken ct2)
            {
                if (await services.GetRequiredService<ArticleIngestor>().EnsureCorpusAsync(ct2) is { } report)
                {
                    console.MarkupLineInterpolated($"First run: ingested the sample articles ({report.Summary}).");
                }

                return new Target(services.GetRequiredService<AnswerService>().AskAsync, [], services);
            }
        }, ct));
        return command;
    }

    /// <summary>
    /// The command's body, separate from service wiring so tests can drive it with any answer function.
    /// <paramref name="prepare"/> (ingest if needed, then hand over the answer function) runs only after the arguments
    /// are checked, so a usage error never touches the corpus.
    /// </summary>
    internal static async Task<int> RunAsync(
        Settings settings,
        Func<CancellationToken, Task<Target>> prepare,
        IChatClient? chatClient,
        IAnsiConsole console,
        CancellationToken cancellationToken)
    {
        var rules = ParseRules(settings.FailUnder ?? []);
        if (settings.K < 1)
        {
            throw new CliUsageException($"--k must be at least 1, not {settings.K}");
        }

        if (settings.FitReader && settings.Folds < 2)
        {
            throw new CliUsageException($"--folds must be at least 2, not {settings.Folds}");
        }

        if (settings.Distractors is { } corpus && !DistractorStore.Corpora.Contains(corpus, StringComparer.Ordinal))
        {
            throw new CliUsageException($"--distractors: unknown corpus \"{corpus}\"; use one of: {string.Join(", ", DistractorStore.Corpora)}");
        }

        if (settings.Baseline is { } earlier && (Directory.Exists(earlier) ? Path.Combine(earlier, "report.json") : earlier) is var report && !File.Exists(report))
        {
            throw new CliUsageException($"--baseline: no report.json at {Path.GetFullPath(report)}; pass the folder of an earlier run (e.g. eval-out) or its report.json");
        }

        var evalSet = await EvalSetReader.ReadFileAsync(settings.Set, cancellationToken);
        var filters = (settings.Filter ?? []).SelectMany(f => f.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToList();
        var questions = evalSet.Select(filters);
        if (questions.Count == 0)
        {
            throw new CliUsageException(filters.Count > 0
                ? $"--filter {string.Join(",", filters)} matches no question; tags in the set: {string.Join(", ", evalSet.AllTags)}"
                : $"{settings.Set} holds no readable question");
        }

        foreach (var error in evalSet.Errors)
        {
            console.MarkupLineInterpolated($"[yellow]warning:[/] {settings.Set} {error}");
        }

        Directory.CreateDirectory(settings.Out);
        var judge = CreateJudge(settings, chatClient);
        var target = await prepare(cancellationToken);
        var runner = new EvalRunner(target.Ask, judge, settings.MinSupport);
        var run = await EvalConsoleOutput.RunWithProgressAsync(console, runner, questions, settings, cancellationToken);
        run = run with { Notes = [.. target.Notes, .. run.Notes] };
        if (run.Summary.Errors == run.Summary.Questions)
        {
            throw new QaBotException($"the answer service failed on every question; first error: {run.Results[0].Error}");
        }

        var baseline = settings.Baseline is null ? null : await BaselineComparer.CompareAsync(settings.Baseline, run, cancellationToken);
        var reported = run with { Notes = [.. evalSet.Errors.Select(e => $"skipped {settings.Set} {e}"), .. run.Notes] };
        await ReportJsonWriter.WriteAsync(Path.Combine(settings.Out, "report.json"), reported, baseline, cancellationToken);
        await ReportMarkdownWriter.WriteAsync(Path.Combine(settings.Out, "report.md"), reported, baseline, cancellationToken);
        await ReportHtmlWriter.WriteAsync(Path.Combine(settings.Out, "report.html"), reported, baseline, cancellationToken);

        EvalConsoleOutput.WriteResults(console, run, baseline, settings.Out);
        var missed = rules.Select(r => r.Check(run.Summary)).OfType<string>().ToList();
        foreach (var miss in missed)
        {
            console.MarkupLineInterpolated($"[red]✗ --fail-under:[/] {miss}");
        }

        return missed.Count > 0 ? GateFailedExitCode : 0;
    }

    private static List<FailUnderRule> ParseRules(IEnumerable<string> texts)
    {
        try
        {
            return texts.Select(FailUnderRule.Parse).ToList();
        }
        catch (FormatException ex)
        {
            throw new CliUsageException(ex.Message);
        }
    }

    private static LlmJudge? CreateJudge(Settings settings, IChatClient? chatClient)
    {
        if (settings.NoJudge)
        {
            return null;
        }

        if (chatClient is null)
        {
            return new LlmJudge(null, null);
        }

        var prompts = JudgePrompts.FindDirectory()
            ?? throw new QaBotException("judge prompts not found: expected prompts/eval-judge-*.md next to the program or in the current folder (or pass --no-judge)");
        var evaluator = new AnswerJudgeEvaluator(JudgePrompts.Load(prompts), new JudgeCache(Path.Combine(settings.Out, "judge-cache")));
        return new LlmJudge(chatClient, evaluator);
    }
}
