using System.Diagnostics;
using System.Text.Json;
using QaBot.Core.Ingestion;
using QaBot.Core.Store;

namespace QaBot.Core.Corpora;

/// <summary>What <see cref="DistractorStoreBuilder"/> did: built the store now or reused it, and what it holds.</summary>
public sealed record DistractorBuild(bool Reused, int Documents, long Chunks, TimeSpan Elapsed);

/// <summary>
/// Builds a <see cref="DistractorStore"/> once — the corpus cut into article-sized documents
/// (<see cref="DistractorDocuments"/>) and ingested together with the sample articles through the real
/// <see cref="ArticleIngestor"/> — and reuses it afterwards, re-ingesting only the articles folder so edited articles
/// are picked up. The ingestor and chunk collection must be the ones of a service provider whose store is
/// <see cref="DistractorStore.DbPath"/>.
/// </summary>
public sealed class DistractorStoreBuilder(ArticleIngestor ingestor, SqliteCollection<ChunkRecord> chunks)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Builds or reuses <paramref name="store"/>; <paramref name="loadCorpus"/> is only called for a build.</summary>
    public async Task<DistractorBuild> EnsureAsync(
        DistractorStore store,
        string articlesPath,
        Func<CancellationToken, Task<IReadOnlyList<(string Name, string Text)>>> loadCorpus,
        Action<string> say,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(loadCorpus);
        ArgumentNullException.ThrowIfNull(say);
        var clock = Stopwatch.StartNew();
        if (store.IsBuilt)
        {
            var update = await ingestor.IngestAsync([articlesPath], new IngestRequest(), null, ct);
            ThrowOnFailures(update, articlesPath);
            var documents = Directory.Exists(store.DocumentsFolder) ? Directory.GetFiles(store.DocumentsFolder).Length : 0;
            return new DistractorBuild(true, documents, await chunks.CountAsync(ct), clock.Elapsed);
        }

        var speeches = await loadCorpus(ct);
        if (Directory.Exists(store.DocumentsFolder))
        {
            Directory.Delete(store.DocumentsFolder, recursive: true);
        }

        var files = new DistractorDocuments(speeches).WriteSpeeches(store.DocumentsFolder);
        say($"building the distractor store (once): the articles in {articlesPath} + {speeches.Count} texts cut into {files.Count:#,0} documents → {store.DbPath}");
        var report = await ingestor.IngestAsync([articlesPath, store.DocumentsFolder], new IngestRequest(Rebuild: true), null, ct);
        ThrowOnFailures(report, articlesPath);
        var total = await chunks.CountAsync(ct);
        var manifest = new { store.Corpus, store.Key, Package = SotuCorpus.Package, Texts = speeches.Count, Documents = files.Count, Chunks = total, BuiltAt = DateTimeOffset.UtcNow };
        await File.WriteAllTextAsync(store.ManifestPath, JsonSerializer.Serialize(manifest, Indented), ct);
        return new DistractorBuild(false, files.Count, total, clock.Elapsed);
    }

    // An article that cannot be read would silently turn answerable questions into misses; say so instead.
    private static void ThrowOnFailures(IngestReport report, string articlesPath)
    {
        if (report.Failed.Count > 0)
        {
            throw new QaBotException(
                $"the distractor store could not ingest {report.Failed[0].Path}: {report.Failed[0].Reason} ({report.Failed.Count} failed under {articlesPath} and the corpus)");
        }
    }
}
