using QaBot.Core.Articles;

namespace QaBot.Core.Ingestion;

/// <summary>A file to ingest and the folder it was found under (its id is its path relative to that folder).</summary>
public sealed record ArticleFile(string Path, string Root)
{
    /// <summary>What the loader needs to read it.</summary>
    public DocumentSource Source => DocumentSource.ForFile(Root, Path);
}

/// <summary>The files found under the paths given to ingest, the paths that do not exist, and the files left out with why.</summary>
public sealed record DiscoveredFiles(IReadOnlyList<ArticleFile> Files, IReadOnlyList<IngestFailure> Missing, IReadOnlyList<IngestFailure> Ignored);

/// <summary>
/// Finds the article files under the paths given to ingest: folders are searched recursively. Every file in a folder
/// that will not be read is reported with the reason (unsupported type, hidden); hidden folders (.git) are reported
/// once, not walked. A file given by name is always tried, so its loader gives the reason if it cannot be read.
/// </summary>
public static class ArticleFiles
{
    /// <summary>Discovers the files under <paramref name="paths"/> (files or folders), each once, sorted by path.</summary>
    public static DiscoveredFiles Discover(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new SortedDictionary<string, ArticleFile>(StringComparer.Ordinal);
        var missing = new List<IngestFailure>();
        var ignored = new List<IngestFailure>();
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path);
            if (Directory.Exists(full))
            {
                Walk(full, full, files, ignored);
            }
            else if (File.Exists(full))
            {
                files.TryAdd(full, new ArticleFile(full, Path.GetDirectoryName(full) ?? full));
            }
            else
            {
                missing.Add(new IngestFailure(path, "no such file or folder"));
            }
        }

        return new DiscoveredFiles([.. files.Values], missing, ignored);
    }

    /// <summary>Why a file found in a watched or ingested folder is not read, or null when it is.</summary>
    public static string? IgnoreReason(string path)
    {
        var name = Path.GetFileName(path);
        if (name.StartsWith('.'))
        {
            return "hidden file (name starts with '.')";
        }

        if (name.StartsWith("~$", StringComparison.Ordinal))
        {
            return "Office lock file of an open document";
        }

        return ArticleLoader.UnsupportedReason(path);
    }

    private static void Walk(string root, string folder, SortedDictionary<string, ArticleFile> files, List<IngestFailure> ignored)
    {
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            if (IgnoreReason(file) is { } reason)
            {
                ignored.Add(new IngestFailure(file, reason));
            }
            else
            {
                files.TryAdd(file, new ArticleFile(file, root));
            }
        }

        foreach (var sub in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            if (Path.GetFileName(sub).StartsWith('.'))
            {
                ignored.Add(new IngestFailure(sub + Path.DirectorySeparatorChar, "hidden folder (name starts with '.'), not read"));
            }
            else if (new DirectoryInfo(sub).LinkTarget is not null)
            {
                ignored.Add(new IngestFailure(sub + Path.DirectorySeparatorChar, "link to another folder, not followed; ingest that folder itself"));
            }
            else
            {
                Walk(root, sub, files, ignored);
            }
        }
    }
}
