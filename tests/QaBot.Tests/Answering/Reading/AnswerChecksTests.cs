using QaBot.Core.Answering;
using QaBot.Core.Articles;
using QaBot.Core.Answering.Reading;
using QaBot.Core.Chunking;
using QaBot.Core.Retrieval;

namespace QaBot.Tests.Answering.Reading;

/// <summary>The checks that decline whatever the model's confidence: no figure for "how many", another place's office for "who is X's office".</summary>
public sealed class AnswerChecksTests
{
    private static SentenceReading Reading(string question, params string[] sentences) => Reading(question, new DateOnly(2024, 2, 9), sentences);

    private static SentenceReading Reading(string question, DateOnly published, params string[] sentences)
    {
        var ranked = sentences.Select((text, i) =>
        {
            var chunk = new Chunk($"000#{i}", "000", "Title", published, null, i, 0, 10_000, text);
            var candidate = new CandidateSentence(text, chunk, i, 0, null, null);
            var kind = QuestionIntent.Of(question);
            var features = new double[SentenceFeatures.Names.Count];
            features[SentenceFeatures.IndexOf("addsAnswer")] = QuestionIntent.AddsAnswer(kind, question, text) ? 1 : 0;
            return new ScoredSentence(candidate, features, 0.9 - (i * 0.1));
        }).ToList();
        var reader = new ReaderQuestion(question, QuestionIntent.Of(question), new List<WeightedTerm>(), new HashSet<string>(), DateMentions.Find(question), null)
        {
            FocusWord = ReaderQuestion.FocusWordOf(question),
        };
        return new SentenceReading(reader, ranked, 0.9, []);
    }

    [Theory]
    [InlineData("how many ceos were at the event", "Both men attended an event on Monday with CEOs from technology companies.", true)]
    [InlineData("how far is beijing from moscow", "Ties have strengthened since Putin sent troops to Ukraine on February 24, 2022.", true)]
    [InlineData("how much did they trade in 2021", "Trade hit US$140 billion in 2021.", false)]
    [InlineData("how many leaders are still friendly with putin", "Xi is among a short list of world leaders who have remained cordial with Putin.", false)]
    [InlineData("what did they trade", "Both men attended an event on Monday.", false)]
    [InlineData("how many drones did russia launch at kyiv", "Moscow's 10-month war in Ukraine has weathered another night of drone attacks.", true)] // the figure counts months
    [InlineData("how many drones did china fly over taiwan", "China has been flying drones over small islands, grounding at least one drone.", false)]
    [InlineData("how many soldiers did russia mass", "Moscow has assembled tens of thousands of troops.", false)] // the thing is not named: left to the model
    [InlineData("how many days did xi stay in moscow in march 2023", "Trade reached a record $228 billion in 2023.", true)] // counts days, gives money
    [InlineData("how many months had the war been going by the call", "They pledged cooperation amid Moscow's 10-month war in Ukraine.", false)]
    [InlineData("how many years has china been russia's biggest trading partner", "China has been Russia's greatest commercial partner for more than a decade.", false)] // a length, no figure
    [InlineData("how many years has china been russia's biggest trading partner", "Beijing has been one of Moscow's most important trade partners.", true)] // "one", no length
    [InlineData("how long did the lunar new year call last", "It refers to a telephone conversation between Putin and Xi celebrating the Lunar New Year.", true)]
    [InlineData("how long has the war been going", "They pledged cooperation amid Moscow's 10-month war in Ukraine.", false)]
    [InlineData("how long did the dec 30 call last", "They pledged cooperation amid Moscow's 10-month war in Ukraine.", true)] // the war's length, not the call's
    [InlineData("how many years has the war been going", "The war will reach the two-year mark on February 24.", false)]
    public void AFigureQuestionWhoseBestSentenceHoldsNoneIsDeclined(string question, string best, bool declined) =>
        Assert.Equal(declined, AnswerChecks.LacksAskedFigure(Reading(question, best)));

    [Theory]
    [InlineData("who is india's prime minister", true, "Stoltenberg and Japanese Prime Minister Fumio Kishida met on Tuesday.", "The United States and India are expanding their alliance.")]
    [InlineData("who's the prime minister of japan", false, "Stoltenberg and Japanese Prime Minister Fumio Kishida met on Tuesday.")]
    [InlineData("who is the kremlin spokesman", false, "Kremlin spokesman Dmitry Peskov said the leaders would talk.")]
    public void AnOfficeHolderQuestionIsDeclinedWhenNoBestSentenceNamesThatPlacesOffice(string question, bool declined, params string[] sentences) =>
        Assert.Equal(declined, AnswerChecks.MissesAskedOffice(Reading(question, sentences)));

