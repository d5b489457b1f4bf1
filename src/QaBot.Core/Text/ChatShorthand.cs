using System.Globalization;
using System.Text.RegularExpressions;

namespace QaBot.Core.Text;

/// <summary>
/// Chat shorthand spelt out, so that search and the reader see the words the articles use: "who's japan's pm" → "who's
/// japan's prime minister", "how many ppl", "y did u…", "whr is…", "the us govt", "the ukraine convo", "trade btwn russia n china", "the kremlin
/// spox", "how much of the 60bn" ("60 billion"), "back in dec '21" ("dec 2021"), "on 30/12/22" ("December 30, 2022"), "the 1st
/// anniversary" ("first": the news spells the first few ordinals out). Only whole
/// words change, and only ones that are not words of their own in a question about the news ("pm" after a number is
/// the time of day and stays).
/// </summary>
public static partial class ChatShorthand
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ppl"] = "people", ["govt"] = "government", ["gov't"] = "government", ["prez"] = "president", ["pm"] = "prime minister",
        ["secgen"] = "secretary general", ["sec gen"] = "secretary general", ["yr"] = "year", ["yrs"] = "years", ["abt"] = "about", ["acc to"] = "according to", ["acc. to"] = "according to", ["bc"] = "because",
        ["b4"] = "before", ["thru"] = "through", ["btwn"] = "between", ["convo"] = "conversation", ["mtg"] = "meeting", ["meetup"] = "meeting", ["meetups"] = "meetings", ["sitdown"] = "meeting", ["sit-down"] = "meeting", ["sitdowns"] = "meetings", ["sit-downs"] = "meetings",
        ["intl"] = "international", ["natl"] = "national", ["econ"] = "economy", ["dept"] = "department", ["org"] = "organization", ["orgs"] = "organizations", ["approx"] = "approximately",
        ["cuz"] = "because", ["w/"] = "with", ["w/o"] = "without", ["w"] = "with", ["n"] = "and", ["&"] = "and",
        ["spox"] = "spokesman", ["pres"] = "president", ["admin"] = "administration", ["sec"] = "secretary", ["fm"] = "foreign minister",
        ["info"] = "information", ["wk"] = "week", ["wks"] = "weeks", ["mos"] = "months",
        ["rn"] = "now", ["tmrw"] = "tomorrow", ["yday"] = "yesterday", ["nukes"] = "nuclear weapons", ["nuke"] = "nuclear weapon",
        ["bout"] = "about", ["tho"] = "though", ["whr"] = "where", ["wher"] = "where", ["u"] = "you", ["ur"] = "your",
        ["y"] = "why", ["r"] = "are", ["wht"] = "what", ["wut"] = "what", ["wat"] = "what", ["whn"] = "when",
        ["shud"] = "should", ["wud"] = "would", ["cud"] = "could", ["shld"] = "should", ["wld"] = "would", ["cld"] = "could", ["hv"] = "have", ["hav"] = "have",
        ["wen"] = "when", ["wich"] = "which", ["whch"] = "which", ["tht"] = "that", ["bcuz"] = "because", ["becuz"] = "because", ["bcoz"] = "because", ["rly"] = "really", ["srsly"] = "seriously", ["coz"] = "because", ["smth"] = "something",
        ["irl"] = "in person", ["bestie"] = "best friend", ["besties"] = "best friends", ["bff"] = "best friend", ["bffs"] = "best friends",
        ["bromance"] = "friendship", ["xmas"] = "christmas", ["diff"] = "different",
        ["1st"] = "first", ["2nd"] = "second", ["3rd"] = "third", ["4th"] = "fourth", ["5th"] = "fifth", ["frenemy"] = "rival", ["frenemies"] = "rivals", ["prolly"] = "probably",
        ["natsec"] = "national security", ["top diplomat"] = "foreign minister", ["chief diplomat"] = "foreign minister",
    };

    /// <summary>What an amount's shorthand suffix stands for: "60bn", "93 b", "5mln", "10k".</summary>
    private static readonly Dictionary<string, string> Amounts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["bn"] = "billion", ["b"] = "billion", ["mn"] = "million", ["mln"] = "million", ["m"] = "million", ["k"] = "thousand",
    };

    /// <summary><paramref name="text"/> with its chat shorthand spelt out ("what'd" as "what did"), dates included (<see cref="Dates"/>), and a dash between two words read as a hyphen.</summary>
    public static string Expand(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // "the chinese fm spokesman" is the foreign ministry's, not the minister's.
        var words = Shorthand().Replace(MinistrySpokesman().Replace(WordDash().Replace(text, "-"), "foreign ministry"), m => Words.TryGetValue(m.Value, out var full) ? full : m.Value);
        words = MoneyInto().Replace(words, "investing in"); // "what is china pumping money into": what it invests in
        words = Idiom().Replace(words, m => IdiomWords.First(idiom => m.Groups[idiom.Group].Success).Word);
        words = HeardOtherwise().Replace(words, " in these articles?");
        words = ComingTo().Replace(words, m => PlaceNames.IsPlace(m.Groups["place"].Value.ToLowerInvariant()) ? "visit " + m.Groups["place"].Value : m.Value);
        words = QuestionWordContraction().Replace(words, m => m.Groups["word"].Value + (m.Groups["tail"].Value.Equals("d", StringComparison.OrdinalIgnoreCase) ? " did" : " are"));
        return Dates(AmountSuffix().Replace(words, m => " " + Amounts[m.Value.Trim()]));
    }

    /// <summary>
    /// <paramref name="text"/> with a year typed short written out ("dec '21" → "dec 2021", "in ’23" → "in 2023": up to '50
    /// is this century) and a date typed in figures written with its month's name when it can be read one way only
    /// ("12/30/2022" and "30/12/22" → "December 30, 2022", "30.12.2022" → "December 30, 2022"); "02/08/2024", February 8
    /// or August 2, stays as it is.
    /// </summary>
    public static string Dates(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var years = ShortYear().Replace(text, YearWrittenOut);
        years = BareYear().Replace(years, YearWrittenOut);
        years = PairedYear().Replace(years, YearWrittenOut);
        years = PartOfMonthYear().Replace(years, YearWrittenOut);
        years = YearsLater().Replace(years, m => m.Groups["year"].Value + m.Groups["between"].Value + "in " + (Number(m.Groups["year"].Value) + NumberTokens.CountOf(m.Groups["n"].Value)).ToString(CultureInfo.InvariantCulture));
        return FiguresDate().Replace(years, m =>
        {
            int a = Number(m.Groups["a"].Value), b = Number(m.Groups["b"].Value);
            (int Month, int Day)? date = m.Groups["sep"].Value == "."
                ? (b is >= 1 and <= 12 && a is >= 1 and <= 31 ? (b, a) : null)
                : a is >= 1 and <= 12 && b is > 12 and <= 31 ? (a, b)
                : b is >= 1 and <= 12 && a is > 12 and <= 31 ? (b, a)
                : null;
            return date is { } d ? $"{DateTimeFormatInfo.InvariantInfo.MonthNames[d.Month - 1]} {d.Day}, {Year(m.Groups["y"].Value)}" : m.Value;
        });
    }

    /// <summary>The year a match's two figures (group "yy") are typed short for, written out.</summary>
    private static string YearWrittenOut(Match m) => Year(m.Groups["yy"].Value).ToString(CultureInfo.InvariantCulture);

    private static int Number(string figures) => int.Parse(figures, CultureInfo.InvariantCulture);

    /// <summary>
    /// A year, then later in the message a number of years after it ("in late 2021 russia was massing troops near ukraine
    /// right? where did things stand a yr later"): the later year, which is what the question asks about ("in 2022").
    /// </summary>
    [GeneratedRegex(@"(?<![\p{N}])(?<year>(?:19|20)\d\d)(?<between>(?:(?!(?:19|20)\d\d)[^\p{N}])*?)\b(?<n>a|one|1|two|2|three|3)\s+(?:years?|yrs?)\s+(?:later|after(?:wards?)?|on)\b", RegexOptions.IgnoreCase)]
    private static partial Regex YearsLater();

    /// <summary>A year of four figures as it is, or of two ("21", "99") in this century up to 50 and the last after it.</summary>
    private static int Year(string figures)
    {
        var year = Number(figures);
        return figures.Length != 2 ? year : year <= 50 ? 2000 + year : 1900 + year;
    }

    /// <summary>A dash a phone's keyboard types between two words where the news writes a hyphen ("US–India", "Xi‑Putin"): read as the hyphen.</summary>
    [GeneratedRegex(@"(?<=\p{L})[\u2010\u2011\u2012\u2013\u2212](?=\p{L})")]
    private static partial Regex WordDash();

    /// <summary>"fm" before a spokesman: the foreign ministry's ("the chinese fm spokesman", "fm spox").</summary>
    [GeneratedRegex(@"\bfm(?=\s+(?:spokes\w*|spox|statement|officials?)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex MinistrySpokesman();

    /// <summary>A year typed as an apostrophe and two figures ("'21", "’23"), not inside a word or number.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])['’](?<yy>\d{2})(?![\p{L}\p{N}'’])")]
    private static partial Regex ShortYear();

    /// <summary>
    /// Two figures from 10 to 39 typed as a year with no apostrophe, where only a year fits: after "in", "since", "from",
    /// "between", "vs", "early", "late", "mid", "before", "after", "until", "end of" ("start of", "beginning of",
    /// "middle of") or "in" and a month ("in feb 24" is February 2024; "on feb 24" stays a day), and followed by the end of the message, a stop, or "vs", "and", "or",
    /// "to", "compared" ("trade in 21 vs 23", "since 22?"); "in 21 days" and "grew 23 percent" stay as typed.
    /// </summary>
    [GeneratedRegex(@"(?<=(?<![\p{L}\p{N}'’])(?:in|since|from|between|vs\.?|versus|early|late|mid|mid-|before|after|until|till|(?:end|start|beginning|middle)\s+of|(?:in|by|(?:end|start|beginning|middle)\s+of)\s+(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?)\s*)(?<![\p{N}'’])(?<yy>[1-3]\d)(?=\s*(?:$|[?!.,;:)]|(?:vs\.?|versus|and|or|to|compared|thru|through)(?![\p{L}\p{N}])))", RegexOptions.IgnoreCase)]
    private static partial Regex BareYear();

    /// <summary>The second of two years typed short after a year written out ("2021 vs 23", "from 2021 to 23").</summary>
    /// <summary>Two figures after a part of a month ("by end of july 22", "early march 23"): a year, as no day is typed so.</summary>
    [GeneratedRegex(@"(?<=\b(?:end|start|beginning|middle|early|late|mid)\s+(?:of\s+)?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+)(?<yy>[1-3]\d)(?![\p{L}\p{N}'’%$])", RegexOptions.IgnoreCase)]
    private static partial Regex PartOfMonthYear();

    [GeneratedRegex(@"(?<=(?<![\p{N}])(?:19|20)\d\d\s*(?:vs\.?|versus|and|or|to|thru|through|-|–)\s*)(?<yy>[1-3]\d)(?![\p{L}\p{N}'’%$])(?!\s*(?:%|percent|per\s+cent|billion|million|bn|days|weeks|months|years|people|times))", RegexOptions.IgnoreCase)]
    private static partial Regex PairedYear();

    /// <summary>A date in figures: day and month either way round, then a year of four or two figures ("12/30/2022", "30.12.22").</summary>
    [GeneratedRegex(@"(?<![\p{N}/.])(?<a>\d{1,2})(?<sep>[/.])(?<b>\d{1,2})\k<sep>(?<y>\d{4}|\d{2})(?![\p{N}/])")]
    private static partial Regex FiguresDate();

    /// <summary>
    /// <paramref name="text"/> without a chat message's framing: greetings and lead-ins before the question ("hey there",
    /// "hi again!", "sorry,", "ok so", "quick q:", "question -", "tbh", "can you tell me", "i want to know", "any idea",
    /// "did you see", "remind me" or "i forgot" before a question word, "i heard", "is it true that"), sign-offs after it
    /// ("lol", "thx", "pls", "or nah", "ngl", "asking for a friend", "any idea?", "is that right?", ", right?"), and a pointer to the
    /// articles that every question has ("in the articles, …", "… according to the news"). "What do the articles say
    /// about taiwan", "… according to each article" and "who speaks for the kremlin in these stories" (all of them) keep theirs.
    /// They say nothing to search for, yet the encoder would read them as part of the question ("quick" weighed as much
    /// as "meet"). A message that is nothing but framing stays as it is.
    /// </summary>
    public static string Unframed(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var kind = WhatKinda().Replace(text, m => m.Groups["what"].Value + " kind of"); // before "kinda" is dropped as filler
        var inner = Filler().Replace(SignOff().Replace(LeadIn().Replace(kind, ""), ""), m => m.Value.Contains('?', StringComparison.Ordinal) ? "?" : "").Trim();
        inner = TrailingMarks().Replace(inner, m => m.Value.Trim() == "!" ? "!" : m.Value.Contains('?', StringComparison.Ordinal) ? "?" : "");
        return inner.Length == 0 ? text : inner;
    }

    /// <summary>
    /// Talk inside a rambling message that asks nothing: "is that even true?" between its claim and its question, a
    /// "like" opening a clause ("…? like how many leaders…"), and "totally", "literally", "basically", "kinda", "sorta".
    /// </summary>
    [GeneratedRegex(@"(?<=\S)\s*[,;]?\s*\b(?:is|isn'?t)\s+(?:that|this|it)\s+(?:even\s+|really\s+|actually\s+)?(?:true|right|correct|so)\s*\?+(?=\s*\S)|(?<=[?!.,;]\s*)like\b,?\s*|\b(?:totally|literally|basically|kinda|sorta)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Filler();

    /// <summary>The closing marks ("??", "?!", "...", "!!", " ?"): one question mark if they ask, else none (a lone "!" stays).</summary>
    [GeneratedRegex(@"\s*(?:[?!]|\.{2,}|…)+$")]
    private static partial Regex TrailingMarks();

    /// <summary>What a lead-in such as "any idea" or "remind me" is followed by to be one: a question word ("any idea what…").</summary>
    private const string BeforeQuestionWord = @"(?=\s+(?:what|who|when|where|why|how|which)\b)";

    /// <summary>Greetings and lead-ins at the start, any number of them; "so" not in "so far" or "so much"; "but" after one ("sorry dumb q but who is…").</summary>
    [GeneratedRegex(@"^[\s\p{P}]*(?:(?:(?:hey+|hi+|hello|hiya|heya|yo|(?:good\s+)?(?:morning|afternoon|evening)|gm|greetings)(?:\s+(?:there|again|all|guys|everyone|bot))?|sorry|excuse\s+me|pardon|ok(?:ay)?|so(?!\s+(?:far|much|many|long|called|that)\b)|um+|uh+|hmm+|well|wait(?:\s+(?:a\s+(?:sec|second|min|minute)|up))?|oh+|ah+|lol|lmao|haha+|btw|quick\s+(?:q|question)|real\s+quick|random\s+(?:q|question)|dumb\s+(?:q|question)|(?<=\S[\s,]*)but(?=\s+(?:who|what|when|where|why|how|which|is|are|was|were|did|do|does|can|could|will|would)\b)|question|q|(?:in|from|according\s+to|based\s+on)\s+(?:the|these|your)\s+(?:articles?|news|stories|sources)|(?:can|could)\s+(?:you|u)\s+tell\s+me" + BeforeQuestionWord + @"|(?:(?:do|did|does)\s+)?(?:you|u|any(?:one|body)|some(?:one|body))\s+(?:know|knows|see|saw|hear|heard|remember|recall)" + BeforeQuestionWord + @"|any\s+idea" + BeforeQuestionWord + @"|(?:remind|tell)\s+me" + BeforeQuestionWord + @"|i\s+(?:forgot|forget|don'?t\s+remember|can'?t\s+remember)" + BeforeQuestionWord + @"|i\s+(?:heard|read|saw)(?:\s+(?:somewhere|that))*|i\s+keep\s+(?:hearing|reading|seeing)(?:\s+that)?|(?:every(?:one|body)|people)\s+(?:says?|keeps?\s+saying|(?:is|are)\s+saying)(?:\s+that)?|(?:is\s+it\s+true|is\s+it\s+right)(?:\s+that)?|tbh|ngl|imo|imho|iirc|fyi|i\s+(?:want|wanna|would\s+like)\s+(?:to\s+)?know" + BeforeQuestionWord + @"|i\s+(?:was\s+)?wonder(?:ing)?" + BeforeQuestionWord + @")(?![\p{L}\p{N}'’])[\s,:;!.\-–—]*)+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadIn();

    /// <summary>Saying one forgets: "forget", "forgot", "can't remember", "don't recall".</summary>
    private const string Forgetting = @"(?:forget|forgot|(?:can'?t|cannot|don'?t|do\s+not)\s+(?:remember|recall))";

    /// <summary>Sign-offs at the end, any number of them, with the punctuation around them (a question mark before them stays): "lol", "thx", ", right?", "or nah", "keep it short", "i forget the exact words".</summary>
    [GeneratedRegex(@"(?<=\S)[\s,;:.\-–—]*(?:(?<![\p{L}\p{N}'’])(?:lol+|lmao|haha+|hehe|or\s+(?:nah+|naw|nope|not|no)|thx|thanks|thank\s+you|ty|tia|pls|plz|please|cheers|asking\s+for\s+a\s+friend|(?:according\s+to|based\s+on)\s+(?:the|these|your)\s+(?:articles?|news|stories|sources)|any\s+ideas?|anyone\s+know|just\s+curious|just\s+wondering|btw|tbh|ngl|imo|imho|iirc|lmk|(?<=,\s*)(?:right|true|correct)\s*\?|is\s+(?:that|this|it)\s+(?:right|true|correct|so)|(?:(?:i'?m\s+)?blanking\s+on|(?:i\s+)?" + Forgetting + @")\s+(?:the|his|her|their|its)(?:\s+(?:exact|actual))?\s+(?:names?|words?|wording|phrase|term|number|figure|date|title)|(?<=[,;:.!?\-–—]\s*)(?:i\s+)?" + Forgetting + @"|(?<=[,;:.!?\-–—]\s*)(?:(?:keep|make)\s+it\s+(?:short|brief|quick|simple)(?:\s+and\s+(?:sweet|simple))?|in\s+(?:a\s+few|few|two|three|2|3)\s+(?:words|sentences|lines)))(?![\p{L}\p{N}'’])[\s,;:.!?\-–—]*)+$", RegexOptions.IgnoreCase)]
    private static partial Regex SignOff();

    /// <summary>
    /// A shorthand word between spaces or punctuation; "pm" not after a number ("3 pm"), "n", "w" and "u" only between
    /// words (or "u" first), "y" ("why") only first and before a verb ("y did they…"), "r" ("are") only first or after
    /// the question word ("wht r the details").
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}'’/&])(?:ppl|govt|gov't|prez|(?<!\d\s*)pm|secgen|sec\x20gen|yrs?|abt|bc|b4|thru|btwn|convo|mtg|meetups?|sit-?downs?|intl|natl|econ|dept|orgs?|acc\.?\x20to|approx|cuz|w/o|w/|spox|pres|admin|(?<=press\s+)sec|fm|info|wks?|mos|rn|tmrw|yday|bout|tho|nukes?|natsec|irl|top\x20diplomat|chief\x20diplomat)(?![\p{L}\p{N}'’/])|(?<=\p{L}\s+)(?:n|w|&)(?=\s+\p{L})|(?<![\p{L}\p{N}'’/&])(?:whr|wher|ur|wht|wut|wat|shud|wud|cud|shld|wld|cld|hv|hav|wen|wich|whch|tht|bcuz|becuz|bcoz|rly|srsly|coz|smth|whn|besties|bestie|bffs|bff|bromance|xmas|diff|1st|2nd|3rd|4th|5th|frenemies|frenemy|prolly)(?![\p{L}\p{N}'’/])|(?<![\p{L}\p{N}'’/&.])u(?=\s+\p{L})|(?<=^\s*)y(?=\s+(?:did|do|does|is|are|was|were|would|will|has|have|had|can|cant|can't|didnt|didn't|doesnt|doesn't|isnt|isn't|wont|won't)\b)|(?<=^\s*(?:(?:what|wht|wut|who|where|whr|when|whn|why|y|how|which)\s+)?)r(?=\s+\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex Shorthand();

    /// <summary>
    /// Idioms for the words the news uses: "opposite number" (counterpart; "number" would ask for a figure), "kick off"
    /// (begin: "when did the invasion kick off"), "swing by", "drop by", "pop over to", "show up in" (visit: "who said
    /// xi's gonna swing by moscow"), "ring each other", "rang him" (call: "why did putin and xi ring each other in feb 2024"),
    /// "sit down with" (met: "who did the nato boss sit down with in japan"), "face to face" (in person), "push back
    /// against", "stand up to", "beef with" (oppose), "teaming up", "work with" (cooperating), "zoom calls" (video calls), "come over", "set foot in" (visit: "when did putin expect xi to come over"), "bring up" (mention: "did they even bring up ukraine"), "label", "dub", "brand" (describe: "how does beijing label taiwan"), "fall through", "fell apart" (failed: "why did the taiwan aid fall through"), "set up the…" (establish: "when did xi and putin set up their no limits deal").
    /// </summary>
    [GeneratedRegex(@"\b(?:(?<counterpart>opposite\s+numbers?)|(?<began>kicked\s+off)|(?<begin>(?:kick|kicks|kicking)\s+off)"
        + @"|(?<visit>(?:swing|swings|swinging|swung|drop|drops|dropping|dropped|stop|stops|stopping|stopped|pop|pops|popping|popped)\s+(?:by|over\s+to|over\s+in)|(?:show|shows|showed|showing)\s+up\s+(?:in|at)(?!\s+(?:a|an|the|these|those|any|each|every|all|both|some|several|many|most|more|multiple)\b))|(?<call>(?:ring|rings|ringing|rang|rung)(?=\s+(?:each\s+other|one\s+another|him|her|them|up)\b))"
        + @"|(?<met>(?:sit|sits|sitting|sat)\s+down(?=\s+with\b))|(?<inPerson>face[\s-]+to[\s-]+face|in\s+the\s+flesh)|(?<oppose>(?:push|pushes|pushing|pushed)\s+back(?:\s+(?:against|on))?|(?:stand|stands|standing|stood)\s+up\s+to|beef\s+(?:with|w/|w|against))|(?<cooperate>(?:team|teams|teaming|teamed|gang|ganging|ganged)\s+up)|(?<cooperate>(?:work|works|worked|working)(?=\s+(?:together|with)\b))|(?<video>(?:zoom|facetime|skype)(?:[\s-]+(?:style|type|like))?(?=\s+(?:calls?|chats?|meetings?|convos?|conversations?)\b))|(?<visit>(?:come|comes|coming|came)\s+over\b(?!\s+(?:the|a|an|him|her|them|it|this|that)\b)|(?:set|sets|setting)\s+foot(?=\s+(?:in|on)\b))|(?<describe>(?:label|labels|labeled|labelled|labeling|labelling|dub|dubs|dubbed|dubbing|brand|brands|branded|branding)(?=\s+\p{L}))|(?<failed>(?:fall|falls|falling|fell|fallen)\s+(?:through|apart|flat))|(?<establish>(?:set|sets|setting)\s+up(?=\s+(?:the|their|this|that|a|an|its|his|her)\b))|(?<mention>(?:bring|brings|bringing|brought)\s+up(?=\s+(?:the\s+|any\s+|a\s+)?\p{L})(?!\s+(?:in|on|by|as)\b)))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Idiom();

    /// <summary>The news' word for each of <see cref="Idiom"/>'s groups.</summary>
    private static readonly (string Group, string Word)[] IdiomWords =
    [
        ("counterpart", "counterpart"), ("began", "began"), ("begin", "begin"), ("visit", "visit"), ("call", "call"), ("met", "met"),
        ("inPerson", "in person"), ("oppose", "oppose"), ("cooperate", "cooperating"), ("mention", "mention"), ("describe", "describe"), ("video", "video"),
        ("failed", "failed"), ("establish", "establish"),
    ];

    /// <summary>
    /// Coming or going to a place ("xi's gonna come to moscow", "when did xi come over to russia", "when was xi supposed to
    /// go to moscow"): a visit, as the news says it; read so only before a place (<see cref="PlaceNames.IsPlace"/>), as
    /// "came to power", "come to an agreement" and "going to invade" are not. "went to" is left alone: a question says it
    /// of a time it asks by ("trade in the first 7 months of the year xi went to uzbekistan") more than of a visit asked about.
    /// </summary>
    [GeneratedRegex(@"\b(?:come|comes|coming|came|go|goes|going|gone)\s+(?:over\s+)?to\s+(?<place>\p{L}+)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ComingTo();

    /// <summary>
    /// A remark that the user heard it told more than one way ("when was xi supposed to go to moscow? heard a couple diff
    /// things", "…i've seen conflicting dates"): the question is what the articles say between them.
    /// </summary>
    [GeneratedRegex(@"\s*[?.!,;:]*\s*(?:(?:but|cuz|coz|because|since|as)\s+)?(?:i(?:['’]ve|\s+have|\s+keep)?\s+)?(?:heard|seen|read|saw|got|gotten|getting|hearing|seeing|reading)\s+(?:a\s+couple(?:\s+of)?|a\s+few|some|two|2|both|conflicting|mixed|different|diff|contradicting|contradictory)\s+(?:(?:diff|different|conflicting|mixed|contradicting)\s+)?(?:things|answers|dates|numbers|figures|reports|stories|versions|takes|accounts|claims)\b[\s?.!]*$", RegexOptions.IgnoreCase)]
    private static partial Regex HeardOtherwise();

    /// <summary>"what kinda planes", "which sorta deal": what kind of.</summary>
    [GeneratedRegex(@"\b(?<what>what|which)\s+(?:kinda|sorta|kind\s+a|sort\s+a)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhatKinda();

    /// <summary>Putting money into something, as people type it: "pumping money into", "pouring lots of cash into", "sinking billions into".</summary>
    [GeneratedRegex(@"\b(?:pump|pour|put|sink|throw|plow|plough)(?:s|ed|ing)?\s+(?:(?:a\s+lot\s+of|lots\s+of|more|so\s+much|big|serious)\s+)?(?:money|cash|billions|funds)\s+(?:into|in)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MoneyInto();

    /// <summary>A question word contracted with "did" or "are": "what'd xi call putin", "how'd trade change", "what're the details".</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?<word>what|how|where|who|when|why)['’](?<tail>d|re)(?![\p{L}\p{N}])", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionWordContraction();

    /// <summary>An amount's shorthand suffix right after its number ("60bn", "93 b"), not a unit or a word of its own.</summary>
    [GeneratedRegex(@"(?<=\d)\s?(?:bn|b|mn|mln|m|k)(?![\p{L}\p{N}])", RegexOptions.IgnoreCase)]
    private static partial Regex AmountSuffix();
}
