using System.Globalization;
using Microsoft.Data.Sqlite;

namespace QaBot.Core.Store;

/// <summary>
/// The articles of a <see cref="SqliteVectorStore"/> (table <c>articles</c>, same SQLite file as the chunks) and their
/// cleaned full text (table <c>article_texts</c>).
/// </summary>
public sealed class SqliteArticleCatalog(SqliteVectorStore store) : ArticleCatalog
{
    private const string Columns = "id, title, date, url, source_path, content_hash, chunk_count, ingested_at";

    private readonly SqliteDatabase _db = store.Database;

    /// <inheritdoc/>
    public override Task<StoredArticle?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _db.ReadAsync(
            s =>
            {
                using var command = s.Command($"SELECT {Columns} FROM articles WHERE id = $id");
                command.Parameters.AddWithValue("$id", id);
                using var reader = command.ExecuteReader();
                return reader.Read() ? Read(reader) : null;
            },
            cancellationToken);
    }

    /// <inheritdoc/>
    public override Task<IReadOnlyList<StoredArticle>> ListAsync(CancellationToken cancellationToken = default) =>
        _db.ReadAsync<IReadOnlyList<StoredArticle>>(
            s =>
            {
                using var command = s.Command($"SELECT {Columns} FROM articles ORDER BY id");
                using var reader = command.ExecuteReader();
                var list = new List<StoredArticle>();
                while (reader.Read())
                {
                    list.Add(Read(reader));
                }

                return list;
            },
            cancellationToken);

    /// <inheritdoc/>
    public override Task<bool> AnyAsync(CancellationToken cancellationToken = default) =>
        _db.ReadAsync(
            s =>
            {
                using var command = s.Command("SELECT EXISTS (SELECT 1 FROM articles)");
                return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) != 0;
            },
            cancellationToken);

    /// <inheritdoc/>
    public override Task UpsertAsync(StoredArticle article, string? text = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentException.ThrowIfNullOrEmpty(article.Id);
        return _db.WriteAsync(
            s =>
            {
                using (var command = s.Command(
                    $"INSERT INTO articles ({Columns}) VALUES ($id, $title, $date, $url, $source, $hash, $chunks, $at) " +
                    "ON CONFLICT(id) DO UPDATE SET title = excluded.title, date = excluded.date, url = excluded.url, " +
                    "source_path = excluded.source_path, content_hash = excluded.content_hash, chunk_count = excluded.chunk_count, " +
                    "ingested_at = excluded.ingested_at"))
                {
                    var p = command.Parameters;
                    p.AddWithValue("$id", article.Id);
                    p.AddWithValue("$title", article.Title);
                    p.AddWithValue("$date", (object?)article.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? DBNull.Value);
                    p.AddWithValue("$url", (object?)article.Url?.ToString() ?? DBNull.Value);
                    p.AddWithValue("$source", article.SourcePath);
                    p.AddWithValue("$hash", article.ContentHash);
                    p.AddWithValue("$chunks", article.ChunkCount);
                    p.AddWithValue("$at", SqliteValues.ToDb(article.IngestedAt));
                    command.ExecuteNonQuery();
                }

                if (text is not null)
                {
                    using var command = s.Command("INSERT INTO article_texts (id, text) VALUES ($id, $text) ON CONFLICT(id) DO UPDATE SET text = excluded.text");
                    command.Parameters.AddWithValue("$id", article.Id);
                    command.Parameters.AddWithValue("$text", text);
                    command.ExecuteNonQuery();
                }
            },
            cancellationToken);
    }

    /// <inheritdoc/>
    public override Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _db.WriteAsync(
            s =>
            {
                using var command = s.Command("DELETE FROM articles WHERE id = $id");
                command.Parameters.AddWithValue("$id", id);
                return (command.ExecuteNonQuery() > 0, (Action?)null);
            },
            cancellationToken);
    }

    /// <inheritdoc/>
    public override Task<string?> GetTextAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _db.ReadAsync(
            s =>
            {
                using var command = s.Command("SELECT text FROM article_texts WHERE id = $id");
                command.Parameters.AddWithValue("$id", id);
                return command.ExecuteScalar() as string;
            },
            cancellationToken);
    }

    private static StoredArticle Read(SqliteDataReader r) => new(
        r.GetString(0),
        r.GetString(1),
        r.IsDBNull(2) ? null : DateOnly.ParseExact(r.GetString(2), "yyyy-MM-dd", CultureInfo.InvariantCulture),
        r.IsDBNull(3) ? null : new Uri(r.GetString(3), UriKind.RelativeOrAbsolute),
        r.GetString(4),
        r.GetString(5),
        r.GetInt32(6),
        DateTimeOffset.Parse(r.GetString(7), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind));
}
