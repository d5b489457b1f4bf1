using System.Globalization;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.VectorData;
using Npgsql;
using PgVector = Pgvector.Vector;

namespace QaBot.Core.Store;

/// <summary>Vector, keyword and hybrid search.</summary>
public sealed partial class PostgresCollection<TRecord>
{
    private readonly VectorIndexCache _memoryIndex;
    private PostgresTextStatistics? _text;

    private PostgresTextStatistics Text => _text ??= new PostgresTextStatistics(_schema);

    /// <summary>
    /// Cosine top-k: on the HNSW index (ef_search = Store:HnswEfSearch) or, filtered, exactly over the filtered rows.
    /// Score = cosine similarity, or cosine distance when the vector property asks for it.
    /// </summary>
    public override async IAsyncEnumerable<VectorSearchResult<TRecord>> SearchAsync<TInput>(
        TInput searchValue, int top, VectorSearchOptions<TRecord>? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(searchValue);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(top);
        options ??= new();
        ArgumentOutOfRangeException.ThrowIfNegative(options.Skip);
        var vectorProperty = _schema.Model.GetVectorPropertyOrSingle(options);
        var query = await ToVectorAsync(searchValue, vectorProperty, cancellationToken);
        var hits = (await VectorHitsAsync(query, top + options.Skip, options.Filter, cancellationToken)).Skip(options.Skip)
            .Select(h => (h.Key, Score: _schema.ReportsDistance ? 1.0 - h.Score : h.Score))
            .Where(h => options.ScoreThreshold is not { } threshold || (_schema.ReportsDistance ? h.Score <= threshold : h.Score >= threshold))
            .ToList();
        foreach (var result in await WithRecordsAsync(hits, options.IncludeVectors, cancellationToken))
        {
            yield return result;
        }
    }

    /// <summary>BM25 (k1 = 1.2, b = 0.75, FTS5's IDF) over the generated tsvector; user text is safe. Higher is better.</summary>
    public async IAsyncEnumerable<VectorSearchResult<TRecord>> KeywordSearchAsync(
        string query, int top, Expression<Func<TRecord, bool>>? filter = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(top);
        var hits = await KeywordHitsAsync(query, top, filter, cancellationToken);
        foreach (var result in await WithRecordsAsync(hits, includeVectors: false, cancellationToken))
        {
            yield return result;
        }
    }

    /// <summary>Number of stored records (0 before the collection exists).</summary>
    public async Task<long> CountAsync(CancellationToken cancellationToken = default) =>
        !await ReadyAsync(create: false, cancellationToken) ? 0
        : await _db.RunAsync(
            async c => Convert.ToInt64(await PostgresSchema.ScalarAsync(c, $"SELECT count(*) FROM {_schema.Table}", cancellationToken), CultureInfo.InvariantCulture),
            cancellationToken);

    /// <summary>Records whose full text holds any lexeme of <paramref name="word"/> (stemmed as the index stems it).</summary>
    public async Task<long> CountKeywordMatchesAsync(string word, CancellationToken cancellationToken = default)
    {
        RequireFullText();
        var terms = FullTextQuery.Terms(word);
        if (terms.Count == 0 || !await ReadyAsync(create: false, cancellationToken))
        {
            return 0;
        }

        return await _db.RunAsync(
            async c =>
            {
                var lexemes = await Text.LexemesAsync(c, terms, cancellationToken);
                if (lexemes.Count == 0)
                {
                    return 0L;
                }

                var stats = await Text.AtAsync(c, await PostgresCollectionState.VersionAsync(c, Name, cancellationToken), lexemes, cancellationToken);
                if (lexemes.Count == 1)
                {
                    return stats.Documents[lexemes[0]];
                }

                await using var command = new NpgsqlCommand(
                    $"SELECT count(*) FROM {_schema.Table} WHERE {PostgresCollectionSchema.TsvColumn} @@ @q::tsquery", c);
                command.Parameters.AddWithValue("q", PostgresTextStatistics.Query(lexemes));
                return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            },
            cancellationToken);
    }

