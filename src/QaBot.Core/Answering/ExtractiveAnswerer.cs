using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using QaBot.Core.Answering.Reading;
using QaBot.Core.Retrieval;

namespace QaBot.Core.Answering;

/// <summary>
/// One question of a message (<see cref="Queries.QuestionPart"/>) as searched, with what was retrieved for it and the
/// name it asks about that no article mentions, if any (found by <see cref="AnswerService"/>: "what did zelensky
/// say" is not answered by what the articles say of Ukraine).
/// </summary>
public sealed record AnswerPart(string Question, RetrievalResult Retrieval, bool FollowsOn = false, string? UnknownName = null);

/// <summary>The text of an answer with the citations its <c>[n]</c> markers refer to. Empty citations = abstained.</summary>
public sealed record AnswerDraft(string Text, IReadOnlyList<Citation> Citations)
{
    /// <summary>True when the draft says the articles do not contain the answer.</summary>
    public bool Abstained => Citations.Count == 0;
}

/// <summary>
/// The offline answer. The <see cref="SentenceReader"/> scores every quotable sentence of the retrieved passages; when
/// the best one is unlikely to answer the question (for a summary or "latest" question: when the best sentences name
/// too little of its topic; for a question for who someone is: never when a sentence gives their title,
/// <see cref="PersonTitle"/>), or what the reader found cannot be an answer (<see cref="AnswerChecks.RulesOut"/>:
/// no figure for "how many", another place's office, an article older than the events asked about, another year than
/// the one asked about, no year for "what year"), the answer is "I could not find this in the articles.". Otherwise,
/// by the question's <see cref="AnswerShape"/>: a fact gets its best sentence and any close runner-up; a comparison the
/// best sentences of each relevant article, dated; a summary or "latest" the key sentences of one article (plus a close
/// second article's best for a summary), dated. A sentence that leans on the one before it ("He said…") brings that one
/// along. A comparison's sentences are read by <see cref="ComparisonSentences"/>, a summary's and a "latest" answer's by
/// <see cref="SummarySentences"/>.
/// </summary>
public sealed partial class ExtractiveAnswerer(SentenceReader reader, IOptions<AnsweringOptions> options)
{
    private readonly AnsweringOptions _options = options.Value;

    /// <summary>Builds the answer to <paramref name="question"/> from <paramref name="retrieval"/>.</summary>
    public AnswerDraft Answer(string question, RetrievalResult retrieval) => Answer([new AnswerPart(question, retrieval)]);

    /// <summary>
    /// Builds one answer to the <paramref name="parts"/> of a compound question (<see cref="Queries.CompoundQuestion"/>),
    /// each with what was retrieved for it: the sentences chosen for each part that the articles answer, in the parts'
    /// order (an article quoted for both is one source) — not for a part that follows on from one the articles were
    /// found not to answer (a name, an office or a detail no passage gives: "who is the uk prime minister and what did he
    /// say about putin") —; "I could not find this in the articles." when they answer none. A part declined only because
    /// the reader doubted its sentences leaves the next one to be read: "who did the nato chief meet on jan 31 2023 and
    /// what'd they agree" is answered by the sentence that tells both.
    /// </summary>
    public AnswerDraft Answer(IReadOnlyList<AnswerPart> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var picks = new List<(List<CandidateSentence> Chosen, bool Dated, CandidateSentence? Lead)>();
        var ruledOut = false;
        foreach (var part in parts)
        {
            var doubted = false;
            var pick = (part.FollowsOn && ruledOut) || part.UnknownName is not null ? null : Choose(part.Question, part.Retrieval, out doubted);
            ruledOut = pick is null && !doubted;
            if (pick is { } found)
            {
                picks.Add(found);
            }
        }

        if (picks.Count == 0)
        {
            return new AnswerDraft(_options.NotFoundText, []);
        }

        var chosen = picks.SelectMany(p => p.Chosen).DistinctBy(c => (c.Chunk.ArticleId, c.Offset)).ToList();
        return AnswerComposer.Compose(WithContext(chosen), picks.Any(p => p.Dated), picks.Count == 1 ? picks[0].Lead : null);
    }

