using System.Text;
using Microsoft.Extensions.Options;
using QaBot.Core.Ingestion;
using QaBot.Telegram.Rendering;

namespace QaBot.Telegram.Conversation;

/// <summary>/reindex: re-ingests the configured articles folder (new, changed and removed files) and reports what changed.</summary>
public sealed class Reindexer(ArticleIngestor ingestor, IOptions<IngestionOptions> options)
{
    private const int MaxFailuresShown = 5;

    /// <summary>Runs ingestion; returns the HTML report.</summary>
    public async Task<string> RunAsync(CancellationToken ct)
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
