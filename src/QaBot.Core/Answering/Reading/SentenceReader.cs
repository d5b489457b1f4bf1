using System.Text.RegularExpressions;
using QaBot.Core.Retrieval;

namespace QaBot.Core.Answering.Reading;

/// <summary>A candidate sentence with its features and the probability that it answers the question.</summary>
public sealed record ScoredSentence(CandidateSentence Candidate, double[] Features, double Probability);

/// <summary>What the reader made of one question: the sentences best first, and how likely the best one answers it.</summary>
public sealed record SentenceReading(ReaderQuestion Question, IReadOnlyList<ScoredSentence> Ranked, double AnswerProbability, double[] AnswerabilityFeatures)
{
    /// <summary>The passages the ranked sentences come from, each once, in the order their sentences rank.</summary>
    public IReadOnlyList<Chunking.Chunk> Passages => [.. Ranked.Select(s => s.Candidate.Chunk).DistinctBy(c => c.Id)];
}

/// <summary>
/// Reads the retrieved passages for a question: every quotable sentence is scored by the sentence model over
/// <see cref="SentenceFeatures"/>, and the best one by the answerability model over <see cref="AnswerabilityFeatures"/>.
/// </summary>
public sealed partial class SentenceReader
{
    private readonly Lazy<ReaderModel> _model;

    /// <summary>A reader with <paramref name="model"/>, comparing its best sentences piece by piece with <paramref name="tokens"/> when given.</summary>
    public SentenceReader(ReaderModel model, TokenMatch? tokens = null)
    {
        _model = new Lazy<ReaderModel>(model);
        Tokens = tokens;
    }

    /// <summary>A reader whose model is loaded on first use (so a command that refits it never needs the old one).</summary>
    public SentenceReader(Func<ReaderModel> load, TokenMatch? tokens = null)
    {
        _model = new Lazy<ReaderModel>(load);
        Tokens = tokens;
    }

    /// <summary>The piece-by-piece comparison of a fact question's best sentences (<see cref="TokenMatchFirst"/>); null when off.</summary>
    public TokenMatch? Tokens { get; }

    private ReaderModel Current => _model.Value;

    /// <summary>The model in use when retrieval had vectors.</summary>
    public ReaderModel Model => Current;

    /// <summary>
    /// The model for <paramref name="retrieval"/>: the one fitted among distractors for a large store, and of that the
    /// one fitted without similarities when it has no vectors.
    /// </summary>
    public ReaderModel For(RetrievalResult retrieval)
    {
        ArgumentNullException.ThrowIfNull(retrieval);
        var model = retrieval.StoreChunks >= ReaderModel.LargeStoreChunks && Current.Large is { } large ? large : Current;
        return retrieval.QueryVector is null && model.WithoutVectors is { } keywordOnly ? keywordOnly : model;
    }

    /// <summary>Scores the sentences of <paramref name="retrieval"/> for <paramref name="question"/>.</summary>
    public SentenceReading Read(string question, RetrievalResult retrieval)
    {
        var (q, candidates, features) = Featurize(question, retrieval);
        var model = For(retrieval);
        var ranked = candidates
            .Select((c, i) => new ScoredSentence(c, features[i], model.Sentence.Probability(features[i])))
            .OrderByDescending(s => s.Probability)
            .ThenBy(s => s.Candidate.Rank)
            .ToList();
        // Whether anything answers is judged on the model's own order; which sentence leads, on the year asked about too.
        var answerability = AnswerabilityFeatures.Of(q, ranked, candidates);
        return new SentenceReading(q, ReporterFirst(q, SpeakerFirst(q, OfficeHolderFirst(q, PlaceFirst(q, AskedYearFirst(q, AskedDayFirst(q, DateFirst(q, NameFirst(q, KindFirst(q, FigureFirst(q, TokenMatchFirst(q, ranked, model))))))))))), ranked.Count == 0 ? 0 : model.Answerable.Probability(answerability), answerability);
    }

