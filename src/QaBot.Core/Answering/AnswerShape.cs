using System.Text.RegularExpressions;
using QaBot.Core.Answering.Queries;
using QaBot.Core.Articles;

namespace QaBot.Core.Answering;

/// <summary>How many sentences from how many articles a question wants.</summary>
public enum AnswerShape
{
    /// <summary>A fact: the sentence (or few) that state it.</summary>
    Fact,

    /// <summary>A comparison or a change over time: a sentence from each relevant article, in date order, each with its date.</summary>
    Comparison,

    /// <summary>"Summarize…", "what's the gist": the key sentences of the most relevant article.</summary>
    Summary,

    /// <summary>"What's the latest…": the key sentences of the newest relevant article, with its date.</summary>
    Latest,
}

/// <summary>Reads the <see cref="AnswerShape"/> of a question from its wording.</summary>
public static partial class AnswerShapes
{
    /// <summary>The shape <paramref name="question"/> asks for.</summary>
    public static AnswerShape Of(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var asked = QuestionPart(question);
        if ((Summary().IsMatch(asked) || CatchUp().IsMatch(asked)) && WholeStory().IsMatch(asked) && !Article().IsMatch(asked) && DateMentions.Find(asked).Count == 0)
        {
            // "recap the whole xi-putin relationship", "the whole xi-goes-to-moscow saga, catch me up": the story as the
            // articles tell it over time, each under its date, not one article's.
            return AnswerShape.Comparison;
        }

        if (CatchUp().IsMatch(asked) && !RecencyIntent.AsksForLatest(asked) && (DateMentions.Find(asked).Count > 0 || OneEvent().IsMatch(asked) || (!UpdateMe().IsMatch(asked) && Topic(asked).Count > 0)))
        {
            // "catch me up on what lavrov said abt xi coming over, start of feb 2023": what that time's article told;
            // "catch me up on the xi uzbekistan trip story": what the article on that trip told, not the newest to recall it;
            // "catch me up on the china and taiwan stuff": what the articles tell of it, over time when several do
            // (SummarySentences.AcrossArticles). A bare "catch me up", or "update me on taiwan", asks for the news.
            return AnswerShape.Summary;
        }

        // "quick rundown of what each article says about taiwan": a summary of each article's word on it, side by side.
        if (Summary().IsMatch(asked) && !((WalkThrough().IsMatch(asked) || EachArticle().IsMatch(asked)) && AcrossArticles(question, asked)))
        {
            return RecencyIntent.AsksForLatest(asked) || LatestNews().IsMatch(asked) ? AnswerShape.Latest : AnswerShape.Summary;
        }

        // "how has trade changed over time? like what was it in 2021 vs the latest number": the newest is one end of a comparison.
        if (LatestNews().IsMatch(asked) && !(Comparison().IsMatch(asked) && DateMentions.Find(asked).Count > 0))
        {
            return AnswerShape.Latest;
        }

        return AcrossArticles(question, asked) ? AnswerShape.Comparison : AnswerShape.Fact;
    }

    /// <summary>True when the question asks what several articles or times tell: a comparison, a change, a list across them.</summary>
    private static bool AcrossArticles(string question, string asked) =>
        Comparison().IsMatch(asked) || YearRange().IsMatch(question) || NamesSeveralTimes(question) || ThenAndNow().IsMatch(question)
        || Reading.PeopleOfSide.AsksForSeveral(asked) || AsksWhereMentioned(asked) || Timeline().IsMatch(asked);

