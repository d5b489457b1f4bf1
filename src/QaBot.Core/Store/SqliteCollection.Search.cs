using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.VectorData;
using Microsoft.Extensions.VectorData.ProviderServices;

namespace QaBot.Core.Store;

/// <summary>Vector, keyword and hybrid search. Searches always see committed data.</summary>
public sealed partial class SqliteCollection<TRecord>
{
    /// <summary>The constant of reciprocal rank fusion: score = Σ 1 / (k + rank).</summary>
    public const int RrfK = 60;

    /// <summary>
    /// Exact cosine top-k over the in-memory index. Score = cosine similarity (higher is better), or cosine distance
    /// when the vector property asks for <see cref="DistanceFunction.CosineDistance"/>. Records without a vector never match.
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

    /// <summary>
    /// BM25 full-text search over the full-text indexed properties. <paramref name="query"/> is user text (any
    /// characters are safe); score = -bm25, higher is better.
    /// </summary>
    public async IAsyncEnumerable<VectorSearchResult<TRecord>> KeywordSearchAsync(
        string query, int top, Expression<Func<TRecord, bool>>? filter = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(top);
        var fts = RequireFullText();
        var terms = FullTextQuery.Terms(query);
        if (terms.Count == 0)
        {
            yield break;
        }

        await UpgradeOnceAsync(cancellationToken);

        var (where, values) = filter is null ? ("1", []) : SqlFilterTranslator.Translate(filter, _schema.Model, "t");
        var sql = RankedSql(fts, _schema.SelectColumns("t", includeVectors: false), withScore: true, filter is null ? null : where, top);
        var rows = await _db.ReadAsync(
            s =>
            {
                var results = new List<VectorSearchResult<TRecord>>();
                try
                {
                    using var command = s.Command(sql);
                    command.Parameters.AddWithValue("$match", SelectiveMatch(s, terms));
                    SqlFilterTranslator.Bind(command, values);
                    using var reader = command.ExecuteReader();
                    var scoreOrdinal = reader.FieldCount - 1;
                    while (reader.Read())
                    {
                        results.Add(new VectorSearchResult<TRecord>(_schema.Read<TRecord>(reader), reader.GetDouble(scoreOrdinal)));
                    }
                }
                catch (SqliteException ex) when (IsMissingTable(ex))
                {
                }

                return results;
            },
            cancellationToken,
            committedOnly: true);

        foreach (var row in rows)
        {
            yield return row;
        }
    }

    /// <summary>Number of stored records (0 before the collection exists).</summary>
    public Task<long> CountAsync(CancellationToken cancellationToken = default) =>
        CountAsync($"SELECT count(*) FROM {_schema.Table}", null, cancellationToken);

    /// <summary>
    /// Number of records whose full text contains <paramref name="word"/> as the index sees it (stemmed, accents
    /// folded): the document frequency retrieval turns into IDF weights.
    /// </summary>
    public Task<long> CountKeywordMatchesAsync(string word, CancellationToken cancellationToken = default)
    {
        var fts = RequireFullText();
        var terms = FullTextQuery.Terms(word);
        if (terms.Count == 1)
        {
            // One word: the cached, version-checked count (the same one keyword search uses to skip common words).
            return _db.ReadAsync(
                s =>
                {
                    try
                    {
                        return _termCounts.Documents(s, ReadVersion(s), terms[0]);
                    }
                    catch (SqliteException ex) when (IsMissingTable(ex))
                    {
                        return 0L;
                    }
                },
                cancellationToken,
                committedOnly: true);
        }

        var match = FullTextQuery.Build(terms);
        return match is null
            ? Task.FromResult(0L)
            : CountAsync($"SELECT count(*) FROM {fts} WHERE {fts} MATCH $match", match, cancellationToken);
    }

    /// <summary>
    /// The BM25 top-<paramref name="top"/> query selecting <paramref name="columns"/> of chunk table <c>t</c> (then -bm25 when
    /// <paramref name="withScore"/>). Without a filter the best rows are taken from the full-text index alone and only those
    /// are joined to the chunk table: joining first reads every matching chunk row before the sort ("USE TEMP B-TREE FOR
    /// ORDER BY"), several times slower at 100k chunks for the same top k. A filter on chunk columns needs the join first.
    /// </summary>
    private string RankedSql(string fts, string columns, bool withScore, string? filter, int top) =>
        filter is null && !JoinBeforeRanking
            ? $"SELECT {columns}{(withScore ? ", -r.score" : "")} FROM (SELECT rowid AS id, bm25({fts}) AS score FROM {fts} " +
              $"WHERE {fts} MATCH $match ORDER BY score LIMIT {top}) AS r JOIN {_schema.Table} AS t ON t.{CollectionSchema.RowId} = r.id ORDER BY r.score"
            : $"SELECT {columns}{(withScore ? $", -bm25({fts})" : "")} FROM {fts} JOIN {_schema.Table} AS t ON t.{CollectionSchema.RowId} = {fts}.rowid " +
              $"WHERE {fts} MATCH $match AND {filter ?? "1"} ORDER BY bm25({fts}) LIMIT {top}";

