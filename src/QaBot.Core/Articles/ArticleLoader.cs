using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace QaBot.Core.Articles;

/// <summary>
/// Loads one article file (.txt, .md, .html) into a clean <see cref="Article"/>: checks the bytes (size, binary,
/// UTF-8), reads the format, cleans the text and settles title, date and URL. A bad file is a failed
/// <see cref="ArticleLoadResult"/> with a reason a user can act on; this class throws only for programming errors.
/// </summary>
public sealed class ArticleLoader
{
    private static readonly Dictionary<string, Func<string, RawDocument>> Readers = new(StringComparer.OrdinalIgnoreCase)
    {
        [".txt"] = text => new RawDocument(text),
        [".text"] = text => new RawDocument(text),
        [".md"] = text => new MarkdownReader().Read(text),
        [".markdown"] = text => new MarkdownReader().Read(text),
        [".html"] = text => new HtmlReader().Read(text),
        [".htm"] = text => new HtmlReader().Read(text),
    };

    private readonly ArticleLoaderOptions _options;
    private readonly ArticleCleaner _cleaner = new();
    private readonly ArticleMetadataExtractor _metadata = new();

    /// <summary>Creates a loader with the default limits (20 MB).</summary>
    public ArticleLoader() : this(new ArticleLoaderOptions())
    {
    }

    /// <summary>Creates a loader; throws <see cref="ValidationException"/> when the options are out of range.</summary>
    public ArticleLoader(ArticleLoaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Validator.ValidateObject(options, new ValidationContext(options), validateAllProperties: true);
        _options = options;
    }

    /// <summary>Creates a loader from bound configuration.</summary>
    public ArticleLoader(IOptions<ArticleLoaderOptions> options) : this(options.Value)
    {
    }

    /// <summary>File extensions the loader reads (with the dot, lower case).</summary>
    public static IReadOnlyCollection<string> SupportedExtensions => Readers.Keys;

    /// <summary>True when <paramref name="path"/> has an extension the loader reads.</summary>
    public static bool IsSupported(string path) => Readers.ContainsKey(Path.GetExtension(path));

    /// <summary>Loads the file at <paramref name="path"/>.</summary>
    public ArticleLoadResult Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string fullPath = Path.GetFullPath(path);
        if (UnsupportedReason(fullPath) is { } unsupported)
        {
            return ArticleLoadResult.Failure(fullPath, unsupported);
        }
        try
        {
            var info = new FileInfo(fullPath);
            if (!info.Exists)
            {
                return ArticleLoadResult.Failure(fullPath, "file not found");
            }
            if (info.Length > _options.MaxFileBytes)
            {
                return ArticleLoadResult.Failure(fullPath, TooLarge(info.Length));
            }
            return Load(File.ReadAllBytes(fullPath), fullPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ArticleLoadResult.Failure(fullPath, $"cannot read the file: {ex.Message}");
        }
    }

    /// <summary>Loads an article from <paramref name="bytes"/> as if read from <paramref name="path"/> (which names it and picks the format).</summary>
    public ArticleLoadResult Load(ReadOnlySpan<byte> bytes, string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (UnsupportedReason(path) is { } unsupported)
        {
            return ArticleLoadResult.Failure(path, unsupported);
        }
        if (bytes.Length > _options.MaxFileBytes)
        {
            return ArticleLoadResult.Failure(path, TooLarge(bytes.Length));
        }
        if (!RawTextDecoder.TryDecode(bytes, out string text, out string reason))
        {
            return ArticleLoadResult.Failure(path, reason);
        }

        var raw = Readers[Path.GetExtension(path)](text);
        var cleaned = _cleaner.Clean(raw.Text);
        if (cleaned.Text.Length == 0)
        {
            return ArticleLoadResult.Failure(path, "no article text left after removing markup and site chrome");
        }
        string id = Path.GetFileNameWithoutExtension(path);
        var metadata = _metadata.Extract(raw, cleaned, id);
        string hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        return ArticleLoadResult.Success(new Article(id, metadata.Title, metadata.Date, metadata.Url, cleaned.Text, path, hash));
    }

    private static string? UnsupportedReason(string path) =>
        IsSupported(path)
            ? null
            : $"unsupported file type {(Path.GetExtension(path) is { Length: > 0 } ext ? $"'{ext}'" : "(no extension)")}; use one of {string.Join(", ", Readers.Keys)}";

    private string TooLarge(long length) =>
        string.Create(CultureInfo.InvariantCulture,
            $"file is {Megabytes(length)} ({length:N0} bytes), over the {Megabytes(_options.MaxFileBytes)} limit (setting Ingestion:MaxFileBytes)");

    private static string Megabytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.#} MB");
}
