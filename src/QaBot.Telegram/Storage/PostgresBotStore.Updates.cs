using System.Globalization;
using Npgsql;

namespace QaBot.Telegram.Storage;

/// <summary>The update inbox and ledger with claims (<c>tg_updates</c>), and the messages sent for updates in progress (<c>tg_sent</c>).</summary>
public sealed partial class PostgresBotStore
{
    private const string OffsetKey = "polling_offset";
    private const string DuplicatesKey = "possible_duplicates";

    // A row this process may work on: pending, and claimed by nobody, by this process, or by one whose lease ran out.
    private const string Claimable = "state = 'pending' AND (claimed_by IS NULL OR claimed_by = @owner OR lease_until < @now)";

    private static readonly TimeSpan LedgerRetention = TimeSpan.FromDays(2);
    private long _lastPruneTicks;

    /// <inheritdoc/>
    public override async Task<IReadOnlyList<InboxUpdate>> AcceptAsync(IReadOnlyList<InboxUpdate> updates, int? pollingOffset, CancellationToken ct)
    {
        var accepted = new List<InboxUpdate>();
        await using var connection = await OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        foreach (var update in updates.OrderBy(u => u.Id))
        {
            // The replica that stores an update first owns it; a redelivery (to any replica) inserts nothing.
            await using var insert = new NpgsqlCommand(
                """
                INSERT INTO qabot.tg_updates (update_id, chat_key, json, state, received_at, claimed_by, lease_until)
                VALUES (@id, @chat, @json, 'pending', @at, @owner, @now + @lease) ON CONFLICT (update_id) DO NOTHING
                """,
                connection);
            insert.Parameters.AddWithValue("id", (long)update.Id);
            insert.Parameters.AddWithValue("chat", update.ChatKey);
            insert.Parameters.AddWithValue("json", update.Json);
            insert.Parameters.AddWithValue("at", Now());
            insert.Parameters.AddWithValue("owner", Owner);
            insert.Parameters.AddWithValue("lease", Lease);
            insert.Parameters.AddWithValue("now", Now());
            if (await insert.ExecuteNonQueryAsync(ct) == 1)
            {
                accepted.Add(update);
            }
        }

        if (pollingOffset is { } offset)
        {
            await SetStateAsync(connection, OffsetKey, offset.ToString(CultureInfo.InvariantCulture), ct);
        }

        await PruneLedgerAsync(connection, ct);
        await transaction.CommitAsync(ct);
        return accepted;
    }

    /// <inheritdoc/>
    public override async Task<int> LoadPollingOffsetAsync(CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = new NpgsqlCommand("SELECT value FROM qabot.tg_state WHERE key = @key", connection);
        command.Parameters.AddWithValue("key", OffsetKey);
        return int.TryParse(await command.ExecuteScalarAsync(ct) as string, NumberStyles.Integer, CultureInfo.InvariantCulture, out var offset) ? offset : 0;
    }

