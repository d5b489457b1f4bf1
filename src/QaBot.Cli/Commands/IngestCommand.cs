using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using QaBot.Core.Ingestion;
using Spectre.Console;

namespace QaBot.Cli.Commands;

/// <summary><c>qabot ingest [PATH…] [--prune] [--rebuild] [--reembed]</c>: reads articles into the store; prints a summary line.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("path") { Description = "Article files, folders, or web addresses of feeds (RSS, Atom, JSON Feed) and pages (default: Ingestion:ArticlesPath, data/articles)", Arity = ArgumentArity.ZeroOrMore };
        var prune = new Option<bool>("--prune") { Description = "Remove stored articles whose files are gone" };
        var rebuild = new Option<bool>("--rebuild") { Description = "Drop everything stored (web articles too) and ingest the given paths from scratch" };
        var reembed = new Option<bool>("--reembed") { Description = "Re-chunk and re-embed every stored article from its stored text with the configured embedding model" };
        var command = new Command("ingest", "Read articles (.txt, .md, .html, .pdf, .docx files; feeds and web pages) into the store; unchanged articles are skipped") { paths, prune, rebuild, reembed };
        command.SetAction((parse, ct) => CliRunner.RunAsync(
            parse,
            async (services, token) =>
            {
                var output = parse.InvocationConfiguration.Output;
                var request = new IngestRequest(parse.GetValue(prune), parse.GetValue(rebuild), parse.GetValue(reembed));
                var given = parse.GetValue(paths) is { Length: > 0 } p ? p
                    : request.Reembed ? []
                    : [services.GetRequiredService<IOptions<IngestionOptions>>().Value.ArticlesPath];
                var ingestor = services.GetRequiredService<ArticleIngestor>();
                var report = Console.IsOutputRedirected || output != Console.Out
                    ? await ingestor.IngestAsync(given, request, null, token)
                    : await WithProgressBarAsync(ingestor, given, request, token);

                foreach (var ignored in report.Ignored)
                {
                    await output.WriteLineAsync($"  ignored: {ignored.Path}: {ignored.Reason}");
                }

                foreach (var failure in report.Failed)
                {
                    await output.WriteLineAsync($"  failed: {failure.Path}: {failure.Reason}");
                }

                await output.WriteLineAsync(report.Summary);
                return report.Failed.Count > 0 ? 1 : 0;
            },
            ct));
        return command;
    }

    private static Task<IngestReport> WithProgressBarAsync(ArticleIngestor ingestor, IReadOnlyList<string> paths, IngestRequest request, CancellationToken ct)
        => AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Ingesting", maxValue: 1);
                var progress = new Progress<IngestProgress>(p =>
                {
                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = p.Done;
                    task.Description = p.CurrentFile.Length == 0 ? "Ingesting" : Markup.Escape(Path.GetFileName(p.CurrentFile));
                });
                return await ingestor.IngestAsync(paths, request, progress, ct);
            });
}
