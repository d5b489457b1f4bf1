using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using QaBot.Core.Articles;
using QaBot.Core.Ingestion;
using QaBot.Core.Store;
using QaBot.Telegram.Rendering;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace QaBot.Telegram.Corpus;

/// <summary>
/// What an admin sends to add to the articles: web addresses (a feed or a page) or a document (PDF, DOCX, TXT, MD,
/// HTML). A document is saved under <c>{Ingestion:ArticlesPath}/telegram/</c> — so it stays one of the articles, and a
/// newer file of the same name replaces it — and ingested there and then. The reply says what was added, also when the
/// folder watcher ingested the new file first.
/// </summary>
public sealed class AdminIngest(ArticleIngestor ingestor, ArticleCatalog catalog, IOptions<IngestionOptions> options, IOptions<ArticleLoaderOptions> limits)
{
    /// <summary>The folder, under the articles folder, where documents sent to the bot are kept.</summary>
    public const string Folder = "telegram";

    /// <summary>The Bot API lets bots download files up to 20 MB.</summary>
    public const long MaxDownloadBytes = 20L * 1024 * 1024;

    private const int MaxListed = 10;

    /// <summary>Ingests <paramref name="urls"/>; returns the HTML reply.</summary>
    public async Task<string> IngestUrlsAsync(IReadOnlyList<Uri> urls, CancellationToken ct)
    {
        var report = await ingestor.IngestAsync([.. urls.Select(u => u.ToString())], new IngestRequest(), null, ct);
        return await DescribeAsync(report, urls.Count == 1 ? Html.Escape(urls[0].ToString()) : $"{urls.Count} addresses", ct);
    }

    /// <summary>Downloads <paramref name="document"/> through <paramref name="bot"/>, keeps it with the articles and ingests it; returns the HTML reply.</summary>
    public async Task<string> IngestDocumentAsync(ITelegramBotClient bot, Document document, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(bot);
        ArgumentNullException.ThrowIfNull(document);
        var name = SafeName(document.FileName);
        if (ArticleLoader.UnsupportedReason(name) is not null)
        {
            return $"⚠️ I can add PDF, DOCX, TXT, MD and HTML files; <code>{Html.Escape(name)}</code> is not one of them.";
        }

        var limit = Math.Min(MaxDownloadBytes, limits.Value.MaxFileBytes);
        if (document.FileSize > limit)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"⚠️ <code>{Html.Escape(name)}</code> is {document.FileSize / 1048576.0:0.#} MB; I can take files up to {limit / 1048576.0:0.#} MB.");
        }

        var root = Path.GetFullPath(options.Value.ArticlesPath);
        var target = Path.Combine(root, Folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var before = File.Exists(target) ? await File.ReadAllBytesAsync(target, ct) : null;
        // Written under a hidden name first, so the folder watcher never reads half a file.
        var partial = Path.Combine(Path.GetDirectoryName(target)!, $".{name}.{Guid.NewGuid():N}.part");
        try
        {
            await using (var file = File.Create(partial))
            {
                await bot.GetInfoAndDownloadFile(document.FileId, file, ct);
            }

            File.Move(partial, target, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }

        var report = await ingestor.SyncFolderAsync(root, [target], [], ct);
        if (report.Written.Count == 0 && report.Failed.Count == 0 && report.Skipped > 0 && !await IsUnchangedAsync(before, target, ct))
        {
            // The folder watcher saw the new file and ingested it first: it is new to the articles all the same.
            report = report with { Added = before is null ? 1 : 0, Updated = before is null ? 0 : 1, Skipped = 0, Written = [ArticleIds.ForFile(root, target)] };
        }

        return await DescribeAsync(report, $"<code>{Html.Escape(name)}</code>", ct);
    }

    /// <summary>True when <paramref name="target"/> holds just the bytes it held <paramref name="before"/> the document was saved (null: it did not exist).</summary>
    private static async Task<bool> IsUnchangedAsync(byte[]? before, string target, CancellationToken ct)
    {
        if (before is null)
        {
            return false;
        }

        var after = await File.ReadAllBytesAsync(target, ct);
        return before.AsSpan().SequenceEqual(after);
    }

    /// <summary>"✅ Added …" / "🔄 Updated …" per article, "already there" or the failures, in HTML.</summary>
    private async Task<string> DescribeAsync(IngestReport report, string what, CancellationToken ct)
    {
        var sb = new StringBuilder();
        if (report.Written.Count > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"✅ From {what}: {report.Added} added, {report.Updated} updated");
            sb.Append(report.Skipped > 0 ? string.Create(CultureInfo.InvariantCulture, $", {report.Skipped} already known.") : ".");
            foreach (var id in report.Written.Take(MaxListed))
            {
                if (await catalog.GetAsync(id, ct) is { } article)
                {
                    sb.Append(CultureInfo.InvariantCulture, $"\n• {AnswerFormatter.SourceLine(article.Title, article.Date, article.Url)} ({article.ChunkCount} passages)");
                }
            }

            if (report.Written.Count > MaxListed)
            {
                sb.Append(CultureInfo.InvariantCulture, $"\n… and {report.Written.Count - MaxListed} more.");
            }
        }
        else if (report.Failed.Count == 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"Nothing new in {what}: {(report.Skipped == 1 ? "it is" : "they are")} already among the articles, unchanged.");
        }

        foreach (var failure in report.Failed.Take(MaxListed))
        {
            var shown = ArticleIds.IsWebAddress(failure.Path, out _) ? failure.Path : Path.GetFileName(failure.Path);
            sb.Append(sb.Length > 0 ? "\n" : "").Append("⚠️ Could not add ").Append(Html.Escape(shown)).Append(": ").Append(Html.Escape(failure.Reason));
        }

        return sb.ToString();
    }

    private static string SafeName(string? fileName)
    {
        var name = Path.GetFileName(fileName ?? "").Trim();
        name = string.Concat(name.Select(c => Path.GetInvalidFileNameChars().Contains(c) || char.IsControl(c) ? '_' : c)).TrimStart('.', '~', '$');
        return name.Length == 0 ? "document.txt" : name;
    }
}