    /// <summary>
    /// For a fact question, the one of the best <see cref="TokenMatch.Candidates"/> sentences that scores best when the
    /// model's logit is joined by how much of the question it says piece by piece (<see cref="TokenMatch"/>, weighed by
    /// the model's fitted <see cref="ReaderModel.TokenWeight"/>) goes first: the sentence model sees the question and the
    /// sentence each as one vector, and a paraphrase ("what is china pouring money into" → "China is increasing its
    /// investment in nuclear weapons") scores low as a whole. A sentence off the time asked about (<see cref="OffAskedTime"/>)
    /// does not compete, nor, when a figure question's best sentence holds a figure, one that holds none ("how many troops
    /// did ukraine say russia massed at the border": "…build-up near the border" would only be declined). Off without a
    /// matcher or a weight.
    /// </summary>
    private List<ScoredSentence> TokenMatchFirst(ReaderQuestion question, List<ScoredSentence> ranked, ReaderModel model)
    {
        if (Tokens is null || model.TokenWeight <= 0 || ranked.Count < 2 || question.Shape != AnswerShape.Fact)
        {
            return ranked;
        }

        // A figure question's best sentence that holds a figure is not passed over for one that holds none (it could not
        // answer), nor a description question's that describes the asked thing for one that does not.
        var figure = question.Kind == AnswerKind.Number && AnswerChecks.HoldsFigure(ranked[0]);
        var describes = question.Kind == AnswerKind.Description && AnswerabilityFeatures.DescribesAsked(ranked[0]);
        var head = ranked.Take(TokenMatch.Candidates)
            .Where((s, i) => i == 0 || (!OffAskedTime(question, s) && (!figure || AnswerChecks.HoldsFigure(s)) && (!describes || AnswerabilityFeatures.DescribesAsked(s))))
            .ToList();
        if (head.Count < 2)
        {
            return ranked;
        }

        var leader = Tokens.Reorder(question.Text, head, model.TokenWeight, question.WeightOf)[0];
        return leader == head[0] ? ranked : [leader, .. ranked.Where(s => s != leader)];
    }

    /// <summary>
    /// True when <paramref name="sentence"/> cannot tell of the time the question asks about: it names other years or
    /// dates only, or its article was published before what the question asks happened
    /// (<see cref="AnswerChecks.PublishedBeforeAskedTime"/>: "where was putin sitting for the dec 30 video call"
    /// is not told by the December 2021 article's call).
    /// </summary>
    private static bool OffAskedTime(ReaderQuestion question, ScoredSentence sentence) =>
        sentence.Features[SentenceFeatures.IndexOf("yearConflict")] > 0 || sentence.Features[SentenceFeatures.IndexOf("dateConflict")] > 0
        || AnswerChecks.PublishedBeforeAskedTime(question, sentence.Candidate);

    /// <summary>
    /// For a figure question ("how much us aid for ukraine") whose best sentence holds no figure ("The United States…
    /// is divided in Congress… on the question of providing additional foreign aid to Ukraine"), the first of the next
    /// best of the same article that holds one and names what the figure counts, if the question says ("…an additional
    /// $60 billion financing to Ukraine") goes first: a sentence without a figure does not answer "how much" and would be
    /// declined (<see cref="AnswerChecks.LacksAskedFigure"/>). "how many ceos were at the event" finds no
    /// sentence that counts CEOs, and still declines. A question for how long or counting time
    /// (<see cref="AnswerChecks.AsksLength"/>) is led so by a sentence that gives a length of time. A sentence of another
    /// article leads so when it is at least <see cref="OtherArticleFigureShare"/> as likely as the best: "how long had the
    /// ukraine war been dragging on when xi n putin did their year-end video chat in 2022" is best matched by "Putin
    /// extended an invitation to Xi Jinping in a year-ending video conversation", told of by the next article, and
    /// answered by "…pledged December 30 to deepen bilateral cooperation amid Moscow's 10-month war in Ukraine".
    /// </summary>
    private static List<ScoredSentence> FigureFirst(ReaderQuestion question, List<ScoredSentence> ranked)
    {
        var countsTime = AnswerChecks.AsksLength(question);
        if ((question.Kind != AnswerKind.Number && !countsTime) || ranked.Count == 0)
        {
            return ranked;
        }

        // "how many yrs has china been russia's biggest trading partner": "…one of Moscow's most important trade partners"
        // holds a figure but no length of time; "…greatest commercial partner for more than a decade" gives one.
        bool Answers(ScoredSentence s) => countsTime ? QuestionIntent.Satisfies(AnswerKind.Duration, s.Candidate.Text) : AnswerChecks.HoldsFigure(s);
        return Answers(ranked[0])
            ? ranked
            : FirstThatFits(ranked, s => (s.Candidate.Chunk.ArticleId == ranked[0].Candidate.Chunk.ArticleId || s.Probability >= ranked[0].Probability * OtherArticleFigureShare)
                && Answers(s) && question.FocusNamedIn(PassageWords.Of(s.Candidate.Text)));
    }

