using System.Runtime.CompilerServices;

namespace QaBot.Core.Answering;

/// <summary>
/// The one entry point front ends call: rewrite a follow-up into a standalone query, retrieve, answer
/// (generative when a model is configured, extractive otherwise), validate citations.
/// </summary>
public sealed class AnswerService
{
    /// <summary>Answers one question.</summary>
    public Task<Answer> AskAsync(Question question, CancellationToken cancellationToken = default)
        => throw new NotImplementedException("being written in this session");

    /// <summary>Streams the answer: text so far on each update, the validated <see cref="Answer"/> on the last.</summary>
    public async IAsyncEnumerable<AnswerUpdate> StreamAsync(Question question, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var answer = await AskAsync(question, cancellationToken);
        yield return new AnswerUpdate(answer.Text, answer);
    }
}
