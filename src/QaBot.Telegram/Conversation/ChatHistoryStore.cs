using System.Globalization;
using Microsoft.Extensions.Options;
using QaBot.Core.Answering;
using QaBot.Telegram.Storage;

namespace QaBot.Telegram.Conversation;

/// <summary>Each chat's last few turns (persisted), passed as <see cref="Question.History"/> so follow-ups work.</summary>
public sealed class ChatHistoryStore(BotDatabase database, IOptions<TelegramOptions> options, TimeProvider time)
{
    /// <summary>The kept turns of a chat, oldest first.</summary>
    public async Task<IReadOnlyList<ChatTurn>> LoadAsync(long chatId, CancellationToken ct)
    {
        var keep = options.Value.HistoryTurns;
        if (keep == 0)
        {
            return [];
        }

        await using var connection = await database.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT role, content FROM (SELECT id, role, content FROM tg_history WHERE chat_id = $chat ORDER BY id DESC LIMIT $n) ORDER BY id";
        command.Parameters.AddWithValue("$chat", chatId);
        command.Parameters.AddWithValue("$n", keep);
        var turns = new List<ChatTurn>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            turns.Add(new ChatTurn(reader.GetString(0), reader.GetString(1)));
        }

        return turns;
    }

    /// <summary>Adds a question and its answer, dropping turns beyond the configured number.</summary>
    public async Task AppendAsync(long chatId, string question, string answer, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO tg_history (chat_id, role, content, created_at) VALUES ($chat, 'user', $q, $at), ($chat, 'assistant', $a, $at);
            DELETE FROM tg_history WHERE chat_id = $chat AND id NOT IN (SELECT id FROM tg_history WHERE chat_id = $chat ORDER BY id DESC LIMIT $n);
            """;
        command.Parameters.AddWithValue("$chat", chatId);
        command.Parameters.AddWithValue("$q", question);
        command.Parameters.AddWithValue("$a", answer);
        command.Parameters.AddWithValue("$n", options.Value.HistoryTurns);
        command.Parameters.AddWithValue("$at", time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Forgets the chat's conversation (/reset).</summary>
    public async Task ClearAsync(long chatId, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM tg_history WHERE chat_id = $chat";
        command.Parameters.AddWithValue("$chat", chatId);
        await command.ExecuteNonQueryAsync(ct);
    }
}
