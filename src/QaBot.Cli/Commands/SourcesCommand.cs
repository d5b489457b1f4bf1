using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using QaBot.Core.Ingestion;
using QaBot.Core.Store;

namespace QaBot.Cli.Commands;

/// <summary><c>qabot sources</c>: the stored articles: id, title, date, chunks, URL.</summary>
internal static class SourcesCommand
{
    public static Command Create()
    {
        var command = new Command("sources", "List the stored articles (id, title, date, chunks, URL)");
        command.SetAction((parse, ct) => CliRunner.RunAsync(
            parse,
            async (services, token) =>
            {
                var output = parse.InvocationConfiguration.Output;
                await services.GetRequiredService<ArticleIngestor>().EnsureCorpusAsync(token);
                var articles = await services.GetRequiredService<ArticleCatalog>().ListAsync(token);
                if (articles.Count == 0)
                {
                    await output.WriteLineAsync("No articles stored yet. Run: qabot ingest PATH");
                    return 0;
                }

                foreach (var a in articles.OrderBy(a => a.Date).ThenBy(a => a.Id, StringComparer.Ordinal))
                {
                    var date = a.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "(no date)";
                    await output.WriteLineAsync($"{a.Id}  {date}  {a.ChunkCount,3} chunks  {a.Title}");
                    if (a.Url is not null)
                    {
                        await output.WriteLineAsync($"    {a.Url}");
                    }
                }

                await output.WriteLineAsync($"{articles.Count} articles, {articles.Sum(a => a.ChunkCount)} chunks");
                return 0;
            },
            ct));
        return command;
    }
}
