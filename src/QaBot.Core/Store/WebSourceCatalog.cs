using System.Globalization;
using Microsoft.Data.Sqlite;

namespace QaBot.Core.Store;

/// <summary>What the last successful fetch of an address returned, for a conditional GET next time.</summary>
/// <param name="ETag">The ETag header, sent back as If-None-Match.</param>
/// <param name="LastModified">The Last-Modified header, sent back as If-Modified-Since.</param>
/// <param name="Entries">Entries the feed held (1 for a page): counted as skipped when the server answers 304.</param>
public sealed record WebValidators(string? ETag, string? LastModified, int Entries);

/// <summary>
/// The HTTP validators of the feeds and pages ingested (table <c>web_sources</c> in the store's SQLite file, created on
/// first use), so polling an unchanged feed costs one 304 and no parsing.
/// </summary>
public sealed class WebSourceCatalog(SqliteVectorStore store)
{
    private const string Create =
        "CREATE TABLE IF NOT EXISTS web_sources (url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, entries INTEGER NOT NULL, checked_at TEXT NOT NULL)";

    private readonly SqliteDatabase _db = store.Database;

    /// <summary>The validators stored for <paramref name="url"/>, or null.</summary>
    public Task<WebValidators?> GetAsync(Uri url, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        return _db.ReadAsync(
            s =>
            {
                try
                {
                    using var command = s.Command("SELECT etag, last_modified, entries FROM web_sources WHERE url = $url");
                    command.Parameters.AddWithValue("$url", url.ToString());
                    using var reader = command.ExecuteReader();
                    return reader.Read()
                        ? new WebValidators(reader.IsDBNull(0) ? null : reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetInt32(2))
                        : null;
                }
                catch (SqliteException ex) when (ex.SqliteErrorCode == 1 && ex.Message.Contains("no such table", StringComparison.Ordinal))
                {
                    return null;
                }
            },
            cancellationToken);
    }

    /// <summary>Stores the validators of <paramref name="url"/> (joins the ambient transaction).</summary>
    public Task SetAsync(Uri url, WebValidators validators, DateTimeOffset checkedAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(validators);
        return _db.WriteAsync(
            s =>
            {
                s.Execute(Create);
                using var command = s.Command(
                    "INSERT INTO web_sources (url, etag, last_modified, entries, checked_at) VALUES ($url, $etag, $modified, $entries, $at) "
                    + "ON CONFLICT(url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, entries = excluded.entries, checked_at = excluded.checked_at");
                command.Parameters.AddWithValue("$url", url.ToString());
                command.Parameters.AddWithValue("$etag", (object?)validators.ETag ?? DBNull.Value);
                command.Parameters.AddWithValue("$modified", (object?)validators.LastModified ?? DBNull.Value);
                command.Parameters.AddWithValue("$entries", validators.Entries);
                command.Parameters.AddWithValue("$at", checkedAt.ToString("O", CultureInfo.InvariantCulture));
                command.ExecuteNonQuery();
            },
            cancellationToken);
    }

    /// <summary>Forgets every validator (after the articles were dropped, a 304 must not stand for "already stored").</summary>
    public Task ClearAsync(CancellationToken cancellationToken = default) =>
        _db.WriteAsync(s => s.Execute(Create + "; DELETE FROM web_sources;"), cancellationToken);
}