    /// <summary>
    /// For a fact question asking which one of a kind ("what kinda aircraft has the pla been sending into taiwan's air
    /// defense zone", <see cref="ReaderQuestion.WhichWord"/>, <see cref="ReaderQuestion.KindAskedOf"/>) whose best
    /// sentence does not say the kind ("…continued incursions of Taiwan's air defence identification zone"), the first of
    /// the next best of the same article that says which one (<see cref="AnswerChecks.TellsWhichOne"/>: "Chinese military
    /// incursions have included the deployment of advanced fighter aircraft…") goes first.
    /// </summary>
    private static List<ScoredSentence> KindFirst(ReaderQuestion question, List<ScoredSentence> ranked)
    {
        if ((question.WhichWord ?? ReaderQuestion.KindAskedOf(question.Text)) is not { } kind || question.Shape != AnswerShape.Fact || ranked.Count == 0
            || PassageWords.Of(ranked[0].Candidate.Text).Has(kind))
        {
            return ranked;
        }

        return FirstThatFits(ranked, s => s.Candidate.Chunk.ArticleId == ranked[0].Candidate.Chunk.ArticleId && AnswerChecks.TellsWhichOne(question, kind, s.Candidate.Text));
    }

    /// <summary>
    /// For a fact question asking who ("ok so who on the russian side said xi is coming to moscow") whose best sentence
    /// names nobody the question does not ("The Russian leader said he expected Xi to visit Moscow in the spring"), the
    /// first of the next <see cref="LeadLooksAt"/> best, not off the asked time, that names someone new and says as much
    /// of the question ("Russian Foreign Minister Sergey Lavrov indicated that… Xi Jinping is anticipated to visit Moscow…") goes first.
    /// A question for who is answered by a person (<see cref="QuestionIntent.NamesSomeoneNew"/>), not by a place the best
    /// sentence names ("yo who was the kremlin guy that confirmed xi n putin were gonna meet up in uzbekistan": not "…to
    /// discuss developments in Ukraine and in the Taiwan Strait" but "Kremlin spokesperson Yuri Ushakov confirmed the
    /// planned meeting…", fourth), looked for among the next <see cref="TokenMatch.Candidates"/>.
    /// </summary>
    private static List<ScoredSentence> NameFirst(ReaderQuestion question, List<ScoredSentence> ranked)
    {
        var who = AsksWho().IsMatch(question.Text);
        if (question.Kind != AnswerKind.Name || question.Shape != AnswerShape.Fact || ranked.Count < 2
            || (AnswerabilityFeatures.AddsAskedAnswer(ranked[0]) && (!who || QuestionIntent.NamesSomeoneNew(question.Text, ranked[0].Candidate.Text))))
        {
            return ranked;
        }

        // A question for who is answered by a person: not by the places a sentence names ("…discuss developments in Ukraine").
        var coverage = SentenceFeatures.IndexOf("coverage");
        return FirstThatFits(
            ranked,
            s => AnswerabilityFeatures.AddsAskedAnswer(s) && (!who || QuestionIntent.NamesSomeoneNew(question.Text, s.Candidate.Text)) && !OffAskedTime(question, s) && s.Features[coverage] >= ranked[0].Features[coverage],
            who ? TokenMatch.Candidates : LeadLooksAt);
    }

