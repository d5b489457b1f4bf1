using System.Text.RegularExpressions;
using QaBot.Core.Articles;
using QaBot.Core.Retrieval;

namespace QaBot.Core.Answering.Reading;

/// <summary>
/// The sentences of a comparison answer (<see cref="AnswerShape.Comparison"/>): read across the articles — the people
/// each side named, where something comes up, an amount's figures over time (<see cref="ReadAcross"/>) — or article by
/// article (<see cref="OnePerArticle"/>), and whether the question is answered (<see cref="Answers"/>).
/// </summary>
public static partial class ComparisonSentences
{
    internal const int MaxArticles = 4;

    /// <summary>
    /// The most sentences a comparison quotes in all, shared among its articles (at least one each): three of each of
    /// four articles, as "list every xi putin call or meeting" or "how did ushakov describe the relationship in 2022 and
    /// then in 2024" are often told beyond an article's two best sentences.
    /// </summary>
    private const int MaxComparisonSentences = 12;

    /// <summary>
    /// A comparison read across the articles rather than article by article: the people each side named
    /// (<see cref="PeopleNamed"/>), where or each time something comes up (<see cref="Mentions"/>), or an amount's figures
    /// over time (<see cref="FiguresOverTime"/>), the first of them that finds sentences; null when none does (the comparison
    /// is then read article by article, <see cref="OnePerArticle"/>).
    /// </summary>
    public static List<CandidateSentence>? ReadAcross(SentenceReading reading) => PeopleNamed(reading) ?? Mentions(reading) ?? FiguresOverTime(reading);

    /// <summary>
    /// A comparison's sentences: the best of each relevant article — only the articles of the dates the question names,
    /// when it names some and articles of those dates were read; for a question asking for every mention, also articles
    /// that tell only a little —, the article's sentences ordered by what they say of the topic too
    /// (<see cref="ByTokenMatch"/> on <see cref="AnswerShapes.ComparisonTopic"/>), then that article's next best ones, each scoring at least a quarter of the runner-up
    /// share of its best and not repeating one chosen, while its share of <see cref="MaxComparisonSentences"/> lasts (a
    /// change is often told in two or three sentences, and two articles compared leave room for more of each). What
    /// countries said is read from their side's words alone (<see cref="SideSaid"/>), when some sentence gives them.
    /// </summary>
    public static List<CandidateSentence> OnePerArticle(SentenceReading reading, ReaderModel model, TokenMatch? tokens)
    {
        // "what have russia & china said about nato over time": their side's words, not NATO's chief's about them.
        var subject = AskedSubject.Of(reading.Question.Text);
        var ranked = SideSaid.Of(reading, subject) ?? reading.Ranked;
        var best = ranked[0].Probability;
        var byArticle = ranked.GroupBy(s => s.Candidate.Chunk.ArticleId).Select(g => g.ToList()).ToList();
        var named = byArticle.Where(g => OfNamedArticle(reading.Question, g[0])).ToList();
        var gate = best * model.SecondaryShare / (AnswerShapes.AsksForEvery(reading.Question.Text) ? 4 : 2);
        // "how has the way they describe russia china ties changed from 2021 to 2024": the articles of the two ends are
        // read however little their best sentence scores, the others between them as they score.
        var ends = AnswerShapes.RangeEndYears(reading.Question.Text);
        bool AtAnEnd(List<ScoredSentence> g) => g[0].Candidate.Chunk.Date is { } d && ends.Contains(d.Year);
        var articles = NamingAskedPerson(reading.Question, NotBefore(reading.Question, named.Count >= 2 ? named : byArticle.Where(g => g[0].Probability >= gate || AtAnEnd(g)).ToList()));
        // "whats stoltenberg been saying abt china, like across the diff articles": the articles that give the speaker's
        // words, and of each those words, not what another article or another speaker said of the topic. A country is
        // not one speaker ("what did russia n china say about nato in 2021 vs 2022": "Stoltenberg stated that China…").
        var asked = subject is { Spoken: true, Speaker.Count: > 0 } && !subject.Speaker.Any(Text.PlaceNames.IsPlace) ? subject : null;
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
        return MentionsOf(reading, s => PassageWords.Of(s.Candidate.Text) is var words && topic.Any(words.Has));
    }

    /// <summary>
    /// Each article's best sentences that <paramref name="mention"/> the topic, at most <paramref name="perArticle"/> (by
    /// default <see cref="MentionsPerArticle"/>) an article, each followed by the sentence that goes on about it; null
    /// when none does (<see cref="Mentions"/>).
    /// </summary>
    internal static List<CandidateSentence>? MentionsOf(SentenceReading reading, Func<ScoredSentence, bool> mention, int perArticle = MentionsPerArticle)
    {
        // "how long had the ukraine war been going on in each article": of each article, the sentences that hold a length
        // of time first ("…amid Moscow's 10-month war in Ukraine"), and no article whose mentions hold none (the 2021
        // article's "a long conversation"), when some do. Not for a number: "how many video calls… in these articles"
        // counts the mentions.
        var question = reading.Question;
        bool Holds(ScoredSentence s) => question.Kind is not (AnswerKind.Any or AnswerKind.Number) && QuestionIntent.AddsAnswer(question.Kind, question.Text, s.Candidate.Text);
        var mentions = reading.Ranked.Where(mention).ToList();
        var holding = mentions.Any(Holds);
        var chosen = mentions
            .GroupBy(s => s.Candidate.Chunk.ArticleId)
            .Where(g => !holding || g.Any(Holds))
            .SelectMany(g => g.OrderByDescending(s => holding && Holds(s)).ThenByDescending(s => s.Probability).Take(perArticle))
            .SelectMany(s => SentenceChoice.ContinuationOf(s.Candidate, reading.Ranked) is { } more ? [s.Candidate, more.Candidate] : new[] { s.Candidate })
            .Distinct()
            .ToList();
        return chosen.Count > 0 ? chosen : null;
    }

