using QaBot.Core.Embeddings;

namespace QaBot.Tests.Embeddings;

/// <summary>
/// The real wink GloVe vectors from <c>../shared/models</c>, converted once and kept in a temp folder across test runs
/// (converting 307 MB of JSON takes seconds; opening the cache takes milliseconds). Absent on a user's clone.
/// </summary>
internal static class RealGlove
{
    private static readonly Lazy<WordVectors> Vectors = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The shared tarball, searched upwards from the test binaries; null when this machine has none.</summary>
    public static string? Tarball { get; } = Find();

    public static WordVectors WordVectors => Vectors.Value;

    /// <summary>The models folder holding the converted cache (an <c>Embeddings:ModelsDirectory</c>), once <see cref="WordVectors"/> was opened.</summary>
    public static string CacheDirectory { get; } = Path.Combine(Path.GetTempPath(), "qabot-test-glove");

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "models", GloveConverter.WinkTarball);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static WordVectors Load()
    {
        var directory = CacheDirectory;
        var source = new FileInfo(Tarball ?? throw new InvalidOperationException("no shared tarball"));
        var manifest = ModelPuller.UsableCache(directory) is { } cached && cached.CameFrom(source)
            ? cached
            : GloveConverter.Convert(source.FullName, directory);
        return WordVectors.Open(manifest.CachePath(directory), manifest.ModelId);
    }
}

/// <summary>A fact that needs the real GloVe vectors; skipped, with the reason shown, where ../shared is absent.</summary>
public sealed class RealGloveFactAttribute : FactAttribute
{
    public RealGloveFactAttribute()
    {
        if (RealGlove.Tarball is null)
        {
            Skip = $"needs ../shared/models/{GloveConverter.WinkTarball} (not on this machine)";
        }
    }
}
