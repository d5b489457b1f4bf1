using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QaBot.Core.Articles;
using QaBot.Core.Store;
using QaBot.Core.Web;

namespace QaBot.Core.Ingestion;

/// <summary>
/// Files and web addresses (<see cref="WebIngestor"/>) → <see cref="Article"/>s → store, one run at a time. Idempotent by content hash: an unchanged article is
/// skipped, a changed one replaced in one transaction (<see cref="ArticleWriter"/>). Ids come from each file's path
/// relative to the folder given (<see cref="ArticleIds"/>); a source already stored keeps its id, and two sources
/// mapping to one id are reported, never silently replaced. A bad file is reported with its reason and the rest goes on.
/// </summary>
public sealed partial class ArticleIngestor(
    ArticleLoader loader,
    WebIngestor web,
    WebSourceCatalog webSources,
    ArticleWriter writer,
    EmbeddingModelGuard modelGuard,
    QaBotVectorStore store,
    ArticleCatalog catalog,
    IOptions<IngestionOptions> options,
    ILogger<ArticleIngestor> logger)
{
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    /// <summary>
    /// Readies the store for questions: ingests the default articles folder when the store is empty (first question on
    /// a fresh clone), and reconciles the store's vectors with the configured embedding model (<see cref="EmbeddingModelGuard"/>).
    /// </summary>
    public async Task<IngestReport?> EnsureCorpusAsync(CancellationToken ct)
    {
        var path = options.Value.ArticlesPath;
        if (options.Value.AutoIngest && Path.Exists(path) && !await catalog.AnyAsync(ct))
        {
            logger.LogInformation("The store is empty; ingesting {Path} first", path);
            return await IngestAsync([path], new IngestRequest(), null, ct);
        }

        await OneAtATime.WaitAsync(ct);
        try
        {
            await modelGuard.PrepareForQuestionsAsync(ct);
        }
        finally
        {
            OneAtATime.Release();
        }

        return null;
    }

    /// <summary>When the store holds no article: one line saying so, where the store is and how to fill it; else null.</summary>
    public async Task<string?> EmptyStoreMessageAsync(CancellationToken ct)
    {
        if (await catalog.AnyAsync(ct))
        {
            return null;
        }

        var folder = Path.GetFullPath(options.Value.ArticlesPath);
        var why = Path.Exists(folder) ? "" : $" and the articles folder {folder} (Ingestion:ArticlesPath) does not exist";
        return $"no articles are ingested in the store {(store is SqliteVectorStore file ? $"{Path.GetFullPath(file.Path)} (Store:Path)" : store.Location)}{why}; "
            + "run `qabot ingest PATH|URL` or run QaBot from the folder holding data/articles";
    }

    /// <summary>Ingests the files under <paramref name="paths"/> and the web addresses (feeds or pages) among them.</summary>
    public Task<IngestReport> IngestAsync(IReadOnlyList<string> paths, IngestRequest request, IProgress<IngestProgress>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(request);
        var urls = paths.Select(p => ArticleIds.IsWebAddress(p, out var url) ? url : null).OfType<Uri>().ToList();
        return ExclusiveAsync(
            async (run, token) =>
            {
                var found = ArticleFiles.Discover(paths.Where(p => !ArticleIds.IsWebAddress(p, out _)));
                run.Failed.AddRange(found.Missing);
                run.Ignored.AddRange(found.Ignored);
                await IngestFilesAsync(run, found.Files, progress, token);
                foreach (var url in urls)
                {
                    progress?.Report(new IngestProgress(found.Files.Count, found.Files.Count + urls.Count, url.ToString()));
                    await web.IngestAsync(url, feedOnly: false, run, (loaded, t) => AcceptAsync(run, loaded, t), token);
                }

                if (request.Prune)
                {
                    await PruneAsync(run, token);
                }
            },
            request,
            progress,
            ct);
    }

    /// <summary>Polls <paramref name="feeds"/> once: new and updated entries are ingested; anything but a feed is a failure.</summary>
    public Task<IngestReport> IngestFeedsAsync(IReadOnlyList<Uri> feeds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(feeds);
        return ExclusiveAsync(
            async (run, token) =>
            {
                foreach (var feed in feeds)
                {
                    await web.IngestAsync(feed, feedOnly: true, run, (loaded, t) => AcceptAsync(run, loaded, t), token);
                }
            },
            new IngestRequest(),
            null,
            ct);
    }

    /// <summary>Stores one loaded article in <paramref name="run"/> (or records why not).</summary>
    internal async Task AcceptAsync(IngestRun run, ArticleLoadResult loaded, CancellationToken ct)
    {
        if (loaded.Article is not { } candidate)
        {
            run.Failed.Add(new IngestFailure(loaded.Path, loaded.Error ?? "could not be read"));
            return;
        }

        var (article, existing, conflict) = run.Resolve(candidate);
        if (conflict is not null)
        {
            run.Failed.Add(new IngestFailure(article.SourcePath, conflict));
            return;
        }

        if (existing is not null && existing.ContentHash == article.ContentHash && existing.SourcePath == article.SourcePath)
        {
            run.Skipped++;
            return;
        }

        run.Wrote(await writer.WriteAsync(article, existing, ct), existing);
    }

    /// <summary>Runs <paramref name="work"/> as the only ingest in this process, after the model check, and reports it.</summary>
    internal async Task<IngestReport> ExclusiveAsync(Func<IngestRun, CancellationToken, Task> work, IngestRequest request, IProgress<IngestProgress>? progress, CancellationToken ct)
    {
        await OneAtATime.WaitAsync(ct);
        try
        {
            var clock = Stopwatch.StartNew();
            if (request.Rebuild)
            {
                await ClearAsync(ct);
            }

            var reembedded = await modelGuard.PrepareForIngestAsync(request.Reembed, progress, ct);
            var run = await IngestRun.StartAsync(catalog, ct);
            await work(run, ct);
            return run.Report(clock.Elapsed, reembedded);
        }
        finally
        {
            OneAtATime.Release();
        }
    }

    private async Task IngestFilesAsync(IngestRun run, IReadOnlyList<ArticleFile> files, IProgress<IngestProgress>? progress, CancellationToken ct)
    {
        for (var i = 0; i < files.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            progress?.Report(new IngestProgress(i, files.Count, files[i].Path));
            await AcceptAsync(run, loader.Load(files[i].Source), ct);
        }

        progress?.Report(new IngestProgress(files.Count, files.Count, ""));
    }

    private async Task ClearAsync(CancellationToken ct)
    {
        foreach (var article in await catalog.ListAsync(ct))
        {
            await writer.DeleteAsync(article, ct);
        }

        await webSources.ClearAsync(ct);
    }
}
