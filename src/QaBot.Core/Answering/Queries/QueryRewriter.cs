using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using QaBot.Core.Answering.Generative;
using QaBot.Core.Text;

namespace QaBot.Core.Answering.Queries;

/// <summary>
/// Turns a question with its history into the query retrieval runs: follow-ups made standalone (by the model with the
/// <c>rewrite-followup</c> prompt, else by <see cref="FollowUpCarryOver"/>), and non-English questions translated to
/// English for retrieval (<c>translate-query</c> prompt). Any model failure falls back to the offline path, and so does
/// a reply that is no search query (<see cref="SearchQueryCheck"/>: a refusal, markup, an echo of the prompt, empty…).
/// </summary>
public sealed partial class QueryRewriter(
    IChatClient? chat = null,
    PromptLibrary? prompts = null,
    TimeProvider? time = null,
    ILogger<QueryRewriter>? logger = null)
{
    private const int MaxHistoryTurns = 6;
    private const int MaxTurnChars = 400;
    private readonly ILogger _logger = logger ?? NullLogger<QueryRewriter>.Instance;

    /// <summary>True when a model does the rewriting and translation.</summary>
    public bool UsesModel => chat is not null && prompts is not null;

    /// <summary>Makes <paramref name="question"/> standalone and searchable.</summary>
    public async Task<StandaloneQuery> RewriteAsync(Question question, CancellationToken cancellationToken = default)
    {
        var language = LanguageDetector.Detect(question);
        var hasHistory = question.Turns.Any(t => t.Role == "user");
        if (!UsesModel)
        {
            var text = FollowUpCarryOver.Rewrite(question.Text, question.Turns);
            var method = text == question.Text.Trim() ? "as-is" : "carry-over";
            return Glossed(text, language, method) ?? new StandaloneQuery(text, text, language, method, language.IsEnglish ? null : OfflineNote(language));
        }

        var standalone = question.Text.Trim();
        var how = "as-is";
        if (hasHistory)
        {
            var history = FormatHistory(question.Turns);
            var rewritten = await AskAsync("rewrite-followup", new Dictionary<string, string>
            {
                ["history"] = history,
                ["question"] = question.Text.Trim(),
                ["today"] = Today(),
            }, UserLines(history) + "\n" + question.Text, cancellationToken);
            (standalone, how) = rewritten is null
                ? (FollowUpCarryOver.Rewrite(question.Text, question.Turns), "carry-over")
                : (rewritten, "model");
        }

        if (language.IsEnglish)
        {
            return new StandaloneQuery(standalone, standalone, language, how);
        }

        var english = await AskAsync("translate-query", new Dictionary<string, string>
        {
            ["question"] = standalone,
            ["language"] = language.Name,
        }, standalone, cancellationToken);
        return english is null
            ? Glossed(standalone, language, how) ?? new StandaloneQuery(standalone, standalone, language, how, OfflineNote(language))
            : new StandaloneQuery(standalone, english, language, how + "+translated");
    }

    /// <summary>
    /// A Russian question put into English word by word (<see cref="RussianGlossary"/>) when no model translates it, with
    /// a note that says so and shows the English searched for; null for any other language.
    /// </summary>
    private static StandaloneQuery? Glossed(string text, Language language, string method)
    {
        if (language.Code != "ru" || !RussianGlossary.HasRussian(text))
        {
            return null;
        }

        var english = RussianGlossary.Translate(text);
        return new StandaloneQuery(text, english, language, method + "+glossary", GlossaryNote(english));
    }

    /// <summary>The note shown when a Russian question was put into English with the built-in glossary.</summary>
    public static string GlossaryNote(string english) =>
        $"Offline mode put your Russian question into English word by word with a built-in glossary (\"{english}\") and answers in English; for a full translation configure a model (README, \"Using an LLM\").";

    /// <summary>The honest note shown when a non-English question is searched without translation.</summary>
    public static string OfflineNote(Language language) =>
        $"Offline mode searches the English articles and answers in English; a question in {language.Name} is matched only by its numbers and Latin-script names — ask in English or configure a model (README, \"Using an LLM\").";

    /// <summary>The model's reply to <paramref name="prompt"/> when it can be searched for; null (logged once) when the offline path must do.</summary>
    /// <param name="source">What the reply rewrites, for the length check.</param>
    private async Task<string?> AskAsync(string prompt, Dictionary<string, string> values, string source, CancellationToken cancellationToken)
    {
        string raw;
        try
        {
            var messages = await prompts!.RenderChatAsync(prompt, values, cancellationToken);
            var response = await chat!.GetResponseAsync(messages, new ChatOptions { Temperature = 0, MaxOutputTokens = 120 }, cancellationToken);
            // Reasoning models (DeepSeek-R1, Qwen3 via Ollama) put their thinking first, in <think> tags: not the reply.
            raw = Thinking().Replace(response.Text, "");
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            _logger.LogWarning(ex, "The model could not run the {Prompt} prompt ({Reason}); using the offline path", prompt, LlmFailure.Describe(ex));
            return null;
        }

        // The instructions alone — the prompt rendered without the user's words — are what an echo would repeat.
        var bare = values.ToDictionary(v => v.Key, v => v.Key is "history" or "question" ? "" : v.Value);
        var instructions = string.Join("\n", (await prompts.RenderChatAsync(prompt, bare, cancellationToken)).Select(m => m.Text));
        var cleaned = Clean(raw);
        if (SearchQueryCheck.Problem(raw, cleaned, source, instructions) is { } problem)
        {
            _logger.LogWarning("The model's reply to the {Prompt} prompt is not a search query ({Problem}): \"{Reply}\"; using the offline path",
                prompt, problem, Shorten(raw));
            return null;
        }

        return cleaned;
    }

    /// <summary>First non-empty line that is not a lead-in ("Here is the question:"), without labels or quotes; null when nothing usable is left.</summary>
    internal static string? Clean(string? reply)
    {
        var lines = (reply ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var line = lines.FirstOrDefault(l => !l.EndsWith(':')) ?? lines.FirstOrDefault();
        if (line is null)
        {
            return null;
        }

        line = Label().Replace(line, "").Trim().Trim('"', '\'', '«', '»', '“', '”', '`').Trim();
        return line.Length == 0 ? null : line;
    }

    private static string FormatHistory(IReadOnlyList<ChatTurn> turns)
    {
        var text = new StringBuilder();
        foreach (var turn in turns.TakeLast(MaxHistoryTurns))
        {
            var content = Marker().Replace(turn.Content, "").Trim();
            if (content.Length > MaxTurnChars)
            {
                content = content[..MaxTurnChars] + "…";
            }

            text.Append(turn.Role == "user" ? "User: " : "Assistant: ").AppendLine(content);
        }

        return text.ToString().TrimEnd();
    }

    private static string UserLines(string history) =>
        string.Join("\n", history.Split('\n').Where(l => l.StartsWith("User: ", StringComparison.Ordinal)).Select(l => l[6..]));

    private static string Shorten(string? text)
    {
        var flat = (text ?? "").ReplaceLineEndings(" ").Trim();
        return flat.Length <= 120 ? flat : flat[..120] + "…";
    }

    private string Today() => DateOnly.FromDateTime((time ?? TimeProvider.System).GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd");

    [GeneratedRegex(@"^(standalone question|question|english|translation|rewritten question)\s*:\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    [GeneratedRegex(@"<think>.*?</think>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Thinking();

    [GeneratedRegex(@"\s*\[\d+(?:\s*[-–,]\s*\d+)*\]")]
    private static partial Regex Marker();
}