    /// <summary>
    /// The sentences that answer <paramref name="question"/>, whether they are read as dated stories, and the sentence a
    /// dated story opens with rather than taking its place in reading order (a "latest" question's answer of the asked
    /// kind, <see cref="SummarySentences.LatestKindLead"/>); null when the articles do not answer it, with
    /// <paramref name="doubted"/> set when no check ruled it out and only the reader's doubt of its sentences declined it.
    /// </summary>
    private (List<CandidateSentence> Chosen, bool Dated, CandidateSentence? Lead)? Choose(string question, RetrievalResult retrieval, out bool doubted)
    {
        doubted = false;
        var reading = reader.Read(question, retrieval);
        var model = reader.For(retrieval);
        var shape = reading.Question.Shape;
        var newest = shape == AnswerShape.Latest && reading.Ranked.Count > 0 ? SummarySentences.NewestRelevant(reading) : null;
        var latestLead = SummarySentences.LatestKindLead(reading, newest, reader.Tokens, model);
        var identity = IdentityLead(reading, shape);
        var newsDay = NewsDay.Lead(reading);
        if ((latestLead ?? newsDay ?? ListLead(reading, shape) ?? identity) is { } lead)
        {
            reading = reading with { Ranked = [lead, .. reading.Ranked.Where(s => s.Candidate != lead.Candidate)] };
        }

        // A comparison read across the articles — the people each side named, an amount's figures over time — both
        // decides that the question is answered and makes up its answer: read once.
        var readAcross = shape == AnswerShape.Comparison ? ComparisonSentences.ReadAcross(reading)
            : shape == AnswerShape.Summary ? SummarySentences.AcrossArticles(reading) : null;
        var answers = SummarySentences.Answers(reading, shape) ?? ComparisonSentences.Answers(reading, shape, readAcross is not null) ?? (identity is null && newsDay is null ? OutrightAnswers.Answers(reading) : true);
        var unlikely = answers is { } told ? !told : reading.AnswerProbability < model.AnswerThreshold;
        if (reading.Ranked.Count == 0 || unlikely || AnswerChecks.RulesOut(reading))
        {
            // Only the reader's doubt declined it when it was unlikely and no check rules it out (read here only then: a
            // likely answer reached this point because a check ruled it out).
            doubted = reading.Ranked.Count > 0 && answers is null && unlikely && !AnswerChecks.RulesOut(reading);
            return null;
        }

        CandidateSentence? topicLead = null;
        List<CandidateSentence> chosen;
        if (shape == AnswerShape.Summary && readAcross is not null)
        {
            chosen = readAcross;
        }
        else if (shape is AnswerShape.Summary or AnswerShape.Latest)
        {
            (chosen, topicLead) = SummarySentences.KeySentences(reading, shape, model, newest);
        }
        else
        {
            chosen = shape == AnswerShape.Comparison
                ? readAcross ?? ComparisonSentences.OnePerArticle(reading, model, reader.Tokens)
                : [.. SentenceChoice.Best(reading.Ranked, _options.MaxSentences, model.SecondaryShare, model.OtherArticleShare).Select(s => s.Candidate)];
            if (shape == AnswerShape.Fact && LeadAnswersOutright(reading.Question, chosen))
            {
                chosen = [.. chosen.Where(c => c.Chunk.ArticleId == chosen[0].Chunk.ArticleId)];
            }

            // "when was xi last in russia? and for what": "…the visit would be the first by Xi Jinping after 2019." goes on
            // with what that year's visit was ("The leader of the Communist Party attended a… symposium in St. Petersburg in the year 2019.").
            if (shape == AnswerShape.Fact && chosen.Count > 0 && _options.MaxSentences >= 2 && OutrightAnswers.FirstSinceYear(chosen[0].Text) is { } year
                && reading.Ranked.FirstOrDefault(s => SentenceChoice.Follows(s.Candidate, chosen[0]) && s.Candidate.Text.Contains(year, StringComparison.Ordinal)) is { } then
                && !chosen.Contains(then.Candidate))
            {
                chosen = [chosen[0], then.Candidate, .. chosen.Skip(1).Take(_options.MaxSentences - 2)];
            }

            if (identity is not null && PersonTitle.AskedPerson(reading.Question.Text) is { } person)
            {
                chosen = WithOtherTitles(chosen, reading, person);
            }

            // "so did xi ever make it to moscow": "…he expected Xi to visit Moscow in the spring", then the photo of them
            // there on March 21, 2023.
            if (PhotoCaption.Showing(reading.Question, retrieval) is { } caption && !chosen.Any(c => c.Chunk.ArticleId == caption.Chunk.ArticleId && c.Offset == caption.Offset))
            {
                chosen = [.. chosen, caption];
            }
        }

        var dated = shape is AnswerShape.Summary or AnswerShape.Latest || (shape == AnswerShape.Comparison && chosen.Select(c => c.Chunk.ArticleId).Distinct().Count() > 1);
        return (chosen, dated, latestLead is { } opening && chosen.Contains(opening.Candidate) ? opening.Candidate : topicLead);
    }

