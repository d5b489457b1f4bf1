using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;

namespace QaBot.Core.Evaluation;

/// <summary>The retrieved passages an answer was written from, for the judge.</summary>
public sealed class RetrievedPassagesContext(string passages) : EvaluationContext("Retrieved passages", passages)
{
    /// <summary>The passages, numbered as the answer cites them.</summary>
    public string Passages { get; } = passages;
}

/// <summary>A person's reference answer, for the correctness criterion.</summary>
public sealed class ReferenceAnswerContext(string reference) : EvaluationContext("Reference answer", reference)
{
    /// <summary>The reference answer text.</summary>
    public string Reference { get; } = reference;
}

/// <summary>
/// An <see cref="IEvaluator"/> that asks a chat model to grade an answer on groundedness, relevance and correctness,
/// 1–5 each, with the prompts in <c>prompts/eval-judge-*.md</c>, at temperature 0 and with every reply cached by
/// <see cref="JudgeCache"/>. Scores of 3 or less are interpreted as failed.
/// </summary>
public sealed partial class AnswerJudgeEvaluator(JudgePrompts prompts, JudgeCache cache) : IEvaluator
{
    /// <summary>Metadata key set to "true" on metrics read from the cache.</summary>
    public const string CachedMetadataKey = "qabot.cached";

    /// <inheritdoc />
    public IReadOnlyCollection<string> EvaluationMetricNames => [.. JudgePrompts.Criteria];

    /// <inheritdoc />
    public async ValueTask<EvaluationResult> EvaluateAsync(
        IEnumerable<ChatMessage> messages,
        ChatResponse modelResponse,
        ChatConfiguration? chatConfiguration = null,
        IEnumerable<EvaluationContext>? additionalContext = null,
        CancellationToken cancellationToken = default)
    {
        var client = chatConfiguration?.ChatClient
            ?? throw new InvalidOperationException("the answer judge needs a ChatConfiguration with a chat client");
        messages.TryGetUserRequest(out var request, out var history);
        var contexts = additionalContext?.ToList() ?? [];
        var values = new Dictionary<string, string>
        {
            ["question"] = request?.Text ?? "",
            ["answer"] = modelResponse.Text,
            ["context"] = contexts.OfType<RetrievedPassagesContext>().FirstOrDefault()?.Passages ?? "(no passages were retrieved)",
            ["reference"] = contexts.OfType<ReferenceAnswerContext>().FirstOrDefault()?.Reference ?? "",
            ["history"] = history.Count == 0 ? "(none)" : history.RenderText(),
        };

        var metrics = new List<EvaluationMetric>();
        foreach (var criterion in JudgePrompts.Criteria)
        {
            if (criterion == "correctness" && values["reference"].Length == 0)
            {
                var skipped = new NumericMetric(criterion, null, "no reference answer in the eval set");
                skipped.AddDiagnostics(EvaluationDiagnostic.Informational("skipped: no reference_answer"));
                metrics.Add(skipped);
                continue;
            }

            metrics.Add(await ScoreAsync(client, criterion, prompts.Render(criterion, values), cancellationToken));
        }

        return new EvaluationResult(metrics);
    }

    private async Task<NumericMetric> ScoreAsync(IChatClient client, string criterion, string prompt, CancellationToken cancellationToken)
    {
        var key = JudgeCache.Key(criterion, prompt);
        var reply = await cache.GetAsync(key, cancellationToken);
        var cached = reply is not null;
        if (reply is null)
        {
            var response = await client.GetResponseAsync(prompt, new ChatOptions { Temperature = 0 }, cancellationToken);
            reply = response.Text;
            await cache.SetAsync(key, reply, cancellationToken);
        }

        var (score, reason) = ParseReply(reply);
        var metric = new NumericMetric(criterion, score, reason);
        if (score is { } s)
        {
            metric.Interpretation = new EvaluationMetricInterpretation(Rate(s), failed: s <= 3, reason);
        }
        else
        {
            metric.AddDiagnostics(EvaluationDiagnostic.Error($"unreadable judge reply: {Truncate(reply)}"));
        }

        metric.AddOrUpdateMetadata(CachedMetadataKey, cached ? "true" : "false");
        return metric;
    }

    /// <summary>Reads <c>{"score": n, "reason": "…"}</c>, or failing that a "score: n" anywhere in the reply.</summary>
    public static (double? Score, string? Reason) ParseReply(string reply)
    {
        var start = reply.IndexOf('{', StringComparison.Ordinal);
        var end = reply.LastIndexOf('}');
        if (start >= 0 && end > start)
        {
            try
            {
                using var doc = JsonDocument.Parse(reply[start..(end + 1)]);
                var root = doc.RootElement;
                double? score = root.TryGetProperty("score", out var s) ? s.ValueKind switch
                {
                    JsonValueKind.Number => s.GetDouble(),
                    JsonValueKind.String when double.TryParse(s.GetString(), CultureInfo.InvariantCulture, out var d) => d,
                    _ => null,
                } : null;
                var reason = root.TryGetProperty("reason", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null;
                if (score is >= 1 and <= 5)
                {
                    return (score, reason);
                }
            }
            catch (JsonException)
            {
                // Fall through to the lenient pattern below.
            }
        }

        var match = LooseScore().Match(reply);
        return match.Success ? (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), Truncate(reply)) : (null, null);
    }

    private static EvaluationRating Rate(double score) => score switch
    {
        >= 5 => EvaluationRating.Exceptional,
        >= 4 => EvaluationRating.Good,
        >= 3 => EvaluationRating.Average,
        >= 2 => EvaluationRating.Poor,
        _ => EvaluationRating.Unacceptable,
    };

    private static string Truncate(string text) => text.Length <= 200 ? text : text[..200] + "…";

    [GeneratedRegex(@"score\W{0,5}([1-5])\b", RegexOptions.IgnoreCase)]
    private static partial Regex LooseScore();
}
