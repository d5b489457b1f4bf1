using System.Security.Cryptography;
using System.Text;
using QaBot.Core.Chunking;

namespace QaBot.Core.Corpora;

/// <summary>
/// Where <c>qabot eval --distractors NAME</c> keeps its store: the sample articles hidden among a distractor corpus, one
/// SQLite file per corpus, embedding model and chunking settings (all three are in <see cref="Key"/>), in a
/// <c>distractors/</c> folder beside the configured store. A store whose build finished has a manifest and is reused;
/// any change of model or chunking gives another key, so a stale store is never used.
/// </summary>
/// <param name="Corpus">The corpus name (<see cref="Sotu"/>).</param>
/// <param name="Key">12 hex digits of the SHA-256 of corpus, package, model, chunking and document format.</param>
/// <param name="DbPath">The store's SQLite file.</param>
public sealed record DistractorStore(string Corpus, string Key, string DbPath)
{
    /// <summary>The State of the Union speeches (<see cref="SotuCorpus"/>).</summary>
    public const string Sotu = "sotu";

    // Bump when DistractorDocuments cuts the corpus differently, so stores built from the old documents are not reused.
    private const int DocumentFormat = 1;

    /// <summary>The distractor corpora <c>--distractors</c> accepts.</summary>
    public static IReadOnlyList<string> Corpora { get; } = [Sotu];

    /// <summary>The folder the corpus's documents are written to before ingestion (kept, so a rebuild can reuse them).</summary>
    public string DocumentsFolder => Path.ChangeExtension(DbPath, null) + "-documents";

    /// <summary>Written last when a build succeeds: its presence means the store is complete.</summary>
    public string ManifestPath => Path.ChangeExtension(DbPath, ".json");

    /// <summary>Where the corpus package is cached when it has to be fetched.</summary>
    public string CacheDirectory => Path.Combine(Path.GetDirectoryName(DbPath)!, "cache");

    /// <summary>True when a build of this store finished.</summary>
    public bool IsBuilt => File.Exists(ManifestPath) && File.Exists(DbPath);

    /// <summary>The store for <paramref name="corpus"/> beside <paramref name="storePath"/>, keyed by <paramref name="modelId"/> and <paramref name="chunking"/>.</summary>
    public static DistractorStore For(string corpus, string storePath, string modelId, ChunkingOptions chunking)
    {
        ArgumentNullException.ThrowIfNull(chunking);
        if (!Corpora.Contains(corpus, StringComparer.Ordinal))
        {
            throw new ArgumentException($"unknown distractor corpus \"{corpus}\"; known: {string.Join(", ", Corpora)}", nameof(corpus));
        }

        var identity = string.Join(
            '\n',
            $"corpus={corpus}",
            $"package={SotuCorpus.Package}",
            $"model={modelId}",
            $"chunking={chunking.TargetChars}/{chunking.MaxChars}/{chunking.OverlapSentences}",
            $"documents={DocumentFormat}");
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)))[..12];
        var folder = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(storePath))!, "distractors");
        return new DistractorStore(corpus, key, Path.Combine(folder, $"{corpus}-{key}.db"));
    }
}