    /// <summary>
    /// True when the lead of a fact answer holds what the question asks for — a name for "who", a figure for "how much", a
    /// length of time for "how long" (<see cref="QuestionIntent.AddsAnswer"/>) — and the question names no time and no
    /// "latest", which another article may be the one to tell: the answer then quotes its lead's article alone. "what did
    /// xi call putin" is answered by "Chinese Xi even described Putin as his best friend", not also by the December 2022
    /// call's "Mr. Putin and Mr. Xi made no direct mention of Ukraine…", which adds a source and nothing asked for.
    /// </summary>
    private static bool LeadAnswersOutright(ReaderQuestion question, List<CandidateSentence> chosen) =>
        chosen.Count > 1 && question.Kind != AnswerKind.Any && question.Dates.Count == 0 && question.Years.Count == 0
        && !Queries.RecencyIntent.AsksForLatest(question.Text) && QuestionIntent.AddsAnswer(question.Kind, question.Text, chosen[0].Text);

    /// <summary>
    /// For a fact question that asks which ones of a kind (<see cref="QuestionIntent.AsksForSeveral"/>: "which other
    /// countries in asia is nato working with"), the best sentence that lists names (<see cref="QuestionIntent.ListsNames"/>:
    /// "…with Australia, New Zealand, and South Korea"), when the best does not and it is at least
    /// <see cref="ListShare"/> as likely: a list answers such a question better than a sentence about the
    /// same topic that names one place ("…a threat not just to Asia but also to Europe"); one among the three best
    /// (<see cref="SentenceReader.LeadLooksAt"/>, as the reader's own leads) leads however likely it is. Null otherwise.
    /// </summary>
    private static ScoredSentence? ListLead(SentenceReading reading, AnswerShape shape)
    {
        var question = reading.Question.Text;
        if (shape != AnswerShape.Fact || reading.Ranked.Count < 2 || !QuestionIntent.AsksForSeveral(question)
            || QuestionIntent.ListsNames(question, reading.Ranked[0].Candidate.Text))
        {
            return null;
        }

        var best = reading.Ranked.Max(s => s.Probability);
        return reading.Ranked.Skip(1)
            .Where((s, i) => i < SentenceReader.LeadLooksAt - 1 || s.Probability >= best * ListShare)
            .FirstOrDefault(s => QuestionIntent.ListsNames(question, s.Candidate.Text));
    }

