using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using QaBot.Core.Answering.Generative;

namespace QaBot.Core.Answering.Queries;

/// <summary>
/// Turns a question with its history into the query retrieval runs: follow-ups made standalone (by the model with the
/// <c>rewrite-followup</c> prompt, else by <see cref="FollowUpCarryOver"/>), and non-English questions translated to
/// English for retrieval (<c>translate-query</c> prompt). Any model failure falls back to the offline path.
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
            return new StandaloneQuery(text, text, language, method, language.IsEnglish ? null : OfflineNote(language));
        }

        var standalone = question.Text.Trim();
        var how = "as-is";
        if (hasHistory)
        {
            var rewritten = await AskAsync("rewrite-followup", new Dictionary<string, string>
            {
                ["history"] = FormatHistory(question.Turns),
                ["question"] = question.Text.Trim(),
                ["today"] = Today(),
            }, cancellationToken);
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
        }, cancellationToken);
        return english is null
            ? new StandaloneQuery(standalone, standalone, language, how, OfflineNote(language))
            : new StandaloneQuery(standalone, english, language, how + "+translated");
    }

    /// <summary>The honest note shown when a non-English question is searched without translation.</summary>
    public static string OfflineNote(Language language) =>
        $"Offline mode searches the English articles and answers in English; a question in {language.Name} is matched only by its numbers and Latin-script names — ask in English or configure a model (README, \"Using an LLM\").";

    private async Task<string?> AskAsync(string prompt, Dictionary<string, string> values, CancellationToken cancellationToken)
    {
        try
        {
            var messages = await prompts!.RenderChatAsync(prompt, values, cancellationToken);
            var response = await chat!.GetResponseAsync(messages, new ChatOptions { Temperature = 0, MaxOutputTokens = 120 }, cancellationToken);
            return Clean(response.Text);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            _logger.LogWarning(ex, "The model could not run the {Prompt} prompt ({Reason}); using the offline path", prompt, LlmFailure.Describe(ex));
            return null;
        }
    }

    /// <summary>First non-empty line, without labels or quotes; null when nothing usable is left.</summary>
    internal static string? Clean(string? reply)
    {
        var line = (reply ?? "").Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);
        if (line is null)
        {
            return null;
        }

        line = Label().Replace(line, "").Trim().Trim('"', '\'', '«', '»', '“', '”', '`').Trim();
        return line.Length is 0 or > 500 ? null : line;
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

    private string Today() => DateOnly.FromDateTime((time ?? TimeProvider.System).GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd");

    [GeneratedRegex(@"^(standalone question|question|english|translation|rewritten question)\s*:\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    [GeneratedRegex(@"\s*\[\d+(?:\s*[-–,]\s*\d+)*\]")]
    private static partial Regex Marker();
}