    /// <summary>Being walked through something, which is one article's story unless it runs across them ("walk me through the ukraine war timeline in these articles").</summary>
    [GeneratedRegex(@"\b(walk|run|take|talk) me (through|thru)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WalkThrough();

    /// <summary>A timeline, or what "these articles" say between them.</summary>
    [GeneratedRegex(@"\b(?:each|every|all\s+(?:of\s+)?(?:the|these|those)|across\s+(?:the|these|those|all)|in\s+(?:these|all))\s+(?:articles?|stories|story|pieces?|reports?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EachArticle();

    [GeneratedRegex(@"\b(timeline|chronolog\w*|in (these|those|the|all the) (articles|stories|pieces|reports))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Timeline();

    /// <summary>
    /// A year told of, then — past a comma or a full stop — a question about now: "they called it a friendship with no
    /// limits in 2022, how do they describe it these days?", "in dec 2021 biden was threatening sanctions. wheres the us
    /// at on ukraine now": what changed since, which the articles of both times tell.
    /// </summary>
    [GeneratedRegex(@"\b(19|20)\d\d\b[^?]*?[,.;!…][^?]*?\b(now|these days|nowadays|today|currently|any ?more)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ThenAndNow();

    /// <summary>
    /// The last sentence of a message of several, when it asks (a question word first, or "?" last): "heard chinese state
    /// tv changed how it talks about ukraine after the dec 2022 call. what word did they use?" asks a fact; the change is
    /// what was heard. The message itself otherwise, and when a sentence before asks across the articles ("quick recap
    /// of russia china trade numbers across these articles? how big has it gotten"), which the last one then asks of too.
    /// </summary>
    internal static string QuestionPart(string question)
    {
        var sentences = MessageSentenceEnd().Split(question.Trim());
        var last = sentences[^1];
        var asksAcrossBefore = sentences[..^1].Any(s => s.TrimEnd().EndsWith('?') && (AcrossArticles(s, s) || EachArticle().IsMatch(s)));
        return sentences.Length >= 2 && (last.TrimEnd().EndsWith('?') || AsksFirst().IsMatch(last)) && !asksAcrossBefore ? last : question;
    }

    /// <summary>A sentence that opens with a question word or an auxiliary verb that asks ("what word did they use", "did it happen").</summary>
    [GeneratedRegex(@"^\W*(?:what|whats|what's|who|whos|who's|when|where|why|how|which|is|are|was|were|did|do|does|has|have|can|could|will|would)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksFirst();

    /// <summary>
    /// True when <paramref name="question"/> names two or more different months, years or days ("in dec 2021 and dec
    /// 2022", "in 2023 and again in 2024"): it asks what each of those times' articles say.
    /// </summary>
    public static bool NamesSeveralTimes(string question) =>
        DateMentions.Find(question).Select(d => (d.From, d.To)).Distinct().Count() >= 2;

    [GeneratedRegex(@"\b(summar\w*|sum up|gist|tl;?dr|overview|recap|rundown|run-down|main points|key points|highlights|bullet (points|pts)|main (threads|takeaways|ideas)|(key )?takeaways|big picture|what went down|in (a couple|a few|one|two|three|2|3)( of)? (sentences|lines)|couple (of )?lines|in a nutshell|brief me|what('?s| is| are) (the |that |this )?(article|story|piece|news)s? (about|saying)|what('?s| is| was) the (story|situation|deal) (with|on)|what happened (with|to|between|in|at|during)|(give me|gimme) the (short|quick|tl;?dr) version|(walk|run|take|talk) me (through|thru)|break (it |this |that )?down for me|break down (the|this|that)|(spill )?the tea on|eli5|like i'?m (5|five|a (kid|child|five|5)( year old)?)|explain (the|this|that) ([\p{L}\d'’-]+ ){0,6}?(article|story|piece|report)|tell me (more )?about|fill me in|what do (we|you|the articles) know about|(the )?low-?down)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Summary();

    /// <summary>A story asked for as a whole, over time: "the whole saga", "the entire xi-putin relationship", "overall", "so far".</summary>
    [GeneratedRegex(@"\b(?:whole|entire|full)\s+(?:[\p{L}'’/-]+\s+){0,4}?(?:saga|relationship|history|thing|timeline|situation|affair|relations|ties|partnership|rivalry|bromance)\b|\b(?:overall|saga|so far|over time|over the years|all along)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WholeStory();

    /// <summary>Words asking to be brought up to date, which ask for the newest unless they name a time ("catch me up on the dec 2022 call").</summary>
    [GeneratedRegex(@"\b(catch me up|update me|fill me in|bring me up to speed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CatchUp();

    /// <summary>Asking for what is new since: "update me on taiwan".</summary>
    [GeneratedRegex(@"\bupdate me\b", RegexOptions.IgnoreCase)]
    private static partial Regex UpdateMe();

    /// <summary>One event named as such ("the uzbekistan trip", "that dec call", "the moscow summit"), which one article reports.</summary>
    [GeneratedRegex(@"\b(the|that|this)\s+(?:[\p{L}'’-]+\s+){0,4}?(trip|visit|summit|meeting|meetup|call|videocall|conference|forum|symposium)\b(?!s)", RegexOptions.IgnoreCase)]
    private static partial Regex OneEvent();

    /// <summary>
    /// Asking for the newest news; "when did they last talk" and "last time xi n putin spoke?" too, not "when did xi last
    /// visit russia" nor "last time xi went to russia" (a visit before the news, told as the first since).
    /// </summary>
    [GeneratedRegex(@"\b(latest|most recent|newest|what'?s new|whats new|any news|recent (news|developments|updates?)|up to date|current state|where do (things|they) stand|how are .{1,40} (now|these days|currently)|when did .{1,60} last(?!\s+(?:visit\w*|go|travel\w*|come|trip\w*|be|been|in|to)\b)|catch me up|update me|anything new|lately)\b|^\W*(?:the\s+)?last\s+time\b(?![^?]*\b(?:where|who|what|which|how|why|visit\w*|go|goes|went|gone|travel\w*|came|come|comes|trip\w*|was|were|been|in|to)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex LatestNews();

    /// <summary>
    /// True when <paramref name="question"/> asks for every mention across the articles ("list every call", "according to
    /// each article", "what kinds of sanctions come up across the articles"): an article that tells only a little of it
    /// still belongs in the answer.
    /// </summary>
    public static bool AsksForEvery(string question) => Every().IsMatch(question);

    /// <summary>
    /// True when <paramref name="question"/> asks where or each time something comes up in the articles ("which articles
    /// mention drones", "every time taiwan came up what was said", "do drones come up anywhere", "ushakov pops up in a
    /// couple of these, what did he say each time", "energy comes up more
    /// than once, how does it factor in", "how many video calls do
    /// you have", "how many december video calls did they have according to these"): each article's own
    /// sentence about it answers, not the one article that says most; so does "what have the articles said abt sanctions
    /// on russia". "What do the articles say abt the uzbekistan meetup" asks what they tell of one event
    /// (<see cref="OneEvent"/>), which the article about it tells in sentences that need not name it.
    /// </summary>
    public static bool AsksWhereMentioned(string question) =>
        Mentioned().IsMatch(question ?? "") || (ArticlesSay().IsMatch(question ?? "") && !OneEvent().IsMatch(question ?? ""));

    /// <summary>The words that ask where something is mentioned (<see cref="AsksWhereMentioned"/>), not what.</summary>
    public static bool IsMentionWord(string word) => MentionWords.Contains(word ?? "");

    private static readonly HashSet<string> MentionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "mention", "mentions", "mentioned", "mentioning", "talk", "talks", "talked", "talking", "cover", "covers", "covered",
        "discuss", "discusses", "discussed", "bring", "brings", "brought", "refer", "refers", "referred", "come", "comes",
        "came", "time", "times", "raised", "deal", "deals", "stories", "story", "pieces", "piece", "reports", "report",
        "anywhere", "said", "say", "says", "pop", "pops", "popped", "popping", "crop", "crops", "cropped", "cropping",
    };

    [GeneratedRegex(@"\b(which|what) (articles?|stories|pieces|reports)\b[^?]{0,20}\b(mention|talk|say|cover|discuss|bring|refer|are about|were about|deal with)|\b(every|each) time\b[^?]{1,40}\b(came|comes|come|was|were|got|gets) (up|mentioned|brought up|discussed|raised)|\b(come|came|comes) up (anywhere|in any|at all|across)|\b(pops?|popped|popping|crops?|cropped|cropping) up\b|\b(shows?|showed|showing|turns?|turned|turning) up (in|across) (a couple|a few|several|some|all|each|every|both|these|those|more than one|multiple|many|most|the (articles|stories|pieces|reports))\b|\b(?:come|came|comes|coming|mentioned|brought up|talked about) (?:up )?(?:more than once|multiple times|several times|a few times|a couple (?:of )?times|repeatedly|again and again)\b|\b(in|from) (each|every) (article|story|piece|report|one)\b|\b(mention(s|ed)?|come up|came up|talk(s|ed)? (about|abt)) [^?]{0,30}\b(in|across) (the|these|all|any|all the|all these|each|every) (articles|stories|pieces|article|story)|\bhow many\b[^?]{1,40}\b(do|did) (you|the articles|these articles|these|they) (have|mention|cover|talk about)\b|\bhow many\b[^?]{1,60}\b(in|across) (these|the|all the|all these|all of the|all of these) (articles|stories|pieces|reports)\b|\bhow many\b[^?]{1,80}\b(according to|per|going by|based on) (these|those|all these|all of these)( (articles|stories|pieces|reports))?\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex Mentioned();

    /// <summary>What the articles between them say of something: "what have the articles said abt sanctions on russia" (not a bare "…? what do the articles say" after the question).</summary>
    [GeneratedRegex(@"\bwhat\s+(?:have|do|did)\s+(?:the|these|those|all\s+the|all\s+these|all\s+of\s+the|all\s+of\s+these|ur|your)\s+(?:articles|stories|pieces|reports|sources)\s+(?:said|say|told|tell|written|write|mentioned|mention)\s+(?:about|abt|on|regarding|of)\s+\p{L}", RegexOptions.IgnoreCase)]
    private static partial Regex ArticlesSay();

    /// <summary>
    /// True when <paramref name="question"/> asks about an article as a whole ("gist of the dec 2022 article", "main points
    /// of the story where…") rather than about a topic, which may be one part of an article.
    /// </summary>
    public static bool AsksAboutAnArticle(string question) => Article().IsMatch(question);

    /// <summary>True when <paramref name="question"/> names one event as such ("the uzbekistan trip", "that dec call"), which one article reports.</summary>
    public static bool NamesOneEvent(string question) => OneEvent().IsMatch(question);

    /// <summary>
    /// The stems of what a summary or "latest" question is about: its content words less those that ask for the summary
    /// or the news ("whats the newest on taiwan" → "taiwan", "summarize the g20 climate summit" → "g20", "climat", "summit",
    /// "what's the deal with the quad" → "quad").
    /// </summary>
    public static IReadOnlyList<string> TopicStems(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        // After a preface, the sentence that asks names the topic ("my uncle says america stopped helping ukraine. is
        // that true? whats the latest on the aid package" is about the aid package), unless it names none ("… any news?").
        // "…how has trade changed over time? like what was it in 2021 vs the latest number": "it" is the topic before.
        var part = QuestionPart(question);
        var asked = Topic(part);
        return asked.Count > 0 && (part == question || !BackReference().IsMatch(part)) ? asked : Topic(question);
    }

    private static List<string> Topic(string text) =>
        [.. Text.WordTokens.Content(Without(Summary(), text)).Where(w => !ShapeWords.Contains(w)).Select(Text.Stemmer.Stem).Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// <paramref name="question"/> without the words that ask for a comparison rather than name what is compared ("how
    /// have taiwan tensions shifted from 2022 to 2024" → "how have taiwan tensions from 2022 to 2024"): searched for, "shifted" or
    /// "across" weigh as much as the topic and bring passages that happen to say them. The question itself when nothing
    /// else is left.
    /// </summary>
    public static string ComparisonTopic(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return Without(ComparisonWord(), question);
    }

    /// <summary>
    /// What a "latest" question that asks for a kind of answer is searched for: the question without the words that ask
    /// for the newest ("when did xi and putin last talk" → "when did xi and putin talk", "whats the latest trade figure"
    /// → "whats the trade figure"), as "last" or "latest" would weigh as much as the topic and bring passages that
    /// happen to say them (the newest articles are read whole anyway). The question itself for a question with no kind
    /// of answer ("whats the latest on russia china": the news itself is asked for) or when nothing else is left.
    /// </summary>
    public static string LatestTopic(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return QuestionIntent.Of(question) == AnswerKind.Any ? question : Without(RecencyWord(), question);
    }

    /// <summary><paramref name="question"/> without what <paramref name="words"/> matches; the question itself when no content word is left.</summary>
    private static string Without(Regex words, string question)
    {
        var topic = Spaces().Replace(words.Replace(question, " "), " ").Trim();
        return Text.WordTokens.Content(topic).Count == 0 ? question : topic;
    }

    /// <summary>The words that ask for a summary or the news rather than name its topic.</summary>
    private static readonly HashSet<string> ShapeWords = new(StringComparer.Ordinal)
    {
        "summarize", "summarise", "summary", "summarized", "sum", "gist", "tldr", "tl", "dr", "overview", "recap", "rundown", "run",
        "main", "key", "points", "highlights", "nutshell", "brief", "short", "quick", "version", "latest", "newest", "recent", "new",
        "news", "update", "updates", "developments", "story", "stories", "article", "articles", "piece", "report", "reports",
        "happened", "happening", "going", "stuff", "thing", "things", "give", "anything", "current", "state", "stand", "now",
        "these", "days", "currently", "last", "lately", "vs", "versus", "tell", "fill", "know", "lowdown", "low", "down", "catch", "situation",
        "walk", "take", "talk", "through", "thru", "break", "tea", "spill", "eli5", "explain", "gimme", "read", "reading", "time", "one",
        "info", "information",
    };

    // "what's the story with the drones" asks about the drones, not about a story; "sum up the feb 2024 one" about an article.
    [GeneratedRegex(@"\b(article|story(?! (with|on)\b)|piece|report)\b|(?<=\b(?:19|20)\d\d\s+)one\b", RegexOptions.IgnoreCase)]
    private static partial Regex Article();

    [GeneratedRegex(@"\b(each|every\w*|all the|list|across|both|kinds of|types of|which \w+s (are|were|have|did))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Every();

    // A change, a comparison ("how is it different", not "a different word"), a list across the articles — or whether what was threatened or promised came about ("did
    // that actually happen", "did the west end up sanctioning russia like biden threatened"), which later articles tell; or
    // what someone in the news keeps saying ("what do russia and china keep saying about nato"), not the asker's uncle.
    [GeneratedRegex(@"\b(compare\w*|comparison|versus|vs\.?|(?<!\ba\s)differ\w*|(?<!climate |regime )chang(e|ed|es|ing)|evolv\w*|over time|over (the|these|those) (past |last )?(few |couple (of )?)?(years|yrs|months)|grow(n|th)?|grew|trend|shift\w*|before and after|then and now|develop(ed|ment)s? (of|in)|progress(ed|ing)|progress (on|since|over)|how has|how have|how did .{1,60} (go|develop|change)|each article|both articles|all the articles|(gone|went|go) (up|down)|each of (these|those|the|all the) (stories|articles|reports|pieces)|(some|the|any|all the|more) (numbers|figures|stats|statistics)\b(?! (for|in|of) (19|20)\d\d)|(in|across|per|from|according to|based on) (any of |all of |each of )?(these|those|the|all the|all these|all) (stories|articles|reports|pieces)|any of these|\b(in|per|across|from|throughout|going by|according to|based on|judging by) (all |any |each )?(of )?(these|those)( ones)?\W*$|turn(ed|s)? out|cool(ed|ing)? (off|down)|warm(ed|ing)? up|(gotten|get|got|getting|grown) (better|worse|closer|stronger|weaker|colder|warmer)|still going strong|than (a|one|two|three|\d+|a couple|a few|a couple of) (years?|yrs|months?) (ago|earlier|before|back)|than (in |back in )?(19|20)\d\d\b|(gone|went|go|going|headed|heading) downhill|(ramp|ramped|ramping|step|stepped|stepping|heat|heated|heating|scale|scaled|scaling) up|(has|have)\b[^?.]{0,60}\bsince (19|20)\d\d|or (is|was) (that|this|it) (something )?(new|recent)|than (before|back then|last year|(it|they) used to)|across (their|the|all|these|those|both|its|his) (\w+ )?\w{3,}s|the articles (say|give|mention)|do the articles|list (the|all|every)|every time|each time|both times|all the times|timeline|history of|used to|(?<!\b(my|your|our) \w+ |\b(he|she|someone|somebody|everyone|everybody|people|ppl|you|u|i) |\b(my|your|our) \w+ (has|have) |\b(he|she|someone|somebody|everyone|everybody|people|ppl|you|u|i) (has|have|'s) )((keeps?|kept) (on )?(saying|telling|claiming|calling|insisting|repeating)|been (saying|claiming|telling|calling))|any ?more|at first|(earlier|first) and (later|then)|over the (past|last) (few )?(years?|months)|throughout|so far(?! (that|this|in the|the) year)|(then|before) (vs\.?|versus|and) now|(did|does|has|have|will)\b[^?.]{0,40}?\b(actually|really|ever|eventually|end up) (happen|go ahead|follow (thru|through)|come true|pan out|materiali[sz]e)|follow(ed)? (thru|through)|(happen(ed)?|go(ne)? ahead|went ahead|come true|pan(ned)? out) in the end|\bdid (it|that|this|they) (?:ever |actually |really |even )?(go ahead|take place|come off)\b|\bacross (these|those)\b|or (was it|was that|is it) (all |just )*talk|\b(like|as) (\w+ ){1,3}(threatened|promised|pledged|vowed|warned)|\b(19|20)\d\d\b[^?.]{0,30}\b(and then|then later|and later))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Comparison();

    /// <summary>The two years a question runs from and to ("from 2021 to 2024", "2022 vs 2023"); empty when it names no such range.</summary>
    public static IReadOnlySet<int> RangeEndYears(string question) =>
        YearRange().Match(question ?? "") is { Success: true } m
            ? Regex.Matches(m.Value, @"(?:19|20)\d\d").Select(y => int.Parse(y.Value, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet()
            : new HashSet<int>();

    [GeneratedRegex(@"\b(from|between|since)\s+(19|20)\d\d\s+(to|and|until|till|through)\s+(19|20)\d\d\b|\b(19|20)\d\d\s*(-|–|to|vs\.?|and)\s*(19|20)\d\d\b", RegexOptions.IgnoreCase)]
    private static partial Regex YearRange();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    /// <summary>A pronoun that points back to what an earlier sentence of the message named: "what was it in 2021".</summary>
    [GeneratedRegex(@"\b(it|its|that|this|they|them|those|these)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BackReference();

    /// <summary>
    /// Where a sentence of a chat message ends: after ".", "?" or "!" and before any word, as messages are typed in lower
    /// case (the articles' <see cref="Chunking.SentenceSplitter"/> waits for a capital).
    /// </summary>
    [GeneratedRegex(@"(?<=[.?!])\s+")]
    private static partial Regex MessageSentenceEnd();

    /// <summary>The words of <see cref="LatestNews"/> that ask for the newest, without those that also name a time ("last year").</summary>
    [GeneratedRegex(@"\b(latest|most recent(ly)?|newest|recent(ly)?|current(ly)?|nowadays|these days|lately|right now|now|up to date|last(?! (year|month|week|time|day|night|spring|summer|autumn|fall|winter|decade)s?\b))\b", RegexOptions.IgnoreCase)]
    private static partial Regex RecencyWord();

    /// <summary>True when <paramref name="word"/> asks for a comparison or a change ("changed", "over", "evolve"), naming no topic.</summary>
    public static bool IsComparisonWord(string word) => ComparisonWord().Match(word ?? "") is { Success: true } m && m.Length == word!.Length;

    /// <summary>The words of <see cref="Comparison"/> that ask for a comparison, without those that also name its topic.</summary>
    [GeneratedRegex(@"\b(compar(e|ed|es|ing|ison)|versus|vs\.?|(?<!\ba\s)differ(s|ed|ent|ence|ences)?|(?<!climate |regime )chang(e|ed|es|ing)|evolv(e|ed|es|ing)|evolution|over time|over the (years|yrs)|grow(n|s|th|ing)?|grew|trends?|shift(s|ed|ing)?|develop(s|ed|ing|ment|ments)?|progress(ed)?|across|timeline|history of|throughout|any ?more|every time|each time|both times|all the times|used to|so far|list( the| all| every)?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ComparisonWord();
}
