using Npgsql;

namespace QaBot.Telegram.Storage;

/// <summary>
/// <see cref="BotStore"/> in PostgreSQL (Store:Provider = Postgres): the same tables as <see cref="SqliteBotStore"/>, in
/// schema <c>qabot</c> of the article store's database, so several <c>qabot serve</c> replicas share one inbox, ledger,
/// history and answer log. Each update is claimed by one process for a lease (<c>Telegram:LeaseSeconds</c>, renewed by
/// every step it records): a redelivered update is recognised whichever replica gets it, and an update whose process
/// died is taken over by another once the lease has run out (<see cref="PendingAsync"/>, called periodically). Lease
/// times come from the <see cref="TimeProvider"/> (replicas' clocks must agree to well within a lease). The tables need
/// no extension (pgvector is only for the articles).
/// </summary>
public sealed partial class PostgresBotStore : BotStore
{
    private const string Schema = """
        CREATE SCHEMA IF NOT EXISTS qabot;
        CREATE TABLE IF NOT EXISTS qabot.tg_state (key text PRIMARY KEY, value text NOT NULL);
        CREATE TABLE IF NOT EXISTS qabot.tg_updates (
            update_id bigint PRIMARY KEY, chat_key bigint NOT NULL, json text,
            state text NOT NULL CHECK (state IN ('pending', 'handled', 'skipped')),
            sending_step text, note text, received_at timestamptz NOT NULL, handled_at timestamptz,
            claimed_by text, lease_until timestamptz);
        CREATE INDEX IF NOT EXISTS tg_updates_pending ON qabot.tg_updates (update_id) WHERE state = 'pending';
        CREATE INDEX IF NOT EXISTS tg_updates_handled_at ON qabot.tg_updates (handled_at);
        CREATE TABLE IF NOT EXISTS qabot.tg_sent (
            update_id bigint NOT NULL, step text NOT NULL, chat_id bigint NOT NULL, message_id bigint NOT NULL,
            PRIMARY KEY (update_id, step));
        CREATE TABLE IF NOT EXISTS qabot.tg_history (
            id bigserial PRIMARY KEY, chat_id bigint NOT NULL, role text NOT NULL, content text NOT NULL, created_at timestamptz NOT NULL);
        CREATE INDEX IF NOT EXISTS tg_history_chat ON qabot.tg_history (chat_id, id);
        CREATE TABLE IF NOT EXISTS qabot.tg_answers (
            id bigserial PRIMARY KEY, chat_id bigint NOT NULL, user_id bigint NOT NULL, question_message_id bigint NOT NULL,
            question text NOT NULL, history_json text NOT NULL, answer text NOT NULL, citations_json text NOT NULL,
            abstained boolean NOT NULL, mode text NOT NULL, latency_ms double precision, created_at timestamptz NOT NULL,
            update_id bigint, message_id bigint);
        CREATE TABLE IF NOT EXISTS qabot.tg_feedback (
            answer_id bigint NOT NULL REFERENCES qabot.tg_answers(id), user_id bigint NOT NULL, chat_id bigint NOT NULL,
            vote text NOT NULL CHECK (vote IN ('up', 'down')), created_at timestamptz NOT NULL, seq bigserial,
            PRIMARY KEY (answer_id, user_id));
        """;

    private readonly NpgsqlDataSource _dataSource;
    private readonly TimeProvider _time;
    private readonly Lazy<Task> _schema;

    /// <summary>The bot tables in <paramref name="dataSource"/>'s database; this process claims updates for <paramref name="lease"/> at a time.</summary>
    public PostgresBotStore(NpgsqlDataSource dataSource, TimeProvider time, TimeSpan lease)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lease, TimeSpan.Zero);
        _dataSource = dataSource;
        _time = time;
        Lease = lease;
        _schema = new Lazy<Task>(CreateSchemaAsync);
    }

    /// <summary>This process among the replicas: host, process id and a random part (a restarted process is a new owner).</summary>
    public string Owner { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>How long a claim on an update lasts without a new step being recorded.</summary>
    public TimeSpan Lease { get; }

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken ct)
    {
        await _schema.Value.WaitAsync(ct);
        return await _dataSource.OpenConnectionAsync(ct);
    }

    private async Task CreateSchemaAsync()
    {
        await using var connection = await _dataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        // Replicas starting together: one creates the tables, the others wait and find them.
        await ExecuteAsync(connection, "SELECT pg_advisory_xact_lock(hashtext('qabot.bot-schema'))");
        await ExecuteAsync(connection, Schema);
        await transaction.CommitAsync();
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private DateTime Now() => _time.GetUtcNow().UtcDateTime;
}
