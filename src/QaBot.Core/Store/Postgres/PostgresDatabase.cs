using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Npgsql;
using Pgvector.Npgsql;
using Polly;
using Polly.Retry;

namespace QaBot.Core.Store;

/// <summary>
/// The PostgreSQL database behind a <see cref="PostgresVectorStore"/>: one <see cref="NpgsqlDataSource"/> (pgvector
/// types registered), the schema created and migrated on first use, and transactions. A transaction started by
/// <see cref="RunInTransactionAsync"/> is ambient: every operation in the same async flow runs on its connection (so
/// a pool of one connection, as PGlite needs, never waits on itself).
/// </summary>
internal sealed class PostgresDatabase : IDisposable
{
    /// <summary>The PostgreSQL schema that holds every QaBot table.</summary>
    public const string Schema = "qabot";

    private readonly NpgsqlDataSource _dataSource;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _initLock = new(1, 1);
    private readonly AsyncLocal<Scope?> _ambient = new();
    private volatile bool _initialized;

    public PostgresDatabase(string connectionString, ILogger logger)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        DisplayName = $"PostgreSQL at {builder.Host}:{builder.Port}/{builder.Database ?? builder.Username ?? "postgres"}";
        var sourceBuilder = new NpgsqlDataSourceBuilder(connectionString);
        sourceBuilder.UseVector();
        _dataSource = sourceBuilder.Build();
        _logger = logger;
    }

    public NpgsqlDataSource DataSource => _dataSource;

    /// <summary>"PostgreSQL at host:port/database", for messages.</summary>
    public string DisplayName { get; }

    /// <summary>The server has the pgvector extension (known after the first operation).</summary>
    public bool HasVector { get; private set; }

    /// <summary>The server takes binary COPY (every PostgreSQL does; PGlite's socket server hangs on it).</summary>
    public bool SupportsBinaryCopy { get; private set; }

    /// <summary>Runs <paramref name="work"/> on a connection: the ambient transaction's, or a pooled one in autocommit.</summary>
    public async Task<T> RunAsync<T>(Func<NpgsqlConnection, Task<T>> work, CancellationToken ct)
    {
        await EnsureInitializedAsync(ct);
        if (_ambient.Value is { } scope)
        {
            return await Translate(() => scope.RunAsync(work, ct));
        }

        await using var connection = await OpenAsync(ct);
        return await Translate(() => work(connection));
    }

    /// <summary>Runs <paramref name="work"/> in a transaction: the ambient one, or its own.</summary>
    public async Task<T> WriteAsync<T>(Func<NpgsqlConnection, Task<T>> work, CancellationToken ct)
    {
        await EnsureInitializedAsync(ct);
        if (_ambient.Value is { } scope)
        {
            return await Translate(() => scope.RunAsync(work, ct));
        }

        await using var connection = await OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var result = await Translate(() => work(connection));
        await Translate(async () => { await transaction.CommitAsync(ct); return 0; });
        return result;
    }

    /// <summary>See <see cref="QaBotVectorStore.RunInTransactionAsync"/>. Nested calls join the outer transaction.</summary>
    public async Task RunInTransactionAsync(Func<CancellationToken, Task> work, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (_ambient.Value is not null)
        {
            await work(ct);
            return;
        }

        await EnsureInitializedAsync(ct);
        await using var connection = await OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        using var scope = new Scope(connection);
        _ambient.Value = scope;
        try
        {
            await work(ct);
            await Translate(async () => { await transaction.CommitAsync(ct); return 0; });
        }
        catch
        {
            try
            {
                await transaction.RollbackAsync(CancellationToken.None);
            }
            catch (Exception rollback) when (rollback is NpgsqlException or InvalidOperationException)
            {
                // The original failure matters more (the connection may be gone, or the commit itself failed).
            }

            throw;
        }
        finally
        {
            _ambient.Value = null;
        }
    }

    public void Dispose()
    {
        _dataSource.Dispose();
        _initLock.Dispose();
    }

    /// <summary>
    /// Opening a connection is retried on a transient failure (a server restarting, or one that takes a single
    /// connection at a time and has not yet let the last one go, as PGlite's socket server does): 3 more tries, 0.1–0.4 s apart.
    /// </summary>
    private static readonly ResiliencePipeline OpenRetry = new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            MaxRetryAttempts = 3,
            Delay = TimeSpan.FromMilliseconds(100),
            BackoffType = DelayBackoffType.Exponential,
            ShouldHandle = new PredicateBuilder().Handle<NpgsqlException>(e => e.IsTransient).Handle<SocketException>(),
        })
        .Build();

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken ct)
    {
        try
        {
            return await OpenRetry.ExecuteAsync(async token => await _dataSource.OpenConnectionAsync(token), ct);
        }
        catch (Exception ex) when (ex is NpgsqlException or SocketException or TimeoutException)
        {
            throw Explain(ex);
        }
    }

    private async Task EnsureInitializedAsync(CancellationToken ct)
    {
        if (_initialized)
        {
            return;
        }

        await _initLock.WaitAsync(ct);
        try
        {
            if (_initialized)
            {
                return;
            }

            bool createdVector;
            await using (var connection = await OpenAsync(ct))
            {
                createdVector = await Translate(() => PostgresSchema.MigrateAsync(connection, _logger, DisplayName, ct));
                HasVector = await Translate(() => PostgresSchema.HasVectorAsync(connection, ct));
                SupportsBinaryCopy = !(await Translate(() => PostgresSchema.ServerVersionAsync(connection, ct)))
                    .Contains("PGlite", StringComparison.OrdinalIgnoreCase);
            }

            if (createdVector)
            {
                // The connections opened before CREATE EXTENSION do not know the vector type yet.
                await _dataSource.ReloadTypesAsync(ct);
            }

            _initialized = true;
        }
        finally
        {
            _initLock.Release();
        }
    }

    private async Task<T> Translate<T>(Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (Exception ex) when (ex is NpgsqlException or SocketException)
        {
            throw Explain(ex);
        }
    }

    /// <summary>Turns the errors a user can fix (server down, wrong password, missing database) into one-line advice.</summary>
    internal Exception Explain(Exception ex) => ex switch
    {
        PostgresException { SqlState: "28P01" or "28000" } pg => new StoreException(
            $"{DisplayName} refused the login ({pg.MessageText}). Fix Username/Password in Store:ConnectionString.", ex),
        PostgresException { SqlState: "3D000" } pg => new StoreException(
            $"{DisplayName}: {pg.MessageText}. Create it (createdb) or fix Database in Store:ConnectionString.", ex),
        PostgresException { SqlState: "42501" } pg => new StoreException(
            $"{DisplayName}: {pg.MessageText}. Grant the user CREATE on the database (QaBot keeps its tables in schema " +
            $"'{Schema}') or connect as its owner.", ex),
        PostgresException => ex,
        NpgsqlException { InnerException: SocketException or IOException or TimeoutException } or SocketException or TimeoutException
            or NpgsqlException { IsTransient: true } => new StoreException(
            $"cannot reach {DisplayName} ({(ex.InnerException ?? ex).Message}). Start the server, or fix Host/Port in " +
            "Store:ConnectionString (or set Store:Provider to Sqlite).", ex),
        _ => ex,
    };

    /// <summary>The ambient transaction's connection; Npgsql connections take one command at a time.</summary>
    private sealed class Scope(NpgsqlConnection connection) : IDisposable
    {
        private readonly SemaphoreSlim _gate = new(1, 1);

        public async Task<T> RunAsync<T>(Func<NpgsqlConnection, Task<T>> work, CancellationToken ct)
        {
            await _gate.WaitAsync(ct);
            try
            {
                return await work(connection);
            }
            finally
            {
                _gate.Release();
            }
        }

        public void Dispose() => _gate.Dispose();
    }
}
