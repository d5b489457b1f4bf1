using QaBot.Core.Answering.Queries;
using QaBot.Core.Retrieval;

namespace QaBot.Core.Answering.Generative;

/// <summary>What the generative answerer needs: the question, the query retrieval ran, what it found, and the offline answer to fall back to.</summary>
/// <param name="Question">The user's question with its history (the answer is written in its language).</param>
/// <param name="SearchQuery">The standalone (possibly translated) query retrieval used.</param>
/// <param name="Retrieved">The retrieved passages, best first.</param>
/// <param name="Extractive">The offline answer for the same passages: the fallback, and the reader's judgement whether they answer the question at all (declined = no model call).</param>
/// <param name="Language">The question's language when already detected; detected again when null.</param>
public sealed record GenerationRequest(
    Question Question,
    string SearchQuery,
    IReadOnlyList<RetrievedChunk> Retrieved,
    Answer Extractive,
    Language? Language = null);
