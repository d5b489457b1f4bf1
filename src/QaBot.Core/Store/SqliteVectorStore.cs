using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.VectorData;

namespace QaBot.Core.Store;

/// <summary>
/// QaBot's embedded vector store: one SQLite file (WAL mode) holding every collection, its full-text index, the
/// article catalog and the embedding stamp. Implements Microsoft.Extensions.VectorData's <see cref="VectorStore"/>, so
/// callers written against the abstraction can switch to another connector. Thread-safe; register as a singleton.
/// </summary>
public sealed partial class SqliteVectorStore : QaBotVectorStore
{
    private const string StampModelKey = "embedding_model";
    private const string StampDimensionsKey = "embedding_dimensions";

    private readonly ConcurrentDictionary<string, VectorIndexCache> _indexes = new(StringComparer.Ordinal);

    private readonly StoreOptions _options;

    /// <summary>Opens (lazily, on first use) or creates the store at <paramref name="path"/>, with default search settings.</summary>
    public SqliteVectorStore(string path)
        : this(new StoreOptions { Path = path })
    {
    }

    /// <summary>Opens the store configured in the <c>Store</c> section.</summary>
    public SqliteVectorStore(IOptions<StoreOptions> options)
        : this(options.Value)
    {
    }

    /// <summary>Opens the store at <c>options.Path</c> with its vector and full-text search settings.</summary>
    public SqliteVectorStore(StoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        Database = new SqliteDatabase(options.Path);
        Articles = new SqliteArticleCatalog(this);
    }

    /// <summary>The file path as configured.</summary>
    public string Path => Database.DisplayPath;

    /// <inheritdoc/>
    public override string Location => Path;

    /// <inheritdoc/>
    public override ArticleCatalog Articles { get; }

    internal SqliteDatabase Database { get; }

    internal StoreOptions Options => _options;

    /// <inheritdoc/>
    /// <exception cref="NotSupportedException"><typeparamref name="TKey"/> is not <see cref="string"/>.</exception>
    public override VectorStoreCollection<TKey, TRecord> GetCollection<TKey, TRecord>(string name, VectorStoreCollectionDefinition? definition = null)
    {
        if (typeof(TKey) != typeof(string))
        {
            throw new NotSupportedException(
                $"The QaBot SQLite store supports string keys only; GetCollection was called with {typeof(TKey).Name}.");
        }

        return (VectorStoreCollection<TKey, TRecord>)(object)new SqliteCollection<TRecord>(this, name, definition);
    }

    /// <summary>The collection of chunks named <c>chunks</c>, with vectors of <paramref name="dimensions"/> floats.</summary>
    public override SqliteCollection<ChunkRecord> GetChunkCollection(int dimensions, string name = "chunks") =>
        new(this, name, ChunkRecord.CreateDefinition(dimensions));

    /// <summary>Not supported: QaBot uses typed records (<see cref="GetCollection{TKey,TRecord}"/>).</summary>
    public override VectorStoreCollection<object, Dictionary<string, object?>> GetDynamicCollection(string name, VectorStoreCollectionDefinition definition) =>
        throw new NotSupportedException("The QaBot SQLite store does not offer dynamic (dictionary) collections; use GetCollection<string, TRecord>.");