    /// <summary>
    /// Ranks full-text hits the way QaBot did before the top k were taken from the index first (join, then sort): the
    /// bench's baseline for the same queries in the same run. Results are the same; only the cost differs.
    /// </summary>
    internal bool JoinBeforeRanking { get; set; }

    /// <summary>The MATCH expression for <paramref name="terms"/> without the words too common to be worth matching (Store:CommonTermShare).</summary>
    private string SelectiveMatch(DbSession s, IReadOnlyList<string> terms) =>
        FullTextQuery.Build(_termCounts.Selective(s, ReadVersion(s), terms, _store.Options.CommonTermShare, _store.Options.CommonTermFromRows))!;

    private Task<long> CountAsync(string sql, string? match, CancellationToken cancellationToken) => _db.ReadAsync(
        s =>
        {
            try
            {
                using var command = s.Command(sql);
                if (match is not null)
                {
                    command.Parameters.AddWithValue("$match", match);
                }

                return Convert.ToInt64(command.ExecuteScalar() ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
            }
            catch (SqliteException ex) when (IsMissingTable(ex))
            {
                return 0L;
            }
        },
        cancellationToken,
        committedOnly: true);

    /// <summary>
    /// Vector search and keyword search (each taking the best <c>max(50, 3 × (top + skip))</c> candidates, both under
    /// the filter) fused by reciprocal rank fusion with k = 60. Score = the fused score (higher is better).
    /// </summary>
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
        // Unnamed, the keyword side searches the first full-text property (a chunk's Text, not its DateTerms).
        var textProperty = options.AdditionalProperty is null && _schema.FullText.Count > 1
            ? _schema.FullText[0]
            : _schema.Model.GetFullTextDataPropertyOrSingle(options.AdditionalProperty);
        var query = await ToVectorAsync(searchValue, vectorProperty, cancellationToken);
        var candidates = Math.Max(50, 3 * (top + options.Skip));

        var vectorHits = await VectorHitsAsync(query, candidates, options.Filter, cancellationToken);
        var keywordHits = await KeywordKeysAsync(string.Join(' ', keywords), textProperty, candidates, options.Filter, cancellationToken);

        var fused = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var ranking in new[] { vectorHits.Select(h => h.Key).ToList(), keywordHits })
        {
            for (var rank = 0; rank < ranking.Count; rank++)
            {
                fused[ranking[rank]] = fused.GetValueOrDefault(ranking[rank]) + (1.0 / (RrfK + rank + 1));
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

    /// <summary>Top vector hits (key, cosine similarity) from the in-memory index, pre-filtered by SQL when a filter is given.</summary>
    internal async Task<IReadOnlyList<(string Key, float Score)>> VectorHitsAsync(
        ReadOnlyMemory<float> query, int top, Expression<Func<TRecord, bool>>? filter, CancellationToken ct)
    {
        if (query.Length != _schema.Dimensions)
        {
            throw new ArgumentException(
                $"The query vector has {query.Length} dimensions; collection '{Name}' holds {_schema.Dimensions}-d vectors.", nameof(query));
        }

        await RefreshIndexAsync(ct);
        List<string>? keys = null;
        if (filter is not null)
        {
            var (where, values) = SqlFilterTranslator.Translate(filter, _schema.Model, "t");
            keys = await ReadKeysAsync(
                $"SELECT t.{_schema.KeyColumn} FROM {_schema.Table} AS t WHERE t.{_schema.VectorColumn} IS NOT NULL AND {where}",
                (_, command) => SqlFilterTranslator.Bind(command, values),
                ct);
        }

        return _index.Search(query.Span, top, keys);
    }

    /// <summary>Makes the shared in-memory index match the committed state on disk (reloading only when someone else wrote).</summary>
    private async Task RefreshIndexAsync(CancellationToken ct)
    {
        if (_index.IsCurrent(await _db.ReadAsync(ReadVersion, ct, committedOnly: true)))
        {
            return;
        }

        await _index.LoadLock.WaitAsync(ct);
        try
        {
            var (index, version) = await _db.ReadAsync(LoadIndex, ct, committedOnly: true);
            if (index is not null)
            {
                _index.Install(index, version);
            }
        }
        finally
        {
            _index.LoadLock.Release();
        }
    }

    private long ReadVersion(DbSession s)
    {
        using var command = s.Command("SELECT version FROM collections WHERE name = $name");
        command.Parameters.AddWithValue("$name", Name);
        return command.ExecuteScalar() is long version ? version : -1;
    }

    /// <summary>Reads every vector in one read transaction (a consistent snapshot) unless the index is already at that version.</summary>
    private (VectorSearchIndex? Index, long Version) LoadIndex(DbSession session)
    {
        using var transaction = session.Connection.BeginTransaction(deferred: true);
        var s = new DbSession(session.Connection, transaction);
        var version = ReadVersion(s);
        if (_index.IsCurrent(version))
        {
            return (null, version);
        }

        if (version == -1)
        {
            return (new VectorSearchIndex(new VectorIndex(_schema.Dimensions), _index.Options), version);
        }

        using var count = s.Command($"SELECT count(*) FROM {_schema.Table}");
        var index = new VectorIndex(_schema.Dimensions, (int)(long)count.ExecuteScalar()!);
        using var command = s.Command($"SELECT {_schema.KeyColumn}, {_schema.VectorColumn} FROM {_schema.Table} WHERE {_schema.VectorColumn} IS NOT NULL");
        using var reader = command.ExecuteReader();
        var buffer = new byte[_schema.Dimensions * sizeof(float)];
        while (reader.Read())
        {
            var key = reader.GetString(0);
            var length = reader.GetBytes(1, 0, null, 0, 0);
            if (length != buffer.Length)
            {
                throw new StoreException(
                    $"record '{key}' in collection '{Name}' of the store {_store.Path} has a {length / sizeof(float)}-d vector; " +
                    $"the collection holds {_schema.Dimensions}-d. Re-embed it with `qabot ingest --reembed`.");
            }

            reader.GetBytes(1, 0, buffer, 0, buffer.Length);
            index.Upsert(key, BitConverter.IsLittleEndian ? MemoryMarshal.Cast<byte, float>(buffer) : SqliteValues.FromBlob(buffer));
        }

        return (new VectorSearchIndex(index, _index.Options), version);
    }

    private async Task<List<string>> KeywordKeysAsync(
        string text, DataPropertyModel property, int top, Expression<Func<TRecord, bool>>? filter, CancellationToken ct)
    {
        var fts = RequireFullText();
        var terms = FullTextQuery.Terms(text);
        if (terms.Count == 0)
        {
            return [];
        }

        var (where, values) = filter is null ? ("1", []) : SqlFilterTranslator.Translate(filter, _schema.Model, "t");
        return await ReadKeysAsync(
            RankedSql(fts, $"t.{_schema.KeyColumn}", withScore: false, filter is null ? null : where, top),
            (s, command) =>
            {
                var match = SelectiveMatch(s, terms);
                command.Parameters.AddWithValue("$match", _schema.FullText.Count > 1 ? $"{{{property.StorageName}}} : ({match})" : match);
                SqlFilterTranslator.Bind(command, values);
            },
            ct);
    }

    private Task<List<string>> ReadKeysAsync(string sql, Action<DbSession, SqliteCommand> bind, CancellationToken ct) =>
        _db.ReadAsync(
            s =>
            {
                var keys = new List<string>();
                try
                {
                    using var command = s.Command(sql);
                    bind(s, command);
                    using var reader = command.ExecuteReader();
                    while (reader.Read())
                    {
                        keys.Add(reader.GetString(0));
                    }
                }
                catch (SqliteException ex) when (IsMissingTable(ex))
                {
                }

                return keys;
            },
            ct,
            committedOnly: true);

    /// <summary>Fetches the records of ranked hits, keeping the ranking (a hit deleted meanwhile is dropped).</summary>
    private async Task<List<VectorSearchResult<TRecord>>> WithRecordsAsync(
        IReadOnlyList<(string Key, double Score)> hits, bool includeVectors, CancellationToken ct)
    {
        if (hits.Count == 0)
        {
            return [];
        }

        var records = new Dictionary<string, TRecord>(StringComparer.Ordinal);
        foreach (var batch in hits.Select(h => h.Key).Chunk(KeysPerStatement))
        {
            var sql = $"SELECT {_schema.SelectColumns("t", includeVectors)} FROM {_schema.Table} AS t WHERE t.{_schema.KeyColumn} IN ({KeyParameters(batch.Length)})";
            foreach (var record in await ReadRecordsAsync(sql, command => BindKeys(command, batch), committedOnly: true, ct))
            {
                records[(string)_schema.Key.GetValueAsObject(record)!] = record;
            }
        }

        return [.. hits.Where(h => records.ContainsKey(h.Key)).Select(h => new VectorSearchResult<TRecord>(records[h.Key], h.Score))];
    }

    private string RequireFullText() => _schema.FtsTable ?? throw new InvalidOperationException(
        $"Collection '{Name}' has no full-text indexed property; mark a string property with [VectorStoreData(IsFullTextIndexed = true)].");

    private static async ValueTask<ReadOnlyMemory<float>> ToVectorAsync<TInput>(TInput value, VectorPropertyModel property, CancellationToken ct) => value switch
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
