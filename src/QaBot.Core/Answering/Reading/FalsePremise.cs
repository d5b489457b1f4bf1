using System.Text.RegularExpressions;
using QaBot.Core.Retrieval;
using QaBot.Core.Text;

namespace QaBot.Core.Answering.Reading;

/// <summary>
/// A question that takes for granted what no passage read says: it cannot be answered from them, however well they
/// match its other words, and quoting them would seem to confirm it (<see cref="AnswerChecks.RulesOut"/>). These kinds
/// of premise are read, each against the passages read, never the whole store (a place no passage names is read before,
/// by the answer service):
/// <list type="bullet">
/// <item>something that went wrong or was undone — called off, walked out of, turned down, shot down, banned, resigned
/// (<see cref="Happenings"/>): "why did the quad summit in australia get called off" when the passages only say Biden
/// is anticipated to travel to it;</item>
/// <item>a decision made that the passages tell only as wanted (<see cref="UntoldDecision"/>: "once congress approved
/// the ukraine money…" when the Pentagon "wants Congress to quickly approve" it);</item>
/// <item>a figure stated as fact ("how did russia china trade hit 300bn in 2023" when the passages say $228
/// billion), or of a year the passages give it of no sentence of, or a span no passage gives ("why hadnt xi traveled abroad
/// for like 5 years" when he had not "in over two years") (<see cref="StatedFigures"/>);</item>
/// <item>words put in the wrong mouth (<see cref="AskedSubject.MisattributedIn"/>): "why did peskov tell reporters
/// russia and china had narrow approaches on intl issues" when it was Ushakov who told them; or a description said the
/// other way round (<see cref="CalledTheOtherWay"/>: "why did putin call xi his best friend"), of someone else
/// (<see cref="CalledSomeoneElse"/>: "why did xi call stoltenberg his best friend") or in other words
/// (<see cref="CalledOtherwise"/>: "why did xi call putin his biggest rival"), or a deed done the other way round
/// (<see cref="ActedOn"/>: "why did xi invite putin to beijing");</item>
/// <item>what the passage telling it says in the negative (<see cref="ToldOtherwise"/>: "how did putin react when xi
/// criticised the ukraine invasion on their dec 30 video call" when China "has pointedly refused to criticize" it, "how
/// come nato sees china as an opponent" when it "does not view China as an opponent"), or says of something else ("why did
/// china slam russia" when what it "slammed" was the sanctions);</item>
/// <item>two people or bodies no passage names together (<see cref="NamedApart"/>: "what did kishida and putin
/// discuss…");</item>
/// <item>a visit at a time the passages tell of a call, or a call at a time they met in person (<see cref="MeetingMode"/>),
/// or a meeting at a place the passages tell of at other times only ("their 2021 meeting in uzbekistan");</item>
/// <item>an amount gone one way when the news says it went the other (<see cref="OppositeTrend"/>: "why did russia china
/// trade drop so much in 2023" against the record $228 billion).</item>
/// </list>
/// </summary>
public static partial class FalsePremise
{
    /// <summary>True when <paramref name="reading"/>'s question takes for granted a happening, a figure or a speaker's words that none of the passages it read says.</summary>
    public static bool Presumed(SentenceReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        if (reading.Ranked.Count == 0)
        {
            return false;
        }

        var passages = reading.Passages.Select(c => c.Text).ToList();
        var sentences = reading.Ranked.Select(s => s.Candidate.Text).ToList();
        var question = reading.Question.Text;
        var names = new Lazy<List<(string Word, int At)>>(() => NamesIn(question, passages));
        return UntoldHappening(question, passages, sentences, names) || StatedFigures.Untold(question, passages, reading.Question.Years, sentences)
            || UntoldDecision(question, passages)
            || (AskedSubject.Of(question) is { } asked && asked.MisattributedIn(reading.Ranked.Select(s => s.Candidate)))
            || ToldOtherwise(question, sentences) || (!AnswerChecks.AsksYesOrNo(question) && OppositeTrend.Told(question, reading.Question.Years, sentences))
            || CalledTheOtherWay(question, sentences) || CalledSomeoneElse(question, sentences) || CalledBySomeoneElse(question, sentences) || CalledOtherwise(question, sentences) || ActedOn.TheOtherWay(question, sentences)
            || (reading.Question.Shape == AnswerShape.Fact && (NamedApart(names.Value, passages, question) || DealtWithApart(question, passages) || QuotedUntold(question, passages)))
            || MeetingMode.TakenTheOtherWay(reading.Question, reading.Ranked) || MeetingMode.PlacedAtOtherTime(reading.Question, reading.Ranked);
    }

