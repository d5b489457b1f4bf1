using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.VectorData;
using Npgsql;

namespace QaBot.Core.Store;

/// <summary>
/// A collection of records in the QaBot PostgreSQL store (see <see cref="PostgresCollectionSchema"/> for the layout):
/// upsert (multi-row INSERT, or binary COPY for large batches on servers that take it), get, delete, vector search on
/// the HNSW index, BM25 keyword search over the tsvector column, and hybrid search fused by reciprocal rank — the same
/// contract as <see cref="SqliteCollection{TRecord}"/>. The table is created (or given new columns) on first use.
/// Every write bumps the collection's version, which keeps each process's caches in step.
/// </summary>
public sealed partial class PostgresCollection<TRecord> : VectorStoreCollection<string, TRecord>, IKeywordHybridSearchable<TRecord>, IKeywordSearchable<TRecord>
    where TRecord : class
{
    /// <summary>Batches of at least this many records go through binary COPY where the server supports it.</summary>
    public const int CopyFromRows = 256;

    private const int MaxParameters = 30_000;

    private readonly PostgresVectorStore _store;
    private readonly PostgresDatabase _db;
    private readonly PostgresCollectionSchema _schema;
    private readonly SemaphoreSlim _readyLock = new(1, 1);
    private PostgresCollectionState? _ready;

    /// <summary>Opens collection <paramref name="name"/> of <paramref name="store"/>, modelled from <typeparamref name="TRecord"/>'s attributes or <paramref name="definition"/>.</summary>
    public PostgresCollection(PostgresVectorStore store, string name, VectorStoreCollectionDefinition? definition = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        SqliteVectorStore.ValidateCollectionName(name);
        _store = store;
        _db = store.Database;
        _schema = new PostgresCollectionSchema(name, new SqliteModelBuilder().Build(typeof(TRecord), typeof(string), definition, defaultEmbeddingGenerator: null));
        _memoryIndex = new VectorIndexCache(store.Options);
        Name = name;
    }

    /// <inheritdoc/>
    public override string Name { get; }

    /// <summary>Vector size of this collection (0 when the record has no vector property).</summary>
    public int Dimensions => _schema.Dimensions;

    /// <summary>True when vectors live in a pgvector column with an HNSW index; false when searched in memory (known after first use).</summary>
    public bool UsesPgvector => _ready?.Pgvector ?? _db.HasVector;

    /// <inheritdoc/>
    public override Task<bool> CollectionExistsAsync(CancellationToken cancellationToken = default) =>
        _store.CollectionExistsAsync(Name, cancellationToken);

    /// <inheritdoc/>
    public override Task EnsureCollectionExistsAsync(CancellationToken cancellationToken = default) =>
        ReadyAsync(create: true, cancellationToken);

    /// <inheritdoc/>
    public override async Task EnsureCollectionDeletedAsync(CancellationToken cancellationToken = default)
    {
        await _store.EnsureCollectionDeletedAsync(Name, cancellationToken);
        _ready = null;
    }

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

        await ReadyAsync(create: true, cancellationToken);
        var pgvector = _ready!.Pgvector;
        // One row per key, the last one winning (as record-by-record upserts would): one INSERT cannot touch a row twice.
        var byKey = new Dictionary<string, object?[]>(StringComparer.Ordinal);
        foreach (var record in list)
        {
            ArgumentNullException.ThrowIfNull(record, nameof(records));
            var (key, values) = _schema.Values(record, pgvector);
            byKey[key] = values;
        }

        var rows = byKey.Values.ToList();
        await _db.WriteAsync(
            async c =>
            {
                if (rows.Count >= CopyFromRows && _db.SupportsBinaryCopy)
                {
                    await PostgresBulkWriter.CopyAsync(c, _schema, rows, pgvector, cancellationToken);
                }
                else
                {
                    var perStatement = Math.Max(1, Math.Min(1000, MaxParameters / _schema.Columns.Count));
                    foreach (var batch in rows.Chunk(perStatement))
                    {
                        await PostgresBulkWriter.InsertAsync(c, _schema, batch, cancellationToken);
                    }
                }

                await PostgresCollectionState.BumpAsync(c, Name, cancellationToken);
                return 0;
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

    /// <summary>Records matching <paramref name="filter"/>, in key order unless <c>options.OrderBy</c> says otherwise.</summary>
    public override async IAsyncEnumerable<TRecord> GetAsync(
        Expression<Func<TRecord, bool>> filter, int top, FilteredRecordRetrievalOptions<TRecord>? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(top);
        options ??= new();
        var (where, values) = SqlFilterTranslator.TranslatePostgres(filter, _schema.Model, "t");
        var orderBy = $"t.{_schema.KeyColumn}";
        if (options.OrderBy is { } order)
        {
            var sorts = order(new FilteredRecordRetrievalOptions<TRecord>.OrderByDefinition()).Values;
            if (sorts.Count > 0)
            {
                orderBy = string.Join(", ", sorts.Select(sort =>
                    $"t.{PostgresCollectionSchema.Quote(_schema.Model.GetDataOrKeyProperty(sort.PropertySelector).StorageName)} {(sort.Ascending ? "ASC" : "DESC")}"));
            }
        }

        var sql = $"SELECT {_schema.SelectColumns("t", options.IncludeVectors)} FROM {_schema.Table} AS t WHERE {where} " +
            $"ORDER BY {orderBy} LIMIT {top} OFFSET {options.Skip}";
        foreach (var record in await ReadRecordsAsync(sql, command => SqlFilterTranslator.Bind(command, values), cancellationToken))
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
        var list = keys.Distinct(StringComparer.Ordinal).ToArray();
        if (list.Length > 0 && await ReadyAsync(create: false, cancellationToken))
        {
            await DeleteAsync($"{_schema.KeyColumn} = ANY(@keys)", command => command.Parameters.AddWithValue("keys", list), cancellationToken);
        }
    }

    /// <summary>Deletes every record matching <paramref name="filter"/> (e.g. all chunks of an article); returns how many.</summary>
    public async Task<int> DeleteWhereAsync(Expression<Func<TRecord, bool>> filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (!await ReadyAsync(create: false, cancellationToken))
        {
            return 0;
        }

        var (where, values) = SqlFilterTranslator.TranslatePostgres(filter, _schema.Model, "t");
        return await DeleteAsync(where, command => SqlFilterTranslator.Bind(command, values), cancellationToken);
    }

    /// <inheritdoc/>
    public override object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is not null ? null
            : serviceType == typeof(VectorStoreCollectionMetadata)
                ? new VectorStoreCollectionMetadata { VectorStoreSystemName = "postgresql", VectorStoreName = _store.Location, CollectionName = Name }
            : serviceType.IsInstanceOfType(this) ? this
            : null;
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _readyLock.Dispose();
            _memoryIndex.Dispose();
        }

        base.Dispose(disposing);
    }

    private Task<int> DeleteAsync(string where, Action<NpgsqlCommand> bind, CancellationToken ct) => _db.WriteAsync(
        async c =>
        {
            await using var command = new NpgsqlCommand($"DELETE FROM {_schema.Table} AS t WHERE {where}", c);
            bind(command);
            var deleted = await command.ExecuteNonQueryAsync(ct);
            if (deleted > 0)
            {
                await PostgresCollectionState.BumpAsync(c, Name, ct);
            }

            return deleted;
        },
        ct);

    /// <summary>
    /// Makes sure the table exists with every column of the record model (creating it when <paramref name="create"/>);
    /// false when it does not exist and was not to be created. Runs its DDL once per process, under an advisory lock.
    /// </summary>
    private async Task<bool> ReadyAsync(bool create, CancellationToken ct)
    {
        if (_ready is not null)
        {
            return true;
        }

        await _readyLock.WaitAsync(ct);
        try
        {
            _ready ??= await _db.WriteAsync(c => PrepareTableAsync(c, create, ct), ct);
            return _ready is not null;
        }
        finally
        {
            _readyLock.Release();
        }
    }

    private async Task<PostgresCollectionState?> PrepareTableAsync(NpgsqlConnection c, bool create, CancellationToken ct)
    {
        await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtext('qabot.collection.' || @name))", c))
        {
            lockCommand.Parameters.AddWithValue("name", Name);
            await lockCommand.ExecuteNonQueryAsync(ct);
        }

        var state = await PostgresCollectionState.ReadAsync(c, Name, ct);
        if (state is null && !create)
        {
            return null;
        }

        if (state is not null && state.Dimensions != _schema.Dimensions)
        {
            if (await PostgresSchema.ScalarAsync(c, $"SELECT EXISTS (SELECT 1 FROM {_schema.Table})", ct) is true)
            {
                throw new StoreException(
                    $"collection '{Name}' in {_store.Location} holds {state.Dimensions}-d vectors, but the configured embedding " +
                    $"model gives {_schema.Dimensions}-d. Re-ingest with `qabot ingest --rebuild` or point Store:ConnectionString to another database.");
            }

            await PostgresSchema.ExecuteAsync(c, $"DROP TABLE IF EXISTS {_schema.Table}; DELETE FROM qabot.collections WHERE name = '{Name}'", ct);
            state = null;
        }

        var pgvector = state?.Pgvector ?? _db.HasVector;
        await PostgresSchema.ExecuteAsync(c, _schema.CreateSql(pgvector), ct);
        if (state is null)
        {
            await using var insert = new NpgsqlCommand(
                "INSERT INTO qabot.collections(name, dimensions, version) VALUES (@name, @dimensions, @version)", c);
            insert.Parameters.AddWithValue("name", Name);
            insert.Parameters.AddWithValue("dimensions", _schema.Dimensions);
            // A random start keeps a re-created collection from reusing the versions an old cache has seen.
            insert.Parameters.AddWithValue("version", Random.Shared.NextInt64(1L << 40, 1L << 52));
            await insert.ExecuteNonQueryAsync(ct);
            state = await PostgresCollectionState.ReadAsync(c, Name, ct);
        }

        return state;
    }

    private async Task<List<TRecord>> GetManyAsync(IEnumerable<string> keys, bool includeVectors, CancellationToken ct)
    {
        var list = keys.Distinct(StringComparer.Ordinal).ToArray();
        if (list.Length == 0)
        {
            return [];
        }

        var sql = $"SELECT {_schema.SelectColumns("t", includeVectors)} FROM {_schema.Table} AS t WHERE t.{_schema.KeyColumn} = ANY(@keys)";
        return await ReadRecordsAsync(sql, command => command.Parameters.AddWithValue("keys", list), ct);
    }

    private async Task<List<TRecord>> ReadRecordsAsync(string sql, Action<NpgsqlCommand> bind, CancellationToken ct)
    {
        if (!await ReadyAsync(create: false, ct))
        {
            return [];
        }

        return await _db.RunAsync(
            async c =>
            {
                await using var command = new NpgsqlCommand(sql, c);
                bind(command);
                await using var reader = await command.ExecuteReaderAsync(ct);
                var records = new List<TRecord>();
                while (await reader.ReadAsync(ct))
                {
                    records.Add(_schema.Read<TRecord>(reader));
                }

                return records;
            },
            ct);
    }
}
