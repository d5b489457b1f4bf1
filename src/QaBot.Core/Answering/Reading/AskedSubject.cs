using System.Text.RegularExpressions;
using QaBot.Core.Retrieval;
using QaBot.Core.Text;

namespace QaBot.Core.Answering.Reading;

/// <summary>
/// Who a question asks what they said, and what about, where no article can answer unless it names them: the speaker
/// of "what did the pope say about the war" or "how did trump react", the topic of "what did xi and putin say about
/// iran", the attribute of "whats xi jinping's wife called". Passages about the same leaders or the same war share the
/// question's other words, and the reader's confidence alone quotes them; when the passages read never name the
/// speaker, or name little of the topic or none of the attribute, they do not answer
/// (<see cref="AnswerChecks.MissesAskedSubject"/>).
/// </summary>
public sealed partial record AskedSubject(IReadOnlyList<string> Speaker, IReadOnlyList<string> Topic, IReadOnlyList<string> Attribute)
{
    /// <summary>What <paramref name="question"/> asks about, or null when it is none of the forms read here.</summary>
    public static AskedSubject? Of(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (Said().Match(question) is { Success: true } said)
        {
            return new AskedSubject(ContentWords(said.Groups["who"].Value), ContentWords(TopicOnly(said.Groups["topic"].Value)), [])
            {
                Spoken = SpeechVerb().IsMatch(said.Groups["verb"].Value),
                Claim = said.Groups["topic"].Success ? [] : ContentWords(question[(said.Index + said.Length)..]).Where(w => !Reporters().IsMatch(w)).ToList(),
            };
        }

        if (Take().Match(question) is { Success: true } take)
        {
            return new AskedSubject(ContentWords(take.Groups["who"].Value), ContentWords(TopicOnly(take.Groups["topic"].Value)), []);
        }

        return Possessed().Match(question) is { Success: true } owned && ContentWords(owned.Groups["what"].Value) is { Count: > 0 } attribute
            ? new AskedSubject([], [], attribute)
            : null;
    }

    /// <summary>
    /// The speaker whose words a request for a summary asks for ("quick summary of what xi and putin said in the lunar new
    /// year call", "recap what peskov said before the 2021 call"): who comes between "what" and the verb of saying; null
    /// when it asks for no one's words.
    /// </summary>
    public static AskedSubject? WordsSummarised(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return WhatSomeoneSaid().Match(question) is { Success: true } said && ContentWords(said.Groups["who"].Value) is { Count: > 0 } who
            ? new AskedSubject(who, [], []) { Spoken = true }
            : null;
    }

