using Microsoft.Data.Sqlite;

namespace QaBot.Core.Store;

/// <summary>One open statement context: a connection and, when writing, its transaction.</summary>
internal readonly record struct DbSession(SqliteConnection Connection, SqliteTransaction? Transaction)
{
    public SqliteCommand Command(string sql)
    {
        var command = Connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = Transaction;
        return command;
    }

    public int Execute(string sql)
    {
        using var command = Command(sql);
        return command.ExecuteNonQuery();
    }
}

/// <summary>
/// The SQLite file behind a <see cref="SqliteVectorStore"/>: opening (with helpful errors), the shared schema, and
/// transactions. Connections are per operation from Microsoft.Data.Sqlite's pool, so readers never wait for one
/// another; in WAL mode they also never wait for the writer. Writers are serialised by one lock per store (SQLite
/// allows one writer at a time anyway); a transaction started by <see cref="RunInTransactionAsync"/> is ambient
/// (flows with the async call) and every write made inside it joins it.
/// </summary>
internal sealed class SqliteDatabase : IDisposable
{
    public const int SchemaVersion = 1;

    private readonly string _connectionString;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly SemaphoreSlim _initLock = new(1, 1);
    private readonly AsyncLocal<WriteScope?> _ambient = new();
    private volatile bool _initialized;

