using System.Text.Json;
using QaBot.Core.Answering;

namespace QaBot.Core.Evaluation;

/// <summary>
/// Reads an eval set in JSONL (one JSON object per line). Only <c>id</c> and <c>question</c> are required; unknown
/// fields are ignored; a malformed line becomes an <see cref="EvalSetError"/> with its line number and the rest is read.
/// </summary>
public static class EvalSetReader
{
    /// <summary>Reads the set at <paramref name="path"/>.</summary>
    public static async Task<EvalSet> ReadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(path))
        {
            throw new QaBotException($"eval set not found: {Path.GetFullPath(path)}");
        }

        return Parse(await File.ReadAllTextAsync(path, cancellationToken), path);
    }

    /// <summary>Parses JSONL <paramref name="content"/>; blank lines are skipped.</summary>
    public static EvalSet Parse(string content, string path = "")
    {
        var questions = new List<EvalQuestion>();
        var errors = new List<EvalSetError>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var lines = content.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim().TrimStart('\uFEFF');
            if (line.Length == 0)
            {
                continue;
            }

            try
            {
                var question = ParseLine(line, i + 1);
                if (seen.TryGetValue(question.Id, out var first))
                {
                    errors.Add(new(i + 1, $"duplicate id \"{question.Id}\" (first used on line {first})"));
                    continue;
                }

                seen[question.Id] = i + 1;
                questions.Add(question);
            }
            catch (JsonException ex)
            {
                errors.Add(new(i + 1, $"not valid JSON: {ex.Message.Split([" LineNumber:", " Path:"], StringSplitOptions.None)[0]}"));
            }
            catch (FormatException ex)
            {
                errors.Add(new(i + 1, ex.Message));
            }
        }

        return new EvalSet(path, questions, errors);
    }

    private static EvalQuestion ParseLine(string line, int number)
    {
        using var doc = JsonDocument.Parse(line, new JsonDocumentOptions { AllowTrailingCommas = true });
        var root = doc.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("expected a JSON object");
        }

        var id = RequiredString(root, "id");
        var text = RequiredString(root, "question");
        return new EvalQuestion(
            id,
            text,
            Answerable: Bool(root, "answerable") ?? true,
            ExpectedSources: Strings(root, "expected_sources").Select(NormalizeSource).ToList(),
            ExpectedFacts: Strings(root, "expected_facts"),
            ReferenceAnswer: OptionalString(root, "reference_answer"),
            Language: OptionalString(root, "language"),
            History: History(root),
            Tags: Strings(root, "tags"),
            MustNotContain: Strings(root, "must_not_contain"),
            Line: number);
    }

    // Users may write "002_9fdd9d7dd336cfc0.txt"; the article id is the file name without extension.
    private static string NormalizeSource(string source) => source.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)
        ? Path.GetFileNameWithoutExtension(source)
        : source;

    private static string RequiredString(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            throw new FormatException($"missing required field \"{name}\"");
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!,
            JsonValueKind.Number => value.GetRawText(),
            _ => throw new FormatException($"\"{name}\" must be a string"),
        };
        return string.IsNullOrWhiteSpace(text) ? throw new FormatException($"\"{name}\" must not be empty") : text.Trim();
    }

    private static string? OptionalString(JsonElement root, string name) =>
        !root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString()
        : throw new FormatException($"\"{name}\" must be a string");

    private static bool? Bool(JsonElement root, string name) =>
        !root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean()
        : throw new FormatException($"\"{name}\" must be true or false");

    private static List<string> Strings(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            return [value.GetString()!];
        }

        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String))
        {
            throw new FormatException($"\"{name}\" must be an array of strings");
        }

        return value.EnumerateArray().Select(e => e.GetString()!).Where(s => s.Trim().Length > 0).ToList();
    }

    private static List<ChatTurn> History(JsonElement root)
    {
        if (!root.TryGetProperty("history", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException("\"history\" must be an array of {\"role\", \"content\"} objects");
        }

        var turns = new List<ChatTurn>();
        foreach (var turn in value.EnumerateArray())
        {
            if (turn.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException("\"history\" must be an array of {\"role\", \"content\"} objects");
            }

            var role = RequiredString(turn, "role").ToLowerInvariant();
            if (role is not ("user" or "assistant"))
            {
                throw new FormatException($"history role must be \"user\" or \"assistant\", not \"{role}\"");
            }

            turns.Add(new ChatTurn(role, RequiredString(turn, "content")));
        }

        return turns;
    }
}
