using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using QaBot.Core.Answering;

namespace QaBot.Cli;

/// <summary>Formats an <see cref="Answer"/> for the terminal (text + sources) or as the documented JSON shape.</summary>
internal static class AnswerPrinter
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The answer, then "Sources" with n → title, date, URL and the quoted passage, then the note.</summary>
    public static string ToText(Answer answer) => answer.Text + Footer(answer);

    /// <summary>What follows the answer text: a blank line and "Sources" (when cited), a blank line and the note (when any).</summary>
    public static string Footer(Answer answer)
    {
        var lines = new List<string> { "" };
        if (answer.Citations.Count > 0)
        {
            lines.Add("");
            lines.Add("Sources");
            foreach (var c in answer.Citations.OrderBy(c => c.N))
            {
                var parts = new List<string> { c.Title };
                if (c.Date is { } date)
                {
                    parts.Add(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }

                parts.Add(c.Url?.ToString() ?? c.ArticleId);
                lines.Add($"[{c.N}] {string.Join(" — ", parts)}");
                lines.Add($"    “{c.Quote}”");
            }
        }

        if (answer.Note is { } note)
        {
            lines.Add("");
            lines.Add($"Note: {note}");
        }

        return lines.Count == 1 ? "" : string.Join(Environment.NewLine, lines);
    }

    /// <summary>The JSON documented in the README: answer, citations, retrieved, timings (+ abstained, mode, note).</summary>
    public static string ToJson(Answer answer) => JsonSerializer.Serialize(
        new
        {
            answer = answer.Text,
            citations = answer.Citations.Select(c => new
            {
                n = c.N,
                articleId = c.ArticleId,
                title = c.Title,
                date = c.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                url = c.Url?.ToString(),
                quote = c.Quote,
            }),
            retrieved = answer.Retrieved.Select(r => new { articleId = r.Chunk.ArticleId, chunkId = r.Chunk.Id, score = Math.Round(r.Score, 4) }),
            timings = new
            {
                rewriteMs = Math.Round(answer.Timings.RewriteMs, 2),
                retrievalMs = Math.Round(answer.Timings.RetrievalMs, 2),
                generationMs = Math.Round(answer.Timings.GenerationMs, 2),
                totalMs = Math.Round(answer.Timings.TotalMs, 2),
            },
            abstained = answer.Abstained,
            mode = answer.Mode,
            searchQuery = answer.SearchQuery,
            note = answer.Note,
        },
        Json);
}