    /// <summary>"what xi and putin said", "what nato's boss has been saying": someone's words asked for inside a request.</summary>
    [GeneratedRegex(@"\bwhat\s+(?<who>(?:[\p{L}'’.\-/&]+\s+){1,5}?)(?:(?:has|have|had|was|were)\s+)?(?:been\s+)?(?:said|says|saying|told|stated)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhatSomeoneSaid();

    /// <summary>True when the question asks what the speaker said ("say", "tell", "comment", "announce"…), not what they think or agreed.</summary>
    public bool Spoken { get; init; }

    /// <summary>
    /// The content words of what the question says the speaker said, when it says it rather than asking it ("why did lavrov
    /// say china is nato's biggest long term challenge" → china, nato's, biggest, long, term, challenge); empty otherwise.
    /// </summary>
    public IReadOnlyList<string> Claim { get; init; } = [];

    /// <summary>The fewest words of a claim the question puts in the speaker's mouth (<see cref="Claim"/>) that are read as a claim.</summary>
    private const int MinClaimWords = 3;

    /// <summary>
    /// True when the question says the speaker said something (<see cref="Claim"/>, <see cref="MinClaimWords"/> words or
    /// more), some of <paramref name="sentences"/> reports words saying at least half of it, and none of those saying the
    /// most of it names the speaker, gives their words (<see cref="QuotedIn"/>) or leans on the sentence before for who
    /// spoke ("…, he said" after "The Russian leader said…" may be the asked one's words): "why did lavrov say china is
    /// nato's biggest long term challenge" when it is Stoltenberg who said "China is the greatest long-term challenge for
    /// NATO allies".
    /// </summary>
    public bool MisattributedIn(IEnumerable<CandidateSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        if (!Spoken || Speaker.Count == 0 || Claim.Count < MinClaimWords)
        {
            return false;
        }

        var saying = sentences.Where(s => ReportsWords(s.Text)).Select(s => (Sentence: s, Words: PassageWords.Of(s.Text)))
            .Select(s => (s.Sentence, s.Words, Says: Claim.Count(s.Words.Has))).Where(s => s.Says * 2 >= Claim.Count).ToList();
        var most = saying.Count == 0 ? 0 : saying.Max(s => s.Says);
        return saying.Count > 0 && !saying.Where(s => s.Says == most)
            .Any(s => s.Sentence.LeansOnPrevious || QuotedIn(s.Sentence) || Speaker.Any(s.Words.Has));
    }

    /// <summary>
    /// True when the question asks what the speaker said and none of <paramref name="sentences"/> names the speaker
    /// saying anything (a word of theirs with a verb of saying or a quote in one sentence): "what did kishida say about
    /// china" finds Kishida only meeting Stoltenberg and agreeing to closer ties.
    /// </summary>
    public bool NeverQuotedIn(IEnumerable<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        return Spoken && Speaker.Count > 0
            && !sentences.Any(s => SpeechCue().IsMatch(s) && PassageWords.Of(s) is var words && Speaker.Any(words.Has));
    }

    /// <summary>
    /// True when the question asks what the speaker said and <paramref name="sentence"/> gives their words: a verb of
    /// saying or a quotation mark within a few words of the speaker's name ("…cooperation,” Xi said", "Mr. Xi, in turn,
    /// said through a translator…"), or it leans on a sentence naming them ("He stated that…" after "Stoltenberg
    /// stated…"). "Kremlin spokesman Dmitry Peskov said the two leaders would discuss…" gives Peskov's words, not Putin's.
    /// </summary>
    public bool QuotedIn(CandidateSentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        if (!Spoken || Speaker.Count == 0)
        {
            return false;
        }

        if (sentence.QuotedBefore is { } before && SpeechCue().IsMatch(sentence.Text) && PassageWords.Of(before) is var named && Speaker.Any(named.Has))
        {
            return true;
        }

        var cues = SpeechCue().Matches(sentence.Text).ToList();
        return Speaker.Any(w => Regex.Matches(sentence.Text, @"\b" + Regex.Escape(w) + @"\w*", RegexOptions.IgnoreCase)
            .Any(m => cues.Any(c => (c.Index >= m.Index ? c.Index - (m.Index + m.Length) : m.Index - (c.Index + c.Length)) <= MaxCueDistance)));
    }

    /// <summary>True when <paramref name="sentence"/> reports anybody's words: a verb of saying or a quotation mark.</summary>
    public static bool ReportsWords(string sentence) => SpeechCue().IsMatch(sentence ?? "");

    /// <summary>How many characters may stand between the speaker's name and a verb of saying for the words to be theirs ("Ushakov, Putin's foreign policy adviser, told…").</summary>
    private const int MaxCueDistance = 40;

    /// <summary>A topic phrase up to where it says when or compares ("russia in dec 2022 vs feb 2024" → "russia").</summary>
    private static string TopicOnly(string phrase) => TopicEnd().Split(phrase)[0];

    /// <summary>
    /// True when none of <paramref name="passages"/> names the speaker (not one of its words, or not a name among them:
    /// "modi and putin"), or more than half of the topic's words, or a name in it ("the nuclear deal with iran",
    /// <see cref="EnglishWords.IsName"/>), are named in none of them; when no one passage names both the speaker and
    /// the topic ("what was biden's reaction to the lunar new year call": Biden is in the 2021 article, the call in the
    /// 2024 one); or when none names the attribute asked of someone ("xi jinping's wife", "biden's approval rating").
    /// </summary>
    public bool AbsentFrom(IReadOnlyList<PassageWords> passages)
    {
        ArgumentNullException.ThrowIfNull(passages);
        bool Named(string word) => passages.Any(p => p.Has(word));
        return (Speaker.Count > 0 && (!Speaker.Any(Named) || Speaker.Any(w => EnglishWords.IsName(w) && !Named(w))))
            || (Topic.Count > 0 && Topic.Count(w => !Named(w)) * 2 > Topic.Count)
            || Topic.Any(w => EnglishWords.IsName(w) && !Named(w))
            || (Speaker.Count > 0 && Topic.Count > 0 && !passages.Any(p => Speaker.Any(p.Has) && Topic.Count(w => !p.Has(w)) * 2 <= Topic.Count))
            || (Attribute.Count > 0 && !Attribute.Any(Named));
    }

    /// <summary>The content words of a phrase, without years, months and the words that only say when ("now", "these days").</summary>
    private static List<string> ContentWords(string phrase) =>
        [.. WordTokens.Content(QuestionIntent.UnitedStatesSpelledOut(phrase)).Where(w => !WordTokens.IsNumber(w) && !Filler().IsMatch(w) && Articles.CalendarMath.MonthNumber(w) == 0)];

    /// <summary>
    /// "what did the pope say about the war", "how did trump react to the call", "what does nato think of china",
    /// "did kishida say anything about taiwan", "what did modi and putin discuss", "whats stoltenberg been saying abt china": the speaker after the auxiliary, the
    /// topic after "about", "on", "of"… or the occasion after "after", "during", "at" ("what did biden say after
    /// the lunar new year call": a passage must name him with the call).
    /// </summary>
    [GeneratedRegex(@"^\W*(?:(?:so|and|ok|okay|but)\s+)?(?:(?:(?:what|how|why)\s+(?:exactly\s+|actually\s+|really\s+)?)?(?:did|does|do|has|have|had|would|will)|what['’]?s|what\s+is)\s+(?<who>[\p{L}'’.\-/& ]{2,60}?)\s+(?:(?:actually|really|ever|even|just|publicly|officially|have|had|been|keep|keeps|kept|always)\s+)*(?<verb>say|said|saying|says|think|thought|feel|felt|claim|claimed|tell|told|comment|commented|react|reacted|respond|responded|reply|replied|tweet|tweeted|post|posted|write|wrote|make of|made of|mention|mentioned|announce|announced|discuss|discussed|agree|agreed|talk|talked|decide|decided)\b(?:\s+(?:anything|something|much|publicly|so\s+far)\b)*(?:\s+(?:about|of|on|regarding|over|towards?|re|after|during|at|following|(?<=(?:react|reacted|respond|responded|reply|replied)\s+)to)\s+(?<topic>[^?!.]{2,80}))?", RegexOptions.IgnoreCase)]
    private static partial Regex Said();

    /// <summary>"what's the pope's take on the war", "what is trump's view of xi": a possessive speaker, the topic after "on", "of"…</summary>
    [GeneratedRegex(@"^\W*what(?:'?s|\s+is|\s+was|\s+are|\s+were)\s+(?:the\s+)?(?<who>\p{L}[\p{L}.\- ]{1,40}?)['’]s?\s+(?:take|view|views|position|stance|opinion|opinions|response|reaction|comment|comments|line|attitude)\b(?:\s+(?:on|of|about|regarding|over|to|towards?)\s+(?<topic>[^?!.]{2,80}))?", RegexOptions.IgnoreCase)]
    private static partial Regex Take();

    /// <summary>
    /// "whats xi jinping's wife called", "what is biden's approval rating": what is asked of someone, after the possessive
    /// (the views and reactions of <see cref="Take"/> are read before).
    /// </summary>
    [GeneratedRegex(@"^\W*what(?:'?s|\s+is|\s+was|\s+are|\s+were)\s+(?:the\s+)?\p{L}[\p{L}.\- ]{1,40}?['’]s?\s+(?<what>\p{L}[\p{L}\- ]{2,40}?)(?:\s+(?:called|named|like|now|these\s+days|exactly|again|rn|today))?\s*\??\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Possessed();

    [GeneratedRegex(@"^(?:say|said|saying|says|claim|claimed|tell|told|comment|commented|tweet|tweeted|post|posted|write|wrote|mention|mentioned|announce|announced)$", RegexOptions.IgnoreCase)]
    private static partial Regex SpeechVerb();

    /// <summary>A sentence that reports words: a verb of saying or a quotation mark.</summary>
    [GeneratedRegex(@"[“”""]|\b(?:said|says|say|saying|stated|told|tells|added|adds|noted|warned|warns|called|calls|described|describes|according\s+to|expressed|indicated|pointed\s+out|remarked|declared|announced|claimed|claims|insisted|urged|stressed|argued|affirmed|confirmed|reiterated|chastised|accused|boasting|boasted|hailed|mentioned|denies|denied|accusing|accuses|statement|speech)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SpeechCue();

    /// <summary>Where a topic phrase stops saying what about: a time, a comparison, a second question, where it is told ("across the stories").</summary>
    [GeneratedRegex(@"(?:^|\s+)(?:in|on|at|during|back|last|this|since|before|after|until|vs|versus|compared|across|per|throughout|according|and\s+(?:then|now|what|how|why|when)|or)\b|\d|,", RegexOptions.IgnoreCase)]
    private static partial Regex TopicEnd();

    /// <summary>Who the words were said to, which are not what was said ("tell reporters…").</summary>
    [GeneratedRegex(@"^(?:reporters|journalists|press|media|everyone|people|audience|crowd|lol|tho|though|that|this)$")]
    private static partial Regex Reporters();

    /// <summary>Words of a topic phrase that say when or how sure, not what about.</summary>
    [GeneratedRegex(@"^(?:now|days|these|today|recently|lately|anymore|yet|still|actually|really|exactly|even|lol|pls|please|thing|things|stuff|situation|whole|all|both|tho|though|early|late|mid|time)$")]
    private static partial Regex Filler();
}
