using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using QaBot.Core.Answering.Reading;
using QaBot.Core.Articles;
using QaBot.Core.Chunking;
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
/// along.
/// </summary>
public sealed partial class ExtractiveAnswerer(SentenceReader reader, IOptions<AnsweringOptions> options)
{
    private const int MaxArticles = 4;
    private const int MaxSummarySentences = 6;

    /// <summary>How many of the best sentences must name a summary's topic between them.</summary>
    private const int TopicLooksAt = 3;

    /// <summary>
    /// Below this share of its topic's weight named by the best sentences, a summary or "latest" question is about
    /// something the articles do not cover ("summarize the g20 climate summit": 0.27, "recap the ukraine grain deal
    /// talks": 0.26; the answerable ones of the eval sets: 0.30 and up).
    /// </summary>
    private const double MinTopicShare = 0.3;

    /// <summary>
    /// The most sentences a comparison quotes in all, shared among its articles (at least one each): three of each of
    /// four articles, as "list every xi putin call or meeting" or "how did ushakov describe the relationship in 2022 and
    /// then in 2024" are often told beyond an article's two best sentences.
    /// </summary>
    private const int MaxComparisonSentences = 12;

    private readonly AnsweringOptions _options = options.Value;

    /// <summary>Builds the answer to <paramref name="question"/> from <paramref name="retrieval"/>.</summary>
    public AnswerDraft Answer(string question, RetrievalResult retrieval) => Answer([new AnswerPart(question, retrieval)]);

