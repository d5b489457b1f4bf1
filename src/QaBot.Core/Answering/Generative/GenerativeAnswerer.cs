using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QaBot.Core.Answering.Queries;
using QaBot.Core.Answering.Verification;

namespace QaBot.Core.Answering.Generative;

/// <summary>
/// Writes the answer with the chat model: numbered, dated sources trimmed to the token budget → the <c>answer</c>
/// prompt → streamed tokens (one <see cref="AnswerUpdate"/> per piece) → <see cref="CitationChecker"/> → the final
/// <see cref="Answer"/>. Whether the passages answer the question at all is the offline reader's judgement, the same
/// on both paths: when the extractive answer declined, so does this one, without calling the model (a model writes a
/// fluent, cited answer to "trade in 2025" from the 2023 figure). A model that finds no answer in the sources gets the
/// same decline text, uncited. Whatever goes wrong — HTTP errors, timeouts, a stalled or broken stream, an empty or
/// uncheckable answer — ends in the extractive answer with a one-line note, never an exception (except the caller's
/// own cancellation).
/// </summary>
public sealed class GenerativeAnswerer(
    IChatClient chat,
    PromptLibrary prompts,
    SourceContext context,
    CitationChecker checker,
    IOptions<LlmOptions> options,
    IOptions<AnsweringOptions> answering,
    TimeProvider time,
    ILogger<GenerativeAnswerer> logger)
{
    /// <summary>The mode name on generative answers.</summary>
    public const string Mode = "generative";

    /// <summary>Streams the answer; the last update carries the checked <see cref="Answer"/>.</summary>
    public async IAsyncEnumerable<AnswerUpdate> StreamAsync(GenerationRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var started = time.GetTimestamp();
        if (request.Retrieved.Count == 0 || request.Extractive.Abstained)
        {
            // The reader judged the passages against the question (its key terms, the kind of answer asked for, the years
            // it names): when they do not answer it, no model is asked — a decline, not a draft that turns into one.
            yield return new AnswerUpdate(request.Extractive.Text, request.Extractive);
            yield break;
        }

        var language = request.Language ?? LanguageDetector.Detect(request.Question);
        var sources = await context.BuildAsync($"{request.Question.Text} {request.SearchQuery}", request.Retrieved, cancellationToken);
        var messages = await prompts.RenderChatAsync("answer", new Dictionary<string, string>
        {
            ["today"] = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["question"] = request.Question.Text.Trim(),
            ["language"] = language.Name,
            ["sources"] = sources.Rendered,
        }, cancellationToken);
        var settings = options.Value;
        var chatOptions = new ChatOptions { Temperature = (float)settings.Temperature, MaxOutputTokens = settings.MaxAnswerTokens };

        // The resilience handler bounds the wait for response headers; this bounds silence once streaming.
        var idleLimit = TimeSpan.FromSeconds(settings.TimeoutSeconds);
        using var idle = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        idle.CancelAfter((idleLimit * (settings.MaxRetries + 1)) + TimeSpan.FromSeconds((settings.MaxRetries * 2) + 1));

        var text = new StringBuilder();
        string? failure = null;
        await using (var stream = chat.GetStreamingResponseAsync(messages, chatOptions, idle.Token).GetAsyncEnumerator(idle.Token))
        {
            while (true)
            {
                try
                {
                    if (!await stream.MoveNextAsync())
                    {
                        break;
                    }
                }
                catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
                {
                    failure = !idle.IsCancellationRequested ? LlmFailure.Describe(ex)
                        : text.Length == 0 ? "timed out"
                        : $"went silent for over {settings.TimeoutSeconds} s mid-answer";
                    logger.LogWarning(ex, "The language model {Reason}; falling back to the extractive answer", failure);
                    break;
                }

                idle.CancelAfter(idleLimit);
                if (stream.Current.Text is { Length: > 0 } piece)
                {
                    text.Append(piece);
                    yield return new AnswerUpdate(text.ToString());
                }
            }
        }

        var final = Finish(request, sources.Sources, text.ToString(), failure);
        var elapsed = time.GetElapsedTime(started).TotalMilliseconds;
        final = final with { Timings = final.Timings with { GenerationMs = elapsed } };
        yield return new AnswerUpdate(final.Text, final);
    }

    /// <summary>Answers without streaming: the final update's answer.</summary>
    public async Task<Answer> AnswerAsync(GenerationRequest request, CancellationToken cancellationToken = default)
    {
        Answer? final = null;
        await foreach (var update in StreamAsync(request, cancellationToken))
        {
            final = update.Final ?? final;
        }

        return final ?? request.Extractive;
    }

    private Answer Finish(GenerationRequest request, IReadOnlyList<Retrieval.RetrievedChunk> sources, string raw, string? failure)
    {
        if (failure is not null)
        {
            return Fallback(request, $"The language model {failure}; showing the offline answer instead.");
        }

        if (string.IsNullOrWhiteSpace(raw))
        {
            return Fallback(request, "The language model returned an empty answer; showing the offline answer instead.");
        }

        var result = checker.Check(raw, sources);
        logger.LogInformation("Citation check: {Stats}", result.Stats);
        if (result.HasCitedContent)
        {
            var note = result.Stats.Dropped == 0
                ? null
                : $"{result.Stats.Dropped} sentence(s) of the model's answer that the articles do not support were removed.";
            return new Answer(result.Text, result.Citations, request.Retrieved, request.Extractive.Timings, Abstained: false, Mode, request.SearchQuery, note);
        }

        if (result.Refusal)
        {
            // Both judges must find an answer: the reader (which let the question through) and the model reading the passages.
            logger.LogInformation("The language model found no answer in the sources ({Refusal}); declining although the offline reader would quote: {Offline}",
                result.Text, request.Extractive.Text);
            return new Answer(answering.Value.NotFoundText, [], request.Retrieved, request.Extractive.Timings, Abstained: true, Mode, request.SearchQuery);
        }

        return Fallback(request, "The language model's answer could not be matched to the articles; showing the offline answer instead.");
    }

    private static Answer Fallback(GenerationRequest request, string note) =>
        request.Extractive with { Note = request.Extractive.Note is null ? note : $"{note} {request.Extractive.Note}" };
}
