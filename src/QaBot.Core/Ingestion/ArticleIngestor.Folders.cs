namespace QaBot.Core.Ingestion;

/// <summary>The folder side of <see cref="ArticleIngestor"/>: keeping the store in step with a watched folder.</summary>
public sealed partial class ArticleIngestor
{
    /// <summary>
    /// Ingests everything under <paramref name="root"/> (unchanged files are skipped by hash) and deletes the articles of
    /// files under it that are gone; articles from elsewhere are left alone.
    /// </summary>
    public Task<IngestReport> RescanFolderAsync(string root, CancellationToken ct) =>
        ExclusiveAsync(
            async (run, token) =>
            {
                var found = ArticleFiles.Discover([root]);
                run.Failed.AddRange(found.Missing);
                run.Ignored.AddRange(found.Ignored);
                await IngestFilesAsync(run, found.Files, null, token);
                await DeleteGoneAsync(run, [root], token);
            },
            new IngestRequest(),
            null,
            ct);

    /// <summary>
    /// Brings the store in step with a watched folder: <paramref name="changed"/> files are ingested (ids relative to
    /// <paramref name="root"/>), articles from <paramref name="removed"/> files or folders are deleted.
    /// </summary>
    public Task<IngestReport> SyncFolderAsync(string root, IReadOnlyList<string> changed, IReadOnlyList<string> removed, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(changed);
        ArgumentNullException.ThrowIfNull(removed);
        return ExclusiveAsync(
            async (run, token) =>
            {
                var files = new List<ArticleFile>();
                foreach (var file in changed.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal))
                {
                    if (ArticleFiles.IgnoreReason(file) is { } reason)
                    {
                        run.Ignored.Add(new IngestFailure(file, reason));
                    }
                    else
                    {
                        files.Add(new ArticleFile(file, Path.GetFullPath(root)));
                    }
                }

                await IngestFilesAsync(run, files, null, token);
                await DeleteGoneAsync(run, removed, token);
            },
            new IngestRequest(),
            null,
            ct);
    }

    /// <summary>Deletes stored articles whose files are gone (web articles stay: their source is an address).</summary>
    private async Task PruneAsync(IngestRun run, CancellationToken ct)
    {
        foreach (var article in run.Stored.Where(a => !IngestRun.IsWebSource(a.SourcePath) && !File.Exists(a.SourcePath)).ToList())
        {
            await writer.DeleteAsync(article, ct);
            run.Deleted(article);
        }
    }

    /// <summary>Deletes the articles of files at or under <paramref name="paths"/> that no longer exist.</summary>
    private async Task DeleteGoneAsync(IngestRun run, IEnumerable<string> paths, CancellationToken ct)
    {
        foreach (var gone in paths.Select(Path.GetFullPath))
        {
            var under = gone.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
            var doomed = run.Stored.Where(a => (a.SourcePath == gone || a.SourcePath.StartsWith(under, StringComparison.Ordinal)) && !File.Exists(a.SourcePath));
            foreach (var article in doomed.ToList())
            {
                await writer.DeleteAsync(article, ct);
                run.Deleted(article);
            }
        }
    }
}
