using System.Globalization;
using Microsoft.Data.Sqlite;

namespace QaBot.Telegram.Storage;

/// <summary>The update inbox and ledger (<c>tg_updates</c>), the messages sent for updates in progress (<c>tg_sent</c>).</summary>
public sealed partial class SqliteBotStore
{
    private const string OffsetKey = "polling_offset";
    private const string DuplicatesKey = "possible_duplicates";

    // Handled updates are remembered this long, so a webhook redelivery is recognised; then they are forgotten.
    private static readonly TimeSpan LedgerRetention = TimeSpan.FromDays(2);
    private long _lastPruneTicks;

    /// <inheritdoc/>
    public override Task<IReadOnlyList<InboxUpdate>> AcceptAsync(IReadOnlyList<InboxUpdate> updates, int? pollingOffset, CancellationToken ct)
        => _writer.RunAsync<IReadOnlyList<InboxUpdate>>(urgent: false, (connection, transaction) =>
        {
            var accepted = new List<InboxUpdate>();
            using (var insert = Command(connection, transaction, """
                INSERT OR IGNORE INTO tg_updates (update_id, chat_key, json, state, received_at)
                VALUES ($id, $chat, $json, 'pending', $at)
                """))
            {
                var (id, chat, json) = (insert.Parameters.Add("$id", SqliteType.Integer), insert.Parameters.Add("$chat", SqliteType.Integer), insert.Parameters.Add("$json", SqliteType.Text));
                insert.Parameters.AddWithValue("$at", Now());
                foreach (var update in updates.OrderBy(u => u.Id))
                {
                    (id.Value, chat.Value, json.Value) = (update.Id, update.ChatKey, update.Json);
                    if (insert.ExecuteNonQuery() == 1)
                    {
                        accepted.Add(update);
                    }
                }
            }

            if (pollingOffset is { } offset)
            {
                SetState(connection, transaction, OffsetKey, offset.ToString(CultureInfo.InvariantCulture));
            }

            PruneLedger(connection, transaction);
            return accepted;
        }, ct);

    /// <inheritdoc/>
    public override async Task<int> LoadPollingOffsetAsync(CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM tg_state WHERE key = $key";
        command.Parameters.AddWithValue("$key", OffsetKey);
        var value = await command.ExecuteScalarAsync(ct) as string;
        return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var offset) ? offset : 0;
    }

    /// <inheritdoc/>
    public override async Task<IReadOnlyList<InboxUpdate>> PendingAsync(CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT update_id, chat_key, json FROM tg_updates WHERE state = 'pending' ORDER BY update_id";
        var pending = new List<InboxUpdate>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            pending.Add(new InboxUpdate(reader.GetInt32(0), reader.GetInt64(1), reader.IsDBNull(2) ? "{}" : reader.GetString(2)));
        }

        return pending;
    }

    /// <inheritdoc/>
    public override async Task<UpdateProgress> ProgressAsync(int updateId, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT sending_step FROM tg_updates WHERE update_id = $id;
            SELECT step, chat_id, message_id FROM tg_sent WHERE update_id = $id;
            """;
        command.Parameters.AddWithValue("$id", updateId);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var sending = await reader.ReadAsync(ct) && !reader.IsDBNull(0) ? reader.GetString(0) : null;
        await reader.NextResultAsync(ct);
        var sent = new Dictionary<string, SentMessage>(StringComparer.Ordinal);
        while (await reader.ReadAsync(ct))
        {
            sent[reader.GetString(0)] = new SentMessage(reader.GetString(0), reader.GetInt64(1), reader.GetInt32(2));
        }

        return sending is null && sent.Count == 0 ? UpdateProgress.None : new UpdateProgress(sent, sending);
    }

    /// <inheritdoc/>
    public override Task MarkSendingAsync(int updateId, string step, bool resend, CancellationToken ct)
        => _writer.RunAsync(urgent: false, (connection, transaction) =>
        {
            using var command = Command(connection, transaction, "UPDATE tg_updates SET sending_step = $step WHERE update_id = $id");
            command.Parameters.AddWithValue("$id", updateId);
            command.Parameters.AddWithValue("$step", step);
            command.ExecuteNonQuery();
            if (resend)
            {
                using var count = Command(connection, transaction, """
                    INSERT INTO tg_state (key, value) VALUES ($key, '1')
                        ON CONFLICT (key) DO UPDATE SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT);
                    """);
                count.Parameters.AddWithValue("$key", DuplicatesKey);
                count.ExecuteNonQuery();
            }

            return 0;
        }, ct);

    /// <inheritdoc/>
    public override Task RecordSentAsync(int updateId, SentMessage sent, CancellationToken ct)
        => _writer.RunAsync(urgent: true, (connection, transaction) =>
        {
            using var command = Command(connection, transaction, """
                INSERT OR REPLACE INTO tg_sent (update_id, step, chat_id, message_id) VALUES ($id, $step, $chat, $message);
                UPDATE tg_updates SET sending_step = NULL WHERE update_id = $id;
                """);
            command.Parameters.AddWithValue("$id", updateId);
            command.Parameters.AddWithValue("$step", sent.Step);
            command.Parameters.AddWithValue("$chat", sent.ChatId);
            command.Parameters.AddWithValue("$message", sent.MessageId);
            return command.ExecuteNonQuery();
        }, ct);

    /// <inheritdoc/>
    public override Task CompleteAsync(UpdateOutcome outcome, CancellationToken ct)
        => _writer.RunAsync(urgent: true, (connection, transaction) =>
        {
            using (var command = Command(connection, transaction, """
                INSERT INTO tg_updates (update_id, chat_key, state, note, received_at, handled_at) VALUES ($id, 0, $state, $note, $at, $at)
                    ON CONFLICT (update_id) DO UPDATE SET state = excluded.state, note = excluded.note, handled_at = excluded.handled_at,
                        sending_step = NULL, json = CASE WHEN excluded.state = 'handled' THEN NULL ELSE json END;
                DELETE FROM tg_sent WHERE update_id = $id;
                """))
            {
                command.Parameters.AddWithValue("$id", outcome.UpdateId);
                command.Parameters.AddWithValue("$state", outcome.State == UpdateState.Handled ? "handled" : "skipped");
                command.Parameters.AddWithValue("$note", (object?)outcome.Note ?? DBNull.Value);
                command.Parameters.AddWithValue("$at", Now());
                command.ExecuteNonQuery();
            }

            if (outcome.Answer is { } delivered)
            {
                DeliverAnswer(connection, transaction, outcome.UpdateId, delivered);
            }

            return 0;
        }, ct);

    private static void SetState(SqliteConnection connection, SqliteTransaction transaction, string key, string value)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO tg_state (key, value) VALUES ($key, $value) ON CONFLICT (key) DO UPDATE SET value = excluded.value";
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$value", value);
        command.ExecuteNonQuery();
    }

    private void PruneLedger(SqliteConnection connection, SqliteTransaction transaction)
    {
        var now = _time.GetUtcNow();
        var last = Interlocked.Read(ref _lastPruneTicks);
        if (now.UtcTicks - last < TimeSpan.TicksPerHour || Interlocked.CompareExchange(ref _lastPruneTicks, now.UtcTicks, last) != last)
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "DELETE FROM tg_updates WHERE state <> 'pending' AND handled_at < $cutoff";
        command.Parameters.AddWithValue("$cutoff", (now - LedgerRetention).ToString("O", CultureInfo.InvariantCulture));
        command.ExecuteNonQuery();
    }
}
