using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QaBot.Core.Answering.Generative;
using QaBot.Core.Answering.Queries;
using QaBot.Core.Answering.Reading;
using QaBot.Core.Articles;
using QaBot.Core.Embeddings;
using QaBot.Core.Retrieval;
using QaBot.Core.Text;

namespace QaBot.Core.Answering;

/// <summary>
/// The one entry point front ends call: rewrite a follow-up into a standalone query (translated to English for
/// retrieval when a model is configured), retrieve (summaries and "latest" questions read their articles whole), answer extractively, validate citations — and, when a model is
/// configured, stream the generative answer, which falls back to the extractive one whenever it cannot be trusted.
/// </summary>
public sealed partial class AnswerService(
    HybridRetriever retriever,
    TermWeighter weighter,
    ExtractiveAnswerer extractive,
    EmbeddingModel embeddings,
    QueryRewriter rewriter,
    IOptions<AnsweringOptions> options,
    ILogger<AnswerService> logger,
    GenerativeAnswerer? generative = null)
{
    /// <summary>What a message that is not a question about the articles is told (<see cref="OffTask"/>).</summary>
    public const string OffTaskNote = "I only answer questions about the articles, quoting them; ask me about the news in them.";

    /// <summary>The note for a question about the collection itself (<see cref="CatalogueQuestion"/>: "which articles do u have").</summary>
    public const string CatalogueNote = "No article says which articles there are: `qabot sources` (or /sources in Telegram) lists them.";

    private int _saidKeywordOnly;

    /// <summary>Answers one question.</summary>
    public async Task<Answer> AskAsync(Question question, CancellationToken cancellationToken = default)
    {
        Answer? final = null;
        await foreach (var update in StreamAsync(question, cancellationToken))
        {
            final = update.Final ?? final;
        }

        return final ?? throw new InvalidOperationException("The answer stream ended without a final answer.");
    }

    /// <summary>
    /// Runs retrieval and the extractive answer once, never the model: loads the vectors and the index and compiles the
    /// answer path before the first question. Leaves no trace a user would see (the once-only notes are still to say).
    /// </summary>
    public async Task WarmUpAsync(CancellationToken cancellationToken = default)
    {
        const string probe = "latest news";
        _ = extractive.Answer(probe, await retriever.RetrieveAsync(probe, cancellationToken));
    }

    /// <summary>Streams the answer: text so far on each update, the validated <see cref="Answer"/> on the last.</summary>
    public async IAsyncEnumerable<AnswerUpdate> StreamAsync(Question question, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(question);
        InvalidQuestionException.ThrowIfInvalid(question.Text, options.Value.MaxQuestionChars);
        var total = Stopwatch.StartNew();
        if ((OffTask.Is(question.Text) ? OffTaskNote : CatalogueQuestion.Is(question.Text) ? CatalogueNote : null) is { } note)
        {
            var ms = total.Elapsed.TotalMilliseconds;
            var declined = new Answer(options.Value.NotFoundText, [], [], new AnswerTimings(0, 0, ms, ms), true, "extractive", question.Text, note);
            yield return new AnswerUpdate(declined.Text, declined);
            yield break;
        }

        var query = await rewriter.RewriteAsync(question, cancellationToken);
        var rewriteMs = total.Elapsed.TotalMilliseconds;

        var parts = new List<AnswerPart>();
        foreach (var part in CompoundQuestion.Parts(query.SearchText))
        {
            var text = await SearchTextAsync(part.Text, cancellationToken);
            var found = await RetrieveAsync(text, cancellationToken);
            var absent = found.Terms.Where(t => t.DocumentFrequency == 0).Select(t => t.Word).ToHashSet(StringComparer.Ordinal);
            if (absent.Count > 0 && Outlet.WithoutUnknownOutlet(text, absent, found.Chunks.Select(c => c.Chunk.Url)) is { } topic)
            {
                // "what does the newsweek article say on taiwan": the store knows no outlet of that name; its topic finds the article.
                (text, found) = (topic, await RetrieveAsync(topic, cancellationToken));
            }

            parts.Add(new AnswerPart(text, found, part.FollowsOn, UnknownName(text, found, AnswerShapes.Of(text)) ?? UnsaidPlace(text, found)));
        }

        var searchText = string.Join(" + ", parts.Select(p => p.Question));
        var retrieval = parts.Count == 1 ? parts[0].Retrieval : Merged([.. parts.Select(p => p.Retrieval)]);
        var retrievalMs = total.Elapsed.TotalMilliseconds - rewriteMs;

        var draft = extractive.Answer(parts);
        var problems = CitationValidator.Validate(draft, retrieval.Chunks);
        if (problems.Count > 0)
        {
            // The extractive answer quotes passages verbatim, so this is a bug, not a model's slip: report it loudly.
            logger.LogError("Extractive answer failed citation validation: {Problems}", string.Join("; ", problems));
        }

        var notes = Join(NoteFor(retrieval), query.Note);
        var offline = new Answer(draft.Text, draft.Citations, retrieval.Chunks, new AnswerTimings(rewriteMs, retrievalMs, 0, 0),
            draft.Abstained, "extractive", searchText, notes);
        var final = offline;
        if (generative is not null)
        {
            // The model answers the standalone question in the user's language; the sources come from the English search.
            var request = new GenerationRequest(question with { Text = query.Text }, searchText, retrieval.Chunks, offline, query.Language);
            await foreach (var update in generative.StreamAsync(request, cancellationToken))
            {
                if (update.Final is null)
                {
                    yield return update;
                    continue;
                }

                final = update.Final.Mode == GenerativeAnswerer.Mode ? update.Final with { Note = Join(update.Final.Note, notes) } : update.Final;
            }
        }

        var totalMs = total.Elapsed.TotalMilliseconds;
        final = final with { Timings = new AnswerTimings(rewriteMs, retrievalMs, totalMs - rewriteMs - retrievalMs, totalMs) };
        yield return new AnswerUpdate(final.Text, final);
    }

    /// <summary>
    /// What is searched for and read for the standalone question <paramref name="standalone"/>: a misspelt opening question
    /// word mended ("waht did…"), the question as <see cref="QuestionIntent.SearchPhrasing"/> reads it (chat shorthand spelt
    /// out, "the us" as "United States", a description question's "call" as "describe"), a month with two figures read as
    /// a short year when the articles know that month and not that day ("the dec 22 call" → "the December 2022 call",
    /// <see cref="DateMentions.WithShortYears"/>), its acronyms for names the
    /// passages write in full spelt out ("sco" → "Shanghai Cooperation Organisation", <see cref="Acronyms"/>), and its
    /// typos — words in no stored chunk and not in the encoder's dictionary — mended against the whole candidate pool of
    /// a first search, or else against the encoder's dictionary (and chat shorthand spelt out again, which a mended typo
    /// may make: "top diplomet" → "top diplomat" → "foreign minister").
    /// </summary>
    public async Task<string> SearchTextAsync(string standalone, CancellationToken cancellationToken = default)
    {
        var text = QuestionIntent.SearchPhrasing(SpellingCorrection.MendQuestionWord(standalone, IsWord));
        if (DateMentions.HasMonthAndTwoFigures(text))
        {
            // "the dec 22 call": December 22, or December 2022? The day the articles know of, or else the month they tell.
            text = DateMentions.WithShortYears(text, ReaderQuestion.KnownDays(await retriever.RetrievePoolAsync(text, cancellationToken)));
        }

        var terms = await weighter.WeighAsync(text, cancellationToken);
        var absent = terms.Where(t => t.DocumentFrequency == 0).Select(t => t.Word).ToList();
        var acronyms = absent.Where(w => Acronyms.CouldBe(w, standalone)).ToHashSet(StringComparer.Ordinal);
        var misspelt = absent.Where(IsUnknownWord).ToHashSet(StringComparer.Ordinal);
        if (misspelt.Count == 0 && acronyms.Count == 0)
        {
            return text;
        }

        var found = await retriever.RetrievePoolAsync(text, cancellationToken);
        var expanded = Acronyms.Expand(text, acronyms, found.Chunks.Select(c => c.Chunk.Text));
        var passageWords = found.Chunks.SelectMany(c => WordTokens.Of(c.Chunk.Text)).ToList();
        // A typo the passages found cannot mend may be a word of a passage they missed: a large store's first search for
        // "who did kishda meet" finds speeches about meetings, not the article naming Kishida.
        var storeWords = await weighter.DocumentFrequenciesAsync(SpellingCorrection.NotMendedBy(misspelt, passageWords).SelectMany(SpellingCorrection.OneEditAway), cancellationToken);
        var corrected = SpellingCorrection.Correct(expanded, misspelt, passageWords,
            embeddings.Generator is SentenceEncoder dictionary ? dictionary.VocabularyRank : null, storeWords);
        // A mended typo may make chat shorthand of what was typed: "top diplomet" → "top diplomat" → "foreign minister".
        return corrected == expanded ? corrected : ChatShorthand.Expand(corrected);
    }

    /// <summary>
    /// Of the weighed <paramref name="terms"/> of a search text (as <see cref="SearchTextAsync"/> left it, typos mended),
    /// the word that no stored chunk holds and no dictionary knows — neither the encoder's (<see cref="IsUnknownWord"/>)
    /// nor <see cref="EnglishWords"/> —, and that is no acronym and no capital the articles name by its country: a name no
    /// article mentions ("zelensky", "modi", "blinken"), which the question asks about, so whatever the articles say of
    /// Ukraine or India does not answer it. For a summary, comparison or "latest" question, whose topic is the whole
    /// question, a name the encoder or the dictionary knows counts too (<see cref="IsTopicName"/>: "summarize the xi biden
    /// summit in san francisco", "has beijing's position on the gaza war shifted"); in a fact question such a word is as
    /// often a word of the question's own (a place said another way, an irregular verb: "gave").
    /// Null when there is none; English words only (a Russian question's words are in no English dictionary). The name of
    /// a retrieved article's outlet is no such word ("summarize the al jazeera one", <see cref="Outlet"/>).
    /// </summary>
    private string? UnknownName(string text, RetrievalResult found, AnswerShape shape)
    {
        var outlet = Outlet.WordsNaming(found.Chunks.Select(c => c.Chunk.Url), text);
        return found.Terms.FirstOrDefault(t => t.DocumentFrequency == 0 && t.Word.All(char.IsAsciiLetterLower) && Stemmer.CountryOfCapital(t.Word) is null
            && !outlet.Contains(t.Word) && ((IsUnknownWord(t.Word) && !Acronyms.CouldBe(t.Word)) || (shape != AnswerShape.Fact && IsTopicName(t.Word, found))))?.Word;
    }

    /// <summary>
    /// A place that <paramref name="text"/> names and no passage read does: one of two words or more ("north korea", "the
    /// south china sea"), whatever the passages say of its words apart ("South Korea", "the North Atlantic Treaty
    /// Organization"); or one word WordNet writes only with a capital ("what did xi and putin agree when they met in
    /// kazakhstan"; not "china" or "turkey", English words too), said by no passage by itself, its capital, its country
    /// for a capital ("taipei" by "Taiwan") or its place for a people ("uzbek" by "Uzbekistan"). A continent's part named
    /// by its direction is neither (<see cref="CompassRegion"/>). Null when there is none.
    /// </summary>
    private static string? UnsaidPlace(string text, RetrievalResult found)
    {
        var named = CompassRegion().Replace(text, " ");
        var places = PlaceNames.In(CultureInfo.InvariantCulture.TextInfo.ToTitleCase(named.ToLowerInvariant()))
            .Select(p => p.Name).Where(name => name.Contains(' ', StringComparison.Ordinal)).ToList();
        var words = WordTokens.Content(named).Where(w => PlaceNames.IsPlace(w) && EnglishWords.IsCapitalOnly(w)).ToList();
        if (places.Count == 0 && words.Count == 0)
        {
            return null;
        }

        var read = found.Chunks.Select(c => QuestionIntent.UnitedStatesSpelledOut(c.Chunk.Text)).ToList();
        var said = read.Select(PassageWords.Of).ToList();
        return places.FirstOrDefault(place => !read.Any(r => r.Contains(place, StringComparison.OrdinalIgnoreCase)))
            ?? words.FirstOrDefault(w => !said.Any(r => r.Has(w) || (Stemmer.CountryOfCapital(w) is { } country && r.Stems.Contains(country))
                || (Stemmer.PlaceOfDemonym(w) is { } place && r.Has(place))));
    }

    /// <summary>
    /// A part of a continent named by its direction ("near east asia", "in eastern europe"), which the passages name by the
    /// places in it ("the East China Sea"): not a place to find said by itself, nor part of one ("near east asia" is not
    /// the Near East).
    /// </summary>
    [GeneratedRegex(@"\b(?:north|south|east|west|central|northern|southern|eastern|western|north-?east|south-?east|north-?west|south-?west)(?:ern)?\s+(?<continent>asia|europe|africa|america)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CompassRegion();

    /// <summary>
    /// True when <paramref name="word"/> names a place ("gaza", "siberia") or someone or something (a lemma WordNet writes
    /// only with a capital: "jong"; or, longer than an acronym, no English word at all: "francisco"), and no word of the
    /// passages read begins with it or it with one: "korean" is said of the Korea they name, "uzbek" of Uzbekistan.
    /// </summary>
    private static bool IsTopicName(string word, RetrievalResult found) =>
        word.Length >= SpellingCorrection.MinLength && !StopWords.Contains(word) && !EnglishWords.IsCompound(word)
        && (PlaceNames.IsPlace(word) || EnglishWords.IsCapitalOnly(word) || (word.Length > Acronyms.MaxLength && !EnglishWords.Contains(word)))
        && !found.Chunks.SelectMany(c => WordTokens.Of(c.Chunk.Text))
            .Any(w => w.Length >= SpellingCorrection.MinLength && (w.StartsWith(word, StringComparison.Ordinal) || word.StartsWith(w, StringComparison.Ordinal)));

    /// <summary>True when the encoder's dictionary holds <paramref name="word"/> whole (every word counts as one without the encoder).</summary>
    private bool IsWord(string word) => embeddings.Generator is not SentenceEncoder encoder || encoder.IsVocabularyWord(word);

    /// <summary>
    /// True when <paramref name="word"/> (in no stored chunk) is long enough to judge, all letters, and neither a word of
    /// the encoder's dictionary nor an English word or an inflection of one (<see cref="EnglishWords"/>: "massed", which
    /// the encoder splits into pieces, was mended to "missed"), nor two English words written as one ("videolink",
    /// <see cref="EnglishWords.IsCompound"/>): a typo to mend or, left so, an unknown name (none without the encoder).
    /// </summary>
    private bool IsUnknownWord(string word) =>
        word.Length >= SpellingCorrection.MinLength && word.All(char.IsLetter) && !IsWord(word) && !EnglishWords.Contains(word)
        && !EnglishWords.IsCompound(word);

    /// <summary>
    /// The passages the answer to <paramref name="searchText"/> reads: summaries and "latest" questions read their articles
    /// whole (a "latest" one for a kind of answer searched without its "latest" or "last", <see cref="AnswerShapes.LatestTopic"/>,
    /// and with the newest articles; one that names no topic, "latest news pls", reads the store's newest article);
    /// comparisons search for their topic (<see cref="AnswerShapes.ComparisonTopic"/>) across articles.
    /// </summary>
    public async Task<RetrievalResult> RetrieveAsync(string searchText, CancellationToken cancellationToken = default)
    {
        var shape = AnswerShapes.Of(searchText);
        return shape switch
        {
            AnswerShape.Summary => await retriever.RetrieveWholeArticlesAsync(searchText, false, cancellationToken),
            AnswerShape.Latest when AnswerShapes.TopicStems(searchText).Count == 0 => await retriever.RetrieveNewestArticleAsync(searchText, cancellationToken),
            AnswerShape.Latest => await retriever.RetrieveWholeArticlesAsync(AnswerShapes.LatestTopic(searchText), true, cancellationToken),
            // "which us officials are quoted in these": every passage of the pool may name one.
            AnswerShape.Comparison when PeopleOfSide.Asked(searchText) is not null => await retriever.RetrievePoolAsync(searchText, cancellationToken),
            AnswerShape.Comparison => await retriever.RetrieveAcrossArticlesAsync(AnswerShapes.ComparisonTopic(searchText), cancellationToken),
            _ => await retriever.RetrieveAsync(searchText, cancellationToken),
        };
    }

    /// <summary>What the parts of a compound question retrieved, as one result: each passage once, in the parts' order.</summary>
    private static RetrievalResult Merged(IReadOnlyList<RetrievalResult> results) =>
        new([.. results.SelectMany(r => r.Chunks).DistinctBy(c => c.Chunk.Id)], [.. results.SelectMany(r => r.Terms)], results.All(r => r.UsedVectors))
        {
            QueryVector = results[0].QueryVector,
            StoreChunks = results[0].StoreChunks,
        };

    private string? NoteFor(RetrievalResult retrieval)
    {
        if (retrieval.UsedVectors || embeddings.UnavailableReason is not { } reason)
        {
            return null;
        }

        return Interlocked.Exchange(ref _saidKeywordOnly, 1) == 0 ? reason : null;
    }

    private static string? Join(string? first, string? second) =>
        first is null ? second : second is null ? first : $"{first} {second}";
}
