using System.Text;

namespace QaBot.Core.Web;

/// <summary>What a fetched body is: a feed, an HTML page, a document the loader reads (by its extension), or neither.</summary>
public enum WebContentKind
{
    /// <summary>RSS, Atom or JSON Feed (or XML/JSON that may be one).</summary>
    Feed,

    /// <summary>An HTML page.</summary>
    Page,

    /// <summary>A PDF, Word, text or Markdown document.</summary>
    Document,

    /// <summary>Anything else (an image, a zip…).</summary>
    Other,
}

/// <summary>Classifies a response by its Content-Type, or by its first bytes and the address when the type says nothing.</summary>
public static class WebContent
{
    private static readonly Dictionary<string, (WebContentKind Kind, string Format)> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        ["application/rss+xml"] = (WebContentKind.Feed, ".xml"),
        ["application/atom+xml"] = (WebContentKind.Feed, ".xml"),
        ["application/rdf+xml"] = (WebContentKind.Feed, ".xml"),
        ["application/feed+json"] = (WebContentKind.Feed, ".json"),
        ["application/json"] = (WebContentKind.Feed, ".json"),
        ["application/xml"] = (WebContentKind.Feed, ".xml"),
        ["text/xml"] = (WebContentKind.Feed, ".xml"),
        ["text/html"] = (WebContentKind.Page, ".html"),
        ["application/xhtml+xml"] = (WebContentKind.Page, ".html"),
        ["application/pdf"] = (WebContentKind.Document, ".pdf"),
        ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"] = (WebContentKind.Document, ".docx"),
        ["text/plain"] = (WebContentKind.Document, ".txt"),
        ["text/markdown"] = (WebContentKind.Document, ".md"),
    };

    /// <summary>The kind of <paramref name="result"/>'s body and the loader format (extension) that reads it.</summary>
    public static (WebContentKind Kind, string Format) Classify(FetchResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.MediaType is { } type && Types.TryGetValue(type, out var known))
        {
            return known;
        }

        if (result.MediaType is { } other && other is not ("application/octet-stream" or "binary/octet-stream"))
        {
            return (WebContentKind.Other, "");
        }

        return Sniff(result.Body, result.FinalUrl);
    }

    private static (WebContentKind, string) Sniff(byte[] body, Uri url)
    {
        if (body.AsSpan().StartsWith("%PDF"u8))
        {
            return (WebContentKind.Document, ".pdf");
        }

        if (body.AsSpan().StartsWith("PK"u8) && url.AbsolutePath.EndsWith(".docx", StringComparison.OrdinalIgnoreCase))
        {
            return (WebContentKind.Document, ".docx");
        }

        var head = Encoding.UTF8.GetString(body.AsSpan(0, Math.Min(body.Length, 512))).TrimStart('\uFEFF', ' ', '\t', '\r', '\n').ToLowerInvariant();
        return head switch
        {
            _ when head.StartsWith("<!doctype html", StringComparison.Ordinal) || head.StartsWith("<html", StringComparison.Ordinal) => (WebContentKind.Page, ".html"),
            _ when head.StartsWith("<?xml", StringComparison.Ordinal) || head.StartsWith("<rss", StringComparison.Ordinal) || head.StartsWith("<feed", StringComparison.Ordinal) => (WebContentKind.Feed, ".xml"),
            _ when head.StartsWith('{') => (WebContentKind.Feed, ".json"),
            _ => (WebContentKind.Other, ""),
        };
    }
}
