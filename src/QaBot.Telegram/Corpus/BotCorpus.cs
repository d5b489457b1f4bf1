using System.Text;
using Microsoft.Extensions.Options;
using QaBot.Core.Ingestion;
using QaBot.Core.Store;
using QaBot.Telegram.Rendering;

namespace QaBot.Telegram.Corpus;

/// <summary>What the bot answers from: the article summary behind /start, /sources and /stats, and /reindex.</summary>
public sealed class BotCorpus(ArticleCatalog catalog, ArticleIngestor ingestor, IOptions<IngestionOptions> options)
{
    private const int MaxFailuresShown = 5;

    /// <summary>The stored articles.</summary>
    public async Task<CorpusSummary> SummaryAsync(CancellationToken ct) => new(await catalog.ListAsync(ct));

    /// <summary>The <paramref name="count"/> newest articles with the opening of each (for /latest).</summary>
    public async Task<IReadOnlyList<(StoredArticle Article, string Lead)>> LatestAsync(int count, CancellationToken ct)
    {
        var latest = new List<(StoredArticle, string)>();
        foreach (var article in (await SummaryAsync(ct)).NewestFirst.Take(count))
        {
            latest.Add((article, Lead(await catalog.GetTextAsync(article.Id, ct) ?? "", article.Title)));
        }

        return latest;
    }

    /// <summary>The first paragraph that is not the headline, cut after a sentence near <paramref name="max"/> characters.</summary>
    private static string Lead(string text, string title, int max = 220)
    {
        var paragraphs = text.Split("\n\n", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var paragraph = paragraphs.FirstOrDefault(p => p != title.Trim() && p.Length >= 40) ?? paragraphs.FirstOrDefault() ?? "";
        if (paragraph.Length <= max)
        {
            return paragraph;
        }

        var end = paragraph.LastIndexOfAny(['.', '!', '?'], max);
        return end > max / 3 ? paragraph[..(end + 1)] : paragraph[..paragraph.LastIndexOf(' ', max)] + "…";
    }

    /// <summary>Re-ingests the configured articles folder (new, changed and removed files); returns the HTML report.</summary>
    public async Task<string> ReindexAsync(CancellationToken ct)
    {
        var path = options.Value.ArticlesPath;
        var report = await ingestor.IngestAsync([path], new IngestRequest(Prune: true), null, ct);
        var sb = new StringBuilder($"✅ Re-indexed <code>{Html.Escape(path)}</code>: {Html.Escape(report.Summary)}");
        foreach (var failure in report.Failed.Take(MaxFailuresShown))
        {
            sb.Append("\n⚠️ ").Append(Html.Escape(Path.GetFileName(failure.Path))).Append(": ").Append(Html.Escape(failure.Reason));
        }

        if (report.Failed.Count > MaxFailuresShown)
        {
            sb.Append($"\n… and {report.Failed.Count - MaxFailuresShown} more failures (see the logs).");
        }

        return sb.ToString();
    }
}
