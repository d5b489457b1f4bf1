using System.Net;

namespace QaBot.Core.Web;

/// <summary>
/// The outcome of one web request: the body and what the response said about it, a 304 (unchanged since the
/// validators sent), or one line saying why it failed ("404 Not Found", "too slow: …", "too big: …").
/// </summary>
public sealed record FetchResult(Uri RequestedUrl, Uri FinalUrl, HttpStatusCode Status)
{
    /// <summary>The response body (empty on failure or 304).</summary>
    public byte[] Body { get; init; } = [];

    /// <summary>The media type of Content-Type, lower case ("text/html"), if sent.</summary>
    public string? MediaType { get; init; }

    /// <summary>The charset parameter of Content-Type, if sent.</summary>
    public string? Charset { get; init; }

    /// <summary>The ETag header, if sent.</summary>
    public string? ETag { get; init; }

    /// <summary>The Last-Modified header as sent, if any.</summary>
    public string? LastModified { get; init; }

    /// <summary>Why the fetch failed; null on success and on 304.</summary>
    public string? Error { get; init; }

    /// <summary>The server answered 304 Not Modified.</summary>
    public bool NotModified => Status == HttpStatusCode.NotModified;

    /// <summary>A body was received.</summary>
    public bool Succeeded => Error is null && !NotModified;

    /// <summary>A failed fetch of <paramref name="url"/>.</summary>
    public static FetchResult Failed(Uri url, string error, HttpStatusCode status = 0) => new(url, url, status) { Error = error };
}
