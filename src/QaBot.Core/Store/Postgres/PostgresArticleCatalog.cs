using Npgsql;

namespace QaBot.Core.Store;

/// <summary>The articles of a <see cref="PostgresVectorStore"/> (tables <c>qabot.articles</c> and <c>qabot.article_texts</c>).</summary>
internal sealed class PostgresArticleCatalog(PostgresDatabase db) : ArticleCatalog
{
    private const string Columns = "id, title, date, url, source_path, content_hash, chunk_count, ingested_at";

    /// <inheritdoc/>
    public override async Task<StoredArticle?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        var found = await QueryAsync($"SELECT {Columns} FROM qabot.articles WHERE id = @id", id, cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    /// <inheritdoc/>
    public override async Task<IReadOnlyList<StoredArticle>> ListAsync(CancellationToken cancellationToken = default) =>
        await QueryAsync($"SELECT {Columns} FROM qabot.articles ORDER BY id", null, cancellationToken);

    /// <inheritdoc/>
    public override Task<bool> AnyAsync(CancellationToken cancellationToken = default) =>
        db.RunAsync(async c => await PostgresSchema.ScalarAsync(c, "SELECT EXISTS (SELECT 1 FROM qabot.articles)", cancellationToken) is true, cancellationToken);

    /// <inheritdoc/>
    public override Task UpsertAsync(StoredArticle article, string? text = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentException.ThrowIfNullOrEmpty(article.Id);
        return db.WriteAsync(
            async c =>
            {
                await using var command = new NpgsqlCommand(
                    $"INSERT INTO qabot.articles ({Columns}) VALUES (@id, @title, @date, @url, @source, @hash, @chunks, @at) " +
                    "ON CONFLICT (id) DO UPDATE SET title = excluded.title, date = excluded.date, url = excluded.url, " +
                    "source_path = excluded.source_path, content_hash = excluded.content_hash, chunk_count = excluded.chunk_count, " +
                    "ingested_at = excluded.ingested_at" +
                    (text is null ? "" : "; INSERT INTO qabot.article_texts (id, text) VALUES (@id, @text) ON CONFLICT (id) DO UPDATE SET text = excluded.text"),
                    c);
                var p = command.Parameters;
                p.AddWithValue("id", article.Id);
                p.AddWithValue("title", article.Title);
                p.AddWithValue("date", (object?)article.Date ?? DBNull.Value);
                p.AddWithValue("url", (object?)article.Url?.ToString() ?? DBNull.Value);
                p.AddWithValue("source", article.SourcePath);
                p.AddWithValue("hash", article.ContentHash);
                p.AddWithValue("chunks", article.ChunkCount);
                p.AddWithValue("at", article.IngestedAt.ToUniversalTime());
                if (text is not null)
                {
                    p.AddWithValue("text", text);
                }

                await command.ExecuteNonQueryAsync(cancellationToken);
                return 0;
            },
            cancellationToken);
    }

    /// <inheritdoc/>
    public override Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        return db.WriteAsync(
            async c =>
            {
                await using var command = new NpgsqlCommand("DELETE FROM qabot.articles WHERE id = @id", c);
                command.Parameters.AddWithValue("id", id);
                return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
            },
            cancellationToken);
    }

    /// <inheritdoc/>
    public override Task<string?> GetTextAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        return db.RunAsync(
            async c =>
            {
                await using var command = new NpgsqlCommand("SELECT text FROM qabot.article_texts WHERE id = @id", c);
                command.Parameters.AddWithValue("id", id);
                return await command.ExecuteScalarAsync(cancellationToken) as string;
            },
            cancellationToken);
    }

    private Task<List<StoredArticle>> QueryAsync(string sql, string? id, CancellationToken ct) => db.RunAsync(
        async c =>
        {
            await using var command = new NpgsqlCommand(sql, c);
            if (id is not null)
            {
                command.Parameters.AddWithValue("id", id);
            }

            await using var reader = await command.ExecuteReaderAsync(ct);
            var list = new List<StoredArticle>();
            while (await reader.ReadAsync(ct))
            {
                list.Add(new StoredArticle(
                    reader.GetString(0),
                    reader.GetString(1),
                    reader.IsDBNull(2) ? null : reader.GetFieldValue<DateOnly>(2),
                    reader.IsDBNull(3) ? null : new Uri(reader.GetString(3), UriKind.RelativeOrAbsolute),
                    reader.GetString(4),
                    reader.GetString(5),
                    reader.GetInt32(6),
                    new DateTimeOffset(reader.GetFieldValue<DateTime>(7), TimeSpan.Zero)));
            }

            return list;
        },
        ct);
}