    /// <summary>Vector and keyword candidates (<c>max(50, 3 × (top + skip))</c> each, both filtered) fused by RRF, k = 60.</summary>
    public async IAsyncEnumerable<VectorSearchResult<TRecord>> HybridSearchAsync<TInput>(
        TInput searchValue, ICollection<string> keywords, int top, HybridSearchOptions<TRecord>? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
        where TInput : notnull
    {
        ArgumentNullException.ThrowIfNull(searchValue);
        ArgumentNullException.ThrowIfNull(keywords);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(top);
        options ??= new();
        ArgumentOutOfRangeException.ThrowIfNegative(options.Skip);
        var vectorProperty = _schema.Model.GetVectorPropertyOrSingle(new VectorSearchOptions<TRecord> { VectorProperty = options.VectorProperty });
        if (options.AdditionalProperty is not null)
        {
            _schema.Model.GetFullTextDataPropertyOrSingle(options.AdditionalProperty); // the tsvector covers all full-text properties
        }
        var query = await ToVectorAsync(searchValue, vectorProperty, cancellationToken);
        var candidates = Math.Max(50, 3 * (top + options.Skip));
        var vectorHits = await VectorHitsAsync(query, candidates, options.Filter, cancellationToken);
        var keywordHits = await KeywordHitsAsync(string.Join(' ', keywords), candidates, options.Filter, cancellationToken);

        var fused = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var ranking in new[] { vectorHits.Select(h => h.Key).ToList(), keywordHits.Select(h => h.Key).ToList() })
        {
            for (var rank = 0; rank < ranking.Count; rank++)
            {
                fused[ranking[rank]] = fused.GetValueOrDefault(ranking[rank]) + (1.0 / (SqliteCollection<TRecord>.RrfK + rank + 1));
            }
        }

        var hits = fused.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Skip(options.Skip).Take(top)
            .Where(p => options.ScoreThreshold is not { } threshold || p.Value >= threshold)
            .Select(p => (p.Key, p.Value)).ToList();
        foreach (var result in await WithRecordsAsync(hits, options.IncludeVectors, cancellationToken))
        {
            yield return result;
        }
    }

    private async Task<IReadOnlyList<(string Key, double Score)>> KeywordHitsAsync(
        string text, int top, Expression<Func<TRecord, bool>>? filter, CancellationToken ct)
    {
        RequireFullText();
        var terms = FullTextQuery.Terms(text);
        if (terms.Count == 0 || !await ReadyAsync(create: false, ct))
        {
            return [];
        }

        var (where, values) = filter is null ? ("TRUE", []) : SqlFilterTranslator.TranslatePostgres(filter, _schema.Model, "c");
        return await _db.RunAsync(
            async c =>
            {
                var lexemes = await Text.LexemesAsync(c, terms, ct);
                if (lexemes.Count == 0)
                {
                    return (IReadOnlyList<(string, double)>)[];
                }

                var stats = await Text.AtAsync(c, await PostgresCollectionState.VersionAsync(c, Name, ct), lexemes, ct);
                var selective = Selective(lexemes, stats);
                var tsv = PostgresCollectionSchema.TsvColumn;
                var tf = "cardinality(l.positions)";
                await using var command = new NpgsqlCommand(
                    // BM25 with k1 = 1.2 and b = 0.75, as FTS5 computes it (document length = distinct lexemes).
                    $"SELECT c.{_schema.KeyColumn}, sum(q.idf * ({tf} * 2.2) / ({tf} + 1.2 * (0.25 + 0.75 * length(c.{tsv}) / @avgdl))) AS score " +
                    $"FROM {_schema.Table} AS c CROSS JOIN LATERAL unnest(c.{tsv}) AS l " +
                    "JOIN unnest(@lexemes::text[], @idf::float8[]) AS q(lexeme, idf) ON q.lexeme = l.lexeme " +
                    $"WHERE c.{tsv} @@ @query::tsquery AND {where} GROUP BY c.{_schema.KeyColumn} ORDER BY score DESC, c.{_schema.KeyColumn} LIMIT {top}",
                    c);
                command.Parameters.AddWithValue("avgdl", stats.AverageLength);
                command.Parameters.AddWithValue("lexemes", selective.ToArray());
                command.Parameters.AddWithValue("idf", selective.Select(stats.Idf).ToArray());
                command.Parameters.AddWithValue("query", PostgresTextStatistics.Query(selective));
                SqlFilterTranslator.Bind(command, values);
                await using var reader = await command.ExecuteReaderAsync(ct);
                var hits = new List<(string, double)>();
                while (await reader.ReadAsync(ct))
                {
                    hits.Add((reader.GetString(0), reader.GetDouble(1)));
                }

                return hits;
            },
            ct);
    }