    /// <summary>
    /// For a question asking where something happened ("which city did stoltenberg speak in") whose best sentence names
    /// no place the question does not ("Stoltenberg and Japanese Prime Minister Fumio Kishida met on Tuesday…"), the
    /// first of the next <see cref="TokenMatch.Candidates"/> best, not off the asked time, that says where something is
    /// and every word of the question the passages read have ("NATO Secretary General Jens Stoltenberg said Wednesday in
    /// a speech to the … Heritage Foundation in Washington, D.C.") goes first; without one, the question declines
    /// (<see cref="AnswerChecks.NamesNoPlace"/>). "where did stoltenberg and kishida meet" is not led by that sentence:
    /// it does not name Kishida. Failing that, the sentence right after the best one goes first when it says where
    /// something is, as news goes on about what it just named: "where did xi go in 2019" is led by "The leader of the
    /// Communist Party attended a three-day economic symposium in St. Petersburg in the year 2019", after "…the visit
    /// would be the first by Xi Jinping after 2019"; failing that, the article's lead when the best sentence is in its
    /// opening passage and the lead names a place ("where was xi's first trip abroad": "Uzbekistan is set to host a meeting
    /// between President Xi Jinping and President Vladimir Putin…", then "The trip marks President Xi's first overseas
    /// trip in over two years"). A question where something last happened is read first by the year of
    /// "the first since" (<see cref="LastPlace"/>), unless the best sentence already says where.
    /// </summary>
    private static List<ScoredSentence> PlaceFirst(ReaderQuestion question, List<ScoredSentence> ranked)
    {
        if (ranked.Count == 0 || !AnswerChecks.AsksWhere(question))
        {
            return ranked;
        }

        var placed = AnswerChecks.NamesAskedPlace(question, locative: true);
        if (placed(ranked[0].Candidate.Text))
        {
            return ranked;
        }

        if (LastPlace(question, ranked, placed) is { } last)
        {
            return last;
        }

        if (AnswerChecks.NamesAskedPlace(question, locative: false)(ranked[0].Candidate.Text))
        {
            return ranked;
        }

        var passages = ranked.Select(s => s.Candidate.Chunk).DistinctBy(c => c.Id).Select(c => PassageWords.Of(c.Text)).ToList();
        var saysWhere = AnswerChecks.SaysWhere(question, [.. question.Terms.Where(t => passages.Any(p => p.Has(t)))]);
        var moved = FirstThatFits(ranked, s => !OffAskedTime(question, s) && saysWhere(s.Candidate.Text), TokenMatch.Candidates);
        if (moved[0] != ranked[0])
        {
            return moved;
        }

        if (ranked.FirstOrDefault(s => SentenceChoice.Follows(s.Candidate, ranked[0].Candidate) && !OffAskedTime(question, s) && placed(s.Candidate.Text)) is { } next)
        {
            return [next, .. ranked.Where(s => s != next)];
        }

        // The story's place told in its lead: "The trip marks President Xi's first overseas trip in over two years", a few
        // sentences after "Uzbekistan is set to host a meeting between President Xi Jinping and President Vladimir Putin".
        // A place named as whose something is ("China's president") is not where.
        var best = ranked[0].Candidate;
        var named = AnswerChecks.NamesAskedPlace(question, locative: false);
        return best.Chunk.Index == 0
            && ranked.Where(s => s.Candidate.Chunk.Id == best.Chunk.Id && s.Candidate.Offset < best.Offset && !OffAskedTime(question, s)
                && named(Possessive().Replace(s.Candidate.Text, " "))).MinBy(s => s.Candidate.Offset) is { } lead
            ? [lead, .. ranked.Where(s => s != lead)]
            : ranked;
    }

    /// <summary>
    /// For a question where something last happened ("where was xi the last time he went to russia"), the sentence that
    /// tells that time and where, of the article that tells the next time as the first since it: "…the visit would be the
    /// first by Xi Jinping after 2019" dates the last time, and "The leader of the Communist Party attended a three-day
    /// economic symposium in St. Petersburg in the year 2019" says where; it leads, the first-since sentence after it.
    /// Null when no sentence read tells a first time since a year, or none of its article says where in that year
    /// (<paramref name="placed"/>: a place the question does not name, said to be where something is).
    /// </summary>
    private static List<ScoredSentence>? LastPlace(ReaderQuestion question, List<ScoredSentence> ranked, Func<string, bool> placed)
    {
        if (!OutrightAnswers.AsksLastTime(question.Text)
            || ranked.Where(s => OutrightAnswers.SaysFirstSince(s.Candidate.Text)).OrderBy(s => s.Candidate.Chunk.ArticleId == ranked[0].Candidate.Chunk.ArticleId ? 0 : 1).FirstOrDefault() is not { } since)
        {
            return null;
        }

        var years = ReaderQuestion.YearsIn(since.Candidate.Text).ToHashSet(StringComparer.Ordinal);
        return ranked.FirstOrDefault(s => s != since && s.Candidate.Chunk.ArticleId == since.Candidate.Chunk.ArticleId
            && ReaderQuestion.YearsIn(s.Candidate.Text).Any(years.Contains) && placed(s.Candidate.Text)) is { } there
            ? [there, since, .. ranked.Where(s => s != there && s != since)]
            : null;
    }

