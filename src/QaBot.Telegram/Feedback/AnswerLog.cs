using System.Globalization;
using System.Text.Json;
using QaBot.Core.Answering;
using QaBot.Telegram.Storage;

namespace QaBot.Telegram.Feedback;

/// <summary>A stored answer as the feedback export and the source buttons need it.</summary>
public sealed record LoggedAnswer(
    long Id, long ChatId, long UserId, string Question, IReadOnlyList<ChatTurn> History, string Answer,
    IReadOnlyList<Citation> Citations, bool Abstained, DateTimeOffset CreatedAt);

/// <summary>
/// Every answer the bot sent (question, history, answer, citations, latency) and the 👍/👎 votes on them, in SQLite.
/// Source buttons, /stats and <c>qabot feedback export</c> read from here.
/// </summary>
public sealed class AnswerLog(BotDatabase database, TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Stores an answer before it is sent (its id goes into the buttons); returns the id.</summary>
    public async Task<long> RecordAsync(long chatId, long userId, int questionMessageId, Question question, Answer answer, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO tg_answers (chat_id, user_id, question_message_id, question, history_json, answer, citations_json, abstained, mode, created_at)
            VALUES ($chat, $user, $msg, $q, $h, $a, $c, $abst, $mode, $at);
            SELECT last_insert_rowid();
            """;
        command.Parameters.AddWithValue("$chat", chatId);
        command.Parameters.AddWithValue("$user", userId);
        command.Parameters.AddWithValue("$msg", questionMessageId);
        command.Parameters.AddWithValue("$q", question.Text);
        command.Parameters.AddWithValue("$h", JsonSerializer.Serialize(question.Turns, Json));
        command.Parameters.AddWithValue("$a", answer.Text);
        command.Parameters.AddWithValue("$c", JsonSerializer.Serialize(answer.Citations, Json));
        command.Parameters.AddWithValue("$abst", answer.Abstained ? 1 : 0);
        command.Parameters.AddWithValue("$mode", answer.Mode);
        command.Parameters.AddWithValue("$at", Now());
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    /// <summary>Records how long the user waited, from receiving the question to the answer being sent.</summary>
    public async Task SetLatencyAsync(long answerId, TimeSpan latency, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE tg_answers SET latency_ms = $ms WHERE id = $id";
        command.Parameters.AddWithValue("$ms", latency.TotalMilliseconds);
        command.Parameters.AddWithValue("$id", answerId);
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>The answer with that id, or null.</summary>
    public async Task<LoggedAnswer?> FindAsync(long answerId, CancellationToken ct)
        => (await QueryAsync("WHERE id = $id", ct, ("$id", answerId))).FirstOrDefault();

    /// <summary>Stores (or changes) a user's vote on an answer; false when the answer is unknown.</summary>
    public async Task<bool> VoteAsync(long answerId, long userId, long chatId, bool up, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
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
        return await command.ExecuteNonQueryAsync(ct) > 0;
    }

    /// <summary>Answers that received feedback, with their votes, oldest first (for the export).</summary>
    public async Task<IReadOnlyList<(LoggedAnswer Answer, int Up, int Down, string LastVote)>> WithFeedbackAsync(CancellationToken ct)
    {
        var answers = await QueryAsync("WHERE id IN (SELECT answer_id FROM tg_feedback)", ct);
        var votes = new Dictionary<long, (int Up, int Down, string Last)>();
        await using var connection = await database.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT answer_id, vote FROM tg_feedback ORDER BY created_at, rowid";
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var (up, down, _) = votes.GetValueOrDefault(reader.GetInt64(0));
            var vote = reader.GetString(1);
            votes[reader.GetInt64(0)] = vote == "up" ? (up + 1, down, vote) : (up, down + 1, vote);
        }

        return [.. answers.Select(a => (a, votes[a.Id].Up, votes[a.Id].Down, votes[a.Id].Last))];
    }

    /// <summary>Totals for /stats.</summary>
    public async Task<AnswerStats> StatsAsync(CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT latency_ms FROM tg_answers WHERE latency_ms IS NOT NULL ORDER BY latency_ms;
            SELECT COUNT(*), COALESCE(SUM(abstained), 0) FROM tg_answers;
            SELECT COALESCE(SUM(vote = 'up'), 0), COALESCE(SUM(vote = 'down'), 0) FROM tg_feedback;
            """;
        await using var reader = await command.ExecuteReaderAsync(ct);
        var latencies = new List<double>();
        while (await reader.ReadAsync(ct))
        {
            latencies.Add(reader.GetDouble(0));
        }

        await reader.NextResultAsync(ct);
        await reader.ReadAsync(ct);
        var (answered, abstained) = (reader.GetInt64(0), reader.GetInt64(1));
        await reader.NextResultAsync(ct);
        await reader.ReadAsync(ct);
        return new AnswerStats(answered, abstained, reader.GetInt64(0), reader.GetInt64(1),
            Percentile(latencies, 0.50), Percentile(latencies, 0.95));
    }

    /// <summary>Nearest-rank percentile of sorted values; null when there are none.</summary>
    public static double? Percentile(IReadOnlyList<double> sorted, double p)
        => sorted.Count == 0 ? null : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    private async Task<List<LoggedAnswer>> QueryAsync(string where, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT id, chat_id, user_id, question, history_json, answer, citations_json, abstained, created_at FROM tg_answers {where} ORDER BY id";
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        var found = new List<LoggedAnswer>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            found.Add(new LoggedAnswer(
                reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetString(3),
                JsonSerializer.Deserialize<List<ChatTurn>>(reader.GetString(4), Json) ?? [],
                reader.GetString(5),
                JsonSerializer.Deserialize<List<Citation>>(reader.GetString(6), Json) ?? [],
                reader.GetInt64(7) != 0,
                DateTimeOffset.Parse(reader.GetString(8), CultureInfo.InvariantCulture)));
        }

        return found;
    }

    private string Now() => time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
}

/// <summary>What /stats reports about answers and feedback.</summary>
public sealed record AnswerStats(long Answered, long Abstained, long FeedbackUp, long FeedbackDown, double? LatencyP50Ms, double? LatencyP95Ms);
