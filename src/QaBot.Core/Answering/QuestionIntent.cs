using System.Text.RegularExpressions;

namespace QaBot.Core.Answering;

/// <summary>What kind of answer a question asks for, read from its wording; used to prefer sentences that can answer it.</summary>
public enum AnswerKind
{
    /// <summary>No particular kind.</summary>
    Any,

    /// <summary>An amount, count or value ("how much", "trade volume").</summary>
    Number,

    /// <summary>A date or year ("when", "what year").</summary>
    Date,

    /// <summary>A length of time ("how long").</summary>
    Duration,

    /// <summary>A person or organisation ("who").</summary>
    Name,

    /// <summary>A place ("where").</summary>
    Place,

    /// <summary>What someone called or how they described something ("what did Xi call Putin", "how was the visit described").</summary>
    Description,
}

/// <summary>Reads the <see cref="AnswerKind"/> of a question and tells whether a sentence has that kind of content.</summary>
public static partial class QuestionIntent
{
    /// <summary>
    /// The kind of answer <paramref name="question"/> asks for: a description question's, or else the kind of the first
    /// question word in it — "which nation played host when they met" asks for a place, "what did putin demand when he
    /// talked to biden" for no particular kind, "when did they meet" for a date.
    /// </summary>
    public static AnswerKind Of(string question)
    {
        var q = question.ToLowerInvariant();
        if (DescriptionObject(q) is not null)
        {
            return AnswerKind.Description;
        }

        var first = KindWords
            .Select(k => (k.Kind, Match: k.Pattern.Match(q)))
            .Where(k => k.Match.Success)
            .OrderBy(k => k.Match.Index)
            .FirstOrDefault();
        if (first.Match is null)
        {
            return AnswerKind.Any;
        }

        // A question word that comes after the question's own ("what did putin demand … when he talked", "which event
        // was months away when…") belongs to a clause about something else: the question asks for no particular kind.
        var before = q[..first.Match.Index];
        return OpenQuestion().IsMatch(before) ? AnswerKind.Any : first.Kind;
    }

    /// <summary>The words that ask for each kind, most specific first (a tie at one position goes to the earlier).</summary>
    private static readonly (AnswerKind Kind, Regex Pattern)[] KindWords =
    [
        (AnswerKind.Duration, HowLong()),
        (AnswerKind.Date, WhenWords()),
        (AnswerKind.Number, NumberWords()),
        (AnswerKind.Name, WhoWords()),
        (AnswerKind.Place, WhereWords()),
    ];

