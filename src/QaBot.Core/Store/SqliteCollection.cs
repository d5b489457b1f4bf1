using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.VectorData;

namespace QaBot.Core.Store;

/// <summary>
/// A collection of records in the QaBot SQLite store (see <see cref="CollectionSchema"/> for the layout): upsert, get,
/// delete, exact cosine vector search over an in-memory index, BM25 keyword search and hybrid search fused by
/// reciprocal rank. String keys; one vector property (optional). The table is created on the first upsert (or by
/// <see cref="EnsureCollectionExistsAsync"/>); reading a collection that does not exist yet returns nothing.
/// Every write runs in a transaction, or joins the one of <see cref="SqliteVectorStore.RunInTransactionAsync"/>.
/// </summary>
public sealed partial class SqliteCollection<TRecord> : VectorStoreCollection<string, TRecord>, IKeywordHybridSearchable<TRecord>, IKeywordSearchable<TRecord>
    where TRecord : class
{
    private const int KeysPerStatement = 500;

    private readonly SqliteVectorStore _store;
    private readonly SqliteDatabase _db;
    private readonly CollectionSchema _schema;
    private readonly VectorIndexCache _index;
    private readonly FullTextTermCounts _termCounts;

    /// <summary>Opens collection <paramref name="name"/> of <paramref name="store"/>, modelled from <typeparamref name="TRecord"/>'s attributes or <paramref name="definition"/>.</summary>
    public SqliteCollection(SqliteVectorStore store, string name, VectorStoreCollectionDefinition? definition = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        SqliteVectorStore.ValidateCollectionName(name);
        _store = store;
        _db = store.Database;
        _schema = new CollectionSchema(name, new SqliteModelBuilder().Build(typeof(TRecord), typeof(string), definition, defaultEmbeddingGenerator: null));
        _index = store.IndexFor(name);
        _termCounts = new FullTextTermCounts(_schema.Table, _schema.FtsTable ?? _schema.Table);
        Name = name;
    }

    /// <inheritdoc/>
    public override string Name { get; }

    /// <summary>How vector searches scan now (Store:VectorSearch, Auto resolved by size); null until the first search loads the index.</summary>
    public VectorSearchMode? ActiveVectorSearch => _index.Mode;

    /// <summary>Vector size of this collection (0 when the record has no vector property).</summary>
    public int Dimensions => _schema.Dimensions;

    /// <inheritdoc/>
    public override Task<bool> CollectionExistsAsync(CancellationToken cancellationToken = default) =>
        _store.CollectionExistsAsync(Name, cancellationToken);

    /// <inheritdoc/>
    public override Task EnsureCollectionExistsAsync(CancellationToken cancellationToken = default) =>
        _db.WriteAsync(EnsureCreated, cancellationToken);

    /// <inheritdoc/>
    public override Task EnsureCollectionDeletedAsync(CancellationToken cancellationToken = default) =>
        _store.EnsureCollectionDeletedAsync(Name, cancellationToken);

    /// <inheritdoc/>
    public override Task UpsertAsync(TRecord record, CancellationToken cancellationToken = default) =>
        UpsertAsync([record], cancellationToken);

    /// <summary>Inserts or replaces <paramref name="records"/> in one transaction (all or nothing).</summary>
    public override async Task UpsertAsync(IEnumerable<TRecord> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        var list = records.ToList();
        if (list.Count == 0)
        {
            return;
        }

        await _db.WriteAsync(
            s =>
            {
                EnsureCreated(s);
                using var command = s.Command(_schema.UpsertSql());
                for (var i = 0; i < _schema.ParameterCount; i++)
                {
                    command.Parameters.Add(new SqliteParameter("$p" + i, null));
                }

                var changes = new List<(string Key, float[]? Vector)>(list.Count);
                foreach (var record in list)
                {
                    ArgumentNullException.ThrowIfNull(record, nameof(records));
                    changes.Add(_schema.Bind(command, record));
                    command.ExecuteNonQuery();
                }

                return (0, AfterCommit(s, changes));
            },
            cancellationToken);
    }

    /// <inheritdoc/>
    public override async Task<TRecord?> GetAsync(string key, RecordRetrievalOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        var found = await GetManyAsync([key], options?.IncludeVectors ?? false, cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    /// <inheritdoc/>
    public override async IAsyncEnumerable<TRecord> GetAsync(
        IEnumerable<string> keys, RecordRetrievalOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var record in await GetManyAsync(keys, options?.IncludeVectors ?? false, cancellationToken))
        {
            yield return record;
        }
    }

    /// <summary>Records matching <paramref name="filter"/>, in insertion order unless <c>options.OrderBy</c> says otherwise.</summary>
    public override async IAsyncEnumerable<TRecord> GetAsync(
        Expression<Func<TRecord, bool>> filter, int top, FilteredRecordRetrievalOptions<TRecord>? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(top);
        options ??= new();
        var (where, values) = SqlFilterTranslator.Translate(filter, _schema.Model, "t");
        var orderBy = $"t.{CollectionSchema.RowId}";
        if (options.OrderBy is { } order)
        {
            var sorts = order(new FilteredRecordRetrievalOptions<TRecord>.OrderByDefinition()).Values;
            if (sorts.Count > 0)
            {
                orderBy = string.Join(", ", sorts.Select(sort =>
                    $"t.{CollectionSchema.Quote(_schema.Model.GetDataOrKeyProperty(sort.PropertySelector).StorageName)} {(sort.Ascending ? "ASC" : "DESC")}"));
            }
        }

        var sql = $"SELECT {_schema.SelectColumns("t", options.IncludeVectors)} FROM {_schema.Table} AS t WHERE {where} " +
            $"ORDER BY {orderBy} LIMIT {top} OFFSET {options.Skip}";
        var records = await ReadRecordsAsync(sql, command => SqlFilterTranslator.Bind(command, values), committedOnly: false, cancellationToken);
        foreach (var record in records)
        {
            yield return record;
        }
    }

    /// <inheritdoc/>
    public override Task DeleteAsync(string key, CancellationToken cancellationToken = default) =>
        DeleteAsync([key], cancellationToken);

    /// <summary>Deletes the records with these keys (missing keys are ignored) in one transaction.</summary>
    public override async Task DeleteAsync(IEnumerable<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var list = keys.Distinct(StringComparer.Ordinal).ToList();
        if (list.Count == 0)
        {
            return;
        }

        await _db.WriteAsync(
            s =>
            {
                if (!SqliteVectorStore.CollectionExists(s, Name))
                {
                    return (0, null);
                }

                foreach (var batch in list.Chunk(KeysPerStatement))
                {
                    using var command = s.Command($"DELETE FROM {_schema.Table} WHERE {_schema.KeyColumn} IN ({KeyParameters(batch.Length)})");
                    BindKeys(command, batch);
                    command.ExecuteNonQuery();
                }

                return (0, AfterCommit(s, [.. list.Select(k => (k, (float[]?)null))]));
            },
            cancellationToken);
    }

    /// <summary>Deletes every record matching <paramref name="filter"/> (e.g. all chunks of an article); returns how many.</summary>
    public Task<int> DeleteWhereAsync(Expression<Func<TRecord, bool>> filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var (where, values) = SqlFilterTranslator.Translate(filter, _schema.Model, "t");
        return _db.WriteAsync(
            s =>
            {
                if (!SqliteVectorStore.CollectionExists(s, Name))
                {
                    return (0, (Action?)null);
                }

                using var command = s.Command($"DELETE FROM {_schema.Table} AS t WHERE {where} RETURNING {_schema.KeyColumn}");
                SqlFilterTranslator.Bind(command, values);
                var deleted = new List<(string Key, float[]? Vector)>();
                using (var reader = command.ExecuteReader())
                {
                    while (reader.Read())
                    {
                        deleted.Add((reader.GetString(0), null));
                    }
                }

                return (deleted.Count, deleted.Count == 0 ? null : AfterCommit(s, deleted));
            },
            cancellationToken);
    }

    /// <inheritdoc/>
    public override object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is not null ? null
            : serviceType == typeof(VectorStoreCollectionMetadata)
                ? new VectorStoreCollectionMetadata { VectorStoreSystemName = "sqlite", VectorStoreName = _store.Path, CollectionName = Name }
            : serviceType.IsInstanceOfType(this) ? this
            : null;
    }

    /// <summary>Creates the tables on first use (or upgrades them); refuses a collection whose stored vector size differs from the model's.</summary>
    private void EnsureCreated(DbSession s)
    {
        using var query = s.Command("SELECT dimensions FROM collections WHERE name = $name");
        query.Parameters.AddWithValue("$name", Name);
        if (query.ExecuteScalar() is long stored)
        {
            if (stored != _schema.Dimensions)
            {
                throw new StoreException(
                    $"collection '{Name}' in the store {_store.Path} holds {stored}-d vectors, but the configured embedding model " +
                    $"gives {_schema.Dimensions}-d. Re-embed it with `qabot ingest --reembed` or point Store:Path to a new file.");
            }

            if (!_upToDate)
            {
                Upgrade(s);
            }

            return;
        }

        s.Execute(_schema.CreateSql());
        using var insert = s.Command("INSERT INTO collections(name, dimensions, version) VALUES ($name, $dimensions, $version)");
        insert.Parameters.AddWithValue("$name", Name);
        insert.Parameters.AddWithValue("$dimensions", _schema.Dimensions);
        // A random start keeps a re-created collection from reusing the versions an old in-memory index has seen.
        insert.Parameters.AddWithValue("$version", Random.Shared.NextInt64(1L << 40, 1L << 52));
        insert.ExecuteNonQuery();
    }

    /// <summary>Bumps the collection version in the same transaction; after commit the in-memory index is patched.</summary>
    private Action AfterCommit(DbSession s, IReadOnlyList<(string Key, float[]? Vector)> changes)
    {
        using var command = s.Command("UPDATE collections SET version = version + 1 WHERE name = $name RETURNING version");
        command.Parameters.AddWithValue("$name", Name);
        var version = (long)command.ExecuteScalar()!;
        return () => _index.Apply(version, changes);
    }

    private async Task<List<TRecord>> GetManyAsync(IEnumerable<string> keys, bool includeVectors, CancellationToken ct)
    {
        var result = new List<TRecord>();
        foreach (var batch in keys.Distinct(StringComparer.Ordinal).Chunk(KeysPerStatement))
        {
            var sql = $"SELECT {_schema.SelectColumns("t", includeVectors)} FROM {_schema.Table} AS t WHERE t.{_schema.KeyColumn} IN ({KeyParameters(batch.Length)})";
            result.AddRange(await ReadRecordsAsync(sql, command => BindKeys(command, batch), committedOnly: false, ct));
        }

        return result;
    }

    private async Task<List<TRecord>> ReadRecordsAsync(string sql, Action<SqliteCommand> bind, bool committedOnly, CancellationToken ct)
    {
        await UpgradeOnceAsync(ct);
        return await _db.ReadAsync(
            s =>
            {
                var records = new List<TRecord>();
                try
                {
                    using var command = s.Command(sql);
                    bind(command);
                    using var reader = command.ExecuteReader();
                    while (reader.Read())
                    {
                        records.Add(_schema.Read<TRecord>(reader));
                    }
                }
                catch (SqliteException ex) when (IsMissingTable(ex))
                {
                    // The collection has not been created yet: nothing to read.
                }

                return records;
            },
            ct,
            committedOnly);
    }

    private static bool IsMissingTable(SqliteException ex) =>
        ex.SqliteErrorCode == 1 && ex.Message.Contains("no such table", StringComparison.Ordinal);

    private static string KeyParameters(int count) => string.Join(", ", Enumerable.Range(0, count).Select(i => "$k" + i));

    private static void BindKeys(SqliteCommand command, string[] keys)
    {
        for (var i = 0; i < keys.Length; i++)
        {
            command.Parameters.AddWithValue("$k" + i, keys[i]);
        }
    }
}
