using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using QaBot.Core.Answering;

namespace QaBot.Telegram.Storage;

/// <summary>Answers (<c>tg_answers</c>), votes (<c>tg_feedback</c>), chat history (<c>tg_history</c>) and /stats.</summary>
public sealed partial class SqliteBotStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <inheritdoc/>
    public override async Task<long> AddAnswerAsync(NewAnswer answer, int updateId, string step, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE tg_updates SET sending_step = $step WHERE update_id = $update;
            INSERT INTO tg_answers (chat_id, user_id, question_message_id, question, history_json, answer, citations_json, abstained, mode, created_at, update_id)
            VALUES ($chat, $user, $msg, $q, $h, $a, $c, $abst, $mode, $at, $update);
            SELECT last_insert_rowid();
            """;
        command.Parameters.AddWithValue("$step", step);
        command.Parameters.AddWithValue("$update", updateId);
        command.Parameters.AddWithValue("$chat", answer.ChatId);
        command.Parameters.AddWithValue("$user", answer.UserId);
        command.Parameters.AddWithValue("$msg", answer.QuestionMessageId);
        command.Parameters.AddWithValue("$q", answer.Question.Text);
        command.Parameters.AddWithValue("$h", JsonSerializer.Serialize(answer.Question.Turns, Json));
        command.Parameters.AddWithValue("$a", answer.Answer.Text);
        command.Parameters.AddWithValue("$c", JsonSerializer.Serialize(answer.Answer.Citations, Json));
        command.Parameters.AddWithValue("$abst", answer.Answer.Abstained ? 1 : 0);
        command.Parameters.AddWithValue("$mode", answer.Answer.Mode);
        command.Parameters.AddWithValue("$at", Now());
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    /// <inheritdoc/>
    public override async Task<LoggedAnswer?> FindAnswerAsync(long answerId, CancellationToken ct)
        => (await QueryAnswersAsync("WHERE id = $id", ct, ("$id", answerId))).FirstOrDefault();

    /// <inheritdoc/>
    public override async Task VoteAsync(long answerId, long userId, long chatId, bool up, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO tg_feedback (answer_id, user_id, chat_id, vote, created_at)
            SELECT $id, $user, $chat, $vote, $at WHERE EXISTS (SELECT 1 FROM tg_answers WHERE id = $id)
            ON CONFLICT (answer_id, user_id) DO UPDATE SET vote = excluded.vote, created_at = excluded.created_at;
            """;
        command.Parameters.AddWithValue("$id", answerId);
        command.Parameters.AddWithValue("$user", userId);
        command.Parameters.AddWithValue("$chat", chatId);
        command.Parameters.AddWithValue("$vote", up ? "up" : "down");
        command.Parameters.AddWithValue("$at", Now());
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <inheritdoc/>
    public override async Task<IReadOnlyList<RatedAnswer>> RatedAnswersAsync(CancellationToken ct)
    {
        var answers = await QueryAnswersAsync("WHERE id IN (SELECT answer_id FROM tg_feedback)", ct);
        var votes = new Dictionary<long, (int Up, int Down, string Last)>();
        await using var connection = await OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT answer_id, vote FROM tg_feedback ORDER BY created_at, rowid";
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var (up, down, _) = votes.GetValueOrDefault(reader.GetInt64(0));
            var vote = reader.GetString(1);
            votes[reader.GetInt64(0)] = vote == "up" ? (up + 1, down, vote) : (up, down + 1, vote);
        }

        return [.. answers.Select(a => new RatedAnswer(a, votes[a.Id].Up, votes[a.Id].Down, votes[a.Id].Last))];
    }

    /// <inheritdoc/>
    public override async Task<BotStats> StatsAsync(CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT latency_ms FROM tg_answers WHERE latency_ms IS NOT NULL ORDER BY latency_ms;
            SELECT COUNT(*), COALESCE(SUM(abstained), 0) FROM tg_answers WHERE message_id IS NOT NULL OR latency_ms IS NOT NULL;
            SELECT COALESCE(SUM(vote = 'up'), 0), COALESCE(SUM(vote = 'down'), 0) FROM tg_feedback;
            SELECT COALESCE(SUM(state = 'pending'), 0), COALESCE(SUM(state = 'skipped'), 0) FROM tg_updates;
            SELECT COALESCE((SELECT CAST(value AS INTEGER) FROM tg_state WHERE key = $duplicates), 0);
            """;
        command.Parameters.AddWithValue("$duplicates", DuplicatesKey);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var latencies = new List<double>();
        while (await reader.ReadAsync(ct))
        {
            latencies.Add(reader.GetDouble(0));
        }

        var rows = new List<long>();
        while (await reader.NextResultAsync(ct) && await reader.ReadAsync(ct))
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                rows.Add(reader.GetInt64(i));
            }
        }

        return new BotStats(rows[0], rows[1], rows[2], rows[3], BotStats.Percentile(latencies, 0.50), BotStats.Percentile(latencies, 0.95),
            rows[4], rows[5], rows[6]);
    }

    /// <inheritdoc/>
    public override async Task<IReadOnlyList<ChatTurn>> HistoryAsync(long chatId, int turns, CancellationToken ct)
    {
        if (turns <= 0)
        {
            return [];
        }

        await using var connection = await OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT role, content FROM (SELECT id, role, content FROM tg_history WHERE chat_id = $chat ORDER BY id DESC LIMIT $n) ORDER BY id";
        command.Parameters.AddWithValue("$chat", chatId);
        command.Parameters.AddWithValue("$n", turns);
        var history = new List<ChatTurn>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            history.Add(new ChatTurn(reader.GetString(0), reader.GetString(1)));
        }

        return history;
    }

    /// <inheritdoc/>
    public override async Task ClearHistoryAsync(long chatId, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM tg_history WHERE chat_id = $chat";
        command.Parameters.AddWithValue("$chat", chatId);
        await command.ExecuteNonQueryAsync(ct);
    }

    private async Task DeliverAnswerAsync(SqliteConnection connection, SqliteTransaction transaction, int updateId, AnswerDelivery delivered, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            UPDATE tg_answers SET message_id = $message, latency_ms = $ms, update_id = $update WHERE id = $answer;
            INSERT INTO tg_history (chat_id, role, content, created_at) VALUES ($chat, 'user', $q, $at), ($chat, 'assistant', $a, $at);
            DELETE FROM tg_history WHERE chat_id = $chat AND id NOT IN (SELECT id FROM tg_history WHERE chat_id = $chat ORDER BY id DESC LIMIT $keep);
            """;
        command.Parameters.AddWithValue("$message", delivered.MessageId);
        command.Parameters.AddWithValue("$ms", delivered.Latency.TotalMilliseconds);
        command.Parameters.AddWithValue("$update", updateId);
        command.Parameters.AddWithValue("$answer", delivered.AnswerId);
        command.Parameters.AddWithValue("$chat", delivered.ChatId);
        command.Parameters.AddWithValue("$q", delivered.Question);
        command.Parameters.AddWithValue("$a", delivered.AnswerText);
        command.Parameters.AddWithValue("$keep", delivered.KeepTurns);
        command.Parameters.AddWithValue("$at", Now());
        await command.ExecuteNonQueryAsync(ct);
    }

    private async Task<List<LoggedAnswer>> QueryAnswersAsync(string where, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT id, chat_id, user_id, message_id, question, history_json, answer, citations_json, abstained, created_at FROM tg_answers {where} ORDER BY id";
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        var found = new List<LoggedAnswer>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            found.Add(new LoggedAnswer(
                reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.IsDBNull(3) ? null : reader.GetInt32(3),
                reader.GetString(4),
                JsonSerializer.Deserialize<List<ChatTurn>>(reader.GetString(5), Json) ?? [],
                reader.GetString(6),
                JsonSerializer.Deserialize<List<Citation>>(reader.GetString(7), Json) ?? [],
                reader.GetInt64(8) != 0,
                DateTimeOffset.Parse(reader.GetString(9), CultureInfo.InvariantCulture)));
        }

        return found;
    }
}
