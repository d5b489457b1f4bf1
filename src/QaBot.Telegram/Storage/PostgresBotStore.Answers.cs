using System.Text.Json;
using Npgsql;
using QaBot.Core.Answering;

namespace QaBot.Telegram.Storage;

/// <summary>Answers (<c>tg_answers</c>), votes (<c>tg_feedback</c>), chat history (<c>tg_history</c>) and /stats.</summary>
public sealed partial class PostgresBotStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <inheritdoc/>
    public override async Task<long> AddAnswerAsync(NewAnswer answer, int updateId, string step, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await RenewOrStopAsync(connection, updateId, step, ct);

        await using var command = new NpgsqlCommand(
            """
            INSERT INTO qabot.tg_answers (chat_id, user_id, question_message_id, question, history_json, answer, citations_json, abstained, mode, created_at, update_id)
            VALUES (@chat, @user, @msg, @q, @h, @a, @c, @abst, @mode, @at, @update) RETURNING id;
            """,
            connection);
        var p = command.Parameters;
        p.AddWithValue("update", (long)updateId);
        p.AddWithValue("chat", answer.ChatId);
        p.AddWithValue("user", answer.UserId);
        p.AddWithValue("msg", (long)answer.QuestionMessageId);
        p.AddWithValue("q", answer.Question.Text);
        p.AddWithValue("h", JsonSerializer.Serialize(answer.Question.Turns, Json));
        p.AddWithValue("a", answer.Answer.Text);
        p.AddWithValue("c", JsonSerializer.Serialize(answer.Answer.Citations, Json));
        p.AddWithValue("abst", answer.Answer.Abstained);
        p.AddWithValue("mode", answer.Answer.Mode);
        p.AddWithValue("at", Now());
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    /// <inheritdoc/>
    public override async Task<LoggedAnswer?> FindAnswerAsync(long answerId, CancellationToken ct)
        => (await QueryAnswersAsync("WHERE id = @id", answerId, ct)).FirstOrDefault();

    /// <inheritdoc/>
    public override async Task VoteAsync(long answerId, long userId, long chatId, bool up, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO qabot.tg_feedback (answer_id, user_id, chat_id, vote, created_at)
            SELECT @id, @user, @chat, @vote, @at WHERE EXISTS (SELECT 1 FROM qabot.tg_answers WHERE id = @id)
            ON CONFLICT (answer_id, user_id) DO UPDATE SET vote = excluded.vote, created_at = excluded.created_at, seq = excluded.seq
            """,
            connection);
        command.Parameters.AddWithValue("id", answerId);
        command.Parameters.AddWithValue("user", userId);
        command.Parameters.AddWithValue("chat", chatId);
        command.Parameters.AddWithValue("vote", up ? "up" : "down");
        command.Parameters.AddWithValue("at", Now());
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <inheritdoc/>
    public override async Task<IReadOnlyList<RatedAnswer>> RatedAnswersAsync(CancellationToken ct)
    {
        var answers = await QueryAnswersAsync("WHERE id IN (SELECT answer_id FROM qabot.tg_feedback)", null, ct);
        var votes = new Dictionary<long, (int Up, int Down, string Last)>();
        await using var connection = await OpenAsync(ct);
        await using var command = new NpgsqlCommand("SELECT answer_id, vote FROM qabot.tg_feedback ORDER BY created_at, seq", connection);
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
        await using var command = new NpgsqlCommand(
            """
            SELECT latency_ms FROM qabot.tg_answers WHERE latency_ms IS NOT NULL ORDER BY latency_ms;
            SELECT count(*), count(*) FILTER (WHERE abstained) FROM qabot.tg_answers WHERE message_id IS NOT NULL OR latency_ms IS NOT NULL;
            SELECT count(*) FILTER (WHERE vote = 'up'), count(*) FILTER (WHERE vote = 'down') FROM qabot.tg_feedback;
            SELECT count(*) FILTER (WHERE state = 'pending'), count(*) FILTER (WHERE state = 'skipped') FROM qabot.tg_updates;
            SELECT coalesce((SELECT value::bigint FROM qabot.tg_state WHERE key = @duplicates), 0);
            """,
            connection);
        command.Parameters.AddWithValue("duplicates", DuplicatesKey);
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
        await using var command = new NpgsqlCommand(
            "SELECT role, content FROM (SELECT id, role, content FROM qabot.tg_history WHERE chat_id = @chat ORDER BY id DESC LIMIT @n) h ORDER BY id",
            connection);
        command.Parameters.AddWithValue("chat", chatId);
        command.Parameters.AddWithValue("n", turns);
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
        await using var command = new NpgsqlCommand("DELETE FROM qabot.tg_history WHERE chat_id = @chat", connection);
        command.Parameters.AddWithValue("chat", chatId);
        await command.ExecuteNonQueryAsync(ct);
    }

    private async Task DeliverAnswerAsync(NpgsqlConnection connection, int updateId, AnswerDelivery delivered, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            """
            UPDATE qabot.tg_answers SET message_id = @message, latency_ms = @ms, update_id = @update WHERE id = @answer;
            INSERT INTO qabot.tg_history (chat_id, role, content, created_at) VALUES (@chat, 'user', @q, @at), (@chat, 'assistant', @a, @at);
            DELETE FROM qabot.tg_history WHERE chat_id = @chat
                AND id NOT IN (SELECT id FROM qabot.tg_history WHERE chat_id = @chat ORDER BY id DESC LIMIT @keep);
            """,
            connection);
        var p = command.Parameters;
        p.AddWithValue("message", (long)delivered.MessageId);
        p.AddWithValue("ms", delivered.Latency.TotalMilliseconds);
        p.AddWithValue("update", (long)updateId);
        p.AddWithValue("answer", delivered.AnswerId);
        p.AddWithValue("chat", delivered.ChatId);
        p.AddWithValue("q", delivered.Question);
        p.AddWithValue("a", delivered.AnswerText);
        p.AddWithValue("keep", delivered.KeepTurns);
        p.AddWithValue("at", Now());
        await command.ExecuteNonQueryAsync(ct);
    }

    private async Task<List<LoggedAnswer>> QueryAnswersAsync(string where, long? id, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            $"SELECT id, chat_id, user_id, message_id, question, history_json, answer, citations_json, abstained, created_at FROM qabot.tg_answers {where} ORDER BY id",
            connection);
        if (id is { } value)
        {
            command.Parameters.AddWithValue("id", value);
        }

        var found = new List<LoggedAnswer>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            found.Add(new LoggedAnswer(
                reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.IsDBNull(3) ? null : (int)reader.GetInt64(3),
                reader.GetString(4),
                JsonSerializer.Deserialize<List<ChatTurn>>(reader.GetString(5), Json) ?? [],
                reader.GetString(6),
                JsonSerializer.Deserialize<List<Citation>>(reader.GetString(7), Json) ?? [],
                reader.GetBoolean(8),
                new DateTimeOffset(reader.GetFieldValue<DateTime>(9), TimeSpan.Zero)));
        }

        return found;
    }
}