    [Theory]
    [InlineData("where did stoltenberg and kishida meet", "Stoltenberg and Japanese Prime Minister Fumio Kishida met on Tuesday and agreed to strengthen their security relationship.", true)]
    [InlineData("which city in uzbekistan did they meet in", "The leaders met on the margins of the Shanghai Cooperation Organisation meeting in Uzbekistan.", true)] // the asked country only
    [InlineData("which country hosted the sco meeting", "The leaders met on the margins of the Shanghai Cooperation Organisation meeting in Uzbekistan.", false)]
    [InlineData("where did stoltenberg give his speech", "Stoltenberg said in a speech to the Heritage Foundation in Washington, D.C., that China is a challenge.", false)]
    [InlineData("where did nato and japan agree to beef up security ties", "They agreed to strengthen their security relationship in cyberspace, space, and other areas.", false)] // no place asked for
    public void AQuestionForWhereSomethingHappenedIsDeclinedWhenTheBestSentenceNamesNoPlace(string question, string best, bool declined) =>
        Assert.Equal(declined, AnswerChecks.NamesNoPlace(Reading(question, best)));

    [Theory]
    [InlineData("total russia china trade for all of 2022?", "Trade hit US$140 billion in 2021, and reached $93 billion in the first seven months of 2022.", true)]
    [InlineData("russia china trade for the full year 2022", "Trade reached $93 billion in the first half of 2022.", true)]
    [InlineData("total russia china trade for all of 2021?", "Trade hit US$140 billion in 2021, and reached $93 billion in the first seven months of 2022.", false)] // the whole year is told
    [InlineData("what was their trade in 2022", "Trade reached $93 billion in the first seven months of 2022.", false)] // no whole year asked for: part of it answers
    public void AQuestionForAWholeYearIsDeclinedWhenTheBestSentenceTellsOnlyPartOfIt(string question, string best, bool declined) =>
        Assert.Equal(declined, AnswerChecks.TellsPartOfAskedYear(Reading(question, best)));

    [Theory]
    [InlineData("when was the sco founded", "In September, the two leaders met on the margins of the Shanghai Cooperation Organisation meeting.", true)]
    [InlineData("when was the partnership established", "The no limits partnership was established in February.", false)]
    [InlineData("when did the war start", "The war began with Russia's invasion of Ukraine last year.", false)] // no founding asked for
    public void AQuestionForAFoundingIsDeclinedWhenNoBestSentenceTellsOne(string question, string best, bool declined) =>
        Assert.Equal(declined, AnswerChecks.LacksAskedOrigin(Reading(question, best)));

    [Theory]
    [InlineData("who won the ukraine war", "The war that began with Russia's invasion of Ukraine last year has significantly escalated.", true)]
    [InlineData("whos winning the war", "Ukraine has weathered another night of drone attacks.", true)]
    [InlineData("who won the election", "Biden won the election in November.", false)]
    [InlineData("who invaded ukraine", "The war that began with Russia's invasion of Ukraine last year has significantly escalated.", false)] // no winner asked for
    public void AQuestionForAWinnerIsDeclinedWhenNoBestSentenceSaysAnyoneWon(string question, string best, bool declined) =>
        Assert.Equal(declined, AnswerChecks.NamesNoWinner(Reading(question, best)));

    [Theory]
    [InlineData("what was the exact date of the sco summit", "In September, the leaders met at the Shanghai Cooperation Organisation summit.", true)]
    [InlineData("on what date did they meet", "They met on September 15, 2022.", false)]
    [InlineData("what year did russia take crimea", "Moscow's annexation of Crimea caused a rift.", true)]
    [InlineData("what was the exact date of the call", "The couple spoke on February 8, 2024.", false)]
    public void AQuestionForADayOrYearIsDeclinedWhenTheBestSentenceNamesNone(string question, string best, bool declined) =>
        Assert.Equal(declined, AnswerChecks.LacksAskedDate(Reading(question, best)));

