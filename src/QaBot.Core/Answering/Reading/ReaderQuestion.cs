using System.Text.RegularExpressions;
using QaBot.Core.Articles;
using QaBot.Core.Retrieval;

namespace QaBot.Core.Answering.Reading;

/// <summary>
/// A question as the reader sees it: the kind of answer it asks for, its content words weighted by rarity (a
/// description question's "call" or "describe", a figure question's "number" or "figure" and a comparison's "compare"
/// name the kind of answer, not words the answer repeats; no single word may carry more than
/// <see cref="MaxTermShare"/> of the weight, so a rare name does not outweigh the words that carry the answer), the
/// years and dates it names, and its vector.
/// </summary>
public sealed partial record ReaderQuestion(string Text, AnswerKind Kind, IReadOnlyList<WeightedTerm> Terms, IReadOnlySet<string> Years, IReadOnlyList<ResolvedDate> Dates, float[]? Vector)
{
    /// <summary>The shape of answer the question asks for (<see cref="AnswerShapes.Of"/>), read once.</summary>
    public AnswerShape Shape { get; } = AnswerShapes.Of(Text);

    /// <summary>The office whose holder the question asks for (<see cref="RoleHolder.Of"/>), read once; null for none.</summary>
    public RoleHolder? Office { get; } = RoleHolder.Of(Text);

    /// <summary>
    /// The thing whose amount or attribute the question asks for, as the question writes it, which a sentence answering
    /// it names too: "how many nuclear warheads…" → "warheads", "whats the capital of…" → "capital", "the names of the
    /// ships…" → "ships", and what a "who" question asks who won: "who won the 2022 fifa world cup" → "cup" (a passage
    /// about world leaders does not tell it; "who leads the alliance that…" has none, as an answer often names the
    /// alliance, not the word); null for "who did kishida meet", "when", "which company" (an
    /// answer names the company, not the word) and the like, or when the word only names the kind of answer ("what year").
    /// </summary>
    public string? FocusWord { get; init; }

    /// <summary>
    /// True when <paramref name="passage"/> names the question's <see cref="FocusWord"/> as a thing, in the question's
    /// word or its plural ("weathered" does not name the "weather" asked about) or a word of its synonyms ("troops" for
    /// "soldiers", <see cref="QaBot.Core.Text.Synonyms"/>); true when the question has no focus.
    /// </summary>
    public bool FocusNamedIn(PassageWords passage)
    {
        ArgumentNullException.ThrowIfNull(passage);
        return FocusWord is not { } asked || passage.Words.Any(w => QaBot.Core.Text.WordForms.SameNoun(asked, w))
            || QaBot.Core.Text.Synonyms.Of(QaBot.Core.Text.Stemmer.Stem(asked)).Any(passage.Stems.Contains);
    }

    /// <summary>The largest share of the question's weight one word may have.</summary>
    public const double MaxTermShare = 0.35;