    /// <summary>How much, against the weightiest, a word of the topic must weigh for a sentence naming it to count as a mention.</summary>
    private const double MentionWeightShare = 0.5;

    /// <summary>The most sentences an article gives a list of where something comes up (<see cref="Mentions"/>).</summary>
    internal const int MentionsPerArticle = 2;

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
    internal static List<ScoredSentence> ByTokenMatch(string text, ReaderQuestion question, List<ScoredSentence> sentences, TokenMatch? tokens, ReaderModel model)
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
    /// <summary>
    /// The <paramref name="articles"/> that name a person the question asks about, when two of them or more do and others
    /// do not ("how has ushakov described the relationship over time": the 2022 and 2024 articles quote him, the others
    /// never name him): a name is a word of the question their passages only ever write with a capital, no place, month
    /// or weekday, and that weighs at least as much as the question's words on average.
    /// </summary>
    private static List<List<ScoredSentence>> NamingAskedPerson(ReaderQuestion question, List<List<ScoredSentence>> articles)
    {
        var texts = articles.Select(g => g.Select(s => s.Candidate.Chunk.Text).Distinct(StringComparer.Ordinal).ToList()).ToList();
        var names = NamedThing.NeverLowerCase([.. texts.SelectMany(t => t)]);
        var asked = question.Terms.Where(t => names.Contains(t.Word) && !Text.PlaceNames.IsPlace(t.Word) && Text.Stemmer.PlaceOfDemonym(t.Word) is null
            && CalendarMath.MonthNumber(t.Word) == 0 && !Enum.GetNames<DayOfWeek>().Contains(t.Word, StringComparer.OrdinalIgnoreCase)).ToList();
        // A name the store says everywhere ("xi", "putin": weighing less than the question's words do on average) says who
        // the articles are about, not which to read.
        var mean = question.Terms.Count == 0 ? 0 : question.Terms.Average(t => t.Weight);
        var words = texts.Select(t => t.Select(PassageWords.Of).ToList()).ToList();
        bool Names(int article, WeightedTerm term) => words[article].Any(w => w.Has(term));
        var rare = asked.Where(t => t.Weight >= mean && Enumerable.Range(0, articles.Count).Count(i => Names(i, t)) is var n && n >= 2 && n < articles.Count).ToList();
        return rare.Count > 0 ? [.. Enumerable.Range(0, articles.Count).Where(i => rare.Any(t => Names(i, t))).Select(i => articles[i])] : articles;
    }

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
    /// True when a comparison names the months, weeks or days of two or more retrieved articles ("compare the dec 2021
    /// and dec 2022 calls"), or is read across two or more of them (<paramref name="readAcross"/>: the people each side
    /// named, <see cref="PeopleNamed"/>; an amount's figures over time, <see cref="FiguresOverTime"/>: "what are the trade
    /// figures over time"): it asks what those articles say, which no single sentence matches as closely as a fact
    /// question's answer; null (the model decides) otherwise.
    /// </summary>
    public static bool? Answers(SentenceReading reading, AnswerShape shape, bool readAcross) =>
        shape == AnswerShape.Comparison
        && (reading.Ranked.Where(s => OfNamedArticle(reading.Question, s)).Select(s => s.Candidate.Chunk.ArticleId).Distinct().Count() >= 2
            || readAcross)
            ? true : null;

    /// <summary>True when the question names <paramref name="sentence"/>'s article (<see cref="ArticleReference"/>): by its month, week or day, by its year as "the 2021 piece", or by its outlet.</summary>
    internal static bool OfNamedArticle(ReaderQuestion question, ScoredSentence sentence) =>
        ArticleReference.Names(question.Text, question.Dates, sentence.Candidate.Chunk);

    /// <summary>
    /// The stems of the question's topic (<see cref="AnswerShapes.TopicStems"/>) among its weighted terms, numbers and
    /// words no article says left out ("main points from teh dec 2021 article": no sentence can say "teh").
    /// </summary>
    internal static HashSet<string> TopicTerms(ReaderQuestion question)
    {
        var topic = AnswerShapes.TopicStems(question.Text).ToHashSet(StringComparer.Ordinal);
        var stems = question.Terms.Where(t => !t.IsNumber && t.DocumentFrequency != 0 && topic.Contains(t.Stem)).Select(t => t.Stem).ToHashSet(StringComparer.Ordinal);
        if (stems.Contains(UnitedStem))
        {
            stems.Remove(StatesStem); // "United States" is one name: "chiefs of state" and "state media" do not say it
        }

        return stems;
    }

    private static readonly string UnitedStem = QaBot.Core.Text.Stemmer.Stem("united");
    private static readonly string StatesStem = QaBot.Core.Text.Stemmer.Stem("states");

    /// <summary>A question for what someone said, thinks or told: "what nato's boss said abt china", "what did lavrov say".</summary>
    [GeneratedRegex(@"\b(?:said|say|says|saying|told|tell|tells|stated|state|states|think|thinks|thought|warned|warn)\b", RegexOptions.IgnoreCase)]
    internal static partial Regex AsksWhatSaid();
}
