using System.Globalization;
using System.Net;
using Microsoft.Extensions.Options;
using Polly.Timeout;
using QaBot.Core.Articles;
using QaBot.Core.Ingestion;
using QaBot.Core.Store;

namespace QaBot.Core.Web;

/// <summary>
/// Fetches one address for ingestion: waits its turn for the host (<see cref="HostThrottle"/>), sends the stored
/// validators for a conditional GET, follows redirects (Ingestion:MaxRedirects), retries timeouts, 5xx and 429
/// (the HttpClient's resilience pipeline), and refuses a body over Ingestion:MaxFileBytes without reading it all.
/// Every expected failure is a <see cref="FetchResult"/> with one line of reason; only cancellation throws.
/// </summary>
public sealed class WebFetcher(IHttpClientFactory clients, HostThrottle throttle, IOptions<IngestionOptions> options, IOptions<ArticleLoaderOptions> limits, TimeProvider time)
{
    private const string Accept =
        "application/rss+xml, application/atom+xml, application/feed+json, text/html;q=0.9, application/xhtml+xml;q=0.9, "
        + "application/xml;q=0.8, text/xml;q=0.8, application/pdf;q=0.7, */*;q=0.5";

    /// <summary>The name of the HttpClient (and its resilience pipeline) used for ingestion.</summary>
    public const string ClientName = "qabot-web";

    /// <summary>Fetches <paramref name="url"/>, conditionally when <paramref name="validators"/> are given.</summary>
    public async Task<FetchResult> FetchAsync(Uri url, WebValidators? validators, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(url);
        await throttle.WaitTurnAsync(url.Host, ct);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept", Accept);
        request.Headers.TryAddWithoutValidation("User-Agent", options.Value.UserAgent);
        if (validators?.ETag is { } etag)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }

        if (validators?.LastModified is { } modified)
        {
            request.Headers.TryAddWithoutValidation("If-Modified-Since", modified);
        }

        var timeout = TimeSpan.FromSeconds(options.Value.FetchTimeoutSeconds);
        try
        {
            var http = clients.CreateClient(ClientName);
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
            var final = response.RequestMessage?.RequestUri ?? url;
            var result = new FetchResult(url, final, response.StatusCode)
            {
                MediaType = response.Content.Headers.ContentType?.MediaType?.ToLowerInvariant(),
                Charset = response.Content.Headers.ContentType?.CharSet,
                ETag = response.Headers.ETag?.ToString(),
                LastModified = response.Content.Headers.TryGetValues("Last-Modified", out var lm) ? lm.FirstOrDefault() : null,
            };
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                return result;
            }

            if ((int)response.StatusCode is >= 300 and < 400)
            {
                return result with { Error = $"too many redirects (more than {options.Value.MaxRedirects}, setting Ingestion:MaxRedirects)" };
            }

            if (!response.IsSuccessStatusCode)
            {
                return result with { Error = $"{(int)response.StatusCode} {response.ReasonPhrase}".TrimEnd() };
            }

            var max = limits.Value.MaxFileBytes;
            if (response.Content.Headers.ContentLength > max)
            {
                return result with { Error = TooBig(response.Content.Headers.ContentLength.Value, max) };
            }

            using var bodyTimeout = new CancellationTokenSource(timeout, time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, bodyTimeout.Token);
            var body = await ReadLimitedAsync(response.Content, max, linked.Token);
            return body is null ? result with { Error = TooBig(null, max) } : result with { Body = body };
        }
        catch (Exception ex) when (ex is TimeoutRejectedException || (ex is OperationCanceledException && !ct.IsCancellationRequested))
        {
            return FetchResult.Failed(url, string.Create(CultureInfo.InvariantCulture,
                $"too slow: no complete answer within {timeout.TotalSeconds:0} s (setting Ingestion:FetchTimeoutSeconds)"));
        }
        catch (HttpRequestException ex)
        {
            return FetchResult.Failed(url, $"cannot fetch: {ex.Message}");
        }
    }

    private static async Task<byte[]?> ReadLimitedAsync(HttpContent content, long max, CancellationToken ct)
    {
        await using var stream = await content.ReadAsStreamAsync(ct);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > max)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static string TooBig(long? length, long max) => string.Create(CultureInfo.InvariantCulture,
        $"too big: {(length is { } l ? $"{l:N0} bytes" : "more")} over the {max:N0}-byte limit (setting Ingestion:MaxFileBytes)");
}
