using System.Text.Json;
using System.Text.Json.Serialization;

namespace QaBot.Core.Embeddings;

/// <summary>
/// <c>models/glove.json</c>: what the word-vector cache holds and where it came from. It is written last, after the
/// cache file is complete, so it only ever names a finished cache.
/// </summary>
public sealed record ModelManifest(
    string ModelId,
    int Dimensions,
    int Count,
    string CacheFile,
    long CacheLength,
    string Source,
    string SourceSha256,
    long SourceLength,
    DateTime SourceLastWriteUtc,
    DateTime CreatedUtc)
{
    /// <summary>File name of the manifest inside the models directory.</summary>
    public const string FileName = "glove.json";

    /// <summary>Full path of the cache file this manifest names.</summary>
    public string CachePath(string modelsDirectory) => Path.Combine(modelsDirectory, CacheFile);

    /// <summary>True when <paramref name="source"/> is the very file this cache was converted from (same size and time).</summary>
    public bool CameFrom(FileInfo source) =>
        source.Exists && source.Length == SourceLength && source.LastWriteTimeUtc == SourceLastWriteUtc
        && string.Equals(Path.GetFullPath(Source), source.FullName, StringComparison.Ordinal);

    /// <summary>Reads the manifest of <paramref name="modelsDirectory"/>; null when there is none or it is unreadable.</summary>
    public static ModelManifest? TryRead(string modelsDirectory)
    {
        var path = Path.Combine(modelsDirectory, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            var manifest = JsonSerializer.Deserialize(File.ReadAllBytes(path), ModelManifestJson.Default.ModelManifest);
            return manifest is { ModelId.Length: > 0, CacheFile.Length: > 0, Dimensions: > 0 }
                && Path.GetFileName(manifest.CacheFile) == manifest.CacheFile ? manifest : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Writes the manifest atomically (temporary file, then rename).</summary>
    public void Write(string modelsDirectory)
    {
        var path = Path.Combine(modelsDirectory, FileName);
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        File.WriteAllBytes(temp, JsonSerializer.SerializeToUtf8Bytes(this, ModelManifestJson.Default.ModelManifest));
        File.Move(temp, path, overwrite: true);
    }
}

/// <summary>Source-generated (de)serialisation: reflection-based JSON costs ~200 ms of JIT on a cold start.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true)]
[JsonSerializable(typeof(ModelManifest))]
internal sealed partial class ModelManifestJson : JsonSerializerContext;
