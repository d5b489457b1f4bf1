using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace QaBot.Telegram.Storage;

/// <summary>
/// <see cref="BotStore"/> in SQLite: the bot's tables (prefixed <c>tg_</c>) live in the article store's file unless
/// <c>Telegram:DatabasePath</c> names another. All of the bot's SQL is in this class (partial files per concern).
/// A fresh pooled connection per call; WAL journal, so readers never wait for the writer.
/// </summary>
public sealed partial class SqliteBotStore : BotStore
{
    private const string Schema = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS tg_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS tg_updates (
            update_id INTEGER PRIMARY KEY, chat_key INTEGER NOT NULL, json TEXT,
            state TEXT NOT NULL CHECK (state IN ('pending', 'handled', 'skipped')),
            sending_step TEXT, note TEXT, received_at TEXT NOT NULL, handled_at TEXT);
        CREATE INDEX IF NOT EXISTS tg_updates_pending ON tg_updates (update_id) WHERE state = 'pending';
        CREATE INDEX IF NOT EXISTS tg_updates_handled_at ON tg_updates (handled_at);
        CREATE TABLE IF NOT EXISTS tg_sent (
            update_id INTEGER NOT NULL, step TEXT NOT NULL, chat_id INTEGER NOT NULL, message_id INTEGER NOT NULL,
            PRIMARY KEY (update_id, step));
        CREATE TABLE IF NOT EXISTS tg_history (
            id INTEGER PRIMARY KEY AUTOINCREMENT, chat_id INTEGER NOT NULL, role TEXT NOT NULL,
            content TEXT NOT NULL, created_at TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS tg_history_chat ON tg_history (chat_id, id);
        CREATE TABLE IF NOT EXISTS tg_answers (
            id INTEGER PRIMARY KEY AUTOINCREMENT, chat_id INTEGER NOT NULL, user_id INTEGER NOT NULL,
            question_message_id INTEGER NOT NULL, question TEXT NOT NULL, history_json TEXT NOT NULL,
            answer TEXT NOT NULL, citations_json TEXT NOT NULL, abstained INTEGER NOT NULL, mode TEXT NOT NULL,
            latency_ms REAL, created_at TEXT NOT NULL, update_id INTEGER, message_id INTEGER);
        CREATE TABLE IF NOT EXISTS tg_feedback (
            answer_id INTEGER NOT NULL REFERENCES tg_answers(id), user_id INTEGER NOT NULL, chat_id INTEGER NOT NULL,
            vote TEXT NOT NULL CHECK (vote IN ('up', 'down')), created_at TEXT NOT NULL,
            PRIMARY KEY (answer_id, user_id));
        """;

    // Tables of the first version (before the update inbox held polled updates too): moved over once, then dropped.
    private const string MigrateLedger = """
        INSERT OR IGNORE INTO tg_updates (update_id, chat_key, json, state, received_at)
            SELECT update_id, COALESCE(json_extract(json, '$.message.chat.id'), json_extract(json, '$.callback_query.message.chat.id'),
                json_extract(json, '$.callback_query.from.id'), 0), json, 'pending', received_at FROM tg_inbox;
        INSERT OR IGNORE INTO tg_updates (update_id, chat_key, state, received_at, handled_at)
            SELECT update_id, 0, 'handled', handled_at, handled_at FROM tg_handled_updates;
        DROP TABLE tg_inbox;
        DROP TABLE tg_handled_updates;
        """;

    private readonly string _connectionString;
    private readonly Lazy<Task> _schema;
    private readonly TimeProvider _time;

    /// <summary>Uses <c>Telegram:DatabasePath</c>, else <c>Store:Path</c>, else data/qabot.db.</summary>
    public SqliteBotStore(IConfiguration configuration, TimeProvider time)
        : this(PathFrom(configuration), time)
    {
    }

    /// <summary>Opens (and creates if needed) the bot tables in <paramref name="path"/>.</summary>
    public SqliteBotStore(string path, TimeProvider time)
    {
        Path = System.IO.Path.GetFullPath(path);
        _time = time;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        _schema = new Lazy<Task>(CreateSchemaAsync);
    }

    /// <summary>Full path of the SQLite file.</summary>
    public string Path { get; }

    /// <summary>The file the bot tables live in: <c>Telegram:DatabasePath</c>, else <c>Store:Path</c>, else data/qabot.db.</summary>
    public static string PathFrom(IConfiguration configuration)
        => configuration["Telegram:DatabasePath"] is { Length: > 0 } own ? own
            : configuration["Store:Path"] is { Length: > 0 } store ? store
            : "data/qabot.db";

    private async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        await _schema.Value;
        return await OpenRawAsync(ct);
    }

    private async Task<SqliteConnection> OpenRawAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(ct);
        await using var pragmas = connection.CreateCommand();
        // NORMAL in WAL mode: a commit survives the process being killed; only a power cut can lose the last ones.
        pragmas.CommandText = "PRAGMA busy_timeout = 10000; PRAGMA synchronous = NORMAL;";
        await pragmas.ExecuteNonQueryAsync(ct);
        return connection;
    }

    private async Task CreateSchemaAsync()
    {
        var folder = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        await using var connection = await OpenRawAsync(CancellationToken.None);
        await ExecuteAsync(connection, Schema);
        if (!await ColumnExistsAsync(connection, "tg_answers", "message_id"))
        {
            await ExecuteAsync(connection, "ALTER TABLE tg_answers ADD COLUMN update_id INTEGER; ALTER TABLE tg_answers ADD COLUMN message_id INTEGER;");
        }

        if (await ColumnExistsAsync(connection, "tg_inbox", "json"))
        {
            await using var transaction = connection.BeginTransaction();
            await ExecuteAsync(connection, MigrateLedger, transaction);
            await transaction.CommitAsync();
        }
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<bool> ColumnExistsAsync(SqliteConnection connection, string table, string column)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM pragma_table_info($table) WHERE name = $column";
        command.Parameters.AddWithValue("$table", table);
        command.Parameters.AddWithValue("$column", column);
        return (long)(await command.ExecuteScalarAsync())! > 0;
    }

    private string Now() => _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
}
