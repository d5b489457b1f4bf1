using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace QaBot.Telegram.Storage;

/// <summary>
/// The bot's own tables (prefixed <c>tg_</c>) in the same SQLite file as the article store, so answers, history,
/// feedback and the update ledger survive restarts. Opens a fresh connection per call (pooled by Microsoft.Data.Sqlite).
/// </summary>
public sealed class BotDatabase
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS tg_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS tg_handled_updates (update_id INTEGER PRIMARY KEY, handled_at TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS tg_inbox (update_id INTEGER PRIMARY KEY, json TEXT NOT NULL, received_at TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS tg_history (
            id INTEGER PRIMARY KEY AUTOINCREMENT, chat_id INTEGER NOT NULL, role TEXT NOT NULL,
            content TEXT NOT NULL, created_at TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS tg_history_chat ON tg_history (chat_id, id);
        CREATE TABLE IF NOT EXISTS tg_answers (
            id INTEGER PRIMARY KEY AUTOINCREMENT, chat_id INTEGER NOT NULL, user_id INTEGER NOT NULL,
            question_message_id INTEGER NOT NULL, question TEXT NOT NULL, history_json TEXT NOT NULL,
            answer TEXT NOT NULL, citations_json TEXT NOT NULL, abstained INTEGER NOT NULL, mode TEXT NOT NULL,
            latency_ms REAL, created_at TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS tg_feedback (
            answer_id INTEGER NOT NULL REFERENCES tg_answers(id), user_id INTEGER NOT NULL, chat_id INTEGER NOT NULL,
            vote TEXT NOT NULL CHECK (vote IN ('up', 'down')), created_at TEXT NOT NULL,
            PRIMARY KEY (answer_id, user_id));
        """;

    private readonly string _connectionString;
    private readonly Lazy<Task> _schema;

    /// <summary>Uses <c>Telegram:DatabasePath</c>, else <c>Store:Path</c>, else data/qabot.db.</summary>
    public BotDatabase(IConfiguration configuration)
        : this(PathFrom(configuration))
    {
    }

    /// <summary>Opens (and creates if needed) the bot tables in <paramref name="path"/>.</summary>
    public BotDatabase(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
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

    /// <summary>An open connection with the schema in place.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken ct = default)
    {
        await _schema.Value;
        return await OpenRawAsync(ct);
    }

    private async Task<SqliteConnection> OpenRawAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(ct);
        using var busy = connection.CreateCommand();
        busy.CommandText = "PRAGMA busy_timeout = 10000;";
        await busy.ExecuteNonQueryAsync(ct);
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
        await using var command = connection.CreateCommand();
        command.CommandText = Schema;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The file the bot tables live in: <c>Telegram:DatabasePath</c>, else <c>Store:Path</c>, else data/qabot.db.</summary>
    public static string PathFrom(IConfiguration configuration)
        => configuration["Telegram:DatabasePath"] is { Length: > 0 } own ? own
            : configuration["Store:Path"] is { Length: > 0 } store ? store
            : "data/qabot.db";
}