    /// <summary>
    /// For a "when" question whose best sentence writes out no date, the first of the next best that writes one out (a
    /// year, a month or a day, not "eight days after") and says every word of the question (<see cref="PassageWords.Has"/>)
    /// goes first: "when did putin invade ukraine" was led by "…if it invaded Ukraine again" and now by "…his decision to
    /// invade Ukraine in 2022". For a question for the last time something happened, failing that, the best one's
    /// article's sentence that tells a first time since a date, however far down ("when was xi last in russia" →
    /// "…the visit would be the first by Xi Jinping after 2019", 18th). Failing that, the first of the next
    /// <see cref="TokenMatch.Candidates"/> best, not off the asked time, that writes one out and says at least half of the question's other words by weight
    /// (<see cref="AnswerChecks.SaysMostOfTheWords"/>: "when did russia invade ukraine" meets the same sentence, which does
    /// not say "russia"); "what year did russia take crimea" still declines (no dated sentence names Crimea or a taking).
    /// Failing that, the first of the next <see cref="SameArticleLooksAt"/> of the best one's article that writes out a
    /// day not off the asked time goes first: "It refers to a telephone conversation between Putin and Xi celebrating the
    /// Lunar New Year." is dated by "The couple spoke on February 8, 2024" in another passage.
    /// </summary>
    private static List<ScoredSentence> DateFirst(ReaderQuestion question, List<ScoredSentence> ranked)
    {
        if (question.Kind != AnswerKind.Date || ranked.Count == 0)
        {
            return ranked;
        }

        // "when was xi last in russia before all this 2023 visit talk": the best sentence's article tells the last time as
        // the first one since, however well another of its dates fits ("…the conflict will last one year" on February 24).
        var last = OutrightAnswers.AsksLastTime(question.Text);
        if (last && WritesDate(ranked[0]) && !OutrightAnswers.SaysFirstSince(ranked[0].Candidate.Text))
        {
            var since = FirstSinceFirst(ranked, anyArticle: false);
            if (since[0] != ranked[0])
            {
                return since;
            }
        }

        // "in the dec 30 video chat when did putin say he expects xi to come over": the day named is when it was said; the
        // first of the best from an article reporting that day that gives another date ("…in the spring") goes first.
        if (question.GivesDay && !TellsOtherDate(question, ranked[0]))
        {
            var other = FirstThatFits(ranked, s => s.Candidate.Chunk.Date is { } published && question.ReportedOn(published) && TellsOtherDate(question, s), TokenMatch.Candidates);
            if (other[0] != ranked[0])
            {
                return other;
            }
        }

        if (WritesDate(ranked[0]))
        {
            return ranked;
        }

        var first = FirstThatFits(ranked, s => WritesDate(s) && PassageWords.Of(s.Candidate.Text) is var words && question.Terms.All(words.Has));
        if (first[0] != ranked[0])
        {
            return first;
        }

        // "when was xi last in russia": the last time is told as the first one since ("…the visit would be the first by Xi
        // Jinping after 2019"), in the article of the trip the best sentence tells of, or failing that in any read.
        if (last)
        {
            first = FirstSinceFirst(ranked, anyArticle: true);
            if (first[0] != ranked[0])
            {
                return first;
            }
        }

        // "when did russia invade ukraine": no dated sentence says "russia" too, but "…his decision to invade Ukraine in
        // 2022" says most of the question, where the best one ("…if it invaded Ukraine again") tells no time.
        first = FirstThatFits(ranked, s => WritesDate(s) && !OffAskedTime(question, s) && AnswerChecks.SaysMostOfTheWords(question, s.Candidate), TokenMatch.Candidates);
        if (first[0] != ranked[0])
        {
            return first;
        }

        // The date of what the best sentence tells is often in another sentence of its article: "It refers to a telephone
        // conversation between Putin and Xi celebrating the Lunar New Year." … "The couple spoke on February 8, 2024".
        var article = ranked[0].Candidate.Chunk.ArticleId;
        return FirstThatFits(ranked, s => s.Candidate.Chunk.ArticleId == article && WritesDay(s) && !OffAskedTime(question, s), 1 + SameArticleLooksAt);
    }

