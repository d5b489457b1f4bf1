using System.Text.RegularExpressions;
using QaBot.Core.Articles;
using QaBot.Core.Chunking;
using QaBot.Core.Retrieval;

namespace QaBot.Core.Answering.Reading;

/// <summary>
/// The sentences of a summary or "latest" answer (<see cref="AnswerShape.Summary"/>, <see cref="AnswerShape.Latest"/>):
/// whether the question is answered, by how much of its topic the best sentences name (<see cref="Answers"/>), the
/// newest relevant article for "latest" (<see cref="NewestRelevant"/>, <see cref="LatestKindLead"/>) and the key
/// sentences of the main article (<see cref="KeySentences"/>).
/// </summary>
public static partial class SummarySentences
{
    private const int MaxSummarySentences = 6;

    /// <summary>
    /// The most sentences of a summary of a whole article ("gist of the end-of-2022 videoconference article"): a news
    /// story of fifteen or twenty sentences tells more than six can say (its trade record, its military cooperation).
    /// </summary>
    private const int MaxWholeArticleSentences = 8;

    /// <summary>How many of the best sentences must name a summary's topic between them.</summary>
    private const int TopicLooksAt = 3;

    /// <summary>
    /// Below this share of its topic's weight named by the best sentences, a summary or "latest" question is about
    /// something the articles do not cover ("summarize the g20 climate summit": 0.27, "recap the ukraine grain deal
    /// talks": 0.26; the answerable ones of the eval sets: 0.30 and up).
    /// </summary>
    private const double MinTopicShare = 0.3;

