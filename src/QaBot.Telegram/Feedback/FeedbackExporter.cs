using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using QaBot.Telegram.Storage;

namespace QaBot.Telegram.Feedback;

/// <summary>
/// Writes rated answers as JSONL in the eval-set format (one question per line), so real questions become test cases.
/// A 👍 answer becomes a ready case: its cited articles are the expected sources and its text the reference answer.
/// A 👎 answer keeps the question and history with empty expectations for a person to fill in.
/// </summary>
public sealed class FeedbackExporter(BotStore store)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>Writes one line per rated answer; returns the number of lines.</summary>
    public async Task<int> ExportAsync(TextWriter output, CancellationToken ct)
    {
        var rated = await store.RatedAnswersAsync(ct);
        foreach (var (answer, up, down, last) in rated)
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(ToCase(answer, up, down, last), Json).AsMemory(), ct);
        }

        return rated.Count;
    }

    /// <summary>The eval-set row for one rated answer.</summary>
    public static EvalCase ToCase(LoggedAnswer answer, int up, int down, string lastVote)
    {
        var approved = lastVote == "up";
        return new EvalCase(
            Id: $"tg-{answer.Id}",
            Question: answer.Question,
            // An approved "not in the articles" is a correct abstention; anything else is presumed answerable.
            Answerable: !(approved && answer.Abstained),
            ExpectedSources: approved && !answer.Abstained ? [.. answer.Citations.Select(c => c.ArticleId).Distinct()] : [],
            ExpectedFacts: [],
            ReferenceAnswer: approved && !answer.Abstained ? answer.Answer : "",
            Language: LanguageOf(answer.Question),
            History: [.. answer.History.Select(t => new EvalTurn(t.Role, t.Content))],
            Feedback: lastVote,
            Votes: new EvalVotes(up, down),
            AskedAt: answer.CreatedAt);
    }

    /// <summary>"ru" when the question is mostly Cyrillic, else "en".</summary>
    public static string LanguageOf(string text)
    {
        var letters = text.Where(char.IsLetter).ToList();
        var cyrillic = letters.Count(c => c is >= '\u0400' and <= '\u04FF');
        return letters.Count > 0 && cyrillic * 2 > letters.Count ? "ru" : "en";
    }
}

/// <summary>One eval-set line (issue 4's format) plus the feedback it came from.</summary>
public sealed record EvalCase(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("question")] string Question,
    [property: JsonPropertyName("answerable")] bool Answerable,
    [property: JsonPropertyName("expected_sources")] IReadOnlyList<string> ExpectedSources,
    [property: JsonPropertyName("expected_facts")] IReadOnlyList<string> ExpectedFacts,
    [property: JsonPropertyName("reference_answer")] string ReferenceAnswer,
    [property: JsonPropertyName("language")] string Language,
    [property: JsonPropertyName("history")] IReadOnlyList<EvalTurn> History,
    [property: JsonPropertyName("feedback")] string Feedback,
    [property: JsonPropertyName("votes")] EvalVotes Votes,
    [property: JsonPropertyName("asked_at")] DateTimeOffset AskedAt);

/// <summary>A history turn in the eval set.</summary>
public sealed record EvalTurn([property: JsonPropertyName("role")] string Role, [property: JsonPropertyName("content")] string Content);

/// <summary>How many users rated the answer up and down.</summary>
public sealed record EvalVotes([property: JsonPropertyName("up")] int Up, [property: JsonPropertyName("down")] int Down);