    /// <summary>The lexemes worth matching: in large collections, those in more than Store:CommonTermShare of the rows are left out (the rarest stays).</summary>
    private IReadOnlyList<string> Selective(IReadOnlyList<string> lexemes, PostgresTextStatistics.Snapshot stats)
    {
        var share = _store.Options.CommonTermShare;
        if (share >= 1 || lexemes.Count <= 1 || stats.Rows < _store.Options.CommonTermFromRows)
        {
            return lexemes;
        }

        var kept = lexemes.Where(l => stats.Documents[l] <= share * stats.Rows).ToList();
        return kept.Count > 0 ? kept : [lexemes.MinBy(l => stats.Documents[l])!];
    }

    private async Task<IReadOnlyList<(string Key, double Score)>> VectorHitsAsync(
        ReadOnlyMemory<float> query, int top, Expression<Func<TRecord, bool>>? filter, CancellationToken ct)
    {
        if (query.Length != _schema.Dimensions)
        {
            throw new ArgumentException(
                $"The query vector has {query.Length} dimensions; collection '{Name}' holds {_schema.Dimensions}-d vectors.", nameof(query));
        }

        if (!await ReadyAsync(create: false, ct))
        {
            return [];
        }

        var (where, values) = filter is null ? ("TRUE", []) : SqlFilterTranslator.TranslatePostgres(filter, _schema.Model, "t");
        if (!_ready!.Pgvector)
        {
            return await MemoryHitsAsync(query, top, filter is null ? null : where, values, ct);
        }

        var vector = _schema.VectorColumn;
        return await _db.WriteAsync(
            async c =>
            {
                // Filtered searches scan the filtered rows exactly (an HNSW walk would filter after the fact and come back short).
                var settings = $"SET LOCAL hnsw.ef_search = {Math.Max(top, _store.Options.HnswEfSearch)}" + (filter is null ? "" : "; SET LOCAL enable_indexscan = off");
                await PostgresSchema.ExecuteAsync(c, settings, ct);
                await using var command = new NpgsqlCommand(
                    $"SELECT t.{_schema.KeyColumn}, 1 - (t.{vector} <=> @q) FROM {_schema.Table} AS t " +
                    $"WHERE t.{vector} IS NOT NULL AND {where} ORDER BY t.{vector} <=> @q LIMIT {top}",
                    c);
                command.Parameters.AddWithValue("q", new PgVector(query));
                SqlFilterTranslator.Bind(command, values);
                await using var reader = await command.ExecuteReaderAsync(ct);
                var hits = new List<(string, double)>();
                while (await reader.ReadAsync(ct))
                {
                    hits.Add((reader.GetString(0), reader.GetDouble(1)));
                }

                return (IReadOnlyList<(string, double)>)hits;
            },
            ct);
    }

    /// <summary>Fetches the records of ranked hits, keeping the ranking (a hit deleted meanwhile is dropped).</summary>
    private async Task<List<VectorSearchResult<TRecord>>> WithRecordsAsync(
        IReadOnlyList<(string Key, double Score)> hits, bool includeVectors, CancellationToken ct)
    {
        if (hits.Count == 0)
        {
            return [];
        }

        var records = (await GetManyAsync(hits.Select(h => h.Key), includeVectors, ct))
            .ToDictionary(r => (string)_schema.Key.GetValueAsObject(r)!, StringComparer.Ordinal);
        return [.. hits.Where(h => records.ContainsKey(h.Key)).Select(h => new VectorSearchResult<TRecord>(records[h.Key], h.Score))];
    }

    private void RequireFullText()
    {
        if (_schema.FullText.Count == 0)
        {
            throw new InvalidOperationException(
                $"Collection '{Name}' has no full-text indexed property; mark a string property with [VectorStoreData(IsFullTextIndexed = true)].");
        }
    }

    private static async ValueTask<ReadOnlyMemory<float>> ToVectorAsync<TInput>(TInput value, Microsoft.Extensions.VectorData.ProviderServices.VectorPropertyModel property, CancellationToken ct) => value switch
    {
        ReadOnlyMemory<float> memory => memory,
        float[] array => array,
        Embedding<float> embedding => embedding.Vector,
        _ when property.EmbeddingGenerator is IEmbeddingGenerator<TInput, Embedding<float>> generator =>
            (await generator.GenerateAsync(value, cancellationToken: ct)).Vector,
        _ => throw new NotSupportedException(
            $"Cannot search with a {typeof(TInput).Name}; pass ReadOnlyMemory<float>, float[] or Embedding<float> " +
            "(or configure an embedding generator on the vector property)."),
    };
}
