using System.Text.RegularExpressions;
using QaBot.Core.Articles;

namespace QaBot.Core.Answering.Reading;

/// <summary>
/// The checks that decline whatever the answerability model's confidence (<see cref="RulesOut"/>): what the reader
/// found cannot be an answer when it lacks the kind of thing asked for (a figure, a day, an age, a winner, the asked
/// office's holder…) or never names what the question is about (a speaker, a topic, an attribute). Each judges the
/// reader's best sentences or the passages read, never the whole store.
/// </summary>
public static partial class AnswerChecks
{
    private const int KindLooksAt = AnswerabilityFeatures.KindLooksAt;

    /// <summary>
    /// True when what the reader found cannot be an answer, whatever the model's confidence: no figure where one is asked
    /// for (<see cref="LacksAskedFigure"/>), another place's office where an office holder is asked for
    /// (<see cref="MissesAskedOffice"/>), an article older than the events asked about (<see cref="AsksAfterItsSources"/>),
    /// another time than the year asked about (<see cref="MissesAskedYear"/>), no year where one is asked for
    /// (<see cref="LacksAskedDate"/>), only the kind of thing where one of them is asked for (<see cref="NamesOnlyTheKind"/>),
    /// a role without its holder (<see cref="NamesNoRoleHolder"/>), no age or height where one is asked for
    /// (<see cref="LacksAskedAgeOrHeight"/>), a speaker, topic or attribute no passage read names (<see cref="MissesAskedSubject"/>),
    /// or no winner or founding where one is asked for (<see cref="NamesNoWinner"/>, <see cref="LacksAskedOrigin"/>), an
    /// outcome where one is asked for (<see cref="LacksAskedOutcome"/>),
    /// only part of a whole year asked for (<see cref="TellsPartOfAskedYear"/>), no place where one is (<see cref="NamesNoPlace"/>),
    /// no model's designation where one is (<see cref="NamesNoModel"/>), a deed no passage read tells where who did it is asked (<see cref="AsksWhoDidUntold"/>), or a premise no passage read says (<see cref="FalsePremise"/>).
    /// </summary>
    public static bool RulesOut(SentenceReading reading) =>
        LacksAskedFigure(reading) || MissesAskedOffice(reading) || AsksAfterItsSources(reading) || MissesAskedYear(reading) || LacksAskedDate(reading)
        || NamesOnlyTheKind(reading) || NamesNoRoleHolder(reading) || LacksAskedAgeOrHeight(reading) || MissesAskedSubject(reading)
        || NamesNoWinner(reading) || NamesNoPredecessor(reading) || LacksAskedOrigin(reading) || LacksAskedOutcome(reading) || TellsPartOfAskedYear(reading) || TellsOnlyTheAskedYear(reading) || NamesNoPlace(reading)
        || NamedThing.ToldOnlyInPassing(reading) || AsksUntold(reading) || AsksWhoDidUntold(reading) || AsksUnspeltAcronym(reading) || NamesNoModel(reading)
        || FalsePremise.Presumed(reading);

    /// <summary>
    /// True when a fact question asks for the model of something ("which GE engine model would india build, like the exact
    /// model no", "what kind of drone did taiwan bring down, model name?") and none of the reader's best sentences writes
    /// a model's designation (letters and a number: "F414", "Su-35", "MQ-9"): "…building its own General Electric Co. jet
    /// engines" names the kind only.
    /// </summary>
    public static bool NamesNoModel(SentenceReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        return reading.Question.Shape == AnswerShape.Fact && NoneOfTheBestTells(reading, AsksModel(), Designation());
    }

    /// <summary>"which … model", "exact model", "model name", "model number", "model no".</summary>
    [GeneratedRegex(@"\b(?:which|what|exact)\b[^?.!]{0,40}\bmodels?\b|\bmodel\s+(?:name|number|no\b|#)", RegexOptions.IgnoreCase)]
    private static partial Regex AsksModel();

    /// <summary>A model's designation: capitals and a number, with or without a hyphen ("F414", "Su-35", "MQ-9", "TB2").</summary>
    [GeneratedRegex(@"\b[A-Z][A-Za-z]{0,3}-?\d{1,4}[A-Za-z]?\b")]
    private static partial Regex Designation();

    /// <summary>
    /// True when the question asks what an acronym stands for and it is still the acronym: no passage read spells it out
    /// (one that does has replaced it in the question, <see cref="QaBot.Core.Text.Acronyms"/>: "what does sco stand for"
    /// is read as "what does Shanghai Cooperation Organisation stand for"). "what does scmp stand for" is not told by "Per
    /// SCMP, General Electric has submitted a petition…".
    /// </summary>
    public static bool AsksUnspeltAcronym(SentenceReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        return UnspeltAcronym().IsMatch(reading.Question.Text);
    }

    [GeneratedRegex(@"\bwhat\s+(?:does|do|did|is|was)\s+(?:the\s+)?[\p{L}.]{2,8}\s+(?:stand|short)\s+for\b|\bwhat(?:'?s|\s+is)\s+[\p{L}.]{2,8}\s+short\s+for\b", RegexOptions.IgnoreCase)]
    private static partial Regex UnspeltAcronym();

    /// <summary>The fewest words of a yes/no question that no passage read says before it is taken to ask what the articles do not tell.</summary>
    private const int MinUntoldWords = 2;

    /// <summary>
    /// True when a yes/no fact question has <see cref="MinUntoldWords"/> words — not numbers, nor the words of a date it
    /// names — that no passage read says, by themselves or by the news' words for them (<see cref="QaBot.Core.Retrieval.PassageWords.Has"/>): "did xi and putin swap any gifts in uzbekistan"
    /// asks about gifts no article mentions, however well "Uzbekistan is set to host a meeting between President Xi
    /// Jinping and President Vladimir Putin" matches its other words. A choice between two ("…left or right leaning") is
    /// left to the other checks.
    /// </summary>
    public static bool AsksUntold(SentenceReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        if (reading.Question.Shape != AnswerShape.Fact || !YesNo().IsMatch(reading.Question.Text) || Either().IsMatch(reading.Question.Text)
            || AlsoAsksWh().IsMatch(reading.Question.Text))
        {
            return false;
        }

        var passages = reading.Passages.Select(c => QaBot.Core.Retrieval.PassageWords.Of(c.Text)).ToList();
        var dated = reading.Question.DateStems;
        return reading.Question.Terms.Count(t => !t.IsNumber && QaBot.Core.Text.Stemmer.Figure(t.Word) is null && !dated.Contains(t.Stem) && !passages.Any(p => p.Has(t)))
            >= MinUntoldWords;
    }