    /// <summary>
    /// For a question for who someone is ("who is lavrov", <see cref="PersonTitle.AskedPerson"/>), the most likely
    /// sentence that names them with their title or role (<see cref="PersonTitle.IsTitledIn"/>: "Russian Foreign Minister
    /// Sergey Lavrov indicated…"): it answers the question, however little else of it the sentence says, so it leads and
    /// the answer is given. The same for a question for who holds an office somewhere ("who runs china", "whos the nato
    /// boss", <see cref="RoleHolder"/>): the most likely sentence that names the holder with the office as the place's
    /// (<see cref="RoleHolder.NamesHolderIn"/>: "NATO Secretary General Jens Stoltenberg said…"), and for a question for
    /// what a named thing is ("what's tass"), the most likely sentence that says what kind of thing it is
    /// (<see cref="NameDescription.IsDescribedIn"/>: "…according to Russian state media Tass"), and for a "where"
    /// question, the most likely sentence that says all of it and where (<see cref="AnswerChecks.SaysWhere"/>). Null for
    /// other questions, or when no sentence read names the person with a title, the office's holder, the thing's kind or
    /// the place.
    /// </summary>
    private static ScoredSentence? IdentityLead(SentenceReading reading, AnswerShape shape)
    {
        var question = reading.Question.Text;
        Func<string, bool>? identifies = shape != AnswerShape.Fact ? null
            : PersonTitle.AskedPerson(question) is { } person ? text => PersonTitle.IsTitledIn(text, person)
            : reading.Question.Office is { } office ? office.NamesHolderIn
            : NameDescription.AskedName(question) is { } name ? text => NameDescription.IsDescribedIn(text, name)
            : WhereIs().IsMatch(question) && reading.Question.Terms.Count > 0 ? AnswerChecks.SaysWhere(reading.Question, reading.Question.Terms)
            : null;
        return identifies is null ? null : reading.Ranked.OrderByDescending(s => s.Probability).FirstOrDefault(s => identifies(s.Candidate.Text));
    }

    /// <summary>
    /// The answer to who <paramref name="person"/> is, with the most likely sentence of each other article read that
    /// gives them a title the answer does not yet ("who even is yuri ushakov": "Kremlin spokesperson Yuri Ushakov…" of
    /// 2022 and "Yuri Ushakov, Putin's foreign policy adviser," of 2024), at most <see cref="ComparisonSentences.MaxArticles"/> articles in all.
    /// </summary>
    private static List<CandidateSentence> WithOtherTitles(List<CandidateSentence> chosen, SentenceReading reading, string person)
    {
        var titles = chosen.SelectMany(c => PersonTitle.TitleIn(c.Text, person)).ToHashSet(StringComparer.Ordinal);
        var articles = chosen.Select(c => c.Chunk.ArticleId).ToHashSet(StringComparer.Ordinal);
        var more = new List<CandidateSentence>();
        foreach (var s in reading.Ranked.Select(s => s.Candidate))
        {
            var title = PersonTitle.TitleIn(s.Text, person);
            if (articles.Count < ComparisonSentences.MaxArticles && !articles.Contains(s.Chunk.ArticleId) && title.Count > 0 && !title.IsSubsetOf(titles))
            {
                titles.UnionWith(title);
                articles.Add(s.Chunk.ArticleId);
                more.Add(s);
            }
        }

        return [.. chosen, .. more];
    }

    /// <summary>A question that opens with "where" ("where's", "where is the heritage foundation") or asks so for a city ("what city is the heritage foundation in").</summary>
    [GeneratedRegex(@"^\W*(?:where(?:'?s)?|(?:what|which)\s+(?:city|town)\s+(?:is|was|are|were))\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhereIs();

    /// <summary>How likely, against the best sentence, a sentence that lists names must be to lead (<see cref="ListLead"/>), unless it is among the three best.</summary>
    private const double ListShare = 0.2;

    /// <summary>
    /// Puts before each chosen sentence that leans on the one before it ("He said…") that one, when it is quotable (in the
    /// same passage or the retrieved one before, <see cref="CandidateSentence.PreviousChunk"/>); otherwise keeps the order chosen.
    /// </summary>
    private static List<CandidateSentence> WithContext(List<CandidateSentence> chosen)
    {
        var result = new List<CandidateSentence>(chosen.Count);
        foreach (var c in chosen)
        {
            if (c.QuotedBefore is { } previous
                && !chosen.Any(o => o.Chunk.ArticleId == c.Chunk.ArticleId && o.Text == previous))
            {
                var offset = c.PreviousChunk.Start + c.PreviousChunk.Text.IndexOf(previous, StringComparison.Ordinal);
                result.Add(new CandidateSentence(previous, c.PreviousChunk, c.Rank, offset, null, null));
            }

            result.Add(c);
        }

        return result;
    }
}