    [Theory]
    [InlineData("what did the pope say about the war", true)] // the speaker is named nowhere
    [InlineData("how did trump react to the call", true)]
    [InlineData("whats kim jong un's take on putin", true)]
    [InlineData("what did xi and putin say about iran", true)] // the topic is named nowhere
    [InlineData("what did putin say about the nuclear deal with iran", true)] // a name in the topic is named nowhere
    [InlineData("what did putin and xi discuss about the northern sea route", true)]
    [InlineData("what did modi and putin discuss", true)] // a name among the speakers is named nowhere
    [InlineData("what did xi and putin agree to work on in their december 2022 call", false)] // "agree to" names no topic
    [InlineData("what did putin and xi agree on in late jan 2023", false)] // a time is no topic
    [InlineData("what did putin say about taiwan when they spoke", false)]
    [InlineData("what does the us think about russia in dec 2021", false)] // "the us" is the United States; a time is no topic
    [InlineData("what did xi say about outside meddling", false)] // half the topic is named
    [InlineData("what did he say about it", false)] // nothing to look for
    [InlineData("what did the united states say", true)] // named, but no sentence has it say anything
    [InlineData("what does the united states think", false)] // what it thinks need not be quoted
    [InlineData("what did putin say", false)] // "Putin reportedly expressed solidarity…"
    [InlineData("what did xi say about the united states", false)] // both in one passage
    [InlineData("what was putin's reaction to the interference", true)] // never in one passage
    public void AQuestionAboutWhatSomeoneSaidIsDeclinedWhenThePassagesNeverNameThemOrTheTopic(string question, bool declined) =>
        Assert.Equal(declined, AnswerChecks.MissesAskedSubject(Reading(question,
            "Putin reportedly expressed solidarity with Xi and China over Taiwan.",
            "The United States, which has long feared that China would attack Taiwan, heard Xi warn Moscow against outside interference.")));

    [Theory]
    [InlineData("what was their trade in 2019", true, "The leader of the Communist Party attended a three-day economic symposium in St. Petersburg in the year 2019.")]
    [InlineData("what was their trade in 2021", false, "Trade turnover between the countries hit US$140 billion in 2021.")]
    [InlineData("what was their trade in 2019", true, "Trade turnover between the countries hit US$140 billion in 2021.")] // another year
    [InlineData("какой был товарооборот в 2021 году", false, "Trade turnover between the countries hit US$140 billion in 2021.")] // untranslated: no English word to share
    public void AQuestionAboutAYearIsDeclinedWhenTheBestSentenceSharesOnlyTheYear(string question, bool declined, string best)
    {
        var reading = Reading(question, best);
        var terms = QaBot.Core.Text.WordTokens.Content(question).Select(w => new WeightedTerm(w, QaBot.Core.Text.Stemmer.Stem(w), 1)).ToList();
        var withTerms = reading with { Question = new ReaderQuestion(question, reading.Question.Kind, terms, reading.Question.Years, reading.Question.Dates, null) };
        Assert.Equal(declined, AnswerChecks.MissesAskedYear(withTerms));
    }

    [Theory]
    [InlineData("what did they sign in march 2023", "Trade reached a record $228 billion in 2023.", true)] // the year's total
    [InlineData("what did they sign in march 2023", "They signed a deal on March 21, 2023.", false)]
    [InlineData("what was xi expected to do before 24 feb 2023", "Trade reached a record $228 billion in 2023.", false)] // a span up to the day: left to the model
    [InlineData("what did they sign in 2023", "Trade reached a record $228 billion in 2023.", false)] // a year asked
    [InlineData("what did they sign in march 2023", "Ties have been strong since 2023.", false)] // a time since the year, not the year
    [InlineData("what was trade in july 2022", "Trade hit US$140 billion in 2021, and has already reached $93 billion in the first seven months of 2022.", false)] // part of the year
    [InlineData("by end of july 2022 what was trade at", "Trade reached $93 billion in 2022.", false)] // up to the end of the month
    public void AMonthIsNotToldByItsYearAsAWhole(string question, string best, bool declined) =>
        Assert.Equal(declined, AnswerChecks.TellsOnlyTheAskedYear(Reading(question, new DateOnly(2024, 2, 9), best)));

    [Theory]
    [InlineData("what does scmp stand for", true)]
    [InlineData("what is ccp short for", true)]
    [InlineData("what does Shanghai Cooperation Organisation stand for", false)] // spelt out from a passage
    [InlineData("what does nato want", false)]
    public void AnAcronymNoPassageSpellsOutIsNotAnswered(string question, bool declined) =>
        Assert.Equal(declined, AnswerChecks.AsksUnspeltAcronym(Reading(question, "Per SCMP, General Electric has submitted a petition.")));