    /// <summary>Reads <paramref name="question"/> with the terms and vector retrieval computed for it.</summary>
    public static ReaderQuestion Of(string question, RetrievalResult retrieval)
    {
        ArgumentNullException.ThrowIfNull(retrieval);
        var years = Year().Matches(question).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        var kind = QuestionIntent.Of(question);
        IReadOnlyList<WeightedTerm> terms = kind == AnswerKind.Description
            ? [.. retrieval.Terms.Where(t => !QuestionIntent.IsDescribingWord(t.Word))]
            : [.. retrieval.Terms.Where(t => !NamesAnswerKind(kind, t.Word))];
        if (CompareWord().IsMatch(question) && terms.Any(t => !CompareWord().IsMatch(t.Word)))
        {
            // "compare the dec 2021 and dec 2022 calls": "compare" asks for the comparison; no sentence repeats it.
            terms = [.. terms.Where(t => !CompareWord().IsMatch(t.Word))];
        }

        var summary = AnswerShapes.Of(question) is AnswerShape.Summary or AnswerShape.Latest;
        if (summary && AnswerShapes.TopicStems(question).ToHashSet(StringComparer.Ordinal) is var topic && terms.Any(t => topic.Contains(t.Stem)))
        {
            // "whats the story with the naval drills": "story" asks for the summary, as "compare" for the comparison.
            terms = [.. terms.Where(t => topic.Contains(t.Stem))];
        }

        return new ReaderQuestion(question, kind, Capped(terms), years, DateMentions.Find(question, KnownDays(retrieval)), retrieval.QueryVector)
        {
            FocusWord = summary ? null : FocusWordOf(question), // "what's the story with…" asks for no story by name
            WhichWord = WhichWordOf(question),
            AsksName = NamePattern().IsMatch(question),
            Role = RoleOf(question),
            SinceYear = OpenStart().Matches(question).Select(m => (int?)int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture)).Min(),
        };
    }

    /// <summary>
    /// The year a question asks about onwards ("how has trade changed since 2021", "what happened after 2022"): a
    /// sentence about that year or a later one is about the asked time. Null when the question names no open start.
    /// </summary>
    public int? SinceYear { get; init; }

    /// <summary>True when <paramref name="year"/> (as written) is a year the question asks about: one it names, or one from its <see cref="SinceYear"/> on.</summary>
    public bool AsksAboutYear(string year) =>
        Years.Contains(year) || (SinceYear is { } since && int.TryParse(year, System.Globalization.CultureInfo.InvariantCulture, out var y) && y >= since);

    /// <summary>The <see cref="FocusWord"/> of <paramref name="question"/>: the head of the phrase it asks the amount or attribute of.</summary>
    public static string? FocusWordOf(string question)
    {
        var m = FocusPattern().Match(question);
        if (!m.Success)
        {
            return null;
        }

        // The head of the noun phrase: its last word before a word that ends it ("how many nuclear warheads does…" → "warheads").
        var phrase = NounPhrase(m.Groups["focus"].Value);
        var word = phrase.Count == 0 ? null : phrase[^1];
        return word is null || KindNouns().IsMatch(word) ? null : word;
    }

    /// <summary>
    /// The head of the noun phrase a question asks which one of ("which long range missiles is china building" →
    /// "missiles"; "what was the name of the naval exercise" → "exercise"), as written: an answer names one of them.
    /// Null without "which" or "name of", and when the phrase asks which time or place ("which day", "which city"),
    /// which the date and place checks judge.
    /// </summary>
    public string? WhichWord { get; init; }

    /// <summary>True when the question asks for the <see cref="WhichWord"/>'s name ("what was the name of the naval exercise"): only a name tells it.</summary>
    public bool AsksName { get; init; }

    /// <summary>The <see cref="WhichWord"/> of <paramref name="question"/>.</summary>
    public static string? WhichWordOf(string question)
    {
        var m = WhichPattern().Match(question) is { Success: true } which ? which : NamePattern().Match(question);
        // A possessive ends the phrase: "which american firm's aircraft motors" asks for the firm.
        var phrase = m.Success ? NounPhrase(PossessiveTail().Replace(m.Groups["phrase"].Value, "")) : [];
        return phrase.Count == 0 || phrase.Any(w => KindNouns().IsMatch(w)) ? null : phrase[^1];
    }

    /// <summary>
    /// The role a question asks who holds, as written, its head last and whose role it is before ("who was xi's
    /// translator" → "xi", "translator"; "whos the nato boss" → "nato", "boss"): an answer names the person with the
    /// role ("Kremlin spokesman Dmitry Peskov"). Empty for other questions ("who did kishida meet", "who is russias top
    /// diplomat": no article or possessive before it).
    /// </summary>
    public IReadOnlyList<string> Role { get; init; } = [];

    /// <summary>The <see cref="Role"/> of <paramref name="question"/>.</summary>
    public static IReadOnlyList<string> RoleOf(string question)
    {
        var m = WhoRolePattern().Match(question);
        var phrase = m.Success ? NounPhrase(m.Groups["phrase"].Value) : [];
        // "who's the indian guy sullivan met": a person word ends the phrase, and what follows says what they did.
        var person = phrase.FindIndex(w => PersonWord().IsMatch(w));
        if (person >= 0)
        {
            phrase = phrase[..(person + 1)];
        }

        return phrase.Count == 0 || phrase.Any(w => KindNouns().IsMatch(w)) || NotARole().IsMatch(phrase[^1]) ? []
            : [.. QaBot.Core.Text.WordTokens.Of(m.Groups["owner"].Value), .. phrase];
    }

    /// <summary>
    /// The first words of <paramref name="text"/> up to one that ends a noun phrase (a stop word, a verb of the question,
    /// a preposition), at most <see cref="MaxFocusWords"/>. A possessive belongs to the phrase: "china's president" →
    /// "china president".
    /// </summary>
    private static List<string> NounPhrase(string text) =>
        [.. QaBot.Core.Text.WordTokens.Of(Possessive().Replace(text, ""))
            .TakeWhile(w => !QaBot.Core.Text.StopWords.Contains(w) && !PhraseEnd().IsMatch(w))
            .Take(MaxFocusWords)];

    /// <summary>The longest noun phrase read for <see cref="FocusWord"/>.</summary>
    private const int MaxFocusWords = 3;

    /// <summary>True when one of the question's dates shares a day with one of <paramref name="dates"/>.</summary>
    public bool DateMatches(IEnumerable<ResolvedDate> dates)
    {
        ArgumentNullException.ThrowIfNull(dates);
        return Dates.Count > 0 && dates.Any(d => Dates.Any(q => q.Overlaps(d)));
    }

    /// <summary>The weight of the question's <paramref name="word"/> (by word or stem); the terms' mean weight for a word not among them.</summary>
    public double WeightOf(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (Terms.Count == 0)
        {
            return 1;
        }

        var stem = QaBot.Core.Text.Stemmer.Stem(word);
        var term = Terms.FirstOrDefault(t => t.Word == word || t.Stem == stem);
        return term?.Weight ?? Terms.Average(t => t.Weight);
    }

    /// <summary>The stems of the words the question's dates are written with ("feb", "2023"): they name when, not what.</summary>
    public IReadOnlySet<string> DateStems => Dates.SelectMany(d => QaBot.Core.Text.WordTokens.ContentStems(d.Text)).ToHashSet(StringComparer.Ordinal);

    /// <summary>True when <paramref name="day"/> falls in one of the question's dates.</summary>
    public bool DateMatches(DateOnly day) => Dates.Any(q => q.Contains(day));

    /// <summary>
    /// True when an article published on <paramref name="published"/> reports on one of the question's dates: published
    /// in it, or up to <see cref="ReportingDays"/> days after a day asked about (the Lunar New Year call of February 8
    /// is reported on February 9).
    /// </summary>
    public bool ReportedOn(DateOnly published) =>
        Dates.Any(q => q.Contains(published) || (q.Precision == DatePrecision.Day && published > q.To && published.DayNumber - q.To.DayNumber <= ReportingDays));

    /// <summary>How many days after an event its report may be published (<see cref="ReportedOn"/>).</summary>
    private const int ReportingDays = 2;

    /// <summary>True when a question for a date names a day ("in the dec 30 video chat when did putin say he expects xi to come over"): the day is when it was said, the date asked for another.</summary>
    public bool GivesDay => Kind == AnswerKind.Date && Dates.Any(q => q.Precision == DatePrecision.Day);

    /// <summary>True when one of <paramref name="dates"/> (not a "since": "Moscow's 10-month war") lies outside every date the question names.</summary>
    public bool TellsOtherDate(IEnumerable<ResolvedDate> dates) => dates.Any(d => !d.Since && !Dates.Any(q => q.Overlaps(d)));

    /// <summary>
    /// The periods <paramref name="text"/> speaks of: dates written out ("September 2022", "in 2023") and relative ones
    /// resolved against <paramref name="articleDate"/> ("in September of last year" in a 2023 article).
    /// </summary>
    public static IReadOnlyList<ResolvedDate> DatesIn(string text, DateOnly? articleDate) =>
        articleDate is { } date ? [.. DateMentions.Find(text), .. RelativeDates.Find(text, date)] : DateMentions.Find(text);

    /// <summary>The retrieved articles' dates and the days their passages name, which a day asked about without a year may be.</summary>
    public static IEnumerable<DateOnly> KnownDays(RetrievalResult retrieval) =>
        retrieval.Chunks.SelectMany(c => DatesIn(c.Chunk.Text, c.Chunk.Date).Where(d => d.Precision == DatePrecision.Day).Select(d => d.From)
            .Concat(c.Chunk.Date is { } date ? [date] : []));

    /// <summary>Years (1800–2099) written in <paramref name="text"/>.</summary>
    public static IEnumerable<string> YearsIn(string text) => Year().Matches(text).Select(m => m.Value);

    /// <summary>IDF-weighted share of the question's terms found in <paramref name="passage"/> (exact word or stem).</summary>
    public double Coverage(PassageWords passage)
    {
        ArgumentNullException.ThrowIfNull(passage);
        double total = 0, matched = 0;
        foreach (var term in Terms)
        {
            total += term.Weight;
            if (passage.Has(term))
            {
                matched += term.Weight;
            }
        }

        return total <= 0 ? 0 : matched / total;
    }

    private static List<WeightedTerm> Capped(IReadOnlyList<WeightedTerm> terms)
    {
        // Cap relative to the others: with n terms no word may weigh more than MaxTermShare of the total.
        var capped = terms.ToList();
        for (var round = 0; round < 3 && capped.Count > 2; round++)
        {
            var total = capped.Sum(t => t.Weight);
            var limit = MaxTermShare * total;
            capped = [.. capped.Select(t => t.Weight > limit ? t with { Weight = limit } : t)];
        }

        return capped;
    }

    [GeneratedRegex(@"\b(?:how (?:many|much)|what(?:'?s| is| are| was| were) the(?: names? of(?: the)?)?|names? of(?: the)?|who(?:'?s| is| was| has)?\s+(?:won|wins|win|winning)\s+the(?:\s+(?:19|20)\d\d)?)\s+(?<focus>[\p{L}' -]{3,40})", RegexOptions.IgnoreCase)]
    private static partial Regex FocusPattern();

    /// <summary>"which" asking a question — opening it, or after a preposition or a comma —, not relating a clause ("the paper which reported…").</summary>
    [GeneratedRegex(@"(?<=^\W*|[,;:]\s*|\b(?:in|at|on|from|to|for|by|of|with|and|so|but|then|ok|okay|about)\s+)which\s+(?<phrase>[\p{L}' -]{3,40})", RegexOptions.IgnoreCase)]
    private static partial Regex WhichPattern();

    /// <summary>
    /// The head of the noun phrase a question asks what kind of ("what kind of aircraft has the pla been sending…" →
    /// "aircraft"), as written; null for other questions. Unlike <see cref="WhichWord"/>, an answer may say the kind in
    /// words of any sort ("attack Taiwan militarily and economically"), so it only tells which sentence to lead with.
    /// </summary>
    public static string? KindAskedOf(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var phrase = WhatKindPattern().Match(question) is { Success: true } m ? NounPhrase(PossessiveTail().Replace(m.Groups["phrase"].Value, "")) : [];
        return phrase.Count == 0 || phrase.Any(w => KindNouns().IsMatch(w)) ? null : phrase[^1];
    }

    /// <summary>"what kind of aircraft…", "what sorts of weapons…", "what type of deal".</summary>
    [GeneratedRegex(@"\bwhat\s+(?:kinds?|sorts?|types?)\s+of\s+(?<phrase>[\p{L}' -]{3,40})", RegexOptions.IgnoreCase)]
    private static partial Regex WhatKindPattern();

    /// <summary>"what was the name of the naval exercise", "whats the drill called": a name asked for, as "which" asks one of a kind.</summary>
    [GeneratedRegex(@"\bnames?\s+of\s+(?:the|that|this|those|these)\s+(?<phrase>[\p{L}' -]{3,40})|^\W*what(?:'?s|\s+is|\s+was|\s+are|\s+were)\s+(?:the|that|this)\s+(?<phrase>[\p{L}' -]{3,40}?)\s+called\b", RegexOptions.IgnoreCase)]
    private static partial Regex NamePattern();

    /// <summary>"who was xi's translator", "who's the kremlin spokesman": who holds a role, named after "the" or a possessive.</summary>
    [GeneratedRegex(@"^\W*who(?:'?s|\s+(?:is|was|were|are))\s+(?:the\s+(?:(?<owner>[\p{L}.-]+)['’]s\s+)?|(?<owner>[\p{L}.-]+)['’]s\s+)(?<phrase>[\p{L}' -]{3,40})", RegexOptions.IgnoreCase)]
    private static partial Regex WhoRolePattern();

    /// <summary>Words for a person that name no role ("the indian guy", "the man who…").</summary>
    [GeneratedRegex(@"^(man|woman|person|people|guy|guys|one|lady|fellow|dude)$", RegexOptions.IgnoreCase)]
    private static partial Regex PersonWord();

    /// <summary>Words after "who was the" that rank or pick someone rather than name a role ("who was the first to…").</summary>
    [GeneratedRegex(@"^(first|second|third|last|next|only|one|ones|same|other|latest|best|most|main|biggest|man|woman|person|people|guy|one's|official|officials)$", RegexOptions.IgnoreCase)]
    private static partial Regex NotARole();

    /// <summary>True when <paramref name="word"/>, the head of a question's noun phrase, ranks or picks someone rather than names a role ("the first", "the indian official").</summary>
    internal static bool IsNoRole(string word) => NotARole().IsMatch(word);

    /// <summary>Words that end a question's noun phrase: verbs of the question (a past tense among them: "which agency carried…") and prepositions.</summary>
    [GeneratedRegex(@"^(\p{L}{3,}(?<!hundr|spe|bre|cre|ste|twe)ed|did|does|do|is|are|was|were|has|have|had|will|would|can|could|should|of|in|on|at|for|from|to|with|between|by|about|over|near|live|took|take|get|got|go|went|exactly|right|now|gonna)$")]
    private static partial Regex PhraseEnd();

    [GeneratedRegex(@"^(name|names|word|words|term|terms|phrase|label|part|parts|number|numbers|figure|figures|amount|amounts|country|countries|city|cities|place|places|nation|nations|state|year|years|date|day|days|month|months|time|times|kind|kinds|type|types|sort|way|ways|thing|things|money|cash|dollars|bucks|did|does|do|has|have|had|will|would|can|could|happened|happens|going)$")]
    private static partial Regex KindNouns();

    [GeneratedRegex(@"['’]s\b")]
    private static partial Regex Possessive();

    /// <summary>"since 2021", "after 2022", "from 2021 on": a start with no end.</summary>
    [GeneratedRegex(@"\b(?:since|after|from)\s+(?<year>(?:19|20)\d\d)\b(?!\s*(?:to|and|until|till|through)\b|\s*[-–])", RegexOptions.IgnoreCase)]
    private static partial Regex OpenStart();

    /// <summary>Words that ask for a comparison ("compare", "versus", "the difference between").</summary>
    [GeneratedRegex(@"\b(compare|compared|comparing|comparison|comparisons|versus|vs|difference|differences)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CompareWord();

    /// <summary>
    /// True when <paramref name="word"/> names the kind of answer a question of <paramref name="kind"/> asks for rather
    /// than what it is about: a figure's "number" or "amount", a place's "city" or "based", a time's "day" or "month".
    /// </summary>
    public static bool NamesAnswerKind(AnswerKind kind, string word) => kind switch
    {
        AnswerKind.Number => FigureWord().IsMatch(word),
        AnswerKind.Place => PlaceWord().IsMatch(word),
        AnswerKind.Date => DateWord().IsMatch(word),
        AnswerKind.Name => NameWord().IsMatch(word),
        AnswerKind.Duration => DurationWord().IsMatch(word),
        _ => false,
    };

    /// <summary>Words that ask for a length of time: "how old was the war", "the length of the call".</summary>
    [GeneratedRegex(@"^(old|age|length|duration)$")]
    private static partial Regex DurationWord();

    /// <summary>Words that name a figure as the kind of answer ("the record trade number", "the trade figure for 2021").</summary>
    [GeneratedRegex(@"^(number|numbers|figure|figures|amount|amounts)$")]
    private static partial Regex FigureWord();

    /// <summary>
    /// Words that name a place as the kind of answer ("what city is the heritage foundation in", "where's it based"): no
    /// sentence need say them, as none need say "city" to name Washington.
    /// </summary>
    [GeneratedRegex(@"^(city|cities|town|towns|country|countries|nation|nations|place|places|location|locations|venue|based|located|headquartered|situated)$")]
    private static partial Regex PlaceWord();

    /// <summary>Words that name a name as the kind of answer ("whats the official name of that us-india tech deal"): the answer says the name, not "name".</summary>
    [GeneratedRegex(@"^(name|names)$")]
    private static partial Regex NameWord();

    /// <summary>Words that name a time as the kind of answer ("when did the invasion begin, day and month", "what date").</summary>
    [GeneratedRegex(@"^(day|days|month|months|date|dates|exact)$")]
    private static partial Regex DateWord();

    [GeneratedRegex(@"['’]s\b.*$")]
    private static partial Regex PossessiveTail();

    [GeneratedRegex(@"\b(18|19|20)\d\d\b")]
    private static partial Regex Year();
}