    /// <summary>
    /// Builds one answer to the <paramref name="parts"/> of a compound question (<see cref="Queries.CompoundQuestion"/>),
    /// each with what was retrieved for it: the sentences chosen for each part that the articles answer, in the parts'
    /// order (an article quoted for both is one source) — not for a part that follows on from one they do not answer —;
    /// "I could not find this in the articles." when they answer none.
    /// </summary>
    public AnswerDraft Answer(IReadOnlyList<AnswerPart> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var picks = new List<(List<CandidateSentence> Chosen, bool Dated, CandidateSentence? Lead)>();
        var answered = false;
        foreach (var part in parts)
        {
            var pick = (part.FollowsOn && !answered) || part.UnknownName is not null ? null : Choose(part.Question, part.Retrieval);
            answered = pick is not null;
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
    /// kind, <see cref="LatestKindLead"/>); null when the articles do not answer it.
    /// </summary>
    private (List<CandidateSentence> Chosen, bool Dated, CandidateSentence? Lead)? Choose(string question, RetrievalResult retrieval)
    {
        var reading = reader.Read(question, retrieval);
        var model = reader.For(retrieval);
        var shape = reading.Question.Shape;
        var newest = shape == AnswerShape.Latest && reading.Ranked.Count > 0 ? NewestRelevant(reading) : null;
        var latestLead = LatestKindLead(reading, newest, reader.Tokens, model);
        var identity = IdentityLead(reading, shape);
        if ((latestLead ?? ListLead(reading, shape) ?? identity) is { } lead)
        {
            reading = reading with { Ranked = [lead, .. reading.Ranked.Where(s => s != lead)] };
        }

        // A comparison read across the articles — the people each side named, an amount's figures over time — both
        // decides that the question is answered and makes up its answer: read once.
        var readAcross = shape == AnswerShape.Comparison ? PeopleNamed(reading) ?? Mentions(reading) ?? FiguresOverTime(reading) : null;
        var unlikely = (AnswersSummary(reading, shape) ?? AnswersComparison(reading, shape, readAcross is not null) ?? (identity is null ? OutrightAnswers.Answers(reading) : true)) is { } answers
            ? !answers : reading.AnswerProbability < model.AnswerThreshold;
        if (reading.Ranked.Count == 0 || unlikely || AnswerChecks.RulesOut(reading))
        {
            return null;
        }

        CandidateSentence? topicLead = null;
        List<CandidateSentence> chosen;
        if (shape is AnswerShape.Summary or AnswerShape.Latest)
        {
            (chosen, topicLead) = KeySentences(reading, shape, model, newest);
        }
        else
        {
            chosen = shape == AnswerShape.Comparison
                ? readAcross ?? OnePerArticle(reading, model, reader.Tokens)
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
    /// A comparison's sentences: the best of each relevant article — only the articles of the dates the question names,
    /// when it names some and articles of those dates were read; for a question asking for every mention, also articles
    /// that tell only a little —, the article's sentences ordered by what they say of the topic too
    /// (<see cref="ByTokenMatch"/> on <see cref="AnswerShapes.ComparisonTopic"/>), then that article's next best ones, each scoring at least a quarter of the runner-up
    /// share of its best and not repeating one chosen, while its share of <see cref="MaxComparisonSentences"/> lasts (a
    /// change is often told in two or three sentences, and two articles compared leave room for more of each).
    /// </summary>
    private static List<CandidateSentence> OnePerArticle(SentenceReading reading, ReaderModel model, TokenMatch? tokens)
    {
        var best = reading.Ranked[0].Probability;
        var byArticle = reading.Ranked.GroupBy(s => s.Candidate.Chunk.ArticleId).Select(g => g.ToList()).ToList();
        var named = byArticle.Where(g => OfNamedArticle(reading.Question, g[0])).ToList();
        var gate = best * model.SecondaryShare / (AnswerShapes.AsksForEvery(reading.Question.Text) ? 4 : 2);
        // "how has the way they describe russia china ties changed from 2021 to 2024": the articles of the two ends are
        // read however little their best sentence scores, the others between them as they score.
        var ends = AnswerShapes.RangeEndYears(reading.Question.Text);
        bool AtAnEnd(List<ScoredSentence> g) => g[0].Candidate.Chunk.Date is { } d && ends.Contains(d.Year);
        var articles = NotBefore(reading.Question, named.Count >= 2 ? named : byArticle.Where(g => g[0].Probability >= gate || AtAnEnd(g)).ToList());
        // "whats stoltenberg been saying abt china, like across the diff articles": the articles that give the speaker's
        // words, and of each those words, not what another article or another speaker said of the topic. A country is
        // not one speaker ("what did russia n china say about nato in 2021 vs 2022": "Stoltenberg stated that China…").
        var asked = AskedSubject.Of(reading.Question.Text) is { Spoken: true, Speaker.Count: > 0 } subject && !subject.Speaker.Any(Text.PlaceNames.IsPlace) ? subject : null;
        if (asked is not null && articles.Where(g => g.Any(s => asked.QuotedIn(s.Candidate))).ToList() is { Count: > 0 } quoting)
        {
            articles = [.. quoting.Select(g => g.Where(s => asked.QuotedIn(s.Candidate)).ToList())];
        }

        var kept = articles.OrderBy(g => AtAnEnd(g) ? 0 : 1).Take(MaxArticles).ToHashSet();
        articles = [.. articles.Where(kept.Contains)];
        var quota = Math.Max(1, MaxComparisonSentences / articles.Count);
        var chosen = new List<CandidateSentence>();
        foreach (var group in articles)
        {
            var article = ByTokenMatch(AnswerShapes.ComparisonTopic(reading.Question.Text), reading.Question, group, tokens, model);
            var first = article[0];
            var own = new List<ScoredSentence> { first };
            foreach (var s in article.Skip(1).Where(s => s.Probability >= first.Probability * model.SecondaryShare / 4))
            {
                if (own.Count < quota && !own.Any(o => SentenceChoice.Redundant(o.Candidate.Text, s.Candidate.Text)))
                {
                    own.Add(s);
                }
            }

            chosen.AddRange(own.Select(o => o.Candidate));
        }

        return chosen;
    }

    /// <summary>
    /// For a question where or each time something comes up in the articles (<see cref="AnswerShapes.AsksWhereMentioned"/>:
    /// "which articles mention drones", "every time taiwan came up what was said"), each article's best sentences naming
    /// one of the topic's weightiest words that some passage says (at least half as weighty as the weightiest) — "drones"
    /// by "drone attacks" and "flying drones"; "video calls or phone calls" by "a telephone conversation" too —, at most
    /// <see cref="MentionsPerArticle"/> an article, each followed by the sentence that goes on about it ("…he expected Xi
    /// to visit Moscow in the spring. Such a trip will…", <see cref="SentenceChoice.ContinuationOf"/>); null for other questions or when no sentence names it.
    /// </summary>
    private static List<CandidateSentence>? Mentions(SentenceReading reading)
    {
        // "whats stoltenberg been saying abt china across the articles": "saying" asks for words, and names no topic.
        var said = reading.Question.Terms.Where(t => t.DocumentFrequency != 0 && !t.IsNumber && !AnswerShapes.IsMentionWord(t.Word) && !AsksWhatSaid().IsMatch(t.Word)).ToList();
        if (!AnswerShapes.AsksWhereMentioned(reading.Question.Text) || said.Count == 0)
        {
            return null;
        }

        // The topic's weightiest words: one ("drones"), or those said as alternatives ("video calls or phone calls").
        var top = said.Max(t => t.Weight);
        var topic = said.Where(t => t.Weight >= top * MentionWeightShare).ToList();
        var chosen = reading.Ranked
            .Where(s => PassageWords.Of(s.Candidate.Text) is var words && topic.Any(words.Has))
            .GroupBy(s => s.Candidate.Chunk.ArticleId)
            .SelectMany(g => g.OrderByDescending(s => s.Probability).Take(MentionsPerArticle))
            .SelectMany(s => SentenceChoice.ContinuationOf(s.Candidate, reading.Ranked) is { } more ? [s.Candidate, more.Candidate] : new[] { s.Candidate })
            .Distinct()
            .ToList();
        return chosen.Count > 0 ? chosen : null;
    }

    /// <summary>How much, against the weightiest, a word of the topic must weigh for a sentence naming it to count as a mention.</summary>
    private const double MentionWeightShare = 0.5;

    /// <summary>The most sentences an article gives a list of where something comes up (<see cref="Mentions"/>).</summary>
    private const int MentionsPerArticle = 2;

    /// <summary>
    /// For a question for the people of one side the articles quote (<see cref="PeopleOfSide"/>: "which us officials are
    /// quoted in these"), the best sentence that names each of them with a title of that side — not one the question
    /// names ("who speaks for the chinese side besides xi") —, when any does; null otherwise.
    /// </summary>
    private static List<CandidateSentence>? PeopleNamed(SentenceReading reading)
    {
        if (PeopleOfSide.Asked(reading.Question.Text) is not { } side)
        {
            return null;
        }

        var named = Text.WordTokens.Of(reading.Question.Text).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var chosen = new List<CandidateSentence>();
        foreach (var s in reading.Ranked)
        {
            var people = PeopleOfSide.NamedIn(s.Candidate.Text, side).Where(p => !p.Split(' ').Any(named.Contains)).ToList();
            if (people.Count > 0 && chosen.Count < MaxComparisonSentences)
            {
                named.UnionWith(people.SelectMany(p => p.Split(' ')));
                chosen.Add(s.Candidate);
            }
        }

        return chosen.Count > 0 ? chosen : null;
    }

    /// <summary>
    /// For a question how an amount grew or fell over time ("how has russia china trade grown over the years"), the
    /// sentences that give a figure of the topic (the weightiest of its two weightiest words some passage says that two
    /// articles give figures of — "whatever the newest number is" names no topic —: "…trade turnover between the countries hit US$140
    /// billion in 2021, and has already reached $93 billion…", "…bilateral trade volume of $200 billion reached a record
    /// $228 billion in 2023…"), when two or more articles give one: each article's best sentences about the topic often
    /// give none ("Beijing has been one of Moscow's most important trade partners"). The same for how long something had
    /// lasted at each time ("how long had the ukraine war been going on at each point these articles were written"): the
    /// sentences that give a length of time ("Moscow's 10-month war", "The war will reach the two-year mark…"). Null
    /// otherwise: the comparison is read article by article (<see cref="OnePerArticle"/>).
    /// </summary>
    private static List<CandidateSentence>? FiguresOverTime(SentenceReading reading)
    {
        var topic = TopicTerms(reading.Question);
        var asking = AmountChange().Matches(reading.Question.Text).SelectMany(m => m.Value.Split(' ')).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var lengths = reading.Question.Kind == AnswerKind.Duration;
        if (asking.Count == 0 && !lengths)
        {
            return null;
        }

        Func<string, bool> gives = lengths ? text => QuestionIntent.Satisfies(AnswerKind.Duration, text) : OutrightAnswers.GivesAmount;

        // The topic's weightiest word two articles give figures of, of its two weightiest: "how big of a trade partner is
        // china for russia" asks for the trade figures, which no sentence gives of a "partner".
        var anchors = reading.Question.Terms
            .Where(t => topic.Contains(t.Stem) && t.DocumentFrequency != 0 && !asking.Contains(t.Word) && !OutrightAnswers.IsFigureWord(t.Word) && !TimeWord().IsMatch(t.Word))
            .OrderByDescending(t => t.Weight)
            .Take(2);
        foreach (var anchor in anchors)
        {
            var figures = reading.Ranked
                .Where(s => gives(s.Candidate.Text) && PassageWords.Of(s.Candidate.Text).Has(anchor))
                .Take(MaxComparisonSentences)
                .ToList();
            if (figures.Select(s => s.Candidate.Chunk.ArticleId).Distinct().Count() >= 2)
            {
                return [.. figures.Select(s => s.Candidate)];
            }
        }

        return null;
    }

    /// <summary>Words that say when, not what ("since 2021", "over the years"): never the topic whose figures are asked for.</summary>
    [GeneratedRegex(@"^(?:since|before|after|until|till|from|ago|during|between|through|throughout|over|years?|months?|weeks?|days?|time|times|now|today|then)$")]
    private static partial Regex TimeWord();

    /// <summary>Words asking how an amount changed, or for its figures: "grown", "fell", "changed", "how much more", "how big was it in 21 vs 23", "trade numbers over the years", "the latest number".</summary>
    [GeneratedRegex(@"\b(grow|grows|grown|grew|growth|growing|increase[sd]?|increasing|rise|rises|rose|risen|rising|fall|falls|fell|fallen|falling|drop|drops|dropped|decline[sd]?|declining|shrink|shrank|shrunk|expand(?:s|ed|ing)?|chang(?:e|ed|es|ing)|how much|how (?:big|large|high|low)|numbers?|figures?|stats|statistics|totals?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AmountChange();

    /// <summary>
    /// <paramref name="sentences"/> (best first) with their best <see cref="TokenMatch.Candidates"/> in the order of their
    /// logit plus the model's <see cref="ReaderModel.TokenWeight"/> × how much of <paramref name="text"/> they say piece
    /// by piece, as a fact question's lead is chosen: for a comparison, what an article says of the topic
    /// (<see cref="AnswerShapes.ComparisonTopic"/>: "…tensions with the United States over Taiwan"), not its lead about the
    /// same leaders. Unchanged without a matcher or a weight.
    /// </summary>
    private static List<ScoredSentence> ByTokenMatch(string text, ReaderQuestion question, List<ScoredSentence> sentences, TokenMatch? tokens, ReaderModel model)
    {
        if (tokens is null || model.TokenWeight <= 0 || sentences.Count < 2)
        {
            return sentences;
        }

        var head = sentences.Take(TokenMatch.Candidates).ToList();
        return [.. tokens.Reorder(text, head, model.TokenWeight, question.WeightOf), .. sentences.Skip(head.Count)];
    }

    /// <summary>
    /// The <paramref name="articles"/> published no earlier than the earliest time the question names ("how have taiwan
    /// tensions shifted from 2022 to 2024": none from 2021, which cannot tell of 2022), or all of them when none is.
    /// </summary>
    private static List<List<ScoredSentence>> NotBefore(ReaderQuestion question, List<List<ScoredSentence>> articles)
    {
        if (question.Dates.Count == 0)
        {
            return articles;
        }

        var earliest = question.Dates.Min(d => d.From);
        var inTime = articles.Where(g => g[0].Candidate.Chunk.Date is not { } published || published >= earliest).ToList();
        return inTime.Count > 0 ? inTime : articles;
    }

    /// <summary>
    /// Whether a summary or "latest" question is answered, decided by what it asks for rather than by the reader's
    /// confidence, since no single sentence matches such a question as closely as a fact question's answer does: true
    /// when it names the month, week or day or the outlet of a retrieved article ("sum up the dec 30 2022 call": it asks for that
    /// article) or when the best sentences name every word of its topic ("whats the newest on taiwan"); false when they
    /// name less than <see cref="MinTopicShare"/> of the topic's weight ("summarize the g20 climate summit") or nothing read
    /// speaks of the month, week or day it names (<see cref="SpeaksOfAskedMonth"/>); null (the
    /// model decides) in between, for a question with no topic, and for other shapes.
    /// </summary>
    private static bool? AnswersSummary(SentenceReading reading, AnswerShape shape)
    {
        if (shape is not (AnswerShape.Summary or AnswerShape.Latest))
        {
            return null;
        }

        if (reading.Ranked.Any(s => OfNamedArticle(reading.Question, s)))
        {
            return true;
        }

        if (!SpeaksOfAskedMonth(reading))
        {
            // "any news on xi and putin meeting in may 2024?": nothing read was written in or speaks of that month.
            return false;
        }

        var topic = AnswerShapes.TopicStems(reading.Question.Text).ToHashSet(StringComparer.Ordinal);
        var terms = reading.Question.Terms.Where(t => topic.Contains(t.Stem)).ToList();
        var total = terms.Sum(t => t.Weight);
        if (total <= 0)
        {
            // "latest news pls" names no topic: the newest article read is its answer.
            return shape == AnswerShape.Latest && topic.Count == 0 ? true : null;
        }

        // A year is said by an article of that year too: "run me thru what happened at the 2021 summit".
        var best = reading.Ranked.Take(TopicLooksAt).ToList();
        var said = best.Select(s => PassageWords.Of(s.Candidate.Text)).ToList();
        var years = best.Select(s => s.Candidate.Chunk.Date?.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var share = terms.Where(t => said.Any(w => w.Has(t)) || years.Contains(t.Word)).Sum(t => t.Weight) / total;
        return share >= 1 - 1e-9 ? true : share < MinTopicShare ? false : null;
    }

    /// <summary>
    /// False when the question names a month, week or day ("in may 2024") and no sentence read speaks of it, by its
    /// article's date or a date it writes or implies ("in September of last year"); true otherwise.
    /// </summary>
    private static bool SpeaksOfAskedMonth(SentenceReading reading)
    {
        var question = reading.Question;
        return !question.Dates.Any(d => d.Precision <= DatePrecision.Month)
            || reading.Ranked.Any(s => s.Candidate.Chunk.Date is { } published && (question.DateMatches(published) || question.ReportedOn(published)))
            || reading.Ranked.Any(s => question.DateMatches(ReaderQuestion.DatesIn(s.Candidate.Text, s.Candidate.Chunk.Date)));
    }

    /// <summary>
    /// True when a comparison names the months, weeks or days of two or more retrieved articles ("compare the dec 2021
    /// and dec 2022 calls"), or is read across two or more of them (<paramref name="readAcross"/>: the people each side
    /// named, <see cref="PeopleNamed"/>; an amount's figures over time, <see cref="FiguresOverTime"/>: "what are the trade
    /// figures over time"): it asks what those articles say, which no single sentence matches as closely as a fact
    /// question's answer; null (the model decides) otherwise.
    /// </summary>
    private static bool? AnswersComparison(SentenceReading reading, AnswerShape shape, bool readAcross) =>
        shape == AnswerShape.Comparison
        && (reading.Ranked.Where(s => OfNamedArticle(reading.Question, s)).Select(s => s.Candidate.Chunk.ArticleId).Distinct().Count() >= 2
            || readAcross)
            ? true : null;

    /// <summary>True when the question names <paramref name="sentence"/>'s article (<see cref="ArticleReference"/>): by its month, week or day, by its year as "the 2021 piece", or by its outlet.</summary>
    private static bool OfNamedArticle(ReaderQuestion question, ScoredSentence sentence) =>
        ArticleReference.Names(question.Text, question.Dates, sentence.Candidate.Chunk);

    /// <summary>
    /// A summary's or "latest" answer's sentences: the best sentence of the main article (the most relevant one — the
    /// one of the date or outlet the question names, if any, else the first relevant one that opens with the topic —, or for
    /// "latest" the newest relevant one), then its key sentences
    /// (<see cref="KeySentenceChoice"/>) and, for a summary of a topic rather than of "the article", the best sentence of
    /// another article that scores close to the main one (and is of the date the question names, if it names one).
    /// The lead: for a summary of a topic its main article is not about (its opening does not name it: "tell me about the
    /// quad"), the main sentence, which opens the article's part rather than taking its place in reading order — where
    /// the one sentence on the Quad came fifth of six; null otherwise.
    /// </summary>
    private static (List<CandidateSentence> Chosen, CandidateSentence? Lead) KeySentences(SentenceReading reading, AnswerShape shape, ReaderModel model, ScoredSentence? newest)
    {
        var best = reading.Ranked.Max(s => s.Probability);
        var heads = reading.Ranked.GroupBy(s => s.Candidate.Chunk.ArticleId).Select(g => g.First()).ToList();
        var firsts = heads.Where(s => s.Probability >= best / 2).ToList();
        var ofNamedArticle = heads.FirstOrDefault(s => OfNamedArticle(reading.Question, s));
        var topic = TopicTerms(reading.Question);
        var main = shape == AnswerShape.Latest && newest is not null
            ? newest
            : ofNamedArticle ?? firsts.FirstOrDefault(s => topic.Count > 0 && Opening(reading.Ranked, s) is { } opening && NamesAny(opening.Text, topic)) ?? firsts.FirstOrDefault() ?? heads[0];
        var sentences = reading.Ranked.Where(s => s.Candidate.Chunk.ArticleId == main.Candidate.Chunk.ArticleId).ToList();
        // "main points of the article where lavrov talks about xi's visit" asks about the article its lead tells of (the
        // call, meeting or visit it reports aside: "gist of the dec 2022 video call article");
        // "tl;dr why russia n china got so cozy, per the 2021 piece" about a part of the article its lead does not.
        // So does a summary of the topic an article of the named time is about throughout ("catch me up on russia-china as
        // of feb 2024": its lead and each section's opening name Russia or China), not of one its other sections leave
        // ("what's the story with xi heading to moscow in early 2023": NATO and the US-India deal have sections of their own).
        var topicSaid = topic.Where(t => !EventStems.Contains(t)).ToHashSet(StringComparer.Ordinal);
        var aboutThroughout = shape == AnswerShape.Summary && ofNamedArticle is not null && topicSaid.Count > 0
            && sentences.Where(s => s.Candidate.OpensSection).All(s => NamesAny(s.Candidate.Text, topicSaid));
        var wholeArticle = (AnswerShapes.AsksAboutAnArticle(reading.Question.Text) || aboutThroughout)
            && (sentences.MinBy(s => (s.Candidate.Chunk.Index, s.Candidate.Offset)) is not { } opens
                || LeadSays(reading.Question, topicSaid, opens));
        // An article that does not open with the topic covers others too: only what it says of the topic is quoted.
        var aside = ofNamedArticle is null && topic.Count > 0 && Opening(sentences, main) is { } opening && !NamesAny(opening.Text, topic);
        if (aside)
        {
            sentences = OnTopic(topic, sentences, main, model.SecondaryShare);
        }
        else if (shape == AnswerShape.Summary && ofNamedArticle is not null && PartAsked(reading.Question, topic, sentences) is { Count: >= MinOnTopic } part)
        {
            // "recap the us india tech thing from that feb 2023 article": the part of the article the question names.
            (sentences, main, aside) = (WithSpeaker(reading.Question, part, sentences), part[0], true);
        }

        var others = firsts
            .Where(s => s != main && s.Probability >= main.Probability * model.SecondaryShare && (ofNamedArticle is null || OfNamedArticle(reading.Question, s)))
            .Take(shape == AnswerShape.Summary && !wholeArticle ? 1 : 0)
            .ToList();
        // A "latest" question for a kind of answer has the newest article's sentence holding it first (LatestKindLead); a
        // summary of an article as a whole ("gist of the feb 1 2023 article") what the article opens with, if it names all
        // the question does: news writes its lead to say what the story is; a summary of a topic the same when its lead
        // says as much of the topic as the best sentence ("whats the deal w xi heading to moscow early 2023": Lavrov's
        // word that Xi would visit, not the ministry's "major event" that follows it).
        var lead = sentences.MinBy(s => (s.Candidate.Chunk.Index, s.Candidate.Offset));
        var first = shape == AnswerShape.Latest && topic.Count == 0 && lead is not null && lead.Candidate.Chunk.Index == 0 ? lead
            : shape == AnswerShape.Latest && reading.Ranked[0].Candidate.Chunk.ArticleId == main.Candidate.Chunk.ArticleId ? reading.Ranked[0]
            : shape == AnswerShape.Summary && !aside && lead is not null && lead.Candidate.Chunk.Index == 0
                && (wholeArticle
                    ? LeadSays(reading.Question, topic, lead)
                    : TopicSaid(reading.Question, topic, lead) >= TopicSaid(reading.Question, topic, main)) ? lead
            : main;
        var chosen = KeySentenceChoice.Choose(sentences, MaxSummarySentences - others.Count, wholeArticle, first, first == lead && !wholeArticle ? main : null);
        // "whats the latest between xi n putin": the newest news says when it happened ("The couple spoke on February 8, 2024…"),
        // besides what was chosen — when its lead says at least half the topic asked about, not when the article only
        // touches on it ("the newest on us aid for ukraine").
        var topicWeight = reading.Question.Terms.Where(t => topic.Contains(t.Stem)).Sum(t => t.Weight);
        if (shape == AnswerShape.Latest && lead is not null && TopicSaid(reading.Question, topic, lead) * 2 >= topicWeight && chosen.Count > 0 && !chosen.Any(TellsNewsDay) && sentences.FirstOrDefault(TellsNewsDay) is { } day)
        {
            chosen = [chosen[0], day, .. chosen.Skip(1)];
        }

        return ([.. chosen.Concat(others).Select(c => c.Candidate)], aside && shape == AnswerShape.Summary && NamesAny(main.Candidate.Text, topic) ? main.Candidate : null);
    }

    /// <summary>True when <paramref name="sentence"/> writes out the day of the news its article reports: at most <see cref="NewsDays"/> days before the article's date.</summary>
    private static bool TellsNewsDay(ScoredSentence sentence) =>
        sentence.Candidate.Chunk.Date is { } published && DateMentions.Find(sentence.Candidate.Text)
            .Any(d => d.Precision == DatePrecision.Day && d.From <= published && published.DayNumber - d.From.DayNumber <= NewsDays);

    /// <summary>How many days before its article's date the news it reports may have happened (<see cref="TellsNewsDay"/>).</summary>
    private const int NewsDays = 2;

    /// <summary>True when an article's <paramref name="lead"/> says every one of <paramref name="stems"/>, or the question's dates say it.</summary>
    private static bool LeadSays(ReaderQuestion question, IEnumerable<string> stems, ScoredSentence lead) =>
        PassageWords.Of(lead.Candidate.Text).Stems is var said && stems.All(t => said.Contains(t) || question.DateStems.Contains(t));

    /// <summary>How much of <paramref name="topic"/>, by the question's weights, <paramref name="sentence"/> says.</summary>
    private static double TopicSaid(ReaderQuestion question, HashSet<string> topic, ScoredSentence sentence) =>
        PassageWords.Of(sentence.Candidate.Text) is var words ? question.Terms.Where(t => topic.Contains(t.Stem) && words.Has(t)).Sum(t => t.Weight) : 0;

    /// <summary>
    /// For a "latest" question that asks for a kind of answer ("when did xi and putin last talk": a date; "what's the
    /// latest trade figure": a figure), the newest relevant article's sentence that holds it and says most of the
    /// question piece by piece (<see cref="TokenMatch"/>: "The couple spoke on February 8, 2024", not "The war will reach
    /// the two-year mark on February 24"): it leads, so the checks judge it and the answer quotes it; null for other
    /// questions or when no sentence of that article holds it.
    /// </summary>
    private static ScoredSentence? LatestKindLead(SentenceReading reading, ScoredSentence? newest, TokenMatch? tokens, ReaderModel model)
    {
        if (newest is null || reading.Question.Kind == AnswerKind.Any)
        {
            return null;
        }

        var article = newest.Candidate.Chunk.ArticleId;
        var holding = reading.Ranked
            .Where(s => s.Candidate.Chunk.ArticleId == article && QuestionIntent.AddsAnswer(reading.Question.Kind, reading.Question.Text, s.Candidate.Text))
            .ToList();
        if (reading.Question.Kind == AnswerKind.Date)
        {
            holding = MostRecentlyDated(holding);
        }

        return holding.Count == 0 ? null : ByTokenMatch(reading.Question.Text, reading.Question, holding, tokens, model)[0];
    }

    /// <summary>
    /// Of one article's <paramref name="sentences"/>, those that tell of its most recent time up to the article's date
    /// ("The couple spoke on February 8, 2024" in a February 9 article): "when did xi and putin last talk" asks for the
    /// latest time something happened, not a year in the background ("…invade Ukraine in 2022") or a date still ahead
    /// ("The war will reach the two-year mark on February 24"). All of them when none tells of such a time.
    /// </summary>
    private static List<ScoredSentence> MostRecentlyDated(List<ScoredSentence> sentences)
    {
        var dated = sentences.Select(s => (Sentence: s, Latest: s.Candidate.Chunk.Date is { } published
            ? ReaderQuestion.DatesIn(s.Candidate.Text, published).Where(d => !d.Since && d.From <= published).Select(d => (DateOnly?)d.From).Max()
            : null)).ToList();
        var latest = dated.Max(d => d.Latest);
        return latest is null ? sentences : [.. dated.Where(d => d.Latest == latest).Select(d => d.Sentence)];
    }

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
    /// 2022 and "Yuri Ushakov, Putin's foreign policy adviser," of 2024), at most <see cref="MaxArticles"/> articles in all.
    /// </summary>
    private static List<CandidateSentence> WithOtherTitles(List<CandidateSentence> chosen, SentenceReading reading, string person)
    {
        var titles = chosen.SelectMany(c => PersonTitle.TitleIn(c.Text, person)).ToHashSet(StringComparer.Ordinal);
        var articles = chosen.Select(c => c.Chunk.ArticleId).ToHashSet(StringComparer.Ordinal);
        var more = new List<CandidateSentence>();
        foreach (var s in reading.Ranked.Select(s => s.Candidate))
        {
            var title = PersonTitle.TitleIn(s.Text, person);
            if (articles.Count < MaxArticles && !articles.Contains(s.Chunk.ArticleId) && title.Count > 0 && !title.IsSubsetOf(titles))
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
    /// The best sentence of the newest article whose best is at least a twelfth as likely as the best of all: "latest"
    /// is about recency, and the newest relevant article may match the question less closely than an older one ("latest
    /// on the ukraine war, is it over yet?" is told by the 2024 article's "…the two-year mark on February 24. with no end
    /// in sight", scored a ninth of the 2023 article's "The war that began with Russia's invasion…"), of those whose read
    /// passages name as many of the names and places the question names as any: "catch me up on the xi putin uzbekistan
    /// thing" is told by the article that names Uzbekistan, not by a newer one about Xi and Putin only.
    /// </summary>
    private static ScoredSentence NewestRelevant(SentenceReading reading)
    {
        var best = reading.Ranked.Max(s => s.Probability);
        var names = reading.Question.Terms.Where(t => Text.EnglishWords.IsName(t.Word) || Text.PlaceNames.IsPlace(t.Word)).ToList();
        var articles = reading.Ranked.GroupBy(s => s.Candidate.Chunk.ArticleId)
            .Select(g => (Best: g.MaxBy(s => s.Probability)!, Names: names.Count(PassageWords.Of(string.Join(' ', g.Select(s => s.Candidate.Chunk.Text).Distinct(StringComparer.Ordinal))).Has)))
            .ToList();
        var most = articles.Max(a => a.Names);
        return articles.Where(a => a.Best.Probability >= best / 12 && a.Names == most).Select(a => a.Best)
            .OrderByDescending(s => s.Candidate.Chunk.Date ?? DateOnly.MinValue).ThenByDescending(s => s.Probability)
            .First();
    }

    /// <summary>
    /// Of the <paramref name="sentences"/> of an article whose opening passage does not name the <paramref name="topic"/>
    /// (<see cref="TopicTerms"/>: "tell me about the us india tech deal": "India", "deal"…) — an article that does is
    /// about it, and every sentence counts, naming it or not ("recap the lunar new year call") —, those that name a word
    /// of it, with <paramref name="main"/>: an article covers several topics, and a summary of one quotes none of the
    /// others ("NATO is enhancing its practical collaboration with Australia…"). When fewer than <see cref="MinOnTopic"/>
    /// name it, the article only touches on it ("tell me about the quad"): those at least <paramref name="share"/> as
    /// likely as <paramref name="main"/>, not the article's other news.
    /// </summary>
    private static List<ScoredSentence> OnTopic(HashSet<string> topic, List<ScoredSentence> sentences, ScoredSentence main, double share)
    {
        // The topic as the main sentence names it: "the us-india tech partnership" is told by the sentences on the United
        // States and India, not by one on China's "partnership with Russia".
        var named = PassageWords.Of(main.Candidate.Text).Stems.Intersect(topic).ToHashSet(StringComparer.Ordinal) is { Count: > 0 } said ? said : topic;
        var onTopic = sentences.Where(s => s == main || NamesTopic(s.Candidate.Text, named)).ToList();
        return onTopic.Count >= MinOnTopic ? onTopic : [.. sentences.Where(s => s == main || s.Probability >= main.Probability * share)];
    }

    /// <summary>
    /// For a summary of a part of an article the question names by its date ("sum up what stoltenberg said about china in
    /// the early 2023 article", "recap the us india tech thing from that feb 2023 article"), the article's <paramref name="sentences"/>
    /// (best first) that name the part's weightiest word ("stoltenberg", "india") — or its second weightiest, when the
    /// weightiest is named only once —, one the article's opening passage does not name; null when the question names no such part — only what the article opens with ("the dec 2021 xi putin story"), or mostly
    /// that ("tldr the feb 2023 one abt xi going to moscow + nato stuff": half the topic's weight or more)
    /// or its event ("gist of the dec 2022 video call": <see cref="EventWords"/>).
    /// </summary>
    private static List<ScoredSentence>? PartAsked(ReaderQuestion question, HashSet<string> topic, List<ScoredSentence> sentences)
    {
        var dated = question.DateStems;
        var opening = sentences.Count > 0 && Opening(sentences, sentences[0]) is { } chunk ? PassageWords.Of(chunk.Text) : null;
        // Of the two weightiest such words, the first the article says often enough: "the nato chief" is told by the
        // sentences naming NATO, while "chief" only meets "the two chiefs of state".
        var words = question.Terms.Where(t => topic.Contains(t.Stem) && t.DocumentFrequency != 0 && !dated.Contains(t.Stem) && !EventWords.Contains(t.Word)).ToList();
        if (opening is not null && words.Where(opening.Has).Sum(t => t.Weight) >= words.Sum(t => t.Weight) / 2)
        {
            // "tldr the feb 2023 one abt xi going to moscow + nato stuff": mostly what the article opens with, a part besides.
            return null;
        }

        var anchors = words
            .Where(t => opening?.Has(t) == false)
            .OrderByDescending(t => t.Weight)
            .Take(PartAnchors)
            .Select(a => sentences.Where(s => PassageWords.Of(s.Candidate.Text).Has(a)).ToList())
            .ToList();
        return anchors.Count == 0 ? null : anchors.FirstOrDefault(part => part.Count >= MinOnTopic) ?? anchors[0];
    }

    /// <summary>
    /// For a summary of what someone said ("whats the gist of what nato's boss said abt china in early feb 2023"), the
    /// <paramref name="part"/> of the article and the rest of what the one its best sentence quotes said: the sentences of
    /// <paramref name="article"/> that name the speaker ("Stoltenberg stated that China is increasing its investment in
    /// nuclear weapons…", after "…said NATO Secretary-General Jens Stoltenberg") and those that go on with "He" or "She"
    /// right after one of them ("He stated that China and Russia are… leading an 'authoritarian pushback'"). The part as it
    /// is for other summaries, or when its best sentence quotes no one by name.
    /// </summary>
    private static List<ScoredSentence> WithSpeaker(ReaderQuestion question, List<ScoredSentence> part, List<ScoredSentence> article)
    {
        if (!AsksWhatSaid().IsMatch(question.Text) || Speaker().Match(part[0].Candidate.Text) is not { Success: true } said)
        {
            return part;
        }

        var name = said.Groups["after"].Success ? said.Groups["after"].Value : said.Groups["before"].Value;
        var speaker = new Regex($@"\b{Regex.Escape(name)}\b");
        var quoted = part.ToHashSet();
        foreach (var s in article.OrderBy(s => (s.Candidate.Chunk.Index, s.Candidate.Offset)))
        {
            if (speaker.IsMatch(s.Candidate.Text) || (GoesOnAboutSomeone().IsMatch(s.Candidate.Text) && quoted.Any(q => SentenceChoice.Follows(s.Candidate, q.Candidate))))
            {
                quoted.Add(s);
            }
        }

        return [.. article.Where(quoted.Contains)];
    }

    /// <summary>A question for what someone said, thinks or told: "what nato's boss said abt china", "what did lavrov say".</summary>
    [GeneratedRegex(@"\b(?:said|say|says|saying|told|tell|tells|stated|state|states|think|thinks|thought|warned|warn)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksWhatSaid();

    /// <summary>Whom a sentence quotes: the last name after "said" ("…, said NATO Secretary-General Jens Stoltenberg") or the name before "said", "stated", "told"… ("Stoltenberg stated…").</summary>
    [GeneratedRegex(@"\bsaid\s+(?:\p{Lu}[\p{L}.-]*\s+){0,4}?(?<after>\p{Lu}\p{Ll}+)(?![\p{L}'’-])(?!\s+\p{Lu})|\b(?<before>\p{Lu}\p{Ll}+)(?![\p{L}'’-])\s+(?:said|stated|told|added|warned|noted|argued)\b")]
    private static partial Regex Speaker();

    /// <summary>A sentence that goes on about the person the one before named: "He stated…", "She added…".</summary>
    [GeneratedRegex(@"^(?:He|She)\s+\p{Ll}")]
    private static partial Regex GoesOnAboutSomeone();

    /// <summary>How many of a part's weightiest words <see cref="PartAsked"/> tries.</summary>
    private const int PartAnchors = 2;

    /// <summary>Words that name what an article tells of as a whole — a call, a meeting, a visit — or a side of it, not a part of it.</summary>
    private static readonly HashSet<string> EventWords = new(StringComparer.Ordinal)
    {
        "call", "calls", "called", "meeting", "meetings", "meet", "met", "talk", "talks", "talked", "visit", "visits", "trip",
        "summit", "conversation", "conversations", "video", "phone", "videoconference", "conference", "side", "sides",
        "mention", "mentioned", "event", "events",
    };

    /// <summary>The stems of <see cref="EventWords"/>.</summary>
    private static readonly HashSet<string> EventStems = EventWords.Select(QaBot.Core.Text.Stemmer.Stem).ToHashSet(StringComparer.Ordinal);

    /// <summary>The opening passage of <paramref name="sentence"/>'s article, when one of <paramref name="read"/> is from it; null otherwise.</summary>
    private static Chunk? Opening(IEnumerable<ScoredSentence> read, ScoredSentence sentence) =>
        read.Select(s => s.Candidate.Chunk).FirstOrDefault(c => c.ArticleId == sentence.Candidate.Chunk.ArticleId && c.Index == 0);

    /// <summary>The stems of the question's topic (<see cref="AnswerShapes.TopicStems"/>) among its weighted terms, numbers left out.</summary>
    private static HashSet<string> TopicTerms(ReaderQuestion question)
    {
        var topic = AnswerShapes.TopicStems(question.Text).ToHashSet(StringComparer.Ordinal);
        var stems = question.Terms.Where(t => !t.IsNumber && topic.Contains(t.Stem)).Select(t => t.Stem).ToHashSet(StringComparer.Ordinal);
        if (stems.Contains(UnitedStem))
        {
            stems.Remove(StatesStem); // "United States" is one name: "chiefs of state" and "state media" do not say it
        }

        return stems;
    }

    /// <summary>True when <paramref name="text"/> names one of <paramref name="stems"/> ("US" naming "United States").</summary>
    private static bool NamesAny(string text, HashSet<string> stems) =>
        PassageWords.Of(text).Stems.Overlaps(stems);

    /// <summary>
    /// True when <paramref name="text"/> names one of the topic's <paramref name="stems"/> other than as a part of a
    /// hyphenated word whose other parts are not of the topic: "NATO Secretary-General" does not name "General Electric";
    /// "the US-India initiative" names "US India".
    /// </summary>
    private static bool NamesTopic(string text, HashSet<string> stems) =>
        NamesAny(Hyphenated().Replace(text, m => m.Value.Split('-').All(part => NamesAny(part, stems)) ? m.Value : " "), stems);

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+")]
    private static partial Regex Hyphenated();

    /// <summary>The fewest on-topic sentences a summary quotes before it falls back on the article's others.</summary>
    private const int MinOnTopic = 2;

    private static readonly string UnitedStem = QaBot.Core.Text.Stemmer.Stem("united");
    private static readonly string StatesStem = QaBot.Core.Text.Stemmer.Stem("states");

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