    /// <summary>
    /// Pending updates this process may take — never claimed, or whose owner's lease ran out (it died) — claimed for this
    /// process in the same statement, oldest first. Rows another replica is claiming right now are skipped, not waited for.
    /// </summary>
    public override async Task<IReadOnlyList<InboxUpdate>> PendingAsync(CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            $"""
            UPDATE qabot.tg_updates u SET claimed_by = @owner, lease_until = @now + @lease
            FROM (SELECT update_id FROM qabot.tg_updates WHERE {Claimable} ORDER BY update_id FOR UPDATE SKIP LOCKED) c
            WHERE u.update_id = c.update_id
            RETURNING u.update_id, u.chat_key, u.json
            """,
            connection);
        command.Parameters.AddWithValue("owner", Owner);
        command.Parameters.AddWithValue("lease", Lease);
        command.Parameters.AddWithValue("now", Now());
        var pending = new List<InboxUpdate>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            pending.Add(new InboxUpdate((int)reader.GetInt64(0), reader.GetInt64(1), reader.IsDBNull(2) ? "{}" : reader.GetString(2)));
        }

        return [.. pending.OrderBy(u => u.Id)];
    }

    /// <summary>Claims the update for this process (renewing the lease) and reads what earlier attempts sent.</summary>
    /// <exception cref="UpdateTakenException">Another live process holds it, or it is already handled.</exception>
    public override async Task<UpdateProgress> ProgressAsync(int updateId, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            $"""
            UPDATE qabot.tg_updates SET claimed_by = @owner, lease_until = @now + @lease WHERE update_id = @id AND {Claimable}
                RETURNING sending_step, true;
            SELECT step, chat_id, message_id FROM qabot.tg_sent WHERE update_id = @id;
            SELECT EXISTS (SELECT 1 FROM qabot.tg_updates WHERE update_id = @id);
            """,
            connection);
        command.Parameters.AddWithValue("id", (long)updateId);
        command.Parameters.AddWithValue("owner", Owner);
        command.Parameters.AddWithValue("lease", Lease);
        command.Parameters.AddWithValue("now", Now());
        await using var reader = await command.ExecuteReaderAsync(ct);
        var claimed = await reader.ReadAsync(ct);
        var sending = claimed && !reader.IsDBNull(0) ? reader.GetString(0) : null;
        await reader.NextResultAsync(ct);
        var sent = new Dictionary<string, SentMessage>(StringComparer.Ordinal);
        while (await reader.ReadAsync(ct))
        {
            sent[reader.GetString(0)] = new SentMessage(reader.GetString(0), reader.GetInt64(1), (int)reader.GetInt64(2));
        }

        await reader.NextResultAsync(ct);
        var known = await reader.ReadAsync(ct) && reader.GetBoolean(0);
        if (!claimed && known)
        {
            throw new UpdateTakenException(updateId);
        }

        // An update never accepted (handled straight away, as tests do) has no row to claim: it is a first attempt.
        return sending is null && sent.Count == 0 ? UpdateProgress.None : new UpdateProgress(sent, sending);
    }

    /// <inheritdoc/>
    public override async Task MarkSendingAsync(int updateId, string step, bool resend, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await RenewOrStopAsync(connection, updateId, step, ct);
        if (resend)
        {
            await CountPossibleDuplicateAsync(connection, ct);
        }
    }

    private static async Task CountPossibleDuplicateAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var count = new NpgsqlCommand(
            "INSERT INTO qabot.tg_state (key, value) VALUES (@key, '1') ON CONFLICT (key) DO UPDATE SET value = (tg_state.value::bigint + 1)::text",
            connection);
        count.Parameters.AddWithValue("key", DuplicatesKey);
        await count.ExecuteNonQueryAsync(ct);
    }

    /// <summary>
    /// Renews the claim and notes the step about to be sent. When the update exists but is no longer ours — this process
    /// stalled longer than the lease and another replica took it over — stops before sending anything, or the chat
    /// would get the answer twice.
    /// </summary>
    private async Task RenewOrStopAsync(NpgsqlConnection connection, int updateId, string step, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            $"""
            WITH renewed AS (UPDATE qabot.tg_updates SET sending_step = @step, lease_until = @now + @lease
                WHERE update_id = @id AND {Claimable} RETURNING 1)
            SELECT EXISTS (SELECT 1 FROM renewed), EXISTS (SELECT 1 FROM qabot.tg_updates WHERE update_id = @id)
            """,
            connection);
        command.Parameters.AddWithValue("id", (long)updateId);
        command.Parameters.AddWithValue("step", step);
        command.Parameters.AddWithValue("owner", Owner);
        command.Parameters.AddWithValue("lease", Lease);
        command.Parameters.AddWithValue("now", Now());
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        if (!reader.GetBoolean(0) && reader.GetBoolean(1))
        {
            throw new UpdateTakenException(updateId);
        }
    }

    /// <inheritdoc/>
    public override async Task RecordSentAsync(int updateId, SentMessage sent, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO qabot.tg_sent (update_id, step, chat_id, message_id) VALUES (@id, @step, @chat, @message)
                ON CONFLICT (update_id, step) DO UPDATE SET chat_id = excluded.chat_id, message_id = excluded.message_id;
            UPDATE qabot.tg_updates SET sending_step = NULL, lease_until = @now + @lease WHERE update_id = @id AND claimed_by = @owner;
            """,
            connection);
        command.Parameters.AddWithValue("id", (long)updateId);
        command.Parameters.AddWithValue("step", sent.Step);
        command.Parameters.AddWithValue("chat", sent.ChatId);
        command.Parameters.AddWithValue("message", (long)sent.MessageId);
        command.Parameters.AddWithValue("owner", Owner);
        command.Parameters.AddWithValue("lease", Lease);
        command.Parameters.AddWithValue("now", Now());
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Finishes the update unless another process has taken it over meanwhile (then nothing is written).</summary>
    public override async Task CompleteAsync(UpdateOutcome outcome, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using (var command = new NpgsqlCommand(
            """
            INSERT INTO qabot.tg_updates (update_id, chat_key, state, note, received_at, handled_at) VALUES (@id, 0, @state, @note, @at, @at)
                ON CONFLICT (update_id) DO UPDATE SET state = excluded.state, note = excluded.note, handled_at = excluded.handled_at,
                    sending_step = NULL, claimed_by = NULL, lease_until = NULL,
                    json = CASE WHEN excluded.state = 'handled' THEN NULL ELSE tg_updates.json END
                WHERE tg_updates.state = 'pending' AND (tg_updates.claimed_by IS NULL OR tg_updates.claimed_by = @owner OR tg_updates.lease_until < @now);
            """,
            connection))
        {
            command.Parameters.AddWithValue("id", (long)outcome.UpdateId);
            command.Parameters.AddWithValue("state", outcome.State == UpdateState.Handled ? "handled" : "skipped");
            command.Parameters.AddWithValue("note", (object?)outcome.Note ?? DBNull.Value);
            command.Parameters.AddWithValue("at", Now());
            command.Parameters.AddWithValue("now", Now());
            command.Parameters.AddWithValue("owner", Owner);
            if (await command.ExecuteNonQueryAsync(ct) == 0)
            {
                return; // another replica finished or holds it: its record stands
            }
        }

        await using (var clear = new NpgsqlCommand("DELETE FROM qabot.tg_sent WHERE update_id = @id", connection))
        {
            clear.Parameters.AddWithValue("id", (long)outcome.UpdateId);
            await clear.ExecuteNonQueryAsync(ct);
        }

        if (outcome.Answer is { } delivered)
        {
            await DeliverAnswerAsync(connection, outcome.UpdateId, delivered, ct);
        }

        await transaction.CommitAsync(ct);
    }

    private static async Task SetStateAsync(NpgsqlConnection connection, string key, string value, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            "INSERT INTO qabot.tg_state (key, value) VALUES (@key, @value) ON CONFLICT (key) DO UPDATE SET value = excluded.value", connection);
        command.Parameters.AddWithValue("key", key);
        command.Parameters.AddWithValue("value", value);
        await command.ExecuteNonQueryAsync(ct);
    }

    private async Task PruneLedgerAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        var now = _time.GetUtcNow();
        var last = Interlocked.Read(ref _lastPruneTicks);
        if (now.UtcTicks - last < TimeSpan.TicksPerHour || Interlocked.CompareExchange(ref _lastPruneTicks, now.UtcTicks, last) != last)
        {
            return;
        }

        await using var command = new NpgsqlCommand("DELETE FROM qabot.tg_updates WHERE state <> 'pending' AND handled_at < @cutoff", connection);
        command.Parameters.AddWithValue("cutoff", (now - LedgerRetention).UtcDateTime);
        await command.ExecuteNonQueryAsync(ct);
    }
}
