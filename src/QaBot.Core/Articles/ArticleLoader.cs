using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace QaBot.Core.Articles;

/// <summary>
/// Loads one document (.txt, .md, .html, .pdf, .docx — from a file or downloaded) into a clean <see cref="Article"/>:
/// checks the bytes (size; for text formats binary content and the character set), reads the format, cleans the text
/// and settles title, date and URL. A bad document is a failed <see cref="ArticleLoadResult"/> with a reason a user can
/// act on; this class throws only for programming errors.
/// </summary>
public sealed class ArticleLoader
{
    private static readonly Dictionary<string, Func<byte[], string?, RawDocument>> Readers = new(StringComparer.OrdinalIgnoreCase)
    {
        [".txt"] = (bytes, _) => new RawDocument(DecodeText(bytes, null)),
        [".text"] = (bytes, _) => new RawDocument(DecodeText(bytes, null)),
        [".md"] = (bytes, _) => new MarkdownReader().Read(DecodeText(bytes, null)),
        [".markdown"] = (bytes, _) => new MarkdownReader().Read(DecodeText(bytes, null)),
        [".html"] = ReadHtml,
        [".htm"] = ReadHtml,
        [".pdf"] = (bytes, _) => new PdfTextReader().Read(bytes),
        [".docx"] = (bytes, _) => new DocxTextReader().Read(bytes),
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

    /// <summary>Why a file of this name is not read ("unsupported file type '.jpg'; use one of …"), or null when it is.</summary>
    public static string? UnsupportedReason(string path) =>
        IsSupported(path)
            ? null
            : $"unsupported file type {(Path.GetExtension(path) is { Length: > 0 } ext ? $"'{ext}'" : "(no extension)")}; use one of {string.Join(", ", Readers.Keys)}";

    /// <summary>Loads the file at <paramref name="path"/>; its id is its file name without the extension.</summary>
    public ArticleLoadResult Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Load(DocumentSource.ForFile(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", path));
    }

    /// <summary>Loads the file <paramref name="source"/> names (its <see cref="DocumentSource.SourcePath"/>).</summary>
    public ArticleLoadResult Load(DocumentSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var path = source.SourcePath;
        if (UnsupportedReason(source.Format) is { } unsupported)
        {
            return ArticleLoadResult.Failure(path, unsupported);
        }
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return ArticleLoadResult.Failure(path, "file not found");
            }
            if (info.Length > _options.MaxFileBytes)
            {
                return ArticleLoadResult.Failure(path, TooLarge(info.Length));
            }
            return Load(File.ReadAllBytes(path), source);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ArticleLoadResult.Failure(path, $"cannot read the file: {ex.Message}");
        }
    }

    /// <summary>Loads an article from <paramref name="bytes"/> as if read from <paramref name="path"/> (which names it and picks the format).</summary>
    public ArticleLoadResult Load(ReadOnlySpan<byte> bytes, string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Load(bytes.ToArray(), new DocumentSource(Path.GetFileNameWithoutExtension(path), path, Path.GetExtension(path)));
    }

    /// <summary>Loads an article from <paramref name="bytes"/> described by <paramref name="source"/> (a file's or a download's).</summary>
    public ArticleLoadResult Load(byte[] bytes, DocumentSource source)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(source);
        var path = source.SourcePath;
        if (UnsupportedReason(source.Format) is { } unsupported)
        {
            return ArticleLoadResult.Failure(path, unsupported);
        }
        if (bytes.Length > _options.MaxFileBytes)
        {
            return ArticleLoadResult.Failure(path, TooLarge(bytes.Length));
        }
        if (bytes.Length == 0)
        {
            return ArticleLoadResult.Failure(path, "file is empty");
        }

        RawDocument raw;
        try
        {
            raw = Readers[source.Format](bytes, source.Charset);
        }
        catch (UnreadableDocumentException ex)
        {
            return ArticleLoadResult.Failure(path, ex.Message);
        }

        var cleaned = _cleaner.Clean(raw.Text);
        if (cleaned.Text.Length == 0)
        {
            return ArticleLoadResult.Failure(path, "no article text left after removing markup and site chrome");
        }
        var declared = raw with { Title = source.Title ?? raw.Title, Date = raw.Date ?? source.Date, Url = raw.Url ?? source.Url };
        var metadata = _metadata.Extract(declared, cleaned, source.Id);
        string hash = source.ContentHash ?? Convert.ToHexStringLower(SHA256.HashData(bytes));
        return ArticleLoadResult.Success(new Article(source.Id, metadata.Title, metadata.Date, metadata.Url, cleaned.Text, path, hash));
    }

    private static string DecodeText(byte[] bytes, System.Text.Encoding? declared) =>
        RawTextDecoder.TryDecode(bytes, declared, out var text, out var reason) ? text : throw new UnreadableDocumentException(reason);

    private static RawDocument ReadHtml(byte[] bytes, string? httpCharset)
    {
        var encoding = HtmlCharset.Declared(bytes, httpCharset, out var label);
        if (encoding is null && label is not null && !RawTextDecoder.TryDecode(bytes, out _, out _))
        {
            throw new UnreadableDocumentException($"declares the unknown character set '{label}' and is not valid UTF-8 either");
        }

        return new HtmlReader().Read(DecodeText(bytes, encoding));
    }

    private string TooLarge(long length) =>
        string.Create(CultureInfo.InvariantCulture,
            $"file is {Megabytes(length)} ({length:N0} bytes), over the {Megabytes(_options.MaxFileBytes)} limit (setting Ingestion:MaxFileBytes)");

    private static string Megabytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.#} MB");
}