    public SqliteDatabase(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        DisplayPath = path;
        FullPath = System.IO.Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    /// <summary>The path as configured (used in messages).</summary>
    public string DisplayPath { get; }

    public string FullPath { get; }

    /// <summary>Runs a read. Inside an ambient transaction it sees that transaction's uncommitted writes.</summary>
    public async Task<T> ReadAsync<T>(Func<DbSession, T> read, CancellationToken ct, bool committedOnly = false)
    {
        await EnsureInitializedAsync(ct);
        if (!committedOnly && _ambient.Value is { } scope)
        {
            return Translate(() => scope.Run(read));
        }

        using var connection = Open();
        return Translate(() => read(new DbSession(connection, null)));
    }

    /// <summary>
    /// Runs a write in a transaction (the ambient one, or its own). <paramref name="write"/> may return an action to
    /// run once the data is committed (e.g. updating an in-memory index); it is dropped on rollback.
    /// </summary>
    public async Task<T> WriteAsync<T>(Func<DbSession, (T Result, Action? AfterCommit)> write, CancellationToken ct)
    {
        await EnsureInitializedAsync(ct);
        if (_ambient.Value is { } scope)
        {
            var (result, afterCommit) = Translate(() => scope.Run(write));
            scope.AddAfterCommit(afterCommit);
            return result;
        }

        await _writeLock.WaitAsync(ct);
        try
        {
            using var connection = Open();
            using var transaction = connection.BeginTransaction(deferred: false);
            var (result, afterCommit) = Translate(() => write(new DbSession(connection, transaction)));
            Translate(() => { transaction.Commit(); return 0; });
            afterCommit?.Invoke();
            return result;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public Task WriteAsync(Action<DbSession> write, CancellationToken ct) =>
        WriteAsync(s => { write(s); return (0, (Action?)null); }, ct);

    /// <summary>See <see cref="SqliteVectorStore.RunInTransactionAsync"/>.</summary>
    public async Task RunInTransactionAsync(Func<CancellationToken, Task> work, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (_ambient.Value is not null)
        {
            await work(ct); // nested: joins the outer transaction
            return;
        }

        await EnsureInitializedAsync(ct);
        await _writeLock.WaitAsync(ct);
        try
        {
            using var connection = Open();
            using var transaction = connection.BeginTransaction(deferred: false);
            var scope = new WriteScope(connection, transaction);
            _ambient.Value = scope;
            try
            {
                await work(ct);
                scope.Close();
                Translate(() => { transaction.Commit(); return 0; });
            }
            catch
            {
                scope.Close();
                try
                {
                    transaction.Rollback();
                }
                catch (Exception rollback) when (rollback is SqliteException or InvalidOperationException)
                {
                    // The original failure matters more; SQLite has already rolled back when the commit itself failed.
                }

                throw;
            }
            finally
            {
                _ambient.Value = null;
            }

            scope.RunAfterCommit();
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public void Dispose()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            using var pragmas = connection.CreateCommand();
            // Per-connection settings; pooled connections keep them, re-running costs microseconds.
            pragmas.CommandText = "PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000;";
            pragmas.ExecuteNonQuery();
            return connection;
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
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

            CreateFolder();
            using var connection = Open();
            Translate(() =>
            {
                var session = new DbSession(connection, null);
                // Only a new file needs the schema (and a write lock): opening an existing store never waits for a writer.
                if (ReadSchemaVersion(session) is { } existing)
                {
                    CheckSchemaVersion(existing);
                    return 0;
                }

                using (var mode = connection.CreateCommand())
                {
                    mode.CommandText = "PRAGMA journal_mode=WAL;";
                    mode.ExecuteScalar();
                }

                using var transaction = connection.BeginTransaction(deferred: false);
                session = new DbSession(connection, transaction);
                session.Execute(Schema);
                if (ReadSchemaVersion(session) is { } raced)
                {
                    CheckSchemaVersion(raced);
                }
                else
                {
                    using var write = session.Command("INSERT INTO meta(key, value) VALUES ('schema_version', $v)");
                    write.Parameters.AddWithValue("$v", SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    write.ExecuteNonQuery();
                }

                transaction.Commit();
                return 0;
            });
            _initialized = true;
        }
        finally
        {
            _initLock.Release();
        }
    }

    private static string? ReadSchemaVersion(DbSession session)
    {
        using var exists = session.Command("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'");
        if (exists.ExecuteScalar() is null)
        {
            return null;
        }

        using var read = session.Command("SELECT value FROM meta WHERE key = 'schema_version'");
        return read.ExecuteScalar() as string;
    }

    private void CheckSchemaVersion(string stored)
    {
        if (!int.TryParse(stored, out var version) || version > SchemaVersion)
        {
            throw new StoreException(
                $"the store {DisplayPath} was written by a newer QaBot (schema version {stored}; this build reads " +
                $"up to {SchemaVersion}). Update QaBot, or point Store:Path to a new file and re-ingest.");
        }
    }

    private void CreateFolder()
    {
        var folder = System.IO.Path.GetDirectoryName(FullPath);
        if (string.IsNullOrEmpty(folder))
        {
            return;
        }

        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new StoreException(
                $"cannot create the folder {folder} for the store {DisplayPath}: {ex.Message} " +
                "Point Store:Path to a writable location.", ex);
        }
    }

    private T Translate<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (SqliteException ex)
        {
            throw Explain(ex);
        }
    }

    /// <summary>Turns the SQLite errors a user can fix into messages that say which file and what to do.</summary>
    internal Exception Explain(SqliteException ex) => ex.SqliteErrorCode switch
    {
        26 => new StoreException(
            $"the file {DisplayPath} is not a SQLite database (or is encrypted). Move it away or point Store:Path to a " +
            "new file; QaBot creates the store and you re-ingest with `qabot ingest`.", ex),
        11 => new StoreException(
            $"the store {DisplayPath} is damaged ({ex.Message}). Delete it (and its -wal/-shm files) and re-ingest " +
            "with `qabot ingest`, or point Store:Path to a new file.", ex),
        14 => new StoreException(
            $"cannot open the store {DisplayPath}: the file or its folder cannot be created or opened ({ex.Message}). " +
            "Point Store:Path to a writable location.", ex),
        8 => new StoreException(
            $"the store {DisplayPath} is read-only (file or folder permissions). Make it writable (WAL mode needs " +
            "the folder writable too) or point Store:Path elsewhere.", ex),
        5 or 6 => new StoreException(
            $"the store {DisplayPath} stayed locked by another process for too long ({ex.Message}). " +
            "Wait for the other QaBot process (e.g. an ingest) to finish and retry.", ex),
        _ => ex,
    };

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS collections (
            name TEXT PRIMARY KEY,
            dimensions INTEGER NOT NULL,
            version INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS articles (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            date TEXT,
            url TEXT,
            source_path TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            chunk_count INTEGER NOT NULL,
            ingested_at TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS article_texts (
            id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            text TEXT NOT NULL);
        """;

    /// <summary>The ambient write transaction; statements on its connection are serialised.</summary>
    private sealed class WriteScope(SqliteConnection connection, SqliteTransaction transaction)
    {
        private readonly List<Action> _afterCommit = [];
        private readonly Lock _gate = new();
        private bool _closed;

        public T Run<T>(Func<DbSession, T> action)
        {
            lock (_gate)
            {
                if (_closed)
                {
                    throw new InvalidOperationException(
                        "The store transaction has already ended; a write was started inside RunInTransactionAsync but not awaited.");
                }

                return action(new DbSession(connection, transaction));
            }
        }

        public void AddAfterCommit(Action? action)
        {
            if (action is not null)
            {
                lock (_gate)
                {
                    _afterCommit.Add(action);
                }
            }
        }

        public void Close()
        {
            lock (_gate)
            {
                _closed = true;
            }
        }

        public void RunAfterCommit()
        {
            foreach (var action in _afterCommit)
            {
                action();
            }
        }
    }
}