    /// <summary>
    /// True when <paramref name="sentence"/> holds content of the asked kind that <paramref name="question"/> does not
    /// already give: a number it does not name (and not a year or a day of a month: that says when), a date, a name or
    /// place it does not mention. An answer tells something new.
    /// </summary>
    public static bool AddsAnswer(AnswerKind kind, string question, string sentence)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(sentence);
        var asked = Text.WordTokens.Of(question).Select(Text.Stemmer.Stem).ToHashSet(StringComparer.Ordinal);
        bool New(Regex pattern) => pattern.Matches(sentence)
            .Any(m => Text.WordTokens.Of(m.Value).Any(w => !asked.Contains(Text.Stemmer.Stem(w))));
        return kind switch
        {
            AnswerKind.Number => NumberToken().Matches(sentence)
                .Any(m => !IsDatePart(sentence, m) && Text.WordTokens.Of(m.Value).Any(w => !asked.Contains(Text.Stemmer.Stem(w)))),
            AnswerKind.Date => New(HasDate()),
            AnswerKind.Duration => New(HasDuration()),
            AnswerKind.Name or AnswerKind.Place => New(HasProperName()),
            AnswerKind.Description => Describes(DescriptionObject(question.ToLowerInvariant()), sentence),
            _ => false,
        };
    }

    /// <summary>
    /// True when <paramref name="sentence"/> names a person <paramref name="question"/> does not: a run of capitalised
    /// words (not opening the sentence) with a name English writes only with a capital that is no place, and no word of the
    /// question but places ("Kremlin spokesperson Yuri Ushakov confirmed…" for "who was the kremlin guy that confirmed xi n
    /// putin were gonna meet"; "Japanese Prime Minister Fumio Kishida" for "which japanese leader…"; not "…between
    /// President Xi Jinping and President Vladimir Putin…", nor "Ukraine").
    /// </summary>
    public static bool NamesSomeoneNew(string question, string sentence)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(sentence);
        var asked = Text.WordTokens.Of(question).Select(Text.Stemmer.Stem).ToHashSet(StringComparer.Ordinal);
        return NameRun().Matches(sentence).Any(run =>
        {
            var words = Text.WordTokens.Of(run.Value).Select(w => w.ToLowerInvariant()).Where(w => !Text.PlaceNames.IsPlace(w)).ToList();
            return words.Any(Text.EnglishWords.IsName) && !words.Any(w => asked.Contains(Text.Stemmer.Stem(w)));
        });
    }

    /// <summary>A run of capitalised words after a sentence's first word: "Yuri Ushakov", "President Vladimir Putin".</summary>
    [GeneratedRegex(@"(?<=\S\s+)\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*")]
    private static partial Regex NameRun();

    /// <summary>
    /// True when the number <paramref name="number"/> of <paramref name="sentence"/> is part of a date — a year ("in
    /// 2022") or a day next to its month ("February 24", "30 December") —: it says when, not how many or how much; or
    /// part of a name ("the Group of 20").
    /// </summary>
    private static bool IsDatePart(string sentence, Match number)
    {
        var value = number.Value.TrimEnd('.', ',');
        if (Year().IsMatch(value))
        {
            return true;
        }

        var before = sentence[..number.Index].TrimEnd();
        var after = sentence[(number.Index + number.Length)..].TrimStart();
        return (value.Length <= 2 && value.All(char.IsDigit) && (MonthAtEnd().IsMatch(before) || MonthAtStart().IsMatch(after)))
            || NameOfNumber().IsMatch(before);
    }

    /// <summary>What a number that is part of a name follows: "the Group of 20 leaders' meeting" counts nothing.</summary>
    [GeneratedRegex(@"\b\p{Lu}\p{Ll}+\s+of$")]
    private static partial Regex NameOfNumber();

    /// <summary>
    /// The question as retrieval and the reader should read it: emoji and the message's framing dropped ("hey", "quick q:",
    /// "lol", "thx": <see cref="Text.ChatShorthand.Unframed"/>), chat shorthand spelt out (<see cref="Text.ChatShorthand"/>:
    /// "japan's pm" → "japan's prime minister"), the country typed as "the us", "US", "u.s." or "usa"
    /// reads "United States" ("us" is otherwise the pronoun, a stop word, and the question loses what it is about); and in
    /// a description question "call" means "describe" ("what did xi call putin" → "what did xi describe putin", "what xi
    /// called putin" → "what xi described putin"), not a
    /// phone call, which both searches would otherwise find first; a request to list or name things ("list the countries
    /// nato works with in asia", "name all the us officials quoted") reads as the question for which ones
    /// (<see cref="AsListQuestion"/>), and a question for someone's job reads as who they are (<see cref="AsWhoIs"/>).
    /// Any other question comes back as it is.
    /// </summary>
    public static string SearchPhrasing(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var words = Text.ChatShorthand.Unframed(Emoji().Replace(question, " ").Trim());
        question = AsLeaderQuestion(AsWhoIs(AsListQuestion(UnitedStatesSpelledOut(Text.ChatShorthand.Expand(words.Length > 0 ? words : question)))));
        var m = DescriptionQuestionPattern.Match(question.ToLowerInvariant());
        var verb = m.Groups["verb"];
        return m.Success && CallAsDescribe.TryGetValue(verb.Value, out var describe)
            ? string.Concat(question.AsSpan(0, verb.Index), describe, question.AsSpan(verb.Index + verb.Length))
            : question;
    }

    /// <summary>
    /// The verbs of calling or describing, each with its past participle: the one list behind description questions,
    /// <see cref="IsDescribingWord"/> and the sentences that describe something.
    /// </summary>
    private static readonly (string Verb, string Participle)[] DescribingVerbs =
    [
        ("call", "called"), ("describe", "described"), ("dub", "dubbed"), ("label", "labelled"), ("label", "labeled"), ("term", "termed"),
        ("characterise", "characterised"), ("characterize", "characterized"), ("refer to", "referred to"), ("nickname", "nicknamed"),
        ("hail", "hailed"), ("name", "named"),
    ];

    /// <summary>"call" in a description question, and what it is searched as: a phone call is found first otherwise.</summary>
    private static readonly Dictionary<string, string> CallAsDescribe = new(StringComparer.Ordinal)
    {
        ["call"] = "describe", ["called"] = "described", ["calls"] = "describes", ["calling"] = "describing",
    };

    private static readonly HashSet<string> DescribingStems = [.. DescribingVerbs.Select(v => Text.Stemmer.Stem(v.Verb.Split(' ')[0]))];

    private static readonly Regex DescriptionQuestionPattern = new(
        $@"\b(what|how) (did|does|do|has|have|had|would|will|is|was)\b.{{1,60}}?(?<!\b(the|their|his|her|a|an|video|phone|year|that|this|its|our|first|last|next|new|latest|recent|previous|{MonthWords()})|\d) (?<verb>{Alternatives(v => v.Verb)})\b(?<object> (?!(?:in|on|at|about|with|between|from|for|during|after|before|to|last|this|and|or)\b)[\p{{L}}\d""“‘'].{{1,59}})"
        + $@"|\bhow (is|was|are|were|has|have) (?<object>.{{2,50}}?) (been )?({Alternatives(v => v.Participle)})\b"
        + $@"|(?:^|[,:;!?.]\s*|\b(?:so|and|but|know|idea|wonder|wondering|remember|forgot|forget|me)\s+)(what|how)( (was|is) it)? (?!{NotASubject}\b)[\p{{L}}'’.-]+( [\p{{L}}'’.-]+){{0,2}}? (?<verb>{Alternatives(v => v.Participle)}|{Alternatives(ThirdPerson)})\b(?<object>.{{2,60}})"
        + $@"|\b(?<verb>{Alternatives(v => v.Participle)}|{Alternatives(ThirdPerson)}) (?<object>[\p{{L}}'’ .-]{{2,40}}?) what\W*$"
        + $@"|\b(?<verb>call|calls|called|calling|describe|describes|described|describing) (?<object>[\p{{L}}'’ .-]{{2,40}}?) (?:something|smth|sth|somethin)\b"
        + $@"|\b(?:nick ?names?|pet names?) (?:for|of) (?<object>[\p{{L}}'’ .-]{{2,40}})|\b(?<object>\p{{L}}+)['’]s (?:nick ?names?|pet names?)\b",
        RegexOptions.Compiled);

    /// <summary>Month names and their short forms (<see cref="Articles.CalendarMath.MonthWords"/>): "the december 2022 call", "the dec call" is a phone call, not a calling.</summary>
    private static string MonthWords() => string.Join('|', Enumerable.Range(1, 12).SelectMany(Articles.CalendarMath.MonthWords).Distinct(StringComparer.Ordinal));

    /// <summary>
    /// Words that cannot start the subject of "what xi called putin": an auxiliary ("what was called off"), or the kind
    /// of thing asked for ("what country hailed the deal" asks for a place).
    /// </summary>
    private const string NotASubject = "(is|was|are|were|be|been|did|does|do|has|have|had|it|many|much|often|long|far|soon|country|countries|nation|city|place|leader|leaders|official|officials|person|people|group|agency|company|event|one|else|kind|sort|type|outlet|newspaper|media)";

    /// <summary>"calls", "refers to".</summary>
    private static string ThirdPerson((string Verb, string Participle) verb) =>
        verb.Verb.IndexOf(' ', StringComparison.Ordinal) is var space and > 0 ? verb.Verb.Insert(space, "s") : verb.Verb + "s";

    private static string Alternatives(Func<(string Verb, string Participle), string> form) =>
        string.Join('|', DescribingVerbs.Select(form).Distinct().Select(Regex.Escape));

    /// <summary>True when <paramref name="word"/> is a form of a verb of calling or describing ("call", "described", "dubbed").</summary>
    public static bool IsDescribingWord(string word) => DescribingStems.Contains(Text.Stemmer.Stem(word));

    /// <summary>
    /// What a description question asks about, as a stem: "what did xi call putin" → "putin", "how was the visit
    /// described" → "visit"; null when the question does not ask how something was called or described.
    /// </summary>
    private static string? DescriptionObject(string question)
    {
        var m = DescriptionQuestionPattern.Match(question);
        if (!m.Success)
        {
            return null;
        }

        var words = Text.WordTokens.Of(m.Groups["object"].Value).Where(w => w.Length > 1 && !Text.StopWords.Contains(w)).ToList();
        return words.Count == 0 ? null : Text.Stemmer.Stem(words[0]);
    }

    /// <summary>
    /// True when <paramref name="sentence"/> describes <paramref name="subject"/>: a describing verb shortly before it
    /// ("described Putin as…", "called the war a crisis"), "as" shortly after it ("Putin as his best friend"), or a verb
    /// that says what it is ("relations between Moscow and China are at an unprecedented level").
    /// </summary>
    private static bool Describes(string? subject, string sentence)
    {
        if (subject is null)
        {
            return false;
        }

        var words = Text.WordTokens.Of(sentence);
        for (var i = 0; i < words.Count; i++)
        {
            if (Text.Stemmer.Stem(words[i]) != subject)
            {
                continue;
            }

            var before = words.Skip(Math.Max(0, i - 4)).Take(Math.Min(i, 4));
            var after = words.Skip(i + 1).Take(5).ToList();
            // A phrase that says whose it is may come between: "relations between Russian President Vladimir Putin and
            // Chinese President Xi Jinping are currently “unprecedented”".
            var verbs = after.Count > 0 && Attaching.Contains(after[0]) ? words.Skip(i + 1).Take(AttachedReach).ToList() : after;
            if (before.Any(IsDescribingWord) || after.Take(4).Contains("as") || verbs.Any(Copulas.Contains) || (i > 0 && Qualifier().IsMatch(words[i - 1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A word that qualifies the noun after it by its ending ("boundless friendship", "unprecedented level" aside): an adjective of degree or kind.</summary>
    [GeneratedRegex(@"^\p{L}{3,}(?:less|ful|ous|ive|ible|able)$", RegexOptions.IgnoreCase)]
    private static partial Regex Qualifier();

    /// <summary>Prepositions that attach a phrase to what is described ("relations between…", "ties with…").</summary>
    private static readonly HashSet<string> Attaching = new(["between", "with", "of", "among"], StringComparer.Ordinal);

    /// <summary>How many words after what is described its verb may come when such a phrase follows it.</summary>
    private const int AttachedReach = 12;

    /// <summary>The verbs that say what something is ("relations between Moscow and China are at an unprecedented level").</summary>
    private static readonly HashSet<string> Copulas = new(["is", "are", "was", "were", "remain", "remains", "remained"], StringComparer.Ordinal);

    /// <summary>True when <paramref name="sentence"/> contains the kind of content <paramref name="kind"/> asks for.</summary>
    public static bool Satisfies(AnswerKind kind, string sentence) => kind switch
    {
        AnswerKind.Number => NumberToken().IsMatch(sentence),
        AnswerKind.Date => HasDate().IsMatch(sentence),
        AnswerKind.Duration => HasDuration().IsMatch(sentence),
        AnswerKind.Name or AnswerKind.Place => HasProperName().IsMatch(sentence),
        AnswerKind.Description => Text.WordTokens.Of(sentence).Any(IsDescribingWord) || DescribedAs().IsMatch(sentence),
        _ => false,
    };

    /// <summary>Emoji and other pictographs (with their joiners and variation selectors): the sentence encoder reads them as unknown words that shift the question's vector.</summary>
    [GeneratedRegex(@"[\p{So}\p{Cs}\u200D\uFE0E\uFE0F]+")]
    private static partial Regex Emoji();

    /// <summary><paramref name="text"/> with the country written "United States" wherever it is typed "US", "u.s.", "usa", "the us"…, as <see cref="SearchPhrasing"/> writes it.</summary>
    public static string UnitedStatesSpelledOut(string text) => UnitedStates().Replace(text, "United States");

    /// <summary>
    /// "the us", "the US", "US" (capitals), "u.s.", "usa", "us-india", "america" (not North, South, Latin or Central
    /// America, nor the United States of America's), and a lowercase "us" before what only a country has
    /// ("us aid", "us india tech deal", "us officials", "us and china"): the country, not the pronoun ("tell us about").
    /// </summary>
    [GeneratedRegex(@"(?<=\bthe\s+)(?i:us)\b|\bUS\b|\b(?i:u\.s\.(a\.?)?|usa)(?!\p{L})|\b(?i:us)(?=-\p{L})|(?<!\b(?i:north|south|latin|central|of)\s+)\b(?i:america)\b"
        + @"|(?<![\p{L}'’])(?i:us)(?=\s+(?i:(?:and\s+)?(?:india|indian|china|chinese|russia|russian|japan|japanese|taiwan|ukraine|nato|eu)\b|(?:officials?|military|government|govt|president|presidential|election|aid|congress|senate|sanctions|troops|forces|army|navy|intelligence|economy|relations|ties|policy|dollar|treasury|defen[cs]e|secretary|envoy|ambassador|embassy|allies|administration)\b))")]
    private static partial Regex UnitedStates();

    [GeneratedRegex(@"\bas (a|an|his|her|their|its|the|one)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DescribedAs();

    /// <summary>A question word that asks its own question first: "what did…", "which…", "what holiday were they marking…".</summary>
    [GeneratedRegex(@"\b(what|why|how) (did|does|do|has|have|had|will|would)\b|\bwhich\b|\bwhat \p{L}+ (was|were|is|are)\b")]
    private static partial Regex OpenQuestion();

    [GeneratedRegex(@"\bhow long\b|\bhow old (?:is|was|were|are|had|has) (?:the|this|that|their|it)\b|\bfor how many (years|months|weeks|days)\b|сколько (времени|лет|месяцев)|как долго")]
    private static partial Regex HowLong();

    [GeneratedRegex(@"\bwhen('?s)?\b|\b(what|which) ((exact|actual|precise|specific|particular) )?(date|year|day|month|time|season)\b|\b(what|which)('?s| is| was)? the (last|latest|most recent|first|next) time\b|" + Queries.CompoundQuestion.TimeOpening + @"|\bwhat time of (the )?year\b|\b(exact|actual|precise|specific) (date|day)\b|\b(the|a) date (of|when)\b|\bsince when\b|\bhow long ago\b|\bкогда\b|\bв каком году\b")]
    private static partial Regex WhenWords();

    [GeneratedRegex(@"\bhow (much|many|big(?!\s+(?:of\s+)?an?\b)|large|high|low|far|old)\b|\b(volume|amount|number|value|total|figure|turnover|billion|percent|cost|price|worth|population|gdp|size|distance|budget|toll|count)\b|\bсколько\b|\bобъем|\bобъём")]
    private static partial Regex NumberWords();

    [GeneratedRegex(@"\bwho('?s|se|m)?\b|\b(which|what)( [\p{L}-]+){0,2}? (leader|official|minister|president|spokesman|spokesperson|person|people|guy|man|woman|broadcaster|newspaper|agency|outlet|company|firm|party|organi[sz]ation|group|alliance)\b|\bwhat('?s| is) (his|her|their) name\b|\b[\p{L}-]+('s|s'|s) name\b|\b(first|last|full|sur) ?name\b|\bnames? of\b|\bкто\b")]
    private static partial Regex WhoWords();

    // "where does russia stand on taiwan", "where are things at with the aid", "where do things stand": a position, not a place.
    [GeneratedRegex(@"\bwhere('?s)?\b(?!\s+(?:(?:do|does|did|is|are|was|were)\s+)?(?:[\p{L}'’-]+\s+){0,4}?(?:stand|stands|standing|stood|at)\b)|\b(which|what)('?s| is| was| are| were)?( the)?( [\p{L}-]+){0,2}? (country|countries|city|cities|place|places|nation|nations|state(?![\s-]+(?:media|tv|television|news|broadcasters?|outlets?|run|owned|visits?|department|secretary|council|compan\w+|firms?|agenc\w+))|region|peninsula|sea|island|islands|capital|venue|location)\b|\bгде\b|\bв какой стране\b")]
    private static partial Regex WhereWords();

    /// <summary>
    /// A figure, or a number written as a word — not a small one after "the" ("the two countries", "the two leaders") and
    /// not "one of" or "one another", which count nothing.
    /// </summary>
    [GeneratedRegex(@"(?>\$?\d[\d,.]*)(?!(?:st|nd|rd|th)\b)|(?<!\bthe\s+)\b(?:one(?!\s+(?:of|another)\b)|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b|\b(twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|billion|billions|dozens?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NumberToken();

    /// <summary>The months' names and short forms, for the patterns that find dates.</summary>
    private const string MonthNames = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";

    [GeneratedRegex(@"^(1[89]|20)\d\d$")]
    private static partial Regex Year();

    [GeneratedRegex(@"\b(" + MonthNames + @")\.?$")]
    private static partial Regex MonthAtEnd();

    [GeneratedRegex(@"^(" + MonthNames + @")\b")]
    private static partial Regex MonthAtStart();

    /// <summary>A year, a month, a weekday or a season ("in the spring", "this autumn", "next fall"): what says when.</summary>
    [GeneratedRegex(@"\b(1[89]|20)\d\d\b|\b(" + MonthNames + @")\b|\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b(?i:spring|summer|autumn|winter)\b|\b(?i:the|this|next|last|in) (?i:fall)\b")]
    private static partial Regex HasDate();

    [GeneratedRegex(@"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|several)[- ](year|month|week|day|hour)s?\b|\bdecades?\b|\bcentur(y|ies)\b|\banniversary\b|\bsince\b", RegexOptions.IgnoreCase)]
    private static partial Regex HasDuration();

    [GeneratedRegex(@"(?<=\S\s+)\p{Lu}\p{Ll}+")]
    private static partial Regex HasProperName();

    /// <summary>
    /// <paramref name="question"/> as the question for which ones of a kind when it asks to list or name things of that
    /// kind ("list the countries nato works with in asia" → "which countries nato works with in asia", "name all the us
    /// officials quoted" → "which us officials quoted"): the answer is the sentence that names them
    /// (<see cref="AsksForSeveral"/>), and "list" would otherwise ask for every mention across the articles and weigh as
    /// a search word. Times and events are still listed across the articles ("list the times xi and putin met", "list
    /// every call", "list all the places xi and putin met"); any other question comes back as it is.
    /// </summary>
    public static string AsListQuestion(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var m = ListRequest().Match(question);
        if (!m.Success || !NamesAKindInThePlural(m) || ListedOverTime.Contains(m.Groups["noun"].Value.ToLowerInvariant())
            || MetOrVisited().IsMatch(question[(m.Index + m.Length)..]))
        {
            return question;
        }

        return string.Concat(question.AsSpan(0, m.Index), "which ", question.AsSpan(m.Groups["words"].Index));
    }

    /// <summary>
    /// <paramref name="question"/> as "who is …" when it asks for someone's job, role or title ("whats lavrov's job" →
    /// "who is lavrov", "what is the role of ushakov" → "who is ushakov"): the answer is the sentence that names them
    /// with their title ("Russian Foreign Minister Sergey Lavrov…"), and "job" would otherwise weigh most in a search
    /// of articles that never say it. Any other question comes back as it is.
    /// </summary>
    public static string AsWhoIs(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var m = JobQuestion().Match(question);
        return m.Success ? string.Concat(question.AsSpan(0, m.Index), "who is ", m.Groups["name"].Value, question.AsSpan(m.Index + m.Length)) : question;
    }

    /// <summary>
    /// <paramref name="question"/> as "who is the leader of …" when it asks who runs, leads or heads a place ("who runs
    /// china", "whos in charge of russia" → "who is the leader of russia"): searched as typed, "runs" or "charge" weighs
    /// most and finds no head of anything ("who runs russia" read only the February 2023 article and declined); read as
    /// the leader, <see cref="Reading.RoleHolder"/> asks for any head's title. Any other question comes back as it is.
    /// </summary>
    public static string AsLeaderQuestion(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var m = LeadsPlace().Match(question);
        return m.Success ? string.Concat(question.AsSpan(0, m.Index), "who is the leader of ", m.Groups["place"].Value, question.AsSpan(m.Index + m.Length)) : question;
    }

    /// <summary>"who runs china", "who's in charge of nato", "who leads the un", "who's the guy running nato" — the place ends the phrase ("who heads russia's foreign ministry" asks for no leader of Russia).</summary>
    [GeneratedRegex(@"(?<=^\W*)who(?:['’]?s\b|\s+is\b|\s+was\b)?\s+(?:the\s+(?:guy|man|woman|person|lady|dude|one)\s+(?:who(?:['’]?s|\s+is)?\s+)?)?(?:currently\s+|now\s+)?(?:runs|running|ran|leads|leading|led|heads|heading|rules|ruling|in\s+charge\s+(?:of|at))\s+(?:the\s+)?(?<place>[\p{L}.]+)(?=\s*(?:$|[?!.,]|\s(?:now|today|currently|these\s+days|right\s+now|at\s+the\s+moment|that|who|and|in\s+(?:these|the)\s+(?:articles|stories|news))\b))", RegexOptions.IgnoreCase)]
    private static partial Regex LeadsPlace();

    [GeneratedRegex(@"(?<=^\W*)(?:what(?:['’]?s|\s+is|\s+was)|whats)\s+(?:(?<name>[\p{L}.-]+(?:\s+[\p{L}.-]+)?)['’]s\s+(?:job|role|title|position|post)|the\s+(?:job|role|title|position|post)\s+of\s+(?<name>[\p{L}.-]+(?:\s+[\p{L}.-]+)?))(?=\s*[?.!]*\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex JobQuestion();

    /// <summary>What a request to list things lists across the articles, one article's part of it at a time: times and events.</summary>
    private static readonly HashSet<string> ListedOverTime = new(StringComparer.Ordinal)
    {
        "times", "calls", "meetings", "talks", "visits", "trips", "summits", "conversations", "occasions", "events",
        "encounters", "contacts", "statements", "changes", "developments", "milestones", "moments", "dates", "years", "months",
        "mentions", "articles", "stories",
    };

    /// <summary>Meeting, visiting or talking: the places or people of such events are listed across the articles ("list all the places xi and putin met").</summary>
    [GeneratedRegex(@"\b(?:met|meet|meets|meeting|visited|visit|visits|went|held|talked|spoke|called)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MetOrVisited();

    [GeneratedRegex(@"(?<=^\W*)(?:(?:can|could|would)\s+(?:you|u)\s+)?(?:please\s+|pls\s+)?(?:list|name)\s+(?:(?:all|every|each|some)\s+(?:of\s+)?)?(?:the\s+)?" + PluralKind, RegexOptions.IgnoreCase)]
    private static partial Regex ListRequest();

    /// <summary>
    /// True when <paramref name="question"/> asks which ones of a kind, in the plural ("which other countries in asia is
    /// nato working with", "what us officials are quoted", "which leaders…"; the words before the plural are "other"
    /// or not stop words, so "what did both leaders say" asks no such thing): its answer is a list of names.
    /// </summary>
    public static bool AsksForSeveral(string question) => SeveralPattern().Matches(question).Any(NamesAKindInThePlural);

    /// <summary>
    /// True when the <see cref="PluralKind"/> of <paramref name="m"/> names things of a kind: its noun is a plural (not
    /// "news", "this"…) and the words before it are content words or "other" ("what did both leaders say" names none).
    /// </summary>
    private static bool NamesAKindInThePlural(Match m) =>
        !NotPlural.Contains(m.Groups["noun"].Value.ToLowerInvariant())
        && Text.WordTokens.Of(m.Groups["words"].Value).All(w => w == "other" || Text.WordTokens.IsContent(w));

    /// <summary>Up to three words, then a plural noun: what "which…" or "list the…" asks for ("other countries in asia", "us officials").</summary>
    private const string PluralKind = @"(?<words>(?:[\p{L}-]+\s+){0,3}?)(?<noun>\p{L}+[^\Ws]s|people)\b(?!')";

    /// <summary>
    /// True when <paramref name="sentence"/> lists three or more names ("with Australia, New Zealand, and South Korea"),
    /// two of them or more not named in <paramref name="question"/>: the kind of sentence that answers
    /// <see cref="AsksForSeveral"/>.
    /// </summary>
    public static bool ListsNames(string question, string sentence)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(sentence);
        var asked = Text.WordTokens.ContentStems(question);
        return NameList().Matches(sentence).Any(m => m.Groups["name"].Captures
            .Count(c => Text.WordTokens.Of(c.Value).Any(w => !asked.Contains(Text.Stemmer.Stem(w)))) >= 2);
    }

    /// <summary>Words ending in "s" that can follow "which" or "what" without being a plural noun.</summary>
    private static readonly HashSet<string> NotPlural = new(StringComparer.Ordinal)
    {
        "is", "was", "has", "does", "us", "this", "its", "his", "hers", "yours", "ours", "theirs", "whats", "thus", "plus", "news", "always", "perhaps",
    };

    [GeneratedRegex(@"\b(?:which|what)\s+" + PluralKind, RegexOptions.IgnoreCase)]
    private static partial Regex SeveralPattern();

    [GeneratedRegex("(?<name>" + Text.CapitalisedWords.Name + @")(?:,\s+(?<name>" + Text.CapitalisedWords.Name + @"))+,?\s+(?:and|or)\s+(?<name>" + Text.CapitalisedWords.Name + ")")]
    private static partial Regex NameList();
}
