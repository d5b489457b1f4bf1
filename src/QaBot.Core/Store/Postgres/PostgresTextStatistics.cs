using System.Collections.Concurrent;
using Npgsql;

namespace QaBot.Core.Store;

/// <summary>
/// What BM25 needs to know about one collection's tsvector column, cached per collection version (every committed
/// write bumps it, in any process): the row count, the average document length, and each lexeme's document
/// frequency. Query words are turned into lexemes by the server's own parser (to_tsvector), cached per word.
/// </summary>
internal sealed class PostgresTextStatistics(PostgresCollectionSchema schema)
{
    private const int MaxCachedWords = 100_000;

    private readonly ConcurrentDictionary<string, string[]> _lexemes = new(StringComparer.Ordinal);
    private volatile Snapshot _snapshot = new(long.MinValue, 0, 1);

    /// <summary>The lexemes of <paramref name="words"/> (each word may give none, e.g. a stop word), in order, without duplicates.</summary>
    public async Task<IReadOnlyList<string>> LexemesAsync(NpgsqlConnection c, IReadOnlyList<string> words, CancellationToken ct)
    {
        var missing = words.Where(w => !_lexemes.ContainsKey(w)).Distinct(StringComparer.Ordinal).ToArray();
        if (missing.Length > 0)
        {
            if (_lexemes.Count > MaxCachedWords)
            {
                _lexemes.Clear();
            }

            await using var command = new NpgsqlCommand(
                $"SELECT w, array(SELECT lexeme FROM unnest(to_tsvector('{PostgresCollectionSchema.TextSearchConfig}'::regconfig, w))) " +
                "FROM unnest(@words::text[]) AS w",
                c);
            command.Parameters.AddWithValue("words", missing);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                _lexemes[reader.GetString(0)] = reader.GetFieldValue<string[]>(1);
            }
        }

        return words.SelectMany(w => _lexemes.TryGetValue(w, out var l) ? l : []).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>Rows, average length and the document frequency of each of <paramref name="lexemes"/> at <paramref name="version"/>.</summary>
    public async Task<Snapshot> AtAsync(NpgsqlConnection c, long version, IReadOnlyList<string> lexemes, CancellationToken ct)
    {
        var snapshot = _snapshot;
        if (snapshot.Version != version)
        {
            await using var command = new NpgsqlCommand(
                $"SELECT count(*), coalesce(avg(length({PostgresCollectionSchema.TsvColumn})), 0) FROM {schema.Table}", c);
            await using var reader = await command.ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            snapshot = new Snapshot(version, reader.GetInt64(0), Math.Max(1, reader.GetDouble(1)));
            _snapshot = snapshot;
        }

        var missing = lexemes.Where(l => !snapshot.Documents.ContainsKey(l)).ToArray();
        if (missing.Length > 0)
        {
            await using var command = new NpgsqlCommand(
                $"SELECT l, (SELECT count(*) FROM {schema.Table} WHERE {PostgresCollectionSchema.TsvColumn} @@ q::tsquery) " +
                "FROM unnest(@lexemes::text[], @queries::text[]) AS x(l, q)",
                c);
            command.Parameters.AddWithValue("lexemes", missing);
            command.Parameters.AddWithValue("queries", missing.Select(Query).ToArray());
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                snapshot.Documents[reader.GetString(0)] = reader.GetInt64(1);
            }
        }

        return snapshot;
    }

    /// <summary>A tsquery OR-ing <paramref name="lexemes"/> taken literally (quoted, so no operator or stemming applies).</summary>
    public static string Query(IEnumerable<string> lexemes) => string.Join(" | ", lexemes.Select(Query));

    private static string Query(string lexeme) =>
        "'" + lexeme.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>The statistics at one version; document frequencies fill in as lexemes are asked about.</summary>
    internal sealed record Snapshot(long Version, long Rows, double AverageLength)
    {
        public ConcurrentDictionary<string, long> Documents { get; } = new(StringComparer.Ordinal);

        /// <summary>FTS5's BM25 IDF: ln((N − n + 0.5) / (n + 0.5)), floored at 1e-6.</summary>
        public double Idf(string lexeme)
        {
            var n = Documents.GetValueOrDefault(lexeme);
            var idf = Math.Log((Rows - n + 0.5) / (n + 0.5));
            return idf > 0 ? idf : 1e-6;
        }
    }
}
