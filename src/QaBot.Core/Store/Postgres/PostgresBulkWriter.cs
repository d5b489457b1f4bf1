using System.Text;
using Npgsql;

namespace QaBot.Core.Store;

/// <summary>
/// Writes rows into a collection table: a multi-row <c>INSERT … ON CONFLICT DO UPDATE</c> per batch, or, for large
/// batches, binary COPY into a temporary table followed by one upserting INSERT … SELECT (COPY itself cannot upsert).
/// PGlite's socket server hangs on binary COPY (pglite issue #911), so callers only COPY where the server supports it.
/// </summary>
internal static class PostgresBulkWriter
{
    private const string Staging = "qb_upsert_staging";

    public static async Task InsertAsync(NpgsqlConnection connection, PostgresCollectionSchema schema, IReadOnlyList<object?[]> rows, CancellationToken ct)
    {
        var columns = schema.Columns;
        var sql = new StringBuilder($"INSERT INTO {schema.Table} ({string.Join(", ", columns)}) VALUES ");
        await using var command = new NpgsqlCommand { Connection = connection };
        var n = 0;
        for (var r = 0; r < rows.Count; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < columns.Count; c++)
            {
                sql.Append(c == 0 ? "$" : ", $").Append(++n);
                command.Parameters.Add(new NpgsqlParameter { Value = rows[r][c] ?? DBNull.Value });
            }

            sql.Append(')');
        }

        sql.Append(OnConflict(schema));
        command.CommandText = sql.ToString();
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Binary COPY of <paramref name="rows"/> into a staging table, then one upsert from it (inside the caller's transaction).</summary>
    public static async Task CopyAsync(
        NpgsqlConnection connection, PostgresCollectionSchema schema, IReadOnlyList<object?[]> rows, bool pgvector, CancellationToken ct)
    {
        var columns = string.Join(", ", schema.Columns);
        await PostgresSchema.ExecuteAsync(
            connection,
            $"DROP TABLE IF EXISTS pg_temp.{Staging}; CREATE TEMP TABLE {Staging} ON COMMIT DROP AS SELECT {columns} FROM {schema.Table} WITH NO DATA",
            ct);
        var types = schema.CopyTypes(pgvector);
        await using (var writer = await connection.BeginBinaryImportAsync($"COPY {Staging} ({columns}) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var row in rows)
            {
                await writer.StartRowAsync(ct);
                for (var c = 0; c < row.Length; c++)
                {
                    if (row[c] is null)
                    {
                        await writer.WriteNullAsync(ct);
                    }
                    else if (types[c].Type is { } type)
                    {
                        await writer.WriteAsync(row[c], type, ct);
                    }
                    else
                    {
                        await writer.WriteAsync(row[c], types[c].Name!, ct);
                    }
                }
            }

            await writer.CompleteAsync(ct);
        }

        await PostgresSchema.ExecuteAsync(
            connection,
            $"INSERT INTO {schema.Table} ({columns}) SELECT DISTINCT ON ({schema.KeyColumn}) {columns} FROM {Staging}{OnConflict(schema)}; DROP TABLE {Staging}",
            ct);
    }

    private static string OnConflict(PostgresCollectionSchema schema)
    {
        var updates = string.Join(", ", schema.Columns.Skip(1).Select(c => $"{c} = excluded.{c}"));
        return updates.Length == 0
            ? $" ON CONFLICT ({schema.KeyColumn}) DO NOTHING"
            : $" ON CONFLICT ({schema.KeyColumn}) DO UPDATE SET {updates}";
    }
}
