using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.VectorData;
using Npgsql;

namespace QaBot.Core.Store;

/// <summary>
/// QaBot's store in PostgreSQL (Store:Provider = Postgres): every collection, the article catalog and the embedding
/// stamp in schema <c>qabot</c> of the database at Store:ConnectionString, vectors in pgvector columns with HNSW
/// indexes, full text in generated tsvector columns. Several QaBot processes can share it. Thread-safe; register as a
/// singleton.
/// </summary>
public sealed class PostgresVectorStore : QaBotVectorStore
{
    private const string StampModelKey = "embedding_model";
    private const string StampDimensionsKey = "embedding_dimensions";

    /// <summary>Opens the store configured in the <c>Store</c> section.</summary>
    public PostgresVectorStore(IOptions<StoreOptions> options, ILogger<PostgresVectorStore>? logger = null)
        : this(options.Value, logger)
    {
    }

    /// <summary>Opens the database at <c>options.ConnectionString</c> (nothing is sent before the first use).</summary>
    public PostgresVectorStore(StoreOptions options, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        Database = new PostgresDatabase(options.ConnectionString, logger ?? NullLogger.Instance);
        Articles = new PostgresArticleCatalog(Database);
    }

    /// <inheritdoc/>
    public override string Location => Database.DisplayName;

    /// <inheritdoc/>
    public override ArticleCatalog Articles { get; }

    internal PostgresDatabase Database { get; }

    /// <summary>The connection pool (pgvector types registered), for other QaBot tables in the same database (the bot's state).</summary>
    public Npgsql.NpgsqlDataSource DataSource => Database.DataSource;

    internal StoreOptions Options { get; }

    /// <inheritdoc/>
    /// <exception cref="NotSupportedException"><typeparamref name="TKey"/> is not <see cref="string"/>.</exception>
    public override VectorStoreCollection<TKey, TRecord> GetCollection<TKey, TRecord>(string name, VectorStoreCollectionDefinition? definition = null)
    {
        if (typeof(TKey) != typeof(string))
        {
            throw new NotSupportedException(
                $"The QaBot PostgreSQL store supports string keys only; GetCollection was called with {typeof(TKey).Name}.");
        }

        return (VectorStoreCollection<TKey, TRecord>)(object)new PostgresCollection<TRecord>(this, name, definition);
    }

    /// <inheritdoc/>
    public override PostgresCollection<ChunkRecord> GetChunkCollection(int dimensions, string name = "chunks") =>
        new(this, name, ChunkRecord.CreateDefinition(dimensions));

    /// <summary>Not supported: QaBot uses typed records (<see cref="GetCollection{TKey,TRecord}"/>).</summary>
    public override VectorStoreCollection<object, Dictionary<string, object?>> GetDynamicCollection(string name, VectorStoreCollectionDefinition definition) =>
        throw new NotSupportedException("The QaBot PostgreSQL store does not offer dynamic (dictionary) collections; use GetCollection<string, TRecord>.");

