namespace QaBot.Core.Articles;

/// <summary>
/// What is known about a document before it is read: the id and source it will be stored under, its format, and
/// metadata from outside the document (an HTTP charset, a feed entry's title and date, the address it was fetched from).
/// The document's own metadata (HTML meta, front matter, PDF/DOCX properties) wins where both exist, except the title
/// given by a feed, which is the publisher's headline.
/// </summary>
/// <param name="Id">The article id (<see cref="ArticleIds"/>).</param>
/// <param name="SourcePath">The full file path, or the address for web items.</param>
/// <param name="Format">The format as a file extension with the dot (".html", ".pdf").</param>
/// <param name="Charset">Character set declared outside the document (HTTP Content-Type), HTML only.</param>
/// <param name="Url">The address the document came from, used when it declares no canonical one.</param>
/// <param name="Title">A headline given from outside (feed entry).</param>
/// <param name="Date">A publication date given from outside (feed entry).</param>
/// <param name="ContentHash">Overrides the hash of the bytes (a feed entry is identified by its own content).</param>
public sealed record DocumentSource(
    string Id,
    string SourcePath,
    string Format,
    string? Charset = null,
    Uri? Url = null,
    string? Title = null,
    DateOnly? Date = null,
    string? ContentHash = null)
{
    /// <summary>A file on disk, named by its path relative to <paramref name="root"/>.</summary>
    public static DocumentSource ForFile(string root, string path) =>
        new(ArticleIds.ForFile(root, path), Path.GetFullPath(path), Path.GetExtension(path));
}
