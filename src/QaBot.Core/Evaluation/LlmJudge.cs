using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;
using QaBot.Core.Answering;

namespace QaBot.Core.Evaluation;

/// <summary>
/// Grades eval answers with <see cref="AnswerJudgeEvaluator"/> when a chat model is available. With no
/// <see cref="IChatClient"/> it scores nothing and says so in <see cref="Note"/>, so reports show why judge columns are empty.
/// </summary>
public sealed class LlmJudge(IChatClient? client, AnswerJudgeEvaluator? evaluator)
{
    /// <summary>A one-line note for the report when the judge cannot run; null when it can.</summary>
    public string? Note => client is null || evaluator is null
        ? "LLM judge skipped: no chat model is configured (see README, LLM settings)"
        : null;

    /// <summary>Scores <paramref name="answer"/> on every criterion; empty when no model is configured.</summary>
    public async Task<IReadOnlyList<JudgeScore>> ScoreAsync(EvalQuestion question, Answer answer, CancellationToken cancellationToken)
    {
        if (client is null || evaluator is null)
        {
            return [];
        }

        var messages = question.Turns
            .Select(t => new ChatMessage(t.Role == "assistant" ? ChatRole.Assistant : ChatRole.User, t.Content))
            .Append(new ChatMessage(ChatRole.User, question.Question))
            .ToList();
        var passages = string.Join("\n\n", answer.Citations.Select(c => $"[{c.N}] {c.Title}: {Passage(answer, c)}"));
        if (passages.Length == 0)
        {
            passages = string.Join("\n\n", answer.Retrieved.Select(r => $"- {r.Chunk.Title}: {r.Chunk.Text}"));
        }

        var context = new List<EvaluationContext> { new RetrievedPassagesContext(passages.Length == 0 ? "(no passages)" : passages) };
        var reference = question.ReferenceAnswer ?? (question.Answerable ? null : "The articles do not contain this information; the bot should decline.");
        if (reference is not null)
        {
            context.Add(new ReferenceAnswerContext(reference));
        }

        var result = await evaluator.EvaluateAsync(
            messages, new ChatResponse(new ChatMessage(ChatRole.Assistant, answer.Text)), new ChatConfiguration(client), context, cancellationToken);
        return result.Metrics.Values.OfType<NumericMetric>()
            .Select(m => new JudgeScore(m.Name, m.Value, m.Reason ?? m.Diagnostics?.FirstOrDefault()?.Message,
                m.Metadata?.TryGetValue(AnswerJudgeEvaluator.CachedMetadataKey, out var c) == true && c == "true"))
            .ToList();
    }

    private static string Passage(Answer answer, Citation citation) =>
        answer.Retrieved.FirstOrDefault(r => r.Chunk.Id == citation.ChunkId)?.Chunk.Text ?? citation.Quote;
}
