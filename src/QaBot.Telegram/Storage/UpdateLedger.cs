using System.Globalization;

namespace QaBot.Telegram.Storage;

/// <summary>
/// Remembers which updates were handled and the getUpdates offset, so a restart neither drops nor repeats one.
/// The offset only moves past an update once every update before it has been handled; updates above it that were
/// already handled are recognised by id and skipped when Telegram delivers them again.
/// Webhook updates are written to an inbox first, because Telegram forgets them once the POST is acknowledged.
/// </summary>
public sealed class UpdateLedger(BotDatabase database, TimeProvider time)
{
    private const string OffsetKey = "polling_offset";

    /// <summary>The persisted offset (0 when the bot never ran).</summary>
    public async Task<int> LoadOffsetAsync(CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM tg_state WHERE key = $key";
        command.Parameters.AddWithValue("$key", OffsetKey);
        var value = await command.ExecuteScalarAsync(ct) as string;
        return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var offset) ? offset : 0;
    }

    /// <summary>Persists the offset and forgets handled ids below it (Telegram will not send them again).</summary>
    public async Task SaveOffsetAsync(int offset, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO tg_state (key, value) VALUES ($key, $value)
                ON CONFLICT (key) DO UPDATE SET value = excluded.value;
            DELETE FROM tg_handled_updates WHERE update_id < $value;
            """;
        command.Parameters.AddWithValue("$key", OffsetKey);
        command.Parameters.AddWithValue("$value", offset.ToString(CultureInfo.InvariantCulture));
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Ids among <paramref name="updateIds"/> that were already handled.</summary>
    public async Task<HashSet<int>> HandledAmongAsync(IEnumerable<int> updateIds, CancellationToken ct)
    {
        var ids = updateIds.ToList();
        var handled = new HashSet<int>();
        if (ids.Count == 0)
        {
            return handled;
        }

        await using var connection = await database.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT update_id FROM tg_handled_updates WHERE update_id IN ({string.Join(',', ids)})";
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            handled.Add(reader.GetInt32(0));
        }

        return handled;
    }

    /// <summary>Marks one update handled (and removes it from the webhook inbox).</summary>
    public async Task MarkHandledAsync(int updateId, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT OR IGNORE INTO tg_handled_updates (update_id, handled_at) VALUES ($id, $at);
            DELETE FROM tg_inbox WHERE update_id = $id;
            """;
        command.Parameters.AddWithValue("$id", updateId);
        command.Parameters.AddWithValue("$at", time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Stores a webhook update before it is acknowledged; false when it was seen before (a redelivery).</summary>
    public async Task<bool> AddToInboxAsync(int updateId, string json, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT OR IGNORE INTO tg_inbox (update_id, json, received_at)
            SELECT $id, $json, $at WHERE NOT EXISTS (SELECT 1 FROM tg_handled_updates WHERE update_id = $id);
            """;
        command.Parameters.AddWithValue("$id", updateId);
        command.Parameters.AddWithValue("$json", json);
        command.Parameters.AddWithValue("$at", time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
        return await command.ExecuteNonQueryAsync(ct) == 1;
    }

    /// <summary>Webhook updates received but not handled before the last stop, oldest first.</summary>
    public async Task<IReadOnlyList<string>> PendingInboxAsync(CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT json FROM tg_inbox ORDER BY update_id";
        var pending = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            pending.Add(reader.GetString(0));
        }

        return pending;
    }
}