    /// <summary>
    /// <paramref name="ranked"/> with the sentence that tells a first time since a date ("…the first by Xi Jinping after
    /// 2019") first: from the best sentence's article, or, with <paramref name="anyArticle"/>, failing that from any read.
    /// </summary>
    private static List<ScoredSentence> FirstSinceFirst(List<ScoredSentence> ranked, bool anyArticle)
    {
        var first = FirstThatFits(ranked, s => s.Candidate.Chunk.ArticleId == ranked[0].Candidate.Chunk.ArticleId && OutrightAnswers.SaysFirstSince(s.Candidate.Text), ranked.Count);
        return first[0] != ranked[0] || !anyArticle ? first : FirstThatFits(ranked, s => OutrightAnswers.SaysFirstSince(s.Candidate.Text), ranked.Count);
    }

    /// <summary>How many of the next best sentences <see cref="DateFirst"/> looks among for a day in the best one's article.</summary>
    private const int SameArticleLooksAt = 8;

    /// <summary>True when the sentence writes out a day ("February 8, 2024", "on December 30"), not only a year or a span.</summary>
    private static bool WritesDay(ScoredSentence sentence) =>
        Articles.DateMentions.Find(sentence.Candidate.Text).Any(d => d.Precision == Articles.DatePrecision.Day);

    private static bool TellsOtherDate(ReaderQuestion question, ScoredSentence sentence) =>
        question.TellsOtherDate(ReaderQuestion.DatesIn(sentence.Candidate.Text, sentence.Candidate.Chunk.Date));

    private static bool WritesDate(ScoredSentence sentence) => Articles.DateMentions.Find(sentence.Candidate.Text).Count > 0;

    /// <summary>
    /// For a fact question that asks what someone said ("what did sullivan say the us and india are after") whose best
    /// sentence reports nobody's words ("Sullivan saw his Indian counterpart… on Tuesday"), the first of the next best
    /// that gives that person's (<see cref="AskedSubject.QuotedIn"/>: "…Jake Sullivan stated on Tuesday that…") goes
    /// first, unless it cannot tell of the time asked about (<see cref="OffAskedTime"/>: "did xi n putin even bring up
    /// ukraine on the dec 30 call" is not told by the December 2021 article's "…did not mention any specific topics for
    /// the Xi-Putin talks"). A best sentence that reports words is kept: it may name the speaker another way ("The Russian leader said…").
    /// </summary>
    private static List<ScoredSentence> SpeakerFirst(ReaderQuestion question, List<ScoredSentence> ranked) =>
        question.Shape == AnswerShape.Fact && ranked.Count > 1 && AskedSubject.Of(question.Text) is { Spoken: true, Speaker.Count: > 0 } asked
            && !AskedSubject.ReportsWords(ranked[0].Candidate.Text)
            ? FirstThatFits(ranked, s => asked.QuotedIn(s.Candidate) && !OffAskedTime(question, s))
            : ranked;

    /// <summary>
    /// For a fact question asking which outlet reported, carried or published something ("which paper reported
    /// stoltenbergs china comments in 2023", "what news agency carried the kremlin statement") whose best sentence names
    /// no outlet as its source, the first of the next best that does — of its article, or among the
    /// <see cref="LeadLooksAt"/> best — ("…, The Independent reported.",
    /// "…according to Russian state media Tass", "Per Republic World, …") goes first: the report's words match the
    /// question best, and who reported them is said in passing.
    /// </summary>
    private static List<ScoredSentence> ReporterFirst(ReaderQuestion question, List<ScoredSentence> ranked) =>
        question.Shape == AnswerShape.Fact && ranked.Count > 1 && AsksReporter().IsMatch(question.Text) && !NamesReporter().IsMatch(ranked[0].Candidate.Text)
            ? FirstThatFits(ranked, s => (s.Candidate.Chunk.ArticleId == ranked[0].Candidate.Chunk.ArticleId || ranked.IndexOf(s) < LeadLooksAt) && NamesReporter().IsMatch(s.Candidate.Text), 1 + SameArticleLooksAt)
            : ranked;

