using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using QaBot.Core.Embeddings;
using QaBot.Core.Retrieval;

namespace QaBot.Core.Answering;

/// <summary>
/// The one entry point front ends call: rewrite a follow-up into a standalone query, retrieve, answer
/// (generative when a model is configured, extractive otherwise), validate citations.
/// </summary>
public sealed class AnswerService(
    HybridRetriever retriever,
    ExtractiveAnswerer extractive,
    EmbeddingModel embeddings,
    ILogger<AnswerService> logger)
{
    private int _saidKeywordOnly;

    /// <summary>Answers one question.</summary>
    public async Task<Answer> AskAsync(Question question, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(question);
        var total = Stopwatch.StartNew();
        var query = FollowUpRewriter.Rewrite(question);
        var rewriteMs = total.Elapsed.TotalMilliseconds;

        var retrieval = await retriever.RetrieveAsync(query, cancellationToken);
        var retrievalMs = total.Elapsed.TotalMilliseconds - rewriteMs;

        var draft = extractive.Answer(query, retrieval);
        var problems = CitationValidator.Validate(draft, retrieval.Chunks);
        if (problems.Count > 0)
        {
            // The extractive answer quotes passages verbatim, so this is a bug, not a model's slip: report it loudly.
            logger.LogError("Extractive answer failed citation validation: {Problems}", string.Join("; ", problems));
        }

        var generationMs = total.Elapsed.TotalMilliseconds - rewriteMs - retrievalMs;
        return new Answer(
            draft.Text,
            draft.Citations,
            retrieval.Chunks,
            new AnswerTimings(rewriteMs, retrievalMs, generationMs, total.Elapsed.TotalMilliseconds),
            draft.Abstained,
            "extractive",
            query,
            NoteFor(retrieval));
    }

    /// <summary>Streams the answer: text so far on each update, the validated <see cref="Answer"/> on the last.</summary>
    public async IAsyncEnumerable<AnswerUpdate> StreamAsync(Question question, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var answer = await AskAsync(question, cancellationToken);
        yield return new AnswerUpdate(answer.Text, answer);
    }

    private string? NoteFor(RetrievalResult retrieval)
    {
        if (retrieval.UsedVectors || embeddings.UnavailableReason is not { } reason)
        {
            return null;
        }

        return Interlocked.Exchange(ref _saidKeywordOnly, 1) == 0 ? reason : null;
    }
}
