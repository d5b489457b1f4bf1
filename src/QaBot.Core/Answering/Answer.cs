using QaBot.Core.Retrieval;

namespace QaBot.Core.Answering;

/// <summary>One earlier turn of a conversation. <see cref="Role"/> is "user" or "assistant".</summary>
public sealed record ChatTurn(string Role, string Content);

/// <summary>A question with the conversation that came before it (oldest first).</summary>
public sealed record Question(string Text, IReadOnlyList<ChatTurn>? History = null)
{
    /// <summary>The history, never null.</summary>
    public IReadOnlyList<ChatTurn> Turns => History ?? [];
}

/// <summary>A numbered source backing one or more <c>[n]</c> markers in <see cref="Answer.Text"/>.</summary>
/// <param name="N">The number used in the answer's <c>[n]</c> markers (1-based).</param>
/// <param name="Quote">The exact passage quoted (a substring of the chunk text).</param>
public sealed record Citation(
    int N,
    string ArticleId,
    string ChunkId,
    string Title,
    DateOnly? Date,
    Uri? Url,
    string Quote);

/// <summary>Wall-clock timings of one answer, in milliseconds.</summary>
public sealed record AnswerTimings(double RewriteMs, double RetrievalMs, double GenerationMs, double TotalMs);

/// <summary>The answer to a question: text with <c>[n]</c> markers, the citations they map to, and what retrieval returned.</summary>
/// <param name="Text">The answer text; every sentence carries a <c>[n]</c> unless <see cref="Abstained"/>.</param>
/// <param name="Abstained">True when the articles do not contain the answer ("I could not find this in the articles.").</param>
/// <param name="Mode">"extractive" (offline) or "generative" (LLM).</param>
/// <param name="SearchQuery">The standalone query actually used for retrieval (after follow-up rewriting).</param>
/// <param name="Note">A one-line note for the user, e.g. that the model was unreachable and the extractive answer is shown.</param>
public sealed record Answer(
    string Text,
    IReadOnlyList<Citation> Citations,
    IReadOnlyList<RetrievedChunk> Retrieved,
    AnswerTimings Timings,
    bool Abstained,
    string Mode,
    string SearchQuery,
    string? Note = null);

/// <summary>A streaming step: the answer text so far; <see cref="Final"/> is set on the last update only.</summary>
public sealed record AnswerUpdate(string TextSoFar, Answer? Final = null);