    [Theory]
    [InlineData("where did xi visit in 2019", false)] // the sentence before says the visit and Xi: this one goes on about it
    [InlineData("what was their trade in 2019", true)] // nor does the sentence before say trade
    public void ASentenceSharingOnlyTheYearIsReadWithTheSentenceBeforeIt(string question, bool declined)
    {
        const string Before = "Per Republic World, the visit would be the first by Xi Jinping after 2019.";
        const string Best = "The leader of the Communist Party attended a three-day economic symposium in St. Petersburg in the year 2019.";
        var chunk = new Chunk("000#1", "000", "Title", new DateOnly(2023, 2, 1), null, 1, 0, 10_000, Before + " " + Best);
        var best = new ScoredSentence(new CandidateSentence(Best, chunk, 0, 80, Before, null), new double[SentenceFeatures.Names.Count], 0.9);
        var terms = QaBot.Core.Text.WordTokens.Content(question).Select(w => new WeightedTerm(w, QaBot.Core.Text.Stemmer.Stem(w), 1)).ToList();
        var reader = new ReaderQuestion(question, QuestionIntent.Of(question), terms, new HashSet<string>(), DateMentions.Find(question), null);
        Assert.Equal(declined, AnswerChecks.MissesAskedYear(new SentenceReading(reader, [best], 0.9, [])));
    }

    [Theory]
    [InlineData("what did the g20 in india end up agreeing in sept 2023", true)]
    [InlineData("where did biden travel in sept 2023", true)]
    [InlineData("where was biden headed in sept 2023", false)]
    [InlineData("why was biden expected in india in sept 2023", false)]
    [InlineData("what did putin say xi would do in spring 2023", false)]
    [InlineData("what milestone does the war hit on 24 feb 2023", false)]
    [InlineData("what did xi and putin agree in jan 2023", false)] // the article (1 February 2023) can tell of January
    [InlineData("what did the g20 in india agree", false)] // no time named
    public void AQuestionAboutWhatHappenedAfterItsSourceWasPublishedIsDeclined(string question, bool declined) =>
        Assert.Equal(declined, AnswerChecks.AsksAfterItsSources(Reading(question, new DateOnly(2023, 2, 1),
            "In September, Biden is anticipated to travel to India for the Group of 20 leaders' meeting.")));

    [Theory]
    [InlineData("how much did they trade in 2021", new[] { 2021 })]
    [InlineData("what did stoltenberg say about china back in 2019", new[] { 2019 })]
    [InlineData("what happened since 2019", new int[0])] // a starting point
    [InlineData("what was xi expected to do before 24 feb 2023", new int[0])] // the end of a full date
    [InlineData("what was xi expected to do before February 24, 2023", new int[0])]
    [InlineData("when was xi last in russia before all this 2023 visit talk", new int[0])] // an edge a few words on
    [InlineData("what was xi expected to do before feb 24 2023", new int[0])]
    public void TheYearsAFactQuestionAsksAboutLeaveOutEdgesAndFullDates(string question, int[] years) =>
        Assert.Equal(years.ToHashSet(), AnswerChecks.AskedYears(Reading(question, "Trade hit US$140 billion in 2021.").Question));

    [Theory]
    [InlineData("2024-02-08", true)]
    [InlineData("2024-02-10", true)]
    [InlineData("2024-02-11", false)]
    [InlineData("2024-02-07", false)]
    public void AnArticleReportsOnADayAskedAboutForTwoDaysAfterIt(string published, bool reports)
    {
        const string question = "what did they say on feb 8 2024";
        var asked = new ReaderQuestion(question, QuestionIntent.Of(question), new List<WeightedTerm>(), new HashSet<string>(), DateMentions.Find(question), null);

        Assert.Equal(reports, asked.ReportedOn(DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("what animal is the 2024 lunar new year", true, "It refers to a telephone conversation between Putin and Xi celebrating the Lunar New Year.")]
    [InlineData("who founded general electric", true, "India might be interested in building its own General Electric Co. jet engines.")]
    [InlineData("what is lunar new year and when do people celebrate it", false, "It refers to a telephone conversation between Putin and Xi celebrating the Lunar New Year.")] // celebrating is said
    [InlineData("what did xi say in the lunar new year call", false, "It refers to a telephone conversation between Putin and Xi celebrating the Lunar New Year.")] // the call is asked about, not the holiday
    [InlineData("why is washington cozying up to new delhi", false, "The Biden administration strives to distance New Delhi from Russia.")] // a place is named in many ways
    [InlineData("what did the chinese president say", false, "Relations between Russian President Vladimir Putin and Chinese President Xi Jinping are unprecedented.")] // a title
    [InlineData("what does the shanghai cooperation organisation stand for", false, "They met on the margins of the Shanghai Cooperation Organisation meeting in Uzbekistan.")] // only the name itself is asked
    public void AThingTheArticlesNameOnlyInPassingDoesNotAnswerWhatIsAskedOfIt(string question, bool declined, params string[] sentences) =>
        Assert.Equal(declined, NamedThing.ToldOnlyInPassing(Reading(question, sentences)));
}
