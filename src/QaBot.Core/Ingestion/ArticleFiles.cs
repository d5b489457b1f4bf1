namespace QaBot.Core.Ingestion;

/// <summary>Finds the article files under the paths given to ingest: folders are searched recursively for supported files.</summary>
public static class ArticleFiles
{
    /// <summary>File extensions ingest reads.</summary>
    public static readonly IReadOnlySet<string> Extensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".md", ".markdown", ".html", ".htm" };

    /// <summary>Supported files (full paths, sorted) and the paths that do not exist.</summary>
    public static (IReadOnlyList<string> Files, IReadOnlyList<IngestFailure> Missing) Discover(IEnumerable<string> paths)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        var missing = new List<IngestFailure>();
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path);
            if (Directory.Exists(full))
            {
                foreach (var file in Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories))
                {
                    if (Extensions.Contains(Path.GetExtension(file)) && !Path.GetFileName(file).StartsWith('.'))
                    {
                        files.Add(file);
                    }
                }
            }
            else if (File.Exists(full))
            {
                files.Add(full);
            }
            else
            {
                missing.Add(new IngestFailure(path, "no such file or folder"));
            }
        }

        return ([.. files], missing);
    }
}