    /// <inheritdoc/>
    public override async IAsyncEnumerable<string> ListCollectionNamesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var names = await Database.ReadAsync(
            s =>
            {
                using var command = s.Command("SELECT name FROM collections ORDER BY name");
                using var reader = command.ExecuteReader();
                var list = new List<string>();
                while (reader.Read())
                {
                    list.Add(reader.GetString(0));
                }

                return list;
            },
            cancellationToken);
        foreach (var name in names)
        {
            yield return name;
        }
    }

    /// <inheritdoc/>
    public override Task<bool> CollectionExistsAsync(string name, CancellationToken cancellationToken = default) =>
        Database.ReadAsync(s => CollectionExists(s, name), cancellationToken);

    /// <inheritdoc/>
    public override Task EnsureCollectionDeletedAsync(string name, CancellationToken cancellationToken = default)
    {
        ValidateCollectionName(name);
        return Database.WriteAsync(
            s =>
            {
                s.Execute($"DROP TABLE IF EXISTS {CollectionSchema.Quote($"coll_{name}_fts")}; DROP TABLE IF EXISTS {CollectionSchema.Quote($"coll_{name}")};");
                using var command = s.Command("DELETE FROM collections WHERE name = $name");
                command.Parameters.AddWithValue("$name", name);
                command.ExecuteNonQuery();
                return (0, (Action?)(() => IndexFor(name).Reset()));
            },
            cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="work"/> in one SQLite transaction: every write made inside it by collections and the
    /// <see cref="ArticleCatalog"/> of this store (through awaited calls in the same async flow) joins it. If
    /// <paramref name="work"/> throws, everything rolls back and readers keep seeing the previous state; readers in
    /// other flows see the old state until the commit. Reads inside <paramref name="work"/> see its uncommitted writes,
    /// except vector/keyword/hybrid searches, which always see committed data. Nested calls join the outer transaction.
    /// Do not use a different <see cref="SqliteVectorStore"/> instance on the same file inside <paramref name="work"/>:
    /// its writes would wait for this transaction.
    /// </summary>
    public override Task RunInTransactionAsync(Func<CancellationToken, Task> work, CancellationToken cancellationToken = default) =>
        Database.RunInTransactionAsync(work, cancellationToken);

    /// <summary>The embedding model and dimension recorded in the store, or null if none was recorded yet.</summary>
    public override Task<EmbeddingStamp?> GetEmbeddingStampAsync(CancellationToken cancellationToken = default) =>
        Database.ReadAsync(
            s =>
            {
                var model = ReadMeta(s, StampModelKey);
                var dimensions = ReadMeta(s, StampDimensionsKey);
                return model is null || !int.TryParse(dimensions, CultureInfo.InvariantCulture, out var d) ? null : new EmbeddingStamp(model, d);
            },
            cancellationToken);

    /// <summary>Records which embedding model produced the store's vectors (joins the ambient transaction).</summary>
    public override Task SetEmbeddingStampAsync(EmbeddingStamp stamp, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stamp);
        return Database.WriteAsync(
            s =>
            {
                WriteMeta(s, StampModelKey, stamp.ModelId);
                WriteMeta(s, StampDimensionsKey, stamp.Dimensions.ToString(CultureInfo.InvariantCulture));
            },
            cancellationToken);
    }

    /// <inheritdoc/>
    public override Task<string?> GetMetaAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        return Database.ReadAsync(s => ReadMeta(s, key), cancellationToken);
    }

    /// <inheritdoc/>
    public override Task SetMetaAsync(string key, string value, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(value);
        return Database.WriteAsync(s => WriteMeta(s, key, value), cancellationToken);
    }

    /// <inheritdoc/>
    public override Task DeleteMetaAsync(string keyPrefix, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(keyPrefix);
        return Database.WriteAsync(
            s =>
            {
                using var command = s.Command("DELETE FROM meta WHERE substr(key, 1, length($prefix)) = $prefix");
                command.Parameters.AddWithValue("$prefix", keyPrefix);
                command.ExecuteNonQuery();
            },
            cancellationToken);
    }

    /// <inheritdoc/>
    public override object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is not null ? null
            : serviceType == typeof(VectorStoreMetadata) ? new VectorStoreMetadata { VectorStoreSystemName = "sqlite", VectorStoreName = Path }
            : serviceType.IsInstanceOfType(this) ? this
            : null;
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Database.Dispose();
            foreach (var index in _indexes.Values)
            {
                index.Dispose();
            }
        }

        base.Dispose(disposing);
    }

    /// <summary>The in-memory vector index of a collection, shared by every collection object of this store.</summary>
    internal VectorIndexCache IndexFor(string name) => _indexes.GetOrAdd(name, _ => new VectorIndexCache(_options));

    internal static void ValidateCollectionName(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!CollectionName().IsMatch(name))
        {
            throw new ArgumentException(
                $"Collection name '{name}' is not allowed: use 1-64 letters, digits or underscores, starting with a letter.", nameof(name));
        }
    }

    internal static bool CollectionExists(DbSession s, string name)
    {
        using var command = s.Command("SELECT 1 FROM collections WHERE name = $name");
        command.Parameters.AddWithValue("$name", name);
        return command.ExecuteScalar() is not null;
    }

    private static string? ReadMeta(DbSession s, string key)
    {
        using var command = s.Command("SELECT value FROM meta WHERE key = $key");
        command.Parameters.AddWithValue("$key", key);
        return command.ExecuteScalar() as string;
    }

    private static void WriteMeta(DbSession s, string key, string value)
    {
        using var command = s.Command("INSERT INTO meta(key, value) VALUES ($key, $value) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$value", value);
        command.ExecuteNonQuery();
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,63}$")]
    private static partial Regex CollectionName();
}
