namespace QaBot.Core.Text;

/// <summary>
/// The one stop-word list: function words, question words and the filler of questions ("tell me", "according to the
/// article", "is that even true", "like how many… still", "did anything come of that stuff", "hmm im confused", "just
/// wondering"), chat shorthand ("whats", "pls", "gonna") and what a contraction leaves when its apostrophe splits it ("they're" → "they", "re"; "didn't" → "didn", "t") in English, and the common Russian ones. Retrieval, full-text search, the support test and follow-up
/// detection all drop exactly these. Words are matched after <see cref="TextFolding"/>.
/// </summary>
public static class StopWords
{
    private static readonly HashSet<string> Words = new(
        string.Join(' ',
            "a an the and or but nor so if of to in on at by for with about as from into onto over after before",
            "between among through during up down out off further once than then too very not no",
            "is are was were be been being am do does did done doing have has had having will would shall should can could",
            "may might must it its this that these those there here he him his she her hers they them their theirs we us our",
            "himself herself itself themselves myself yourself yourselves ourselves",
            "you your i me my what which who whom whose when where why how whether all any both each every few more most",
            "much many some such only own same other either neither just also even however",
            "while although though because unless per via besides except else apart aside happen happens happened happening occur occurs occurred occurring",
            "tell say said says according article articles please know s t mr mrs",
            "whats whos wheres whens hows whys thats theres dont doesnt didnt isnt wasnt arent werent cant couldnt wont",
            "wouldnt hasnt havent hadnt shouldnt theyre theyve theyll weve youve youll hes shes itll",
            "re ve ll don doesn didn isn wasn aren weren hasn haven hadn couldn wouldn shouldn mustn",
            "im ive id youre u ur pls plz thx thanks gonna wanna gotta gimme lemme dunno kinda sorta lol lmao haha btw fyi yeah ok okay hey hi",
            "ngl lmk iirc afaik tbf",
            "hello guys anyone anybody someone actually actual exactly precisely really basically again remind explain mean supposed",
            "ever everyone everybody everything something anything anywhere somewhere everywhere nowhere stuff thing things like totally literally honestly seriously super extremely incredibly",
            "anyway anyways tbh imo idk omg smh pretty quite now still um umm uh hmm wondering curious confused maybe perhaps probably possibly apparently supposedly allegedly presumably seemingly purportedly",
            "go goes going went gone get gets getting got back",
            "и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было вот от",
            "меня о из ему теперь когда ли если уже или ни быть был него до вас нибудь какой какая какие каким кто где",
            "почему сколько это этот эта между")
            .Split(' ', StringSplitOptions.RemoveEmptyEntries),
        StringComparer.Ordinal);

    /// <summary>True when the folded, lower-case <paramref name="word"/> is a stop word.</summary>
    public static bool Contains(string word) => Words.Contains(word);
}