    /// <inheritdoc/>
    public override async IAsyncEnumerable<string> ListCollectionNamesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var names = await Database.RunAsync(
            async c =>
            {
                await using var command = new NpgsqlCommand("SELECT name FROM qabot.collections ORDER BY name", c);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                var list = new List<string>();
                while (await reader.ReadAsync(cancellationToken))
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
        Database.RunAsync(async c => await PostgresCollectionState.ReadAsync(c, name, cancellationToken) is not null, cancellationToken);

    /// <inheritdoc/>
    public override Task EnsureCollectionDeletedAsync(string name, CancellationToken cancellationToken = default)
    {
        SqliteVectorStore.ValidateCollectionName(name);
        return Database.WriteAsync(
            async c =>
            {
                await using var command = new NpgsqlCommand(
                    $"DROP TABLE IF EXISTS {PostgresDatabase.Schema}.{PostgresCollectionSchema.Quote("coll_" + name)}; " +
                    "DELETE FROM qabot.collections WHERE name = @name",
                    c);
                command.Parameters.AddWithValue("name", name);
                await command.ExecuteNonQueryAsync(cancellationToken);
                return 0;
            },
            cancellationToken);
    }

    /// <inheritdoc/>
    public override Task RunInTransactionAsync(Func<CancellationToken, Task> work, CancellationToken cancellationToken = default) =>
        Database.RunInTransactionAsync(work, cancellationToken);

    /// <inheritdoc/>
    public override Task<EmbeddingStamp?> GetEmbeddingStampAsync(CancellationToken cancellationToken = default) =>
        Database.RunAsync(
            async c =>
            {
                await using var command = new NpgsqlCommand("SELECT key, value FROM qabot.meta WHERE key = ANY(@keys)", c);
                command.Parameters.AddWithValue("keys", new[] { StampModelKey, StampDimensionsKey });
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                var values = new Dictionary<string, string>(StringComparer.Ordinal);
                while (await reader.ReadAsync(cancellationToken))
                {
                    values[reader.GetString(0)] = reader.GetString(1);
                }

                return values.TryGetValue(StampModelKey, out var model)
                    && int.TryParse(values.GetValueOrDefault(StampDimensionsKey), CultureInfo.InvariantCulture, out var d)
                    ? new EmbeddingStamp(model, d)
                    : null;
            },
            cancellationToken);

    /// <inheritdoc/>
    public override Task SetEmbeddingStampAsync(EmbeddingStamp stamp, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stamp);
        return Database.WriteAsync(
            async c =>
            {
                await using var command = new NpgsqlCommand(
                    "INSERT INTO qabot.meta(key, value) VALUES (@k1, @v1), (@k2, @v2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    c);
                command.Parameters.AddWithValue("k1", StampModelKey);
                command.Parameters.AddWithValue("v1", stamp.ModelId);
                command.Parameters.AddWithValue("k2", StampDimensionsKey);
                command.Parameters.AddWithValue("v2", stamp.Dimensions.ToString(CultureInfo.InvariantCulture));
                await command.ExecuteNonQueryAsync(cancellationToken);
                return 0;
            },
            cancellationToken);
    }

    /// <summary>
    /// Takes the session-level advisory lock <paramref name="name"/> on a connection of its own, kept open while the
    /// result is held (disposing it, or the process dying, releases it); null when another session holds it.
    /// Disposing unlocks before it closes the connection: the server ends a closed session after the client has moved
    /// on, so a lock left to the disconnect could still refuse the next taker for a moment.
    /// Not for PGlite, which serves one connection at a time.
    /// </summary>
    public async Task<IAsyncDisposable?> TryLockAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var builder = new NpgsqlConnectionStringBuilder(Options.ConnectionString) { Pooling = false };
        var connection = new NpgsqlConnection(builder.ToString());
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(hashtextextended(@name, 0))", connection);
            command.Parameters.AddWithValue("name", "qabot." + name);
            if (await command.ExecuteScalarAsync(cancellationToken) is true)
            {
                return new AdvisoryLock(connection, "qabot." + name);
            }
        }
        catch (Exception ex) when (ex is NpgsqlException or System.Net.Sockets.SocketException)
        {
            await connection.DisposeAsync();
            throw Database.Explain(ex);
        }

        await connection.DisposeAsync();
        return null;
    }

    /// <inheritdoc/>
    public override Task<string?> GetMetaAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        return Database.RunAsync(
            async c =>
            {
                await using var command = new NpgsqlCommand("SELECT value FROM qabot.meta WHERE key = @key", c);
                command.Parameters.AddWithValue("key", key);
                return await command.ExecuteScalarAsync(cancellationToken) as string;
            },
            cancellationToken);
    }

    /// <inheritdoc/>
    public override Task SetMetaAsync(string key, string value, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(value);
        return Database.WriteAsync(
            async c =>
            {
                await using var command = new NpgsqlCommand(
                    "INSERT INTO qabot.meta(key, value) VALUES (@key, @value) ON CONFLICT (key) DO UPDATE SET value = excluded.value", c);
                command.Parameters.AddWithValue("key", key);
                command.Parameters.AddWithValue("value", value);
                return await command.ExecuteNonQueryAsync(cancellationToken);
            },
            cancellationToken);
    }

    /// <inheritdoc/>
    public override Task DeleteMetaAsync(string keyPrefix, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(keyPrefix);
        return Database.WriteAsync(
            async c =>
            {
                await using var command = new NpgsqlCommand("DELETE FROM qabot.meta WHERE left(key, length(@prefix)) = @prefix", c);
                command.Parameters.AddWithValue("prefix", keyPrefix);
                return await command.ExecuteNonQueryAsync(cancellationToken);
            },
            cancellationToken);
    }

    /// <inheritdoc/>
    public override object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is not null ? null
            : serviceType == typeof(VectorStoreMetadata) ? new VectorStoreMetadata { VectorStoreSystemName = "postgresql", VectorStoreName = Location }
            : serviceType.IsInstanceOfType(this) ? this
            : null;
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Database.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>A session-level advisory lock held on its own connection; disposing unlocks it, then closes.</summary>
    private sealed class AdvisoryLock(NpgsqlConnection connection, string name) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(hashtextextended(@name, 0))", connection);
                command.Parameters.AddWithValue("name", name);
                await command.ExecuteScalarAsync();
            }
            catch (Exception ex) when (ex is NpgsqlException or System.Net.Sockets.SocketException or InvalidOperationException)
            {
                // The connection is already gone, and the lock with it.
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }
    }
}