    /// <summary>"which paper reported…", "what outlet carried…", "which paper had stoltenberg saying…", "who published…": the question asks for the news outlet that told something.</summary>
    [GeneratedRegex(@"\b(?:which|what)\s+(?:[\p{L}-]+\s+){0,2}?(?:paper|newspaper|outlet|publication|magazine|media|agency|broadcaster|site|website|channel|network)s?\b.*\b(?:report\w*|carr(?:y|ied|ies)|publish\w*|cover\w*|ran|run|broke|quot\w*|had|has|have|say\w*|said)\b|\bwho\s+(?:reported|published|carried|broke)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksReporter();

    /// <summary>A sentence that names the outlet it reports from: "…, The Independent reported.", "CCTV reported", "according to Russian state media Tass", "Per SCMP, …".</summary>
    [GeneratedRegex(@"(?:\p{Lu}[\p{L}.&-]*\s+)+(?:reported|reports)\b|\baccording to (?:[\p{L}-]+\s+){0,3}?\p{Lu}[\p{L}.&-]+|(?:^|[,;]\s*)Per\s+\p{Lu}|\bcarried by (?:[\p{L}-]+\s+){0,3}?\p{Lu}")]
    private static partial Regex NamesReporter();

    /// <summary>
    /// For a question for an office holder ("who is the american president") whose best sentence does not name that
    /// office as the asked place's, the first of the next best that does ("US President Joe Biden warned…") goes first.
    /// </summary>
    private static List<ScoredSentence> OfficeHolderFirst(ReaderQuestion question, List<ScoredSentence> ranked) =>
        question.Office is not { } asked || ranked.Count == 0 || asked.IsNamedIn(ranked[0].Candidate.Text)
            ? ranked
            : FirstThatFits(ranked, s => asked.IsNamedIn(s.Candidate.Text));

    /// <summary>
    /// For a fact question that names a day, week or month ("what milestone does feb 24 2023 mark") whose best sentence
    /// dates itself to other days only ("The war will reach the two-year mark on February 24", in a 2024 article), the
    /// first of the next best that speaks of the asked time about as exactly (<see cref="QaBot.Core.Articles.ResolvedDate.IsToldBy"/>:
    /// "On February 24, the Russia-Ukraine conflict will last one year", in a 2023 article; not "…$228 billion in 2023")
    /// goes first: the model weighs the date as one feature among many, but a sentence of
    /// another day does not tell what happened on the one asked about. So does one of an article of the asked time when
    /// the best sentence tells of it only as a whole year ("what did putin say in dec 2022" was led by "…his decision to
    /// invade Ukraine in 2022", <see cref="AnswerChecks.TellsOnlyTheAskedYear(SentenceReading)"/>).
    /// </summary>
    private static List<ScoredSentence> AskedDayFirst(ReaderQuestion question, List<ScoredSentence> ranked)
    {
        if (question.Shape != AnswerShape.Fact || ranked.Count < 2)
        {
            return ranked;
        }

        bool TellsAskedTime(ScoredSentence s) =>
            ReaderQuestion.DatesIn(s.Candidate.Text, s.Candidate.Chunk.Date).Any(d => question.Dates.Any(q => q.IsToldBy(d)));
        bool OfAskedTime(ScoredSentence s) =>
            s.Candidate.Chunk.Date is { } published && question.Dates.Any(q => q.Precision <= QaBot.Core.Articles.DatePrecision.Month && q.Contains(published));
        if (question.Dates.Any(d => d.Precision <= QaBot.Core.Articles.DatePrecision.Month) && ranked[0].Features[SentenceFeatures.IndexOf("dateConflict")] > 0)
        {
            return FirstThatFits(ranked, TellsAskedTime);
        }

        return AnswerChecks.TellsOnlyTheAskedYear(question, ranked[0].Candidate) ? FirstThatFits(ranked, s => TellsAskedTime(s) || OfAskedTime(s)) : ranked;
    }

    /// <summary>
    /// For a question about a year whose best sentence names other years ("trade volume in 2021" → "$228 billion in
    /// 2023"), the first of the next best that names an asked year ("$140 billion in 2021") goes first: the model weighs
    /// the year as one feature among many, but a sentence about another year does not answer; one that names no year, in
    /// an article of another year, is passed over so for one of an asked year's article. When the best sentence
    /// shares only the time with the question ("what were they celebrating on the feb 2024 call" → "The couple spoke on
    /// February 8, 2024…", <see cref="AnswerChecks.SaysOnlyTheYear"/>), the first of the next
    /// <see cref="TokenMatch.Candidates"/> best of an asked year that says the question's words ("It refers to a
    /// telephone conversation between Putin and Xi celebrating the Lunar New Year", in a 2024 article) goes first; the
    /// question declines without one.
    /// </summary>
    private static List<ScoredSentence> AskedYearFirst(ReaderQuestion question, List<ScoredSentence> ranked)
    {
        var asked = AnswerChecks.AskedYears(question);
        if (asked.Count == 0 || ranked.Count == 0)
        {
            return ranked;
        }

        var named = AnswerChecks.YearsNamedIn(ranked[0].Candidate);
        if (named.Count > 0 && !named.Overlaps(asked))
        {
            return FirstThatFits(ranked, s => AnswerChecks.YearsNamedIn(s.Candidate).Overlaps(asked));
        }

        // "whats ushakov's job title in the 2024 piece": the best sentence, in a 2022 article, names no year; the next best
        // from an article of the asked year that names no other year and says most of the question goes first.
        if (named.Count == 0 && ranked[0].Candidate.Chunk.Date is { } published && !asked.Contains(published.Year))
        {
            return FirstThatFits(ranked, s => s.Candidate.Chunk.Date is { } date && asked.Contains(date.Year)
                && AnswerChecks.YearsNamedIn(s.Candidate).IsSubsetOf(asked)
                && (AnswerChecks.SaysMostOfTheWords(question, s.Candidate) || s.Probability >= ranked[0].Probability * CloseRunnerUp));
        }

        return AnswerChecks.SaysOnlyTheYear(question, ranked[0].Candidate, asked)
            ? FirstThatFits(ranked, s => !OffAskedTime(question, s) && AnswerChecks.OfAskedYear(s.Candidate, asked) && AnswerChecks.SaysMostOfTheWords(question, s.Candidate), TokenMatch.Candidates)
            : ranked;
    }

    /// <summary>
    /// The share of the best sentence's score a sentence of the asked year's article must reach to go first when it does not
    /// say most of the question's words: casual words the news does not use ("whats china been up to around taiwan — the
    /// military moves in 2022") leave the 2022 article's "…major multi-domain exercises by China’s People’s Liberation Army…"
    /// saying few of them, yet the reader scores it near the 2024 article's sentence that names no year.
    /// </summary>
    private const double CloseRunnerUp = 0.5;

    /// <summary>
    /// A question for a person: "who", "whos", "whom", or which person of a kind ("which japanese leader did the nato chief
    /// sit down w", "what russian minister hinted…").
    /// </summary>
    [GeneratedRegex(@"\bwho(?:'?s|m)?\b|\b(?:which|what)\s+(?:[\w-]+\s+){0,2}?(?:leaders?|officials?|ministers?|presidents?|spokes(?:man|woman|person)|diplomats?|advis[eo]rs?|person|guy|politicians?|envoys?|premier|pm|chancellor)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksWho();

    /// <summary>
    /// <paramref name="ranked"/> with the first of the next best <paramref name="looksAt"/> − 1 sentences (<see cref="LeadLooksAt"/>
    /// unless given) that <paramref name="fits"/> moved first; unchanged when none does.
    /// </summary>
    private static List<ScoredSentence> FirstThatFits(List<ScoredSentence> ranked, Func<ScoredSentence, bool> fits, int looksAt = LeadLooksAt) =>
        ranked.Skip(1).Take(looksAt - 1).FirstOrDefault(fits) is { } better ? [better, .. ranked.Where(s => s != better)] : ranked;

    /// <summary>How likely, against the best, a sentence of another article must be to lead for its figure (<see cref="FigureFirst"/>).</summary>
    private const double OtherArticleFigureShare = 0.5;

    /// <summary>How many of the best sentences <see cref="FigureFirst"/>, <see cref="DateFirst"/>, <see cref="NameFirst"/>, <see cref="AskedYearFirst"/> and <see cref="OfficeHolderFirst"/> look among (as <see cref="AnswerChecks.MissesAskedOffice"/> does).</summary>
    internal const int LeadLooksAt = 3;

    /// <summary>The question, its candidate sentences and their features — what fitting the model needs.</summary>
    public static (ReaderQuestion Question, IReadOnlyList<CandidateSentence> Candidates, IReadOnlyList<double[]> Features) Featurize(string question, RetrievalResult retrieval)
    {
        var q = ReaderQuestion.Of(question, retrieval);
        var candidates = CandidateSentence.From(retrieval);
        var best = candidates.Select(c => SentenceFeatures.Similarity(q, c)).DefaultIfEmpty(0).Max();
        return (q, candidates, [.. candidates.Select(c => SentenceFeatures.Of(q, c, best))]);
    }

    /// <summary>A name with "'s" ("China's president"): whose, not where.</summary>
    [GeneratedRegex(@"\b\p{Lu}[\p{L}.-]*['’]s\b")]
    private static partial Regex Possessive();
}
