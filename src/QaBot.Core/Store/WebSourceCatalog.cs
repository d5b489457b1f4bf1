using System.Text.Json;

namespace QaBot.Core.Store;

/// <summary>What the last successful fetch of an address returned, for a conditional GET next time.</summary>
/// <param name="ETag">The ETag header, sent back as If-None-Match.</param>
/// <param name="LastModified">The Last-Modified header, sent back as If-Modified-Since.</param>
/// <param name="Entries">Entries the feed held (1 for a page): counted as skipped when the server answers 304.</param>
public sealed record WebValidators(string? ETag, string? LastModified, int Entries);

/// <summary>
/// The HTTP validators of the feeds and pages ingested, kept in the store's small-value table (keys <c>web:{url}</c>)
/// of whichever engine holds the articles, so polling an unchanged feed costs one 304 and no parsing.
/// </summary>
public sealed class WebSourceCatalog(QaBotVectorStore store)
{
    private const string Prefix = "web:";

    /// <summary>The validators stored for <paramref name="url"/>, or null.</summary>
    public async Task<WebValidators?> GetAsync(Uri url, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        var json = await store.GetMetaAsync(Prefix + url, cancellationToken);
        try
        {
            return json is null ? null : JsonSerializer.Deserialize<WebValidators>(json);
        }
        catch (JsonException)
        {
            return null; // unreadable: fetch in full
        }
    }

    /// <summary>Stores the validators of <paramref name="url"/> (joins the ambient transaction).</summary>
    public Task SetAsync(Uri url, WebValidators validators, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(validators);
        return store.SetMetaAsync(Prefix + url, JsonSerializer.Serialize(validators), cancellationToken);
    }

    /// <summary>Forgets every validator (after the articles were dropped, a 304 must not stand for "already stored").</summary>
    public Task ClearAsync(CancellationToken cancellationToken = default) => store.DeleteMetaAsync(Prefix, cancellationToken);
}
