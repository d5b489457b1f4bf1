using QaBot.Core.Evaluation;
using Spectre.Console;

namespace QaBot.Cli.Commands;

/// <summary>What <c>qabot eval</c> shows in the terminal: a progress bar while running, then one row per question and the totals.</summary>
internal static class EvalConsoleOutput
{
    /// <summary>A console on <paramref name="output"/>; interactive (progress bar, colours) only when it is a real terminal.</summary>
    public static IAnsiConsole CreateConsole(TextWriter output)
    {
        var terminal = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
        });
        if (!terminal)
        {
            console.Profile.Width = 160;
        }

        return console;
    }

    /// <summary>Runs the eval, with a progress bar when the console is interactive.</summary>
    public static async Task<EvalRun> RunWithProgressAsync(
        IAnsiConsole console, EvalRunner runner, IReadOnlyList<EvalQuestion> questions, EvalCommand.Settings settings, CancellationToken ct)
    {
        if (!console.Profile.Capabilities.Interactive)
        {
            return await runner.RunAsync(questions, settings.K, settings.Set, null, ct);
        }

        return await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("evaluating", maxValue: questions.Count);
                return await runner.RunAsync(questions, settings.K, settings.Set, p =>
                {
                    task.Value = p.Done;
                    task.Description = $"{p.Done}/{p.Total} {(p.Last.Pass ? "[green]✓[/]" : "[red]✗[/]")} {Markup.Escape(p.Last.Question.Id)}";
                }, ct);
            });
    }

    /// <summary>Prints the per-question table, the totals (with deltas against a baseline) and where the reports are.</summary>
    public static void WriteResults(IAnsiConsole console, EvalRun run, BaselineComparison? baseline, string outDir)
    {
        var questions = new Table().Border(TableBorder.Rounded).Title("Questions");
        questions.AddColumns("", "id", "question", "why it failed", "ms");
        foreach (var r in run.Results)
        {
            questions.AddRow(
                new Markup(r.Pass ? "[green]✓[/]" : "[red]✗[/]"),
                new Text(r.Question.Id),
                new Text(Clip(r.Question.Question, 60)),
                new Markup(r.Reasons.Count == 0 ? "" : "[red]" + Markup.Escape(Clip(string.Join("; ", r.Reasons), 110)) + "[/]"),
                new Text(r.Metrics is { } m ? m.TotalMs.ToString("0", System.Globalization.CultureInfo.InvariantCulture) : "—"));
        }

        console.Write(questions);
        var totals = new Table().Border(TableBorder.Rounded).Title($"Totals: {run.Summary.Passed}/{run.Summary.Questions} passed");
        totals.AddColumns("metric", "value");
        if (baseline is not null)
        {
            totals.AddColumn("Δ baseline");
        }

        foreach (var metric in EvalSummary.Catalog.Where(m => run.Summary.Get(m.Name) is not null))
        {
            var cells = new List<Markup> { new(Markup.Escape(metric.Label)), new(Markup.Escape(ReportFormat.Value(metric, run.Summary.Get(metric.Name)))) };
            if (baseline?.For(metric.Name) is { } d)
            {
                var color = d.Regression ? "red" : d.Improvement ? "green" : "grey";
                cells.Add(new Markup($"[{color}]{Markup.Escape(ReportFormat.Delta(d))}{(d.Regression ? " regression" : "")}[/]"));
            }

            totals.AddRow(cells);
        }

        console.Write(totals);
        foreach (var note in run.Notes)
        {
            console.MarkupLineInterpolated($"[yellow]note:[/] {note}");
        }

        if (baseline is { NewlyFailing.Count: > 0 })
        {
            console.MarkupLineInterpolated($"[red]newly failing since baseline:[/] {string.Join(", ", baseline.NewlyFailing)}");
        }

        console.MarkupLineInterpolated($"Reports: {Path.Combine(outDir, "report.html")}, report.md, report.json");
    }

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