    /// <summary>
    /// True when the question names two people or bodies (not places: a place is named apart from who went there) that
    /// no passage read names together: it takes for granted that they met, spoke or dealt with each other, which the
    /// passages never tell — "what did kishida and putin discuss when kishida went to moscow" when Kishida is only in the
    /// passage on his talks with Stoltenberg. A name is a word that is no English word (<see cref="EnglishWords.IsName"/>)
    /// and that the passages write with a capital ("NATO", "Kishida"); "since" and "against" are not. Only two names
    /// the question puts together (<see cref="MaxNamesApart"/> words apart: "kishida and putin", "sullivan meet with
    /// kishida"; in one clause of <paramref name="question"/> when it is given, <see cref="ClauseOfEachWord"/>, read only
    /// once two names are found) are read so: "putin said in dec 2022…, then lavrov said…" asks of each apart. Over sentences
    /// (<see cref="DealtWithApart"/>): "what did biden and xi discuss on their dec 15 2021 video call" is not told by a
    /// passage where Biden warned Putin and, two sentences on, Xi called Putin his best friend.
    /// </summary>
    private static bool NamedApart(List<(string Word, int At)> names, List<string> texts, string? question = null)
    {
        if (names.Count < 2)
        {
            return false;
        }

        var clauses = question is null ? null : ClauseOfEachWord(question);

        var passages = texts.Select(PassageWords.Of).ToList();
        for (var i = 0; i < names.Count; i++)
        {
            for (var j = i + 1; j < names.Count; j++)
            {
                var (a, b) = (names[i].Word, names[j].Word);
                if (a != b && names[j].At - names[i].At <= MaxNamesApart && (clauses is null || clauses[names[i].At] == clauses[names[j].At])
                    && !passages.Any(p => p.Has(a) && p.Has(b)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The clause of each of <paramref name="question"/>'s words (<see cref="WordTokens.Of"/>), clauses parted by a comma, a
    /// full stop or another mark: "putin said spring, lavrov said before the war anniversary.. so when did xi actually end
    /// up in moscow?" names Putin and Lavrov each in a clause of his own, not together. Null when a mark stands inside a
    /// word ("2,000", cut in two): the question is then read as one clause.
    /// </summary>
    private static List<int>? ClauseOfEachWord(string question)
    {
        List<int> clauses = [.. ClauseMark().Split(question).SelectMany((clause, i) => WordTokens.Of(clause).Select(_ => i))];
        return clauses.Count == WordTokens.Of(question).Count ? clauses : null;
    }

    [GeneratedRegex(@"[,;:!?…]|\.(?=\s|\.|$)|\s[-–—]+\s")]
    private static partial Regex ClauseMark();

    /// <summary>
    /// The people and bodies <paramref name="question"/> names, each with its place among the question's words: words that
    /// are no English word (<see cref="EnglishWords.IsName"/>) — or, <paramref name="neverLowerCase"/>, that
    /// <paramref name="texts"/> never write without a capital ("xi"; not a title, "minister") —, nor a month, a place or a demonym, and that
    /// <paramref name="texts"/> write with a capital.
    /// </summary>
    private static List<(string Word, int At)> NamesIn(string question, List<string> texts, bool neverLowerCase = false)
    {
        var capitalised = CapitalisedWords.In(texts);
        var onlyCapitalised = neverLowerCase ? NamedThing.NeverLowerCase(texts) : [];
        return [.. WordTokens.Of(question)
            .Select((w, at) => (Word: w, At: at))
            .Where(n => WordTokens.IsContentWord(n.Word) && Articles.CalendarMath.MonthNumber(n.Word) == 0 && (EnglishWords.IsName(n.Word) || onlyCapitalised.Contains(n.Word))
                && !PlaceNames.IsPlace(n.Word) && Stemmer.PlaceOfDemonym(n.Word) is null && capitalised.Contains(n.Word))];
    }

    /// <summary>
    /// True when the question asks of two names it pairs what they discussed, agreed or signed, or of their meeting or
    /// call (<see cref="DealtWith"/>), and no sentence of the passages names both (<see cref="NamedApart"/>).
    /// </summary>
    private static bool DealtWithApart(string question, List<string> passages) =>
        DealtWith().IsMatch(question)
        && NamedApart(Paired(question, NamesIn(question, passages, neverLowerCase: true)), [.. passages.SelectMany(Chunking.SentenceSplitter.SplitToStrings)]);

    /// <summary>
    /// The names of <paramref name="names"/> the question pairs by "and" ("biden and xi", "xi n putin", "putin w/ xi") or
    /// by a verb of their dealings between them ("did stoltenberg ever meet xi", "when did putin talk to modi").
    /// </summary>
    private static List<(string Word, int At)> Paired(string question, List<(string Word, int At)> names)
    {
        var words = WordTokens.Of(question);
        bool Joins(int from, int to) => to - from is >= 2 and <= MaxNamesApart
            && words.Skip(from + 1).Take(to - from - 1).All(w => w is "and" or "n" or "with" or "w" or "to" or "ever" or "actually" or "really" or "even" or "once" || DealtWith().IsMatch(w));
        return [.. names.Where(n => names.Any(o => Joins(Math.Min(o.At, n.At), Math.Max(o.At, n.At))))];
    }

    /// <summary>Dealings of two with each other, as a question asks of them: talks, a meeting, a call, an agreement.</summary>
    [GeneratedRegex(@"\b(?:discuss\w*|talk(?:s|ed|ing)?|agree\w*|meet(?:s|ing|ings)?|met|call(?:s|ed)?|chat\w*|spoke|speak\w*|sign(?:s|ed)?|negotiat\w*|summit)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DealtWith();

    /// <summary>How many words apart two names of the question may stand to be read as put together (<see cref="NamedApart"/>).</summary>
    private const int MaxNamesApart = 3;

    /// <summary>
    /// True when the question has one person call another something ("whats the reason putin called xi his best friend")
    /// and every sentence read that says it has the other one say it ("Chinese Xi even described Putin as his best
    /// friend"): the premise turns who said it round.
    /// </summary>
    private static bool CalledTheOtherWay(string question, IEnumerable<string> sentences)
    {
        if (Calling(question) is not { } calling)
        {
            return false;
        }

        return ActedOn.DoneByTheOther(
            sentences.Distinct(StringComparer.Ordinal).Select(s => WordTokens.Of(s).Select(Stemmer.Stem).ToList())
                .Where(words => calling.What.All(words.Contains) && words.FindIndex(Describes) > 0),
            Describes, calling.Caller, calling.Callee);
    }

    /// <summary>
    /// True when the question has one person call another something ("why did xi call stoltenberg his best friend") and
    /// every sentence read that says it has the caller call someone else by name ("Chinese Xi even described Putin as his
    /// best friend"): the premise puts another in the place of the one described.
    /// </summary>
    private static bool CalledSomeoneElse(string question, IEnumerable<string> sentences)
    {
        if (AnswerChecks.AsksYesOrNo(question) || Calling(question) is not { Named: true } calling)
        {
            return false;
        }

        var told = SayingIt(calling.What, sentences).Where(s => s.Stems.IndexOf(calling.Caller) is >= 0 and var by && by < s.Verb).ToList();
        return told.Count > 0 && told.All(s => !s.Stems.Contains(calling.Callee)
            && s.Written.Skip(s.Verb + 1).FirstOrDefault() is { } described && char.IsUpper(described[0]));
    }

    /// <summary>
    /// True when the question has someone it names call someone something ("what did lavrov mean when he called xi
    /// putin's best friend") and every sentence read that says it has another person, by name, say it ("Chinese Xi even
    /// described Putin as his best friend") and never names the one the question has say it: the premise puts the words
    /// in another mouth.
    /// </summary>
    private static bool CalledBySomeoneElse(string question, IEnumerable<string> sentences)
    {
        if (AnswerChecks.AsksYesOrNo(question) || Calling(question) is not { } calling || !EnglishWords.IsName(calling.Caller))
        {
            return false;
        }

        var told = SayingIt(calling.What, sentences);
        return told.Count > 0 && told.All(s => !s.Stems.Contains(calling.Caller)
            && s.Written.Take(s.Verb).Skip(1).Any(w => char.IsUpper(w[0]) && EnglishWords.IsName(w.ToLowerInvariant())));
    }

    /// <summary>
    /// The sentences that call someone <paramref name="what"/> (stems): each as written, as stems, and where its verb of
    /// calling or describing stands (after the first word).
    /// </summary>
    private static List<(IReadOnlyList<string> Written, List<string> Stems, int Verb)> SayingIt(List<string> what, IEnumerable<string> sentences) =>
        [.. sentences.Distinct(StringComparer.Ordinal).Select(WordTokens.AsWritten)
            .Select(written => (Written: written, Stems: written.Select(w => Stemmer.Stem(w.ToLowerInvariant())).ToList()))
            .Select(s => (s.Written, s.Stems, Verb: s.Stems.FindIndex(Describes)))
            .Where(s => what.All(s.Stems.Contains) && s.Verb > 0)];

    /// <summary>True when <paramref name="word"/> (a stem) says someone describes or calls someone something.</summary>
    private static bool Describes(string word) => Describing().IsMatch(word);

    /// <summary>
    /// True when a question that takes it for granted has one person call another something ("why did xi call putin his
    /// biggest rival in 2021") and a sentence read has that person describe the other ("Chinese Xi even described Putin as
    /// his best friend") in words that share none of the question's, nor their news synonyms, while none says them: the
    /// premise puts other words in the caller's mouth. "did xi call putin his rival" asks, and is answered by the description.
    /// </summary>
    private static bool CalledOtherwise(string question, IEnumerable<string> sentences)
    {
        // Someone calls someone: "compare the 2021 video call n the dec 2022 one" has no one call anyone anything.
        if (AnswerChecks.AsksYesOrNo(question) || Calling(question) is not { Named: true } calling)
        {
            return false;
        }

        var meant = calling.What.Concat(calling.What.SelectMany(Synonyms.Of)).ToHashSet(StringComparer.Ordinal);
        var told = sentences.Distinct(StringComparer.Ordinal).Select(s => WordTokens.Of(s).Select(Stemmer.Stem).ToList()).ToList();
        return !told.Any(words => calling.What.All(words.Contains))
            && told.Any(words => words.FindIndex(Describes) is > 0 and var verb
                && words.IndexOf(calling.Caller) is >= 0 and var by && by < verb && words.IndexOf(calling.Callee, verb) > verb
                && !words.Skip(verb + 1).Any(meant.Contains));
    }

    /// <summary>
    /// Who the question has call whom what (<see cref="CalledSomething"/>: "putin called xi his best friend" → putin, xi,
    /// best friend, as stems, the first two words of what), and whether they are someone (content words, one of them a
    /// name); null when it has no one call anyone anything.
    /// </summary>
    private static (string Caller, string Callee, List<string> What, bool Named)? Calling(string question)
    {
        if (CalledSomething().Match(question) is not { Success: true } called
            || WordTokens.Of(called.Groups["a"].Value) is not { Count: > 0 } before
            || WordTokens.Of(called.Groups["b"].Value) is not { Count: > 0 } after)
        {
            return null;
        }

        // "what did lavrov mean when he called xi putin's best friend": "he" is the name before it.
        var callerWord = Pronoun().IsMatch(before[^1])
            ? WordTokens.Of(question[..called.Index]).LastOrDefault(w => WordTokens.IsContentWord(w) && EnglishWords.IsName(w)) ?? before[^1]
            : before[^1];
        var (caller, callee) = (Stemmer.Stem(callerWord), Stemmer.Stem(after[0]));
        var what = WordTokens.Of(called.Groups["desc"].Value).TakeWhile(WordTokens.IsContentWord).Take(2).Select(Stemmer.Stem).ToList();
        var named = WordTokens.IsContentWord(callerWord) && WordTokens.IsContentWord(after[0]) && (EnglishWords.IsName(callerWord) || EnglishWords.IsName(after[0]));
        return what.Count == 0 || caller == callee ? null : (caller, callee, what, named);
    }

    /// <summary>
    /// Someone calling someone something: "putin called xi his best friend", "why does lavrov keep describing china as a
    /// partner", "…when he called xi putin's best friend".
    /// </summary>
    [GeneratedRegex(@"(?<a>\p{L}[\p{L}'’.\-]*)\s+(?:(?:keeps?|kept|always|even|once)\s+)?(?:call(?:s|ed|ing)?|describ(?:e|es|ed|ing)|dub(?:s|bed|bing)?|label(?:s|led|ling|ed)?|refer(?:s|red|ring)?\s+to)\s+(?<b>\p{L}[\p{L}'’.\-]*)\s+(?:as\s+)?(?:his|her|their|its|a|an|the|\p{L}+['’]s)\s+(?<desc>\p{L}[\p{L}\s'’\-]{2,40})", RegexOptions.IgnoreCase)]
    private static partial Regex CalledSomething();

    /// <summary>A pronoun for the one calling, who the question named before: "he", "she".</summary>
    [GeneratedRegex(@"^(?:he|she)$", RegexOptions.IgnoreCase)]
    private static partial Regex Pronoun();

    /// <summary>The stem of a verb of calling someone something, where the one calling stands before it.</summary>
    [GeneratedRegex(@"^(?:call|describ|dub|label|refer|hail)")]
    private static partial Regex Describing();

    /// <summary>
    /// True when a question that takes something for granted ("why did…", "how come…", "…when xi criticised the invasion")
    /// states a word that the sentence telling most of the question says only in the negative: "why did xi say russia has
    /// refused to resolve the conflict" against "Russia has never refused to resolve the conflict…", "how did putin react
    /// when xi criticised the ukraine invasion on their dec 30 video call" against "China… has pointedly refused to
    /// criticize Moscow's actions in Ukraine".
    /// A question that asks whether ("did china ever criticise russia") is answered by the refusal, and one that says it in
    /// the negative too ("why did china refuse to criticise moscow") agrees with it. The sentence may say the word as the
    /// news' word for it (<see cref="Synonyms"/>: "why did china condemn the invasion" against the refusal to criticize,
    /// "how come nato now sees china as an opponent" against "NATO does not view China as an opponent"); it then has to
    /// share one word more with the question. A time told by an event takes only that event for granted
    /// (<see cref="PremiseOf"/>).
    /// </summary>
    private static bool ToldOtherwise(string question, IEnumerable<string> sentences)
    {
        if (TakesForGranted().Match(question) is not { Success: true } premise || AnswerChecks.AsksYesOrNo(question))
        {
            return false;
        }

        var stated = Stated(question);
        var premiseText = PremiseOf(question, premise);
        var presumed = ReferenceEquals(premiseText, question) ? stated : Stated(premiseText);
        var premiseWords = Polarity(premiseText);
        var told = sentences.Distinct(StringComparer.Ordinal).Select(Polarity).ToList();
        int Shared(List<(string Word, string Stem, bool Negated)> sentence) => sentence.Select(w => w.Stem).Intersect(stated).Count();
        foreach (var stem in presumed)
        {
            var others = Synonyms.Of(stem);
            bool Means(string word) => word == stem || others.Contains(word);
            if (told.Where(t => t.Any(w => Means(w.Stem))).MaxBy(Shared) is not { } most)
            {
                continue;
            }

            var said = most.Where(w => w.Stem == stem).ToList();
            if (said.Count > 0 ? Shared(most) > MinSharedWords && said.All(w => w.Negated)
                : Shared(most) > MinSharedWords + 1 && most.Any(w => w.Negated && others.Contains(w.Stem)))
            {
                return true;
            }

            // "why did china slam russia over the invasion" against "China… has pointedly refused to criticize Moscow's
            // actions…, and slammed punitive sanctions imposed on Russia": what the question has done to whom, the sentence
            // says only in the negative; what it does say, it says of something else.
            if (ObjectOf(premiseWords, Means) is { } done && Shared(most) > MinSharedWords
                && Enumerable.Range(0, most.Count).Where(i => Means(most[i].Stem) && ObjectOf(most, i) == done).ToList() is { Count: > 0 } toIt
                && toIt.All(i => most[i].Negated))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The stem of what the first word <paramref name="means"/> is done to in <paramref name="words"/> (<see cref="ObjectOf(List{ValueTuple{string, string, bool}}, int)"/>), or null.</summary>
    private static string? ObjectOf(List<(string Word, string Stem, bool Negated)> words, Func<string, bool> means) =>
        words.FindIndex(w => means(w.Stem)) is >= 0 and var at ? ObjectOf(words, at) : null;

    /// <summary>
    /// The stem of the first content word after the verb at <paramref name="at"/>, within <see cref="ObjectReach"/> words
    /// — a capital as its country ("criticize Moscow's actions" → russia, <see cref="Polarity"/>) —, or null.
    /// </summary>
    private static string? ObjectOf(List<(string Word, string Stem, bool Negated)> words, int at) =>
        words.Skip(at + 1).Take(ObjectReach).FirstOrDefault(w => WordTokens.IsContentWord(w.Word)) is { Word: not null } next ? next.Stem : null;

    /// <summary>How many words after a verb its object may stand ("criticize the actions", "slam russia").</summary>
    private const int ObjectReach = 3;

    /// <summary>How many words besides the negated one the sentence must share with the question to be the one telling it.</summary>
    private const int MinSharedWords = 1;

    /// <summary>The stems of the content words <paramref name="text"/> says in the positive.</summary>
    private static HashSet<string> Stated(string text)
    {
        var words = Polarity(text);
        var stated = words.Where(w => !w.Negated && WordTokens.IsContentWord(w.Word)).Select(w => w.Stem).ToHashSet(StringComparer.Ordinal);
        stated.ExceptWith(words.Where(w => w.Negated).Select(w => w.Stem));
        return stated;
    }

    /// <summary>
    /// What <paramref name="question"/> takes for granted, where <paramref name="premise"/> found it: a time told by an
    /// event is that clause alone, up to a comma or the question it frames ("when xi and putin talked on dec 30, what did
    /// they say about ukraine" takes the talk for granted, not anything said of Ukraine); a "why" question all of it.
    /// </summary>
    private static string PremiseOf(string question, Match premise)
    {
        if (!EventClause().IsMatch(premise.Value))
        {
            return question;
        }

        var clause = question[premise.Index..];
        var end = ClauseEnd().Match(clause, Math.Min(premise.Length, clause.Length));
        return end.Success ? clause[..end.Index] : clause;
    }

    /// <summary>The opening of a time told by an event ("when xi criticised…", "after kishida went…").</summary>
    [GeneratedRegex(@"\b(?:when|after|once)\s", RegexOptions.IgnoreCase)]
    private static partial Regex EventClause();

    /// <summary>Where a clause telling a time by an event ends: a comma, a question mark, or the question it frames.</summary>
    [GeneratedRegex(@"[,;?]|\s(?:what|whats|what's|how|who|whos|who's|where|why|which|did|does|do)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseEnd();

    /// <summary>
    /// The words of <paramref name="text"/> in order, each with its stem and whether a negation governs it: the first
    /// content word after "not", "never", "no", "n't", "without", "denies", "refused to", "failed to", "has yet to" (and
    /// the next, when that one is an adverb: "not publicly criticized"); "not only" negates nothing. What is denied a
    /// mention or an intention is negated too: "made no direct mention of Ukraine", "denies its intention to invade". A
    /// capital stems as its country ("Beijing condemned…" as China).
    /// </summary>
    private static List<(string Word, string Stem, bool Negated)> Polarity(string text)
    {
        var tokens = WordTokens.Of(text);
        var words = tokens.Select(t => (Word: t, Stem: Stemmer.CountryOfCapital(t) is { } country ? Stemmer.Stem(country) : Stemmer.Stem(t), Negated: false)).ToList();
        for (var i = 0; i < tokens.Count; i++)
        {
            var negator = tokens[i] is "not" or "never" or "no" or "nor" or "without" or "deny" or "denies" or "denied" or "denying"
                || (tokens[i] == "t" && i > 0 && tokens[i - 1].EndsWith('n'))
                || (i + 1 < tokens.Count && tokens[i + 1] == "to" && RefusalStem().IsMatch(tokens[i]));
            if (!negator || (i + 1 < tokens.Count && tokens[i + 1] is "only" or "just" or "merely" or "least"))
            {
                continue;
            }

            var j = NextContentWord(tokens, i + 1, i + 3);

            var last = j;
            for (var k = j; k < tokens.Count && k <= j + 1; k++)
            {
                words[k] = words[k] with { Negated = true };
                last = k;
                if (!tokens[k].EndsWith("ly", StringComparison.Ordinal))
                {
                    break;
                }
            }

            // "does not view China as an opponent": what something is not seen as.
            if (last < tokens.Count && Regarding().IsMatch(tokens[last]) && tokens.Skip(last + 1).Take(MaxRegardedReach).ToList().IndexOf("as") is >= 0 and var at)
            {
                var seenAs = NextContentWord(tokens, last + 2 + at, last + MaxRegardedReach + 2);

                if (seenAs < tokens.Count)
                {
                    words[seenAs] = words[seenAs] with { Negated = true };
                }
            }

            // "no direct mention of Ukraine", "denies its intention to invade": the thing not mentioned or intended.
            var carrier = last < tokens.Count && Carrier().IsMatch(tokens[last]) ? last
                : last + 1 < tokens.Count && Carrier().IsMatch(tokens[last + 1]) ? last + 1 : -1;
            if (carrier >= 0)
            {
                words[carrier] = words[carrier] with { Negated = true };
                var thing = NextContentWord(tokens, carrier + 1, carrier + 3);

                if (thing < tokens.Count)
                {
                    words[thing] = words[thing] with { Negated = true };
                }
            }
        }

        return words;
    }

    /// <summary>A verb of seeing something as something, whose "as" a negation governs too ("does not view China as an opponent").</summary>
    [GeneratedRegex(@"^(?:view|views|viewed|see|sees|saw|seen|regard|regards|regarded|consider|considers|considered|treat|treats|treated|deem|deems|deemed)$")]
    private static partial Regex Regarding();

    /// <summary>How many words after a verb of seeing its "as" may stand ("view China as", "see the alliance as").</summary>
    private const int MaxRegardedReach = 4;

    /// <summary>
    /// The index of the first content word of <paramref name="tokens"/> from <paramref name="from"/>, looking no further
    /// than <paramref name="last"/> (the index after it when none is, or the end).
    /// </summary>
    private static int NextContentWord(IReadOnlyList<string> tokens, int from, int last)
    {
        while (from < tokens.Count && !WordTokens.IsContentWord(tokens[from]) && from <= last)
        {
            from++;
        }

        return from;
    }

    /// <summary>A word for a mention or an intention, whose object a negation governs too ("no mention of Ukraine", "denies its intention to invade").</summary>
    [GeneratedRegex(@"^(?:mention|mentions|reference|references|intention|intentions|intent|plans?)$")]
    private static partial Regex Carrier();

    /// <summary>A verb that negates the one after its "to": "refused to", "declined to", "failed to", "has yet to".</summary>
    [GeneratedRegex(@"^(?:refus\w*|declin\w*|fail\w*|yet)$")]
    private static partial Regex RefusalStem();

    /// <summary>
    /// A question that takes what it says for granted: it asks why ("why did…", "how come…", "what's the reason…", "what
    /// made…") or asks about a time it names by an event ("how did putin react when xi criticised…", "when xi criticized
    /// moscow's war, what did the kremlin say", "…after kishida went to moscow"), or when someone said something ("when
    /// did stoltenberg say nato sees china as its enemy": that they said it); not "when did…" otherwise.
    /// </summary>
    [GeneratedRegex(@"^\W*(?:(?:so|but|ok|okay|and|wait|hmm)\W+)?(?:why|how\s+come)\b|\bwhen\s+did\b(?=[^?]{1,40}?\s(?:say|claim|state|admit|announce|declare|tell)\s)|\breason\b|\bwhat\s+(?:made|caused|led|prompted)\b|(?:^\W*|\S\s+)(?:when|after|once)\s+(?!(?:did|does|do|is|was|will|exactly|the|that|this|these|those|a|an|their|his|her|its|last|next)\b)\p{L}", RegexOptions.IgnoreCase)]
    private static partial Regex TakesForGranted();

    /// <summary>
    /// True when a question that takes for granted a decision made, in the past tense or as managed ("how did congress
    /// manage to approve the extra $60bn so fast", "after the senate ratified the treaty") reads it in passages that tell it only as wanted or to come
    /// ("the Pentagon wants Congress to quickly approve…"): none says it was approved, ratified or signed. A question
    /// whether it was is answered by what they say.
    /// </summary>
    private static bool UntoldDecision(string question, List<string> passages) =>
        Decision().IsMatch(question) && !AnswerChecks.AsksYesOrNo(question) && !passages.Any(DecisionMade().IsMatch);

    [GeneratedRegex(@"\b(?:approved|ratified|signed\s+(?:off|into\s+law)|greenlit|green-?lighted|rubber-?stamped|manag\w*\s+to\s+(?:approve|ratify|pass|greenlight|green-light))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Decision();

    [GeneratedRegex(@"\b(?:approved|ratified|signed|greenlit|green-?lighted|rubber-?stamped|passed|adopted|endorsed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DecisionMade();

    /// <summary>
    /// True when the question quotes words ("why did cctv call ukraine a 'special military operation' in its dec 2022
    /// report") that no sentence of the passages read says together, by themselves or by the news' words for them
    /// (<see cref="PassageWords.Has(string)"/>): the premise has someone say what none of them is told saying.
    /// </summary>
    private static bool QuotedUntold(string question, List<string> passages)
    {
        var quoted = Quoted().Matches(question).Select(m => WordTokens.Content(m.Groups["words"].Value)).Where(w => w.Count > 0).ToList();
        if (quoted.Count == 0)
        {
            return false;
        }

        var said = passages.SelectMany(Chunking.SentenceSplitter.SplitToStrings).Select(PassageWords.Of).ToList();
        return quoted.Any(words => !said.Any(s => words.All(s.Has)));
    }

    /// <summary>Words a question quotes: 'special military operation', "no limits", “crisis”; not an apostrophe ("xi's").</summary>
    [GeneratedRegex(@"(?<=^|[\s(])['‘""“](?<words>[^'‘’""“”]{2,60}?)['’""”](?=$|[\s,.?!;:)])")]
    private static partial Regex Quoted();

    /// <summary>
    /// Kinds of happening a question may take for granted, each with the words that tell of it: a passage saying any
    /// word of the kind ("postponed" for "called off") tells it.
    /// </summary>
    private static readonly Regex[] Happenings =
    [
        // Called off, scrapped, put off, pulled out of.
        new(@"\b(?:cancel\w*|call(?:s|ed|ing)?\s+(?:it\s+)?off|scrap(?:s|ped|ping)?|postpone\w*|put\s+off|bail(?:s|ed|ing)?|back(?:s|ed|ing)?\s+out|pull(?:s|ed|ing)?\s+out|withdr[ae]w\w*|scuttle\w*|ditch(?:es|ed|ing)?|walk(?:s|ed|ing)?\s+out|storm(?:s|ed|ing)?\s+out|walkout)\b", RegexOptions.IgnoreCase),
        // Turned down, rejected, snubbed.
        new(@"\b(?:turn(?:s|ed|ing)?\s+(?:it\s+|them\s+|him\s+|her\s+)?down|reject\w*|snub(?:s|bed|bing)?|rebuff\w*|refus\w*|shoot(?:s|ing)?\s+(?:\w+\s+){0,2}?down|shot\s+(?:\w+\s+){0,2}?down)\b", RegexOptions.IgnoreCase),
        // Shot down (a drone, or a bill: either kind tells it), intercepted, grounded.
        new(@"\b(?:shoot(?:s|ing)?\s+(?:\w+\s+){0,2}?down|shot\s+(?:\w+\s+){0,2}?down|intercept\w*|grounding|grounded|downed|brought\s+down|bring(?:s|ing)?\s+(?:\w+\s+){0,2}?down)\b", RegexOptions.IgnoreCase),
        // Banned, expelled, boycotted.
        new(@"\b(?:ban(?:s|ned|ning)?|expel\w*|boycott\w*|blacklist\w*|embargo\w*)\b", RegexOptions.IgnoreCase),
        // Resigned, stepped down, ousted.
        new(@"\b(?:resign\w*|step(?:s|ped|ping)?\s+down|sacked|ousted|impeach\w*)\b", RegexOptions.IgnoreCase),
        // Arrested, jailed.
        new(@"\b(?:arrest\w*|detain\w*|jail\w*|imprison\w*)\b", RegexOptions.IgnoreCase),
        // Broke off, fell out, froze.
        new(@"\b(?:break(?:s|ing)?\s+off|broke\s+off|cut(?:s|ting)?\s+(?:off\s+)?ties|f[ae]ll(?:s|en|ing)?\s+out|froze|frozen|freez(?:e|es|ing)|suspend\w*|collaps\w*)\b", RegexOptions.IgnoreCase),
    ];

    /// <summary>
    /// True when a happening the question names is of no kind a passage tells — of someone the question names, a
    /// sentence naming them tells (<see cref="NamesIn"/>: "why did kishida turn down stoltenberg's offer" is not told by
    /// China having "refused to criticize Moscow's actions"); a phrase of two kinds ("shot down": a bill turned down, or
    /// a drone brought down) is told by a passage telling either.
    /// </summary>
    private static bool UntoldHappening(string question, List<string> passages, IEnumerable<string> sentences, Lazy<List<(string Word, int At)>> named)
    {
        var asked = Happenings.SelectMany(kind => kind.Matches(question)).ToList();
        if (asked.Count == 0)
        {
            return false;
        }

        var names = named.Value.Select(n => n.Word).ToList();
        var telling = names.Count == 0 ? passages : [.. sentences.Where(s => PassageWords.Of(s) is var words && names.Any(words.Has))];
        return asked.Any(phrase => !Happenings.Where(kind => kind.IsMatch(phrase.Value)).Any(kind => telling.Any(kind.IsMatch)));
    }
}