    /// <summary>
    /// Whether a summary or "latest" question is answered, decided by what it asks for rather than by the reader's
    /// confidence, since no single sentence matches such a question as closely as a fact question's answer does: true
    /// when it names the month, week or day or the outlet of a retrieved article ("sum up the dec 30 2022 call": it asks for that
    /// article) or when the best sentences name every word of its topic ("whats the newest on taiwan"); false when they
    /// name less than <see cref="MinTopicShare"/> of the topic's weight ("summarize the g20 climate summit") or nothing read
    /// speaks of the month, week or day it names (<see cref="SpeaksOfAskedMonth"/>); null (the
    /// model decides) in between, for a question with no topic, and for other shapes.
    /// </summary>
    public static bool? Answers(SentenceReading reading, AnswerShape shape)
    {
        if (shape is not (AnswerShape.Summary or AnswerShape.Latest))
        {
            return null;
        }

        if (reading.Ranked.Any(s => ComparisonSentences.OfNamedArticle(reading.Question, s)))
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
    /// A summary of a topic the articles tell of over time ("catch me up on the china and taiwan stuff", "what's the deal
    /// w/ sanctions in all this"): each article's best sentences that say half the topic's weight or more and the word
    /// the best of them tells it by ("taiwan", not "china"), under its date
    /// (<see cref="ComparisonSentences.MentionsOf"/>) — not one article's key sentences, which for a topic several
    /// articles tell of quoted the newest article's other news. Null (one article's summary, <see cref="KeySentences"/>)
    /// when the question names an article, a time or one event, or when one article alone tells it ("tell me about the
    /// us india tech deal").
    /// </summary>
    public static List<CandidateSentence>? AcrossArticles(SentenceReading reading)
    {
        var question = reading.Question;
        if (question.Shape != AnswerShape.Summary || question.Dates.Count > 0 || question.Years.Count > 0
            || AnswerShapes.AsksAboutAnArticle(question.Text) || AnswerShapes.NamesOneEvent(question.Text)
            || reading.Ranked.Any(s => ComparisonSentences.OfNamedArticle(question, s)))
        {
            return null;
        }

        // "summarize how trade between them changed": the topic is trade; "changed" asks how it is told, not what about.
        var topic = ComparisonSentences.TopicTerms(question);
        var terms = question.Terms.Where(t => topic.Contains(t.Stem) && !AnswerShapes.IsComparisonWord(t.Word)).ToList();
        topic = terms.Select(t => t.Stem).ToHashSet(StringComparer.Ordinal);
        var weight = terms.Sum(t => t.Weight);
        var telling = reading.Ranked.Where(s => weight > 0 && TopicSaid(question, topic, s) >= weight * TopicAcrossShare).ToList();
        // What the best of them tells it by ("taiwan", not "china" in "the china and taiwan stuff"): "tell me about the us
        // india tech deal" is one article's deal, though another says "…lucrative deals… U.S. influence".
        if (telling.Count == 0 || terms.Where(PassageWords.Of(telling[0].Candidate.Text).Has).MaxBy(t => t.Weight) is not { } core)
        {
            return null;
        }

        var tellingCore = telling.Where(s => PassageWords.Of(s.Candidate.Text).Has(core)).ToHashSet();
        var articles = tellingCore.Select(s => s.Candidate.Chunk.ArticleId).Distinct(StringComparer.Ordinal).Count();
        // A summary's sentences shared among its articles: three of each of two, two of each of three or more.
        return articles >= 2
            ? ComparisonSentences.MentionsOf(reading, tellingCore.Contains, Math.Max(ComparisonSentences.MentionsPerArticle, MaxSummarySentences / articles))
            : null;
    }

    /// <summary>How much of a topic's weight a sentence must say to tell of it in <see cref="AcrossArticles"/>.</summary>
    private const double TopicAcrossShare = 0.5;

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
    /// A summary's or "latest" answer's sentences: the best sentence of the main article (the most relevant one — the
    /// one of the date or outlet the question names, if any, else the first relevant one that opens with the topic —, or for
    /// "latest" the newest relevant one), then its key sentences
    /// (<see cref="KeySentenceChoice"/>) and, for a summary of a topic rather than of "the article", the best sentence of
    /// another article that scores close to the main one (and is of the date the question names, if it names one).
    /// The lead: for a summary of a topic its main article is not about (its opening does not name it: "tell me about the
    /// quad"), the main sentence, which opens the article's part rather than taking its place in reading order — where
    /// the one sentence on the Quad came fifth of six; null otherwise.
    /// </summary>
    public static (List<CandidateSentence> Chosen, CandidateSentence? Lead) KeySentences(SentenceReading reading, AnswerShape shape, ReaderModel model, ScoredSentence? newest)
    {
        var best = reading.Ranked.Max(s => s.Probability);
        var heads = reading.Ranked.GroupBy(s => s.Candidate.Chunk.ArticleId).Select(g => g.First()).ToList();
        var firsts = heads.Where(s => s.Probability >= best / 2).ToList();
        var ofNamedArticle = heads.FirstOrDefault(s => ComparisonSentences.OfNamedArticle(reading.Question, s));
        var topic = ComparisonSentences.TopicTerms(reading.Question);
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
        IReadOnlyList<ScoredSentence> partBests = [];
        var partRead = false;
        if (aside)
        {
            sentences = OnTopic(topic, sentences, main, model.SecondaryShare);
        }
        else if (shape == AnswerShape.Summary && ofNamedArticle is not null && !wholeArticle && !AsksWhatSomeoneSaid(reading.Question.Text)
            && PartsBesideLead(reading.Question, topic, sentences) is { Count: >= MinParts } parts)
        {
            // "tldr of the feb 2023 piece about xi heading to moscow, the nato stuff and the us-india thing": what the article
            // opens with and the best of each other part the question names, each part's sentences to choose the rest from.
            partBests = [.. parts.Select(p => p[0])];
            var openingSentences = sentences.Where(s => s.Candidate.Chunk.Index == 0).ToList();
            sentences = [.. sentences.Where(s => openingSentences.Contains(s) || parts.Any(p => p.Contains(s)))];
            wholeArticle = true;
        }
        else if (shape == AnswerShape.Summary && ofNamedArticle is not null && PartAsked(reading.Question, topic, sentences) is { Count: >= MinOnTopic } part)
        {
            // "recap the us india tech thing from that feb 2023 article": the part of the article the question names.
            (sentences, main, aside, partRead) = (WithSpeaker(reading.Question, part, sentences), part[0], true, true);
        }

        if (shape == AnswerShape.Summary && partBests.Count == 0 && !partRead && AskedSubject.WordsSummarised(reading.Question.Text) is { } speaker
            && sentences.Where(s => speaker.QuotedIn(s.Candidate)).ToList() is { Count: >= MinOnTopic } quoted)
        {
            // "quick summary of what xi and putin said in the lunar new year call": their words ("…cultivate a new momentum
            // of cooperation," Xi said), not the article's lead and background (a part read above has its speaker's already).
            (sentences, main, aside, wholeArticle) = (quoted, quoted[0], true, false);
        }

        var others = firsts
            .Where(s => s != main && s.Probability >= main.Probability * model.SecondaryShare && (ofNamedArticle is null || ComparisonSentences.OfNamedArticle(reading.Question, s)))
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
        // An article that opens with a paragraph of one sentence (a standfirst: "The leaders will discuss the tensions in
        // Europe…, the Kremlin said.") tells who, what and when in the sentence that opens its body ("Russian President
        // Vladimir Putin and his Chinese counterpart Xi Jinping are due to hold a video conference…").
        var bodyLead = wholeArticle && first == lead && lead!.Candidate.EndsParagraph
            ? sentences.Where(s => s.Candidate.Offset > lead.Candidate.Offset).MinBy(s => s.Candidate.Offset)
            : null;
        var max = wholeArticle && shape == AnswerShape.Summary ? MaxWholeArticleSentences : MaxSummarySentences;
        var chosen = partBests.Count > 0 && lead is not null
            ? KeySentenceChoice.Choose(sentences, max, wholeArticle, lead, also: partBests)
            : KeySentenceChoice.Choose(sentences, max - others.Count, wholeArticle, first, first == lead && !wholeArticle ? main : bodyLead);
        // "whats the latest between xi n putin": the newest news says when it happened ("The couple spoke on February 8, 2024…"),
        // besides what was chosen — when its lead says at least half the topic asked about, not when the article only
        // touches on it ("the newest on us aid for ukraine").
        var topicWeight = reading.Question.Terms.Where(t => topic.Contains(t.Stem)).Sum(t => t.Weight);
        if (shape == AnswerShape.Latest && lead is not null && TopicSaid(reading.Question, topic, lead) * 2 >= topicWeight && chosen.Count > 0 && !chosen.Any(NewsDay.Tells) && sentences.FirstOrDefault(NewsDay.Tells) is { } day)
        {
            chosen = [chosen[0], day, .. chosen.Skip(1)];
        }

        return ([.. chosen.Concat(others).Select(c => c.Candidate)], aside && shape == AnswerShape.Summary && NamesAny(main.Candidate.Text, topic) ? main.Candidate : null);
    }

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
    public static ScoredSentence? LatestKindLead(SentenceReading reading, ScoredSentence? newest, TokenMatch? tokens, ReaderModel model)
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

        return holding.Count == 0 ? null : ComparisonSentences.ByTokenMatch(reading.Question.Text, reading.Question, holding, tokens, model)[0];
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
    /// The best sentence of the newest article whose best is at least a twelfth as likely as the best of all: "latest"
    /// is about recency, and the newest relevant article may match the question less closely than an older one ("latest
    /// on the ukraine war, is it over yet?" is told by the 2024 article's "…the two-year mark on February 24. with no end
    /// in sight", scored a ninth of the 2023 article's "The war that began with Russia's invasion…"), of those whose read
    /// passages name as many of the names and places the question names as any: "catch me up on the xi putin uzbekistan
    /// thing" is told by the article that names Uzbekistan, not by a newer one about Xi and Putin only.
    /// </summary>
    public static ScoredSentence NewestRelevant(SentenceReading reading)
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
    /// (<see cref="ComparisonSentences.TopicTerms"/>: "tell me about the us india tech deal": "India", "deal"…) — an article that does is
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
        // Of the two weightiest such words, the first the article says often enough: "the nato chief" is told by the
        // sentences naming NATO, while "chief" only meets "the two chiefs of state".
        var (opening, words) = PartWords(question, topic, sentences);
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
    /// The words of an article's opening passage (null when none of <paramref name="sentences"/> is of it) and the
    /// question's words that may name a part of the article: of its <paramref name="topic"/>, said by some article, and
    /// neither its dates nor an event (<see cref="EventWords"/>).
    /// </summary>
    private static (PassageWords? Opening, List<WeightedTerm> Words) PartWords(ReaderQuestion question, HashSet<string> topic, List<ScoredSentence> sentences)
    {
        var dated = question.DateStems;
        var opening = sentences.Count > 0 && Opening(sentences, sentences[0]) is { } chunk ? PassageWords.Of(chunk.Text) : null;
        return (opening, [.. question.Terms.Where(t => topic.Contains(t.Stem) && t.DocumentFrequency != 0 && !dated.Contains(t.Stem) && !EventWords.Contains(t.Word))]);
    }

    /// <summary>
    /// For a summary of an article the question names by its date that also names parts of it its opening passage does
    /// not tell of ("tldr of the feb 2023 piece about xi heading to moscow, the nato stuff and the us-india thing": Xi's
    /// visit opens it, NATO and the US-India deal have parts of their own), each such part: the article's
    /// <paramref name="sentences"/> (best first) that name one of the question's weightiest words the opening does not
    /// name, at most <see cref="PartAnchors"/> + 1 parts that share no sentence; none when the opening names no word of the
    /// topic (a summary of a part: <see cref="PartAsked"/>) or the question names no other part. A summary of what
    /// someone said is read by the speaker (<see cref="WithSpeaker"/>).
    /// </summary>
    private static List<List<ScoredSentence>> PartsBesideLead(ReaderQuestion question, HashSet<string> topic, List<ScoredSentence> sentences)
    {
        var (opening, words) = PartWords(question, topic, sentences);
        if (opening is null || !words.Any(opening.Has))
        {
            return [];
        }

        var parts = new List<List<ScoredSentence>>();
        foreach (var word in words.Where(t => !opening.Has(t)).OrderByDescending(t => t.Weight))
        {
            var part = sentences.Where(s => s.Candidate.Chunk.Index != 0 && PassageWords.Of(s.Candidate.Text).Has(word)).ToList();
            if (part.Count >= MinOnTopic && !parts.Any(p => p.Intersect(part).Any()) && parts.Count <= PartAnchors)
            {
                parts.Add(part);
            }
        }

        return parts;
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
        if (!ComparisonSentences.AsksWhatSaid().IsMatch(question.Text) || Speaker().Match(part[0].Candidate.Text) is not { Success: true } said)
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

    /// <summary>Whom a sentence quotes: the last name after "said" ("…, said NATO Secretary-General Jens Stoltenberg") or the name before "said", "stated", "told"… ("Stoltenberg stated…").</summary>
    [GeneratedRegex(@"\bsaid\s+(?:\p{Lu}[\p{L}.-]*\s+){0,4}?(?<after>\p{Lu}\p{Ll}+)(?![\p{L}'’-])(?!\s+\p{Lu})|\b(?<before>\p{Lu}\p{Ll}+)(?![\p{L}'’-])\s+(?:said|stated|told|added|warned|noted|argued)\b")]
    private static partial Regex Speaker();

    /// <summary>A sentence that goes on about the person the one before named: "He stated…", "She added…".</summary>
    [GeneratedRegex(@"^(?:He|She)\s+\p{Ll}")]
    private static partial Regex GoesOnAboutSomeone();

    /// <summary>True when <paramref name="question"/> asks what someone said ("what nato's boss said abt china"), not when it names the "United States".</summary>
    private static bool AsksWhatSomeoneSaid(string question) =>
        ComparisonSentences.AsksWhatSaid().Matches(question).Any(m => char.IsLower(m.Value[0]));

    /// <summary>How many parts besides its opening a summary names to be told part by part (<see cref="PartsBesideLead"/>); one part alone is read by <see cref="PartAsked"/>.</summary>
    private const int MinParts = 2;

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
}