    /// <summary>
    /// True when a question asks who did something ("who moderated stoltenberg's heritage foundation talk") and no passage
    /// read says that deed, by its word or the news' words for it (<see cref="QaBot.Core.Retrieval.PassageWords.Has"/>):
    /// the articles tell the talk, not who moderated it, however well the sentence naming the talk matches the rest.
    /// </summary>
    public static bool AsksWhoDidUntold(SentenceReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        if (reading.Question.Shape != AnswerShape.Fact || WhoDid().Match(reading.Question.Text) is not { Success: true } asked)
        {
            return false;
        }

        var deed = QaBot.Core.Text.WordTokens.Of(asked.Groups["deed"].Value) is { Count: > 0 } words ? words[0] : null;
        return reading.Question.Terms.FirstOrDefault(t => t.Word == deed) is { IsNumber: false } term
            && !reading.Passages.Any(c => QaBot.Core.Retrieval.PassageWords.Of(c.Text).Has(term));
    }

    /// <summary>"who" and the verb of what was done, first in the question ("so who moderated…"; not "who is", "who else").</summary>
    [GeneratedRegex(@"^\W*(?:(?:so|ok|okay|and|but|then)\s+)*who\s+(?!(?:is|was|are|were|did|does|do|has|have|had|will|would|can|could|should|else|exactly|actually|really|even|just|first|ever|then|also|still|all|of|in|on|at|from|to|the|a|an)\b)(?<deed>\p{L}+)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhoDid();

    /// <summary>
    /// A question word after the yes/no question ("did russia n china do joint navy drills right b4 xmas 2022? where at",
    /// "was xi meant to show up in moscow in spring 2023? who said so"): the message asks what the articles tell, and its
    /// yes/no part only sets the scene, in the user's words rather than the news'.
    /// </summary>
    [GeneratedRegex(@"\b(?:who|whom|whose|where|when|which|why|how)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AlsoAsksWh();

    /// <summary>A choice between two ("is the heritage foundation left or right leaning"), which the articles may answer in other words ("conservative").</summary>
    [GeneratedRegex(@"\bor\b", RegexOptions.IgnoreCase)]
    private static partial Regex Either();

    /// <summary>True when <paramref name="question"/> asks yes or no: "did…", "has…", "is…", "were…".</summary>
    internal static bool AsksYesOrNo(string question) => YesNo().IsMatch(question);

    /// <summary>A question that asks yes or no: "did…", "has…", "is…", "were…".</summary>
    [GeneratedRegex(@"^\W*(?:" + QaBot.Core.Answering.Queries.CompoundQuestion.QuestionVerb + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex YesNo();

    /// <summary>
    /// True when a fact question asks where something happened or is ("where did stoltenberg and kishida meet", "which
    /// city in uzbekistan did they meet in") and the reader's best sentence names no place the question does not
    /// (<see cref="QaBot.Core.Text.PlaceNames"/>; a city or a country when the question asks for one): "Stoltenberg and
    /// Japanese Prime Minister Fumio Kishida met on Tuesday" tells the meeting, not where; "…the Shanghai Cooperation
    /// Organisation meeting in Uzbekistan" names the asked country only. A "where" that asks about no place ("where did
    /// nato and japan agree to beef up security ties": in cyberspace) is left to the model: only a question with a verb
    /// of meeting, holding, going or staying is judged.
    /// </summary>
    public static bool NamesNoPlace(SentenceReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        return reading.Ranked.Count > 0 && AsksWhere(reading.Question) && !NamesAskedPlace(reading.Question, locative: false)(reading.Ranked[0].Candidate.Text);
    }

    /// <summary>True when <paramref name="question"/> is a fact question asking where something happened or is (<see cref="NamesNoPlace"/>).</summary>
    internal static bool AsksWhere(ReaderQuestion question) => question.Shape == AnswerShape.Fact && AsksWhereItIs().IsMatch(question.Text);

    /// <summary>
    /// Whether a sentence names a place <paramref name="question"/> does not — a city or a country when it asks for one
    /// —; with <paramref name="locative"/>, only one said to be where something is ("in Beijing", "at…"). The question is
    /// read once, for the sentences the test is then given.
    /// </summary>
    internal static Func<string, bool> NamesAskedPlace(ReaderQuestion question, bool locative)
    {
        var asked = AsksWhereItIs().Match(question.Text).Groups["kind"].Value.ToLowerInvariant() switch
        {
            "city" or "cities" or "town" or "towns" => QaBot.Core.Text.PlaceKind.City,
            "country" or "countries" or "nation" or "nations" => QaBot.Core.Text.PlaceKind.Country,
            _ => (QaBot.Core.Text.PlaceKind?)null,
        };
        var own = QaBot.Core.Text.WordTokens.ContentStems(question.Text);
        return sentence => QaBot.Core.Text.PlaceNames.In(sentence).Any(place =>
            (asked is null || place.Kind == asked) && !QaBot.Core.Text.WordTokens.ContentStems(place.Name).All(own.Contains)
            && (!locative || Regex.IsMatch(sentence, $@"\b(?:in|at|near)\s+(?:the\s+)?{Regex.Escape(place.Name)}\b")));
    }

    /// <summary>
    /// Whether a sentence says each of <paramref name="words"/> of <paramref name="question"/> and where something is, in
    /// a place the question does not name (<see cref="NamesAskedPlace"/>): what a "where" question's lead must say.
    /// </summary>
    internal static Func<string, bool> SaysWhere(ReaderQuestion question, IReadOnlyList<Retrieval.WeightedTerm> words)
    {
        var placed = NamesAskedPlace(question, locative: true);
        return sentence => Retrieval.PassageWords.Of(sentence) is var said && words.All(said.Has) && placed(sentence);
    }

    [GeneratedRegex(@"\bwhere(?:'?s)?\b(?=.*\b(?:meet|met|meeting|meetings|held|hold|holding|host|hosted|hosting|happen|happened|happening|take\s+place|took\s+place|visit|visited|visiting|go|goes|went|going|gone|headed|heading|travel\w*|trip|located|based|headquartered|headquarters|born|live|lives|lived|sit|sitting|sat|stay|stayed|staying|speak|spoke|speaking|speech|summit|drill|drills|drilled|exercise|exercises)\b)|\b(?:which|what)\s+(?:[\p{L}-]+\s+){0,2}?(?<kind>city|cities|country|countries|town|towns|nation|nations|venue)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksWhereItIs();

    /// <summary>
    /// True when the question asks about a whole year ("total russia china trade for all of 2022", "the full year 2022")
    /// and the reader's best sentence tells only part of it ("…$93 billion in the first seven months of 2022"): it writes
    /// that year only as part of a shorter time.
    /// </summary>
    public static bool TellsPartOfAskedYear(SentenceReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        if (reading.Ranked.Count == 0 || WholeYear().Match(reading.Question.Text) is not { Success: true } asked)
        {
            return false;
        }

        var year = asked.Groups["year"].Value;
        var best = reading.Ranked[0].Candidate.Text;
        var parts = PartOfYear().Matches(best).Where(m => m.Groups["year"].Value == year).ToList();
        return parts.Count > 0 && Regex.Matches(best, $@"\b{year}\b").All(y => parts.Any(p => y.Index >= p.Index && y.Index < p.Index + p.Length));
    }

    /// <summary>
    /// True when a fact question asks about a month or a day ("what did xi n putin sign in moscow in march 2023") and the
    /// reader's best sentence tells of the times it names only as whole years that hold it ("…a record $228 billion in
    /// 2023"): a year's total does not tell what happened in one of its months. A sentence of an article published in
    /// the asked month is of that time, whatever years it names.
    /// </summary>
    public static bool TellsOnlyTheAskedYear(SentenceReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        return reading.Ranked.Count > 0 && TellsOnlyTheAskedYear(reading.Question, reading.Ranked[0].Candidate);
    }

    /// <summary>Whether <paramref name="sentence"/> tells of the month or day <paramref name="question"/> asks about only as a whole year (<see cref="TellsOnlyTheAskedYear(SentenceReading)"/>).</summary>
    internal static bool TellsOnlyTheAskedYear(ReaderQuestion question, CandidateSentence sentence)
    {
        // "what was xi expected to do before 24 feb 2023" asks about the time up to the day, not the day.
        var asked = question.Dates
            .Where(d => d.Precision is DatePrecision.Day or DatePrecision.Week or DatePrecision.Month && !Bound().IsMatch(question.Text[..Math.Min(d.Start, question.Text.Length)]))
            .ToList();
        if (question.Shape != AnswerShape.Fact || asked.Count == 0 || (sentence.Chunk.Date is { } published && asked.Any(a => a.Contains(published)))
            || PartOfYear().Matches(sentence.Text).Any(m => asked.Any(a => m.Groups["year"].Value == a.From.Year.ToString(System.Globalization.CultureInfo.InvariantCulture))))
        {
            return false; // "…$93 billion in the first seven months of 2022" tells part of the asked year
        }

        // The years it writes out ("…$228 billion in 2023"), not those read from relative dates ("the upcoming first
        // anniversary" of a 2023 article is a time since 2022, not the year 2022).
        var told = DateMentions.Find(sentence.Text);
        return told.Count > 0 && told.All(d => d.Precision == DatePrecision.Year && !d.Since && !Bound().IsMatch(sentence.Text[..Math.Min(d.Start, sentence.Text.Length)]))
            && asked.All(a => told.Any(t => t.Contains(a.From)));
    }

    /// <summary>Words that make a date a bound of a span of time ("before 24 feb 2023", "until march"), just before it.</summary>
    [GeneratedRegex(@"\b(?:before|after|until|till|by|since|prior\s+to|ahead\s+of|up\s+to)(?:\s+(?:the\s+)?(?:end|start|beginning|middle)\s+of)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Bound();

    /// <summary>Part of a year: "the first seven months of 2022", "the second half of 2023", "the first quarter of 2024", "early 2021", "mid-2022".</summary>
    [GeneratedRegex(@"\b(?:(?:the\s+)?(?:(?:first|last)\s+(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven)\s+months|(?:first|second)\s+half|(?:first|second|third|fourth)\s+quarter)\s+of|early|mid|late|q[1-4]|h[12])[\s-]+(?<year>(?:19|20)\d\d)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PartOfYear();

    [GeneratedRegex(@"\b(?:all|whole|entire|full)\s+(?:of\s+)?(?:the\s+)?(?:year\s+(?:of\s+)?)?(?<year>(?:19|20)\d\d)\b|\b(?<year>(?:19|20)\d\d)\s+(?:as\s+a\s+whole|in\s+full|overall)\b|\bfull[- ]year\s+(?:of\s+)?(?<year>(?:19|20)\d\d)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WholeYear();

    /// <summary>
    /// True when the question asks when something was founded, born, established, created or launched ("when was the sco
    /// founded", "what yr was the chinese communist party founded"), or who founded or invented it ("who actually invented the jet engine"), and none of the reader's best sentences speaks of that ("…met on the margins of the Shanghai Cooperation
    /// Organisation meeting" tells a meeting, not a founding).
    /// </summary>
    public static bool LacksAskedOrigin(SentenceReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        return NoneOfTheBestTells(reading, AsksOrigin(), TellsOrigin());
    }

    /// <summary>
    /// True when a fact question asks what came of a meeting, a call or a trip ("so what actually came out of the xi putin
    /// meeting in uzbekistan, did they sign anything?", "what did xi n putin agree on") and none of the reader's best
    /// sentences tells something agreed, signed, decided, pledged or announced: "Uzbekistan is set to host a meeting…,
    /// with the leaders expected to discuss…" was written before it, and cannot tell what came of it.
    /// </summary>
    public static bool LacksAskedOutcome(SentenceReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        return reading.Question.Shape == AnswerShape.Fact && NoneOfTheBestTells(reading, AsksOutcome(), TellsOutcome());
    }

    [GeneratedRegex(@"\b(?:c[ao]me\s+out\s+of|results?\s+of|outcome|what\s+(?:did|do)\s+(?:\S+\s+){1,4}?(?:agree|sign|decide)\w*|end(?:ed|s)?\s+up\s+(?:agree|sign|decid)\w*|did\s+(?:\S+\s+){1,4}?(?:sign|agree|decide)\w*|what\s+was\s+(?:agreed|signed|decided))\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksOutcome();

    /// <summary>What came of a meeting: something agreed, signed, decided, pledged, announced or reached.</summary>
    [GeneratedRegex(@"\b(?:agreed|agreement|signed|decided|pledged|vowed|promised|committed|announced|reached|concluded|resulted|adopted|approved|settled|launched|extended)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TellsOutcome();

    /// <summary>
    /// True when the question is one <paramref name="asks"/> matches and none of the reader's <see cref="KindLooksAt"/>
    /// best sentences is one <paramref name="tells"/> matches: the kind of answer asked for is not there.
    /// </summary>
    private static bool NoneOfTheBestTells(SentenceReading reading, Regex asks, Regex tells) =>
        reading.Ranked.Count > 0 && asks.IsMatch(reading.Question.Text) && !reading.Ranked.Take(KindLooksAt).Any(s => tells.IsMatch(s.Candidate.Text));

    [GeneratedRegex(@"\b(?:when|since\s+when|(?:what|which)\s+(?:year|date|day|month|decade|century))\s+(?:was|were|did|is)\b.*\b(?:founded|found|born|established|establish|created|create|formed|form|launched|launch|invented|set\s+up)\b|\bwho\b(?:\s+\w+){0,2}?\s+(?:founded|invented|created|established|started|set\s+up)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksOrigin();

    [GeneratedRegex(@"\b(?:found(?:ed|ing|er|ers|ation)?|born|birth|establish\w*|creat\w*|form(?:ed|ing|ation)|launch\w*|invent\w*|set\s+up|inaugurat\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TellsOrigin();

    /// <summary>
    /// True when the question asks who held a post before someone it names ("who ran nato before stoltenberg") and none of
    /// the reader's best sentences tells of a predecessor, a successor or a former holder: "Stoltenberg stated that NATO
    /// does not view China as an opponent…" names him, not who came before.
    /// </summary>
    public static bool NamesNoPredecessor(SentenceReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        return NoneOfTheBestTells(reading, AsksPredecessor(), TellsPredecessor());
    }

    /// <summary>"who ran nato before stoltenberg", "who was the kremlin spokesman before peskov", "who was president prior to biden".</summary>
    [GeneratedRegex(@"\bwho\b.*\b(?:before|prior\s+to|preceded|predecessor)\s+(?!\d)(?!(?:the|a|an|this|that|these|those|it|they|he|she|his|her|their|its|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|autumn|fall|winter|last|next)\b)\p{L}+\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex AsksPredecessor();

    [GeneratedRegex(@"\b(?:predecessor|predecessors|preceded|succeeded|successor|replaced|replacing|took\s+over|former|formerly|previous|previously|ex-)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TellsPredecessor();

    /// <summary>
    /// True when the question asks who won ("who won the ukraine war", "who's winning the war") and none of the reader's
    /// best sentences says that anyone won, beat or prevailed: "The war that began with Russia's invasion…" names the
    /// war, not a winner.
    /// </summary>
    public static bool NamesNoWinner(SentenceReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        return NoneOfTheBestTells(reading, AsksWhoWon(), SaysWhoWon());
    }

    [GeneratedRegex(@"\bwho(?:'?s|\s+is|\s+was)?\s+(?:won|wins|win|winning|victorious)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksWhoWon();

    [GeneratedRegex(@"\b(?:won|win|wins|winning|winner|winners|victor|victors|victory|victorious|defeat|defeated|defeats|beat|beaten|prevail|prevailed|triumph\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SaysWhoWon();

    /// <summary>
    /// True when the question asks what someone said ("what did the pope say about the war"), what about ("what did xi
    /// and putin say about iran") or an attribute of someone ("whats xi jinping's wife called"), and the passages read
    /// never name that speaker, most of that topic, the two together or the attribute, or never have the speaker say
    /// anything (<see cref="AskedSubject"/>): what they say of the same leaders does not answer. A question about a year
    /// reads the passages of that year, when any was read ("what did biden say about the xi putin call in 2024": Biden is
    /// named in 2021 only).
    /// </summary>
    public static bool MissesAskedSubject(SentenceReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        if (reading.Ranked.Count == 0 || AskedSubject.Of(reading.Question.Text) is not { } asked)
        {
            return false;
        }

        // "what did biden say about the xi putin call in 2024": the passages of the year asked about, when there are any.
        var years = AskedYears(reading.Question);
        var read = reading.Passages.Where(c => years.Count == 0 || (c.Date is { } date && years.Contains(date.Year))
            || ReaderQuestion.DatesIn(c.Text, c.Date).Any(d => years.Any(y => d.From.Year <= y && y <= d.To.Year))).ToList();
        var passages = (read.Count > 0 ? read : reading.Passages).Select(c => Retrieval.PassageWords.Of(c.Text)).ToList();
        return asked.AbsentFrom(passages) || asked.NeverQuotedIn(reading.Ranked.Select(s => s.Candidate.Text));
    }

    /// <summary>
    /// True when a fact question asks which one of a kind ("which islands exactly did the drones fly over", "which
    /// universities sent presidents") and the reader's best sentence names that kind only in general ("small islands
    /// controlled by Taiwan", "university presidents", "long-range missiles"): each time it says the kind, the words
    /// before it (up to a stop word) add only the question's own words or vague ones ("small", "other"), and the names
    /// after it are the question's own. A kind with words of its own before it ("a 20-year friendship and cooperation
    /// treaty") or a name after it ("news agency Tass", "the Chinese Communist Party's 20th National Congress") says
    /// which one; a sentence that does not repeat the kind ("which company…" → "General Electric") is left to the model,
    /// and so is a best sentence one of the next best backs with a name — by the kind, or for a question for a name by a
    /// new name in a sentence that says most of the question.
    /// </summary>
    public static bool NamesOnlyTheKind(SentenceReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        if (reading.Question.WhichWord is not { } asked || reading.Ranked.Count == 0 || reading.Question.Shape != AnswerShape.Fact)
        {
            return false;
        }

        // The question's own words, with the place a demonym of them names ("the taiwanese islands": "…islands controlled by Taiwan" says no which).
        var questionStems = QaBot.Core.Text.WordTokens.ContentStems(reading.Question.Text);
        questionStems.UnionWith(QaBot.Core.Text.WordTokens.Content(reading.Question.Text).Select(QaBot.Core.Text.Stemmer.PlaceOfDemonym).OfType<string>().Select(QaBot.Core.Text.Stemmer.Stem));
        bool? Tells(ScoredSentence sentence) => SaysWhichOne(sentence.Candidate.Text, asked, questionStems, reading.Question.AsksName);
        // "the nato boss sat down with which japanese leader": "…the presence of their leaders…" leads, and the next best
        // ("Stoltenberg and Japanese Prime Minister Fumio Kishida met…") names someone without saying "leader".
        bool Backs(ScoredSentence s) => Tells(s) ?? (reading.Question.Kind == AnswerKind.Name && AnswerabilityFeatures.AddsAskedAnswer(s) && SaysMostOfTheWords(reading.Question, s.Candidate));
        return Tells(reading.Ranked[0]) == false && !reading.Ranked.Skip(1).Take(KindLooksAt - 1).Any(Backs);
    }

    /// <summary>True when <paramref name="sentence"/> says which one of the <paramref name="kind"/> <paramref name="question"/> asks for ("…advanced fighter aircraft…" for "what kind of aircraft has the pla been sending"), as <see cref="NamesOnlyTheKind"/> reads it.</summary>
    internal static bool TellsWhichOne(ReaderQuestion question, string kind, string sentence) =>
        SaysWhichOne(sentence, kind, QaBot.Core.Text.WordTokens.ContentStems(question.Text)) == true;

    /// <summary>
    /// True when a fact question asks who holds a role (<see cref="ReaderQuestion.Role"/>: "who was xi's translator on
    /// the video call") and the sentences read that say the role, and whose role it is when the question says ("Xi"), never
    /// say who holds it ("Mr. Xi, in turn, said through a translator…"): the articles mention the role without naming
    /// the person. A role said with a name ("Kremlin spokesman Dmitry Peskov", "Yuri Ushakov, Putin's foreign policy
    /// adviser") answers; a role no such sentence says ("who's the nato chief" → "Secretary General Jens Stoltenberg";
    /// a speech's "the boss" is nobody's at NATO) is left to the model.
    /// </summary>
    public static bool NamesNoRoleHolder(SentenceReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        var phrase = reading.Question.Role;
        if (phrase.Count == 0 || reading.Question.Shape != AnswerShape.Fact)
        {
            return false;
        }

        // "who's the indian counterpart sullivan met w/": a name the sentences only ever capitalise ends no role; it
        // opens what the role holder did, and the role is the words before it.
        var names = NamedThing.NeverLowerCase([.. reading.Ranked.Select(s => s.Candidate.Text)]);
        var named = phrase.ToList().FindIndex(1, w => names.Contains(w.ToLowerInvariant()));
        if (named > 0)
        {
            phrase = phrase.Take(named).ToList();
            if (ReaderQuestion.IsNoRole(phrase[^1]))
            {
                return false; // "whos the indian official jake sullivan sat down with": no role's holder is asked for
            }
        }

        var whoseStems = phrase.Take(phrase.Count - 1).Where(QaBot.Core.Text.WordTokens.IsContent).Select(QaBot.Core.Text.Stemmer.Stem).ToList();
        var questionStems = QaBot.Core.Text.WordTokens.ContentStems(reading.Question.Text);
        var said = false;
        foreach (var sentence in reading.Ranked)
        {
            if (whoseStems.Count > 0 && !whoseStems.Any(Retrieval.PassageWords.Of(sentence.Candidate.Text).Stems.Contains))
            {
                continue;
            }

            var tells = SaysWhichOne(sentence.Candidate.Text, phrase[^1], questionStems);
            if (tells == true)
            {
                return false;
            }

            said |= tells == false;
        }

        return said;
    }

    /// <summary>
    /// Whether <paramref name="sentence"/> says which one of <paramref name="kind"/> it means at some mention of it
    /// (<see cref="SaysWhich"/>, the question's own words <paramref name="questionStems"/> telling nothing; with
    /// <paramref name="namesOnly"/>, only a name before it: "multi-domain exercises" names none); null when it does
    /// not mention the kind.
    /// </summary>
    private static bool? SaysWhichOne(string sentence, string kind, HashSet<string> questionStems, bool namesOnly = false)
    {
        // The kind in the question's word or one of its synonyms ("forum" said as "symposium").
        var synonyms = QaBot.Core.Text.Synonyms.Of(QaBot.Core.Text.Stemmer.Stem(kind.ToLowerInvariant()));
        bool Asked(string word) => QaBot.Core.Text.WordForms.SameNoun(kind, word.ToLowerInvariant()) || synonyms.Contains(QaBot.Core.Text.Stemmer.Stem(word.ToLowerInvariant()));
        bool Own(string word) => questionStems.Contains(QaBot.Core.Text.Stemmer.Stem(word.ToLowerInvariant()));
        var words = QaBot.Core.Text.WordTokens.AsWritten(sentence);
        var mentions = Enumerable.Range(0, words.Count).Where(i => Asked(words[i])).ToList();
        return mentions.Count == 0 ? null : mentions.Any(i => SaysWhich(words, i, Asked, Own, namesOnly));
    }

    /// <summary>
    /// True when the kind at word <paramref name="at"/> is told apart: a word of its own before it (walking back to a stop
    /// word or a verb: "held joint naval exercises"; only a name with <paramref name="namesOnly"/>), a name before "as
    /// his…" ("described Putin as his best friend"), or a name or figure among the <see cref="NameReach"/> words after
    /// it, up to a stop word.
    /// </summary>
    private static bool SaysWhich(IReadOnlyList<string> words, int at, Func<string, bool> asked, Func<string, bool> own, bool namesOnly)
    {
        for (var i = at - 1; i >= 0; i--)
        {
            var word = words[i].ToLowerInvariant();
            if (word == "s")
            {
                continue; // a possessive's "s" ("Yuri Ushakov, Putin's foreign policy adviser")
            }

            if (QaBot.Core.Text.StopWords.Contains(word))
            {
                // "…described Putin as his best friend": the name before "as his" is the one.
                if (word is "his" or "her" or "their" or "its" or "a" or "the" && i >= 2 && words[i - 1].Equals("as", StringComparison.OrdinalIgnoreCase)
                    && char.IsUpper(words[i - 2][0]) && !own(words[i - 2]))
                {
                    return true;
                }

                break;
            }

            if (!asked(word) && !own(word) && !VagueModifier().IsMatch(word))
            {
                // A verb ends the phrase ("Moscow and Beijing held joint naval exercises"): its subject says no which.
                if (PastVerb().IsMatch(words[i]))
                {
                    break;
                }

                if (!namesOnly || char.IsUpper(words[i][0]))
                {
                    return true;
                }
            }
        }

        for (var i = at + 1; i < words.Count && i <= at + NameReach; i++)
        {
            var word = words[i];
            if (word.Any(char.IsDigit) || (char.IsUpper(word[0]) && !own(word)))
            {
                return true;
            }

            if (word != "s" && QaBot.Core.Text.StopWords.Contains(word.ToLowerInvariant()))
            {
                break;
            }
        }

        return false;
    }

    /// <summary>How many words after the kind a name may stand, within its phrase, and still say which one ("state media Tass").</summary>
    private const int NameReach = 3;

    /// <summary>
    /// True when a question about a year ("russia china trade 2024", "what did stoltenberg say about china back in 2019")
    /// gets a best sentence about another time: one that names years (in its words, or relative dates resolved against
    /// its article's date: "last year"), none of them asked, or that names none and comes from an article of another
    /// year; or one that names the year and nothing else the question says (<see cref="SaysOnlyTheYear"/>). Comparisons
    /// span years and are left to the model.
    /// </summary>
    public static bool MissesAskedYear(SentenceReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        var asked = AskedYears(reading.Question);
        if (asked.Count == 0 || reading.Ranked.Count == 0)
        {
            return false;
        }

        var best = reading.Ranked[0].Candidate;
        var named = YearsNamedIn(best);
        return (named.Count > 0 ? !named.Overlaps(asked) || SaysOnlyTheYear(reading.Question, best, asked) : best.Chunk.Date is { } date && !asked.Contains(date.Year))
            || ToldOnlyAtOtherTimes(reading, asked);
    }

    /// <summary>
    /// True when <paramref name="sentence"/> writes an <paramref name="asked"/> year out and says none of the question's
    /// words but its numbers and months ("what was their trade in 2019" → "…attended a three-day economic symposium in
    /// St. Petersburg in the year 2019"): the year is all it shares. A year read from a relative date ("On February 24"
    /// in a February 2023 article) is left to the model, as such a sentence tells of the time in its own words ("the
    /// conflict will last one year" for "which anniversary was coming up in feb 2023"); so is a day written out for a
    /// question asking when ("The couple spoke on February 8, 2024" dates the Lunar New Year call of the sentence before).
    /// Nor is one whose sentence before says every other word of the question, which it goes on about: "where did xi visit in 2019" →
    /// "…the visit would be the first by Xi Jinping after 2019. The leader of the Communist Party attended a three-day
    /// economic symposium in St. Petersburg in the year 2019."
    /// </summary>
    internal static bool SaysOnlyTheYear(ReaderQuestion question, CandidateSentence sentence, IReadOnlySet<int> asked)
    {
        var words = WordsBesidesTheTime(question);
        var day = question.Kind == AnswerKind.Date && DateMentions.Find(sentence.Text).Any(d => d.Precision == DatePrecision.Day);
        return words.Count > 0 && !day && ReaderQuestion.YearsIn(sentence.Text).Any(y => asked.Contains(int.Parse(y, System.Globalization.CultureInfo.InvariantCulture)))
            && Retrieval.PassageWords.Of(sentence.Text) is var passage && !words.Any(passage.Has)
            && (sentence.Previous is not { } previous || Retrieval.PassageWords.Of(previous) is var before && !words.All(before.Has))
            && !GoesOnWithWhere(question, sentence, asked, words);
    }

    /// <summary>
    /// True when a "where" question is told where by <paramref name="sentence"/> right after one that names an asked year
    /// and a word of the question (<paramref name="words"/>): "where in russia did xi go last time he visited, like the 2019
    /// trip" → "…the visit would be the first by Xi Jinping after 2019. The leader of the Communist Party attended a
    /// three-day economic symposium in St. Petersburg in the year 2019."
    /// </summary>
    private static bool GoesOnWithWhere(ReaderQuestion question, CandidateSentence sentence, IReadOnlySet<int> asked, List<Retrieval.WeightedTerm> words) =>
        sentence.Previous is { } previous && AsksWhere(question) && NamesAskedPlace(question, locative: true)(sentence.Text)
        && ReaderQuestion.YearsIn(previous).Any(y => asked.Contains(int.Parse(y, System.Globalization.CultureInfo.InvariantCulture)))
        && Retrieval.PassageWords.Of(previous) is var before && words.Any(before.Has);

    /// <summary>
    /// True when <paramref name="sentence"/> says at least half, by weight, of the question's words besides its numbers
    /// and months (<see cref="SaysOnlyTheYear"/>'s words).
    /// </summary>
    internal static bool SaysMostOfTheWords(ReaderQuestion question, CandidateSentence sentence)
    {
        // A word no article has ("holiday" for the Lunar New Year) is said by no sentence: it cannot tell them apart.
        var words = WordsBesidesTheTime(question).Where(t => t.DocumentFrequency != 0).ToList();
        var passage = Retrieval.PassageWords.Of(sentence.Text);
        var total = words.Sum(t => t.Weight);
        return total > 0 && words.Where(passage.Has).Sum(t => t.Weight) >= total / 2;
    }

    /// <summary>True when <paramref name="sentence"/> names an <paramref name="asked"/> year, or names none and its article is of one.</summary>
    internal static bool OfAskedYear(CandidateSentence sentence, IReadOnlySet<int> asked) =>
        YearsNamedIn(sentence) is { Count: > 0 } named ? named.Overlaps(asked) : sentence.Chunk.Date is { } date && asked.Contains(date.Year);

    /// <summary>
    /// The question's words but its numbers and months; English words only: an untranslated question in another script
    /// shares none with any English sentence.
    /// </summary>
    private static List<Retrieval.WeightedTerm> WordsBesidesTheTime(ReaderQuestion question) =>
        [.. question.Terms.Where(t => t.Word.All(char.IsAsciiLetterLower) && CalendarMath.MonthNumber(t.Word) == 0)];

    /// <summary>
    /// True when the question names something in capitals of two words or more ("the 2023 Shanghai Cooperation
    /// Organisation summit", as "sco" is spelt out) and every sentence read that names it is about other years than those
    /// asked (its years, or else its article's): the thing is told of, but not at the time asked about.
    /// </summary>
    private static bool ToldOnlyAtOtherTimes(SentenceReading reading, IReadOnlySet<int> asked)
    {
        var names = MultiWordName().Matches(reading.Question.Text)
            .Select(m => QaBot.Core.Text.WordTokens.ContentStems(m.Value))
            .Where(stems => stems.Count > 0)
            .ToList();
        if (names.Count == 0)
        {
            return false;
        }

        var telling = reading.Ranked.Select(s => s.Candidate)
            .Where(c => Retrieval.PassageWords.Of(c.Text).Stems is var stems && names.Any(n => n.IsSubsetOf(stems)))
            .ToList();
        return telling.Count > 0 && telling.All(c => YearsNamedIn(c) is { Count: > 0 } years
            ? !years.Overlaps(asked)
            : c.Chunk.Date is { } published && !asked.Contains(published.Year));
    }

    /// <summary>Two or more capitalised words in a row, not opening the question.</summary>
    [GeneratedRegex(@"(?<=\S\s+)" + QaBot.Core.Text.CapitalisedWords.Run)]
    private static partial Regex MultiWordName();

    /// <summary>
    /// The years a fact question asks about ("in 2019", "trade 2024"): not one that only marks a starting point or an
    /// edge ("since 2019", "before 2023", "before the 2023 visit"), names an occasion ("the main political event of 2023") or ends a full date
    /// ("February 24, 2024", "24 feb 2023"); none for a comparison, which spans years.
    /// </summary>
    public static IReadOnlySet<int> AskedYears(ReaderQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return question.Shape != AnswerShape.Fact ? new HashSet<int>()
            : AskedYear().Matches(question.Text).Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
    }

    /// <summary>The years <paramref name="sentence"/> names: written out, or as relative dates resolved against its article's date.</summary>
    public static IReadOnlySet<int> YearsNamedIn(CandidateSentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return ReaderQuestion.YearsIn(sentence.Text).Select(y => int.Parse(y, System.Globalization.CultureInfo.InvariantCulture))
            .Concat(ReaderQuestion.DatesIn(sentence.Text, sentence.Chunk.Date).SelectMany(d => Enumerable.Range(d.From.Year, d.To.Year - d.From.Year + 1)))
            .ToHashSet();
    }

    /// <summary>
    /// True when the question asks which year ("what year did russia take crimea") or on which day ("on what date did xi
    /// visit washington in 2023", "what was the exact date of the sco summit", "exact date of the 2019 forum?") and the reader's best sentence names none
    /// — for a day, no date at least as exact as a week, written out or relative ("on Wednesday") —: it tells what
    /// happened, not when.
    /// </summary>
    public static bool LacksAskedDate(SentenceReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        var asked = WhichYearOrDay().Match(reading.Question.Text);
        if (reading.Ranked.Count == 0 || !asked.Success)
        {
            return false;
        }

        var best = reading.Ranked[0].Candidate;
        return asked.Groups["year"].Success
            ? YearsNamedIn(best).Count == 0
            : !ReaderQuestion.DatesIn(best.Text, best.Chunk.Date).Any(d => d.Precision <= DatePrecision.Week);
    }

    /// <summary>
    /// True when the question asks for a figure ("how many ceos were at the event") and the reader's best sentence holds
    /// none — not even a vague one ("a short list of world leaders", "several", "a handful") —: whatever else it says, it
    /// does not answer, so the answer declines whatever the model's confidence. (The other
    /// kinds are looser — a name or place is easily found in any sentence, and a date question's answer may be the
    /// article's own date —, so for them this is only a feature.) A question for how long, or counting time ("how many
    /// years…"), is answered only by a length of time ("for more than a decade", "10-month war"), figure or not: "how
    /// long did the lunar new year call last" is not answered by what was said on it, nor "how long did the dec 30 call
    /// last" by the length of the war (<see cref="OutrightAnswers.WithoutOtherLengths"/>). A count of what the articles
    /// mention ("how many video calls did they have in these articles") is told by listing each one, not by a figure.
    /// </summary>
    public static bool LacksAskedFigure(SentenceReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        if (reading.Ranked.Count == 0)
        {
            return false;
        }

        var lead = reading.Ranked[0].Candidate.Text;
        return AsksLength(reading.Question)
            ? reading.Question.Shape == AnswerShape.Fact && !QuestionIntent.Satisfies(AnswerKind.Duration, OutrightAnswers.WithoutOtherLengths(reading.Question.Text, lead))
            : reading.Question.Kind == AnswerKind.Number && !AnswerShapes.AsksWhereMentioned(reading.Question.Text)
                && (!HoldsFigure(reading.Ranked[0]) || CountsSomethingElse(reading.Question, lead));
    }

    /// <summary>
    /// True when <paramref name="question"/> counts a length of time ("how many days did xi stay in moscow", "how many
    /// months into the war was the call"): only a sentence that gives one ("10-month war", "two-year mark") answers it,
    /// not one whose figure is an amount of money.
    /// </summary>
    internal static bool CountsTime(string question) => HowManyUnits().IsMatch(question);

    /// <summary>True when <paramref name="question"/> asks how long ("how long did the call last") or counts time (<see cref="CountsTime"/>).</summary>
    internal static bool AsksLength(ReaderQuestion question) =>
        question.Kind == AnswerKind.Duration || (question.Kind == AnswerKind.Number && CountsTime(question.Text));

    /// <summary>"how many months", "how many years"…: a length of time asked as a count.</summary>
    [GeneratedRegex(@"\bhow\s+many\s+(?:years|months|weeks|days|hours)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HowManyUnits();

    /// <summary>
    /// True when the question counts a thing ("how many drones did russia launch at kyiv": <see cref="ReaderQuestion.FocusWord"/>
    /// "drones") and <paramref name="sentence"/> names it without a count just before it ("…another night of drone
    /// attacks" in a sentence whose figure is the "10-month war"): the figure counts something else. A sentence that
    /// does not name the thing is left to the model ("how many soldiers" → "tens of thousands of troops").
    /// </summary>
    private static bool CountsSomethingElse(ReaderQuestion question, string sentence)
    {
        if (question.FocusWord is not { } focus || !HowMany().IsMatch(question.Text))
        {
            return false;
        }

        var words = QaBot.Core.Text.WordTokens.Of(sentence);
        var named = Enumerable.Range(0, words.Count).Where(i => QaBot.Core.Text.WordForms.SameNoun(focus, words[i])).ToList();
        return named.Count > 0 && !named.Any(i => words.Skip(Math.Max(0, i - CountReach)).Take(Math.Min(i, CountReach)).Any(IsCount));
    }

    /// <summary>How many words before the thing counted its count may stand ("tens of thousands of troops", "at least one drone").</summary>
    private const int CountReach = 4;

    private static bool IsCount(string word) =>
        QaBot.Core.Text.WordTokens.IsNumber(word) || QaBot.Core.Text.Stemmer.Figure(word) is not null || CountWord().IsMatch(word);

    [GeneratedRegex(@"^(?:dozens|hundreds|thousands|millions|billions|tens|scores|several|few|many|numerous|handful|couple|list|number|both|no|single|dozen|hundred|thousand|million|billion)$")]
    private static partial Regex CountWord();

    [GeneratedRegex(@"\bhow\s+many\b", RegexOptions.IgnoreCase)]
    private static partial Regex HowMany();

    /// <summary>
    /// True when the question asks someone's age ("how old is xi", "what's putin's age") or height ("how tall is putin")
    /// and none of the reader's best sentences gives one ("Putin, 70,", "the 69-year-old", "aged 70"; "1.70 m", "5'7"):
    /// "first overseas trip in over two years" holds a figure, not Xi's age. A thing's age ("how old is the treaty") is
    /// asked with an article and left to the figure check.
    /// </summary>
    public static bool LacksAskedAgeOrHeight(SentenceReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        return NoneOfTheBestTells(reading, AsksAge(), GivesAge()) || NoneOfTheBestTells(reading, AsksHeight(), GivesHeight());
    }

    [GeneratedRegex(@"\bhow (?:tall|short) (?:is|was|'s|are)\b|\bwhat(?:'?s| is| was) (?:\p{L}+['’]s?\s+)?height\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksHeight();

    [GeneratedRegex(@"\b\d+(?:[.,]\d+)?\s*(?:cm|centimet(?:er|re)s?|m|met(?:er|re)s?|ft|feet|foot|inch(?:es)?)\b|\d\s*['’]\s*\d|\b\d+(?:[.,]\d+)?-(?:foot|metre|meter)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GivesHeight();

    [GeneratedRegex(@"\bhow old (?:is|was|'s)\s+(?!(?:the|a|an|this|that|these|those|their|his|her|its|our|your|my)\b)\p{L}|\bwhat(?:'?s| is| was) (?:\p{L}+['’]s?\s+)?age\b|\bwhat age (?:is|was)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksAge();

    [GeneratedRegex(@"\b\d{1,3}[- ]years?[- ]old\b|\b[Aa]ged? \d{1,3}\b|\b[Aa]ge of \d{1,3}\b|\p{Lu}\p{L}+, \d{2,3},")]
    private static partial Regex GivesAge();

    /// <summary>True when <paramref name="sentence"/> holds a figure a "how many" question asks for, or a vague amount ("a short list of world leaders").</summary>
    public static bool HoldsFigure(ScoredSentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return AnswerabilityFeatures.AddsAskedAnswer(sentence) || VagueAmount().IsMatch(sentence.Candidate.Text);
    }

    /// <summary>
    /// True when the question asks what happened at a time ("what did the g20 in india end up agreeing in sept 2023")
    /// and the reader's best sentence comes from an article published before that time: such an article can tell what
    /// was expected, not what happened, so a question about what was said or expected ("what did putin say xi would do
    /// in spring 2023") or about what is to come ("what milestone does the war hit on 24 feb 2024") is not declined.
    /// </summary>
    public static bool AsksAfterItsSources(SentenceReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        return reading.Ranked.Count > 0 && (PublishedBeforeAskedTime(reading.Question, reading.Ranked[0].Candidate) || AsksHowWhatWasAheadEnded(reading));
    }

    /// <summary>
    /// True when a question that names no time asks how something turned out ("what did biden end up announcing when he
    /// went to india for the g20") and the reader's best sentence tells only of times after its article was published
    /// ("In September, Biden is anticipated to travel to India for the Group of 20…", in February): the article tells
    /// what was ahead, not how it ended. Whether or when it happened ("did xi end up going to moscow") is left to the
    /// answer, which a later article's photo caption may give.
    /// </summary>
    private static bool AsksHowWhatWasAheadEnded(SentenceReading reading)
    {
        var question = reading.Question;
        if (question.Shape != AnswerShape.Fact || question.Dates.Count > 0 || question.Years.Count > 0 || !EndedUp().IsMatch(question.Text)
            || Expectation().IsMatch(question.Text) || YesNo().IsMatch(question.Text) || reading.Ranked[0].Candidate.Chunk.Date is not { } published)
        {
            return false;
        }

        var told = ReaderQuestion.DatesIn(reading.Ranked[0].Candidate.Text, published);
        return told.Count > 0 && told.All(d => d.From > published);
    }

    /// <summary>Asking how something turned out, not when: "what did … end up…", "how did it turn out", "what came of it in the end".</summary>
    [GeneratedRegex(@"^\W*(?:(?:so|ok|okay|and|but)\s+)*(?:what|how|which|why)\b.*\b(?:end(?:s|ed)?\s+up|turn(?:s|ed)?\s+out|in\s+the\s+end|ultimately|eventually|wound\s+up)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EndedUp();

    /// <summary>
    /// True when <paramref name="question"/> asks in the past tense what happened at a time (not what was expected then),
    /// or asks what comes after a time in any tense ("when r xi and putin meeting next after the feb 2024 call"), and
    /// <paramref name="sentence"/>'s article was published before it (<see cref="AsksAfterItsSources"/>).
    /// </summary>
    public static bool PublishedBeforeAskedTime(ReaderQuestion question, CandidateSentence sentence)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(sentence);
        return question.Dates.Count > 0 && (AfterATime().IsMatch(question.Text) || (PastTense().IsMatch(question.Text) && !Expectation().IsMatch(question.Text)))
            && sentence.Chunk.Date is { } published && published < question.Dates.Min(d => d.From);
    }

    /// <summary>What comes after a time the question names: "after the feb 2024 call", "since march 2023", "following the 2022 summit".</summary>
    [GeneratedRegex(@"\b(?:after|since|following)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|(?:19|20)\d\d\b)", RegexOptions.IgnoreCase)]
    private static partial Regex AfterATime();

    /// <summary>
    /// True when the question asks who holds an office somewhere ("who is india's prime minister") and none of the
    /// reader's best sentences names that office as that place's (only "Japanese Prime Minister Fumio Kishida", say):
    /// see <see cref="RoleHolder"/>. Also when it asks what that office's holder said or did ("what did the uzbek
    /// president say", <see cref="RoleHolder.OfSubject"/>) and no sentence read names the office as the place's.
    /// </summary>
    public static bool MissesAskedOffice(SentenceReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        if (reading.Ranked.Count == 0)
        {
            return false;
        }

        if (reading.Question.Office is { } asked)
        {
            return !reading.Ranked.Take(KindLooksAt).Any(s => asked.IsNamedIn(s.Candidate.Text));
        }

        // "what did the uzbek president say": the articles must say who that is somewhere in what was read.
        return RoleHolder.OfSubject(reading.Question.Text) is { } subject && !reading.Ranked.Any(s => subject.IsNamedIn(s.Candidate.Text));
    }

    /// <summary>Words that say how big, how many or how important, not which one ("small islands", "other countries").</summary>
    [GeneratedRegex(@"^(small|smaller|large|larger|big|bigger|huge|tiny|major|minor|other|another|several|some|many|few|various|certain|new|old|key|main|long|short|more|most|less|such|own|local|foreign|national|international|top|senior|high|low|recent|unnamed|undisclosed|unspecified|numerous|multiple|different|similar|possible|potential|advanced|modern|military|joint)$")]
    private static partial Regex VagueModifier();

    /// <summary>A verb in the past, written in lower case: "-ed" or a common irregular one ("held", "sent").</summary>
    [GeneratedRegex(@"^(?:\p{Ll}{3,}ed|held|made|took|sent|built|began|saw|gave|led|won|met|had|got|put|set|ran|came|went|brought|bought|fought|sought|told|said|left|kept|hit|launched)$")]
    private static partial Regex PastVerb();

    [GeneratedRegex(@"\b(?:(?:what|which)(?:'?s|\s+(?:is|was|were))?(?:\s+the)?(?:\s+(?:exact|precise|specific|actual))?|exact|precise|specific|actual)\s+(?:(?<year>year)|date|day)\b(?! of the (week|month))", RegexOptions.IgnoreCase)]
    private static partial Regex WhichYearOrDay();

    /// <summary>
    /// A year a question asks about: not one after "since", "before", "of" and the like, or within three words after
    /// "since", "before" or "after" ("before all this 2023 visit talk"), nor one ending a date ("24, 2024").
    /// </summary>
    [GeneratedRegex(@"(?<!\b(?:since|before|after|until|till|of|by|from|to|through)\s+)(?<!\b(?:since|before|after)\s+(?:[\p{L}'’]+\s+){1,3})(?<!\d,?\s+)(?<!\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+)\b(?:18|19|20)\d\d\b", RegexOptions.IgnoreCase)]
    private static partial Regex AskedYear();

    [GeneratedRegex(@"\b(an? (short |long |small |large |growing |handful |couple )?(list|number|handful|couple) of|a few|several|numerous|countless|scores of|a majority of|most of)\b", RegexOptions.IgnoreCase)]
    private static partial Regex VagueAmount();

    /// <summary>A question about what happened: "what did…", "was there…", "how did it end up".</summary>
    [GeneratedRegex(@"\b(did|was|were|happened|ended|end(ed)? up|turned out|agreed|signed|met)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PastTense();

    /// <summary>A question about what was said, expected or planned ("the trip lined up… was for what", "what was that for?"), or is still to come.</summary>
    [GeneratedRegex(@"\b(say|said|says|tell|told|claim\w*|expect\w*|plan\w*|lined up|for what|what for|purpose|would|will|gonna|going to|supposed|scheduled|anticipat\w*|set to|due|predict\w*|forecast\w*|hop(e|ed|ing)|promis\w*|pledg\w*|invit\w*|coming up|upcoming|head(s|ed|ing)|bound for|aim\w*|target\w*|want\w*|intend\w*|ask\w*|call\w* for|warn\w*|threat\w*|does|do|is|are)\b|\bfor\s*\?", RegexOptions.IgnoreCase)]
    private static partial Regex Expectation();
}
