using QaBot.Core.Answering;

namespace QaBot.Tests.Answering;

public sealed class QuestionIntentTests
{
    [Theory]
    [InlineData("What was the trade volume between Russia and China in 2023?", AnswerKind.Number)]
    [InlineData("How much did trade reach?", AnswerKind.Number)]
    [InlineData("When did Putin and Xi hold a video call?", AnswerKind.Date)]
    [InlineData("How long had the war lasted by February 2024?", AnswerKind.Duration)]
    [InlineData("how old was the ukraine war at the lunar new year call", AnswerKind.Duration)] // how old a war is, is how long it has gone on
    [InlineData("Who is the NATO Secretary General?", AnswerKind.Name)]
    [InlineData("Where did the leaders meet in September?", AnswerKind.Place)]
    [InlineData("Why do Russia and China cooperate?", AnswerKind.Any)]
    [InlineData("what did xi call putin", AnswerKind.Description)]
    [InlineData("How did Xi Jinping describe Putin?", AnswerKind.Description)]
    [InlineData("how was the visit described by the ministry", AnswerKind.Description)]
    [InlineData("what xi called putin", AnswerKind.Description)]
    [InlineData("what was it xi called putin", AnswerKind.Description)]
    [InlineData("xi called putin something sweet once, what was it", AnswerKind.Description)]
    [InlineData("so what the kremlin calls the partnership", AnswerKind.Description)]
    [InlineData("what country hailed the deal", AnswerKind.Place)]
    [InlineData("what was called off", AnswerKind.Any)]
    [InlineData("xi called putin what?", AnswerKind.Description)]
    [InlineData("whats the nato chief's name", AnswerKind.Name)]
    [InlineData("whats the nato chiefs name", AnswerKind.Name)]
    [InlineData("what did xi and putin talk about on their call", AnswerKind.Any)]
    [InlineData("what holiday were xi and putin marking when they phoned each other in feb", AnswerKind.Any)] // the "when" clause says which call
    [InlineData("Which Central Asian nation played host when the two presidents got together?", AnswerKind.Place)]
    [InlineData("where does russia stand on the taiwan thing", AnswerKind.Any)] // a position, not a place
    [InlineData("where are things at with the aid package", AnswerKind.Any)]
    [InlineData("what did putin demand from the west when he talked to biden", AnswerKind.Any)]
    [InlineData("Which upcoming congress was months away when Xi travelled?", AnswerKind.Any)]
    [InlineData("ok so im confused, when did putin and xi last talk", AnswerKind.Date)]
    [InlineData("in which season did putin expect xi in moscow", AnswerKind.Date)]
    [InlineData("last time putin went to beijing?", AnswerKind.Date)]
    [InlineData("last time xi went to russia, which city was it", AnswerKind.Place)] // the time sets the scene for another question
    [InlineData("exact date of the sco summit", AnswerKind.Date)]
    [InlineData("what actual date is that anniversary", AnswerKind.Date)]
    [InlineData("which exact year did they sign it", AnswerKind.Date)]
    [InlineData("whats the most recent time the two leaders spoke", AnswerKind.Date)] // "the last time" asks when
    [InlineData("what was the first time xi went abroad after covid", AnswerKind.Date)]
    [InlineData("how big a deal did moscow say xi's visit would be", AnswerKind.Any)] // how important, not a figure
    [InlineData("how big a trade partner is china for russia", AnswerKind.Any)] // "one of Moscow's most important", not a figure
    [InlineData("how big did trade get", AnswerKind.Number)]
    [InlineData("whats the capital of uzbekistan", AnswerKind.Place)]
    [InlineData("what is the population of uzbekistan", AnswerKind.Number)]
    [InlineData("what were the names of the ships in the drills", AnswerKind.Name)]
    [InlineData("how old is putin", AnswerKind.Number)]
    [InlineData("which state media outlets get quoted", AnswerKind.Any)] // state media, not a state
    [InlineData("which state did biden visit", AnswerKind.Place)]
    public void QuestionWordingRevealsTheKindOfAnswer(string question, AnswerKind kind) => Assert.Equal(kind, QuestionIntent.Of(question));

    [Fact]
    public void SentencesAreCheckedForTheKindOfContentAsked()
    {
        Assert.True(QuestionIntent.Satisfies(AnswerKind.Number, "Trade reached $228 billion."));
        Assert.True(QuestionIntent.Satisfies(AnswerKind.Date, "They spoke on February 8, 2024."));
        Assert.True(QuestionIntent.Satisfies(AnswerKind.Date, "He expected Xi to visit Moscow in the spring."));
        Assert.False(QuestionIntent.Satisfies(AnswerKind.Date, "Prices may fall further."));
        Assert.True(QuestionIntent.Satisfies(AnswerKind.Duration, "The war will reach the two-year mark."));
        Assert.False(QuestionIntent.Satisfies(AnswerKind.Number, "Relations are unprecedented."));
        Assert.False(QuestionIntent.Satisfies(AnswerKind.Number, "Beijing has been one of Moscow's most important trade partners.")); // "one of" counts nothing
        Assert.False(QuestionIntent.Satisfies(AnswerKind.Number, "Bilateral discussions between the two countries have escalated."));
        Assert.True(QuestionIntent.Satisfies(AnswerKind.Number, "Moscow had assembled tens of thousands of troops."));
        Assert.True(QuestionIntent.Satisfies(AnswerKind.Number, "Two leaders met and one stayed."));
    }

    [Theory]
    [InlineData("how many drones did china fly", "China has been flying drones since August 2022.", false)]
    [InlineData("how far is beijing from moscow", "Ties have strengthened since Mr. Putin sent his troops to Ukraine on February 24, 2022.", false)]
    [InlineData("how many drones did china fly", "They met on 30 December.", false)]
    [InlineData("how much did they trade in 2021", "Trade hit US$140 billion in 2021.", true)]
    [InlineData("how many days before the call did biden speak", "The discussion will take place eight days after the call.", true)]
    [InlineData("how many months of 2022 does the figure cover", "It reached $93 billion in the first seven months of 2022.", true)]
    [InlineData("how much did they trade in 2023", "Trade reached a record in 2023.", false)]
    [InlineData("how many countries are in nato", "NATO can help Europe in the 21st century.", false)] // an ordinal counts nothing
    [InlineData("how many delegates were there", "It comes ahead of the 20th National Congress.", false)]
    [InlineData("how much is the jet engine deal worth", "In September, Biden is anticipated to travel to India for the Group of 20 leaders' meeting.", false)] // a name
    public void AFigureIsNewOnlyWhenItIsNotAYearOrADayOfAMonth(string question, string sentence, bool adds) =>
        Assert.Equal(adds, QuestionIntent.AddsAnswer(AnswerKind.Number, question, sentence));

    [Theory]
    [InlineData("who was the kremlin guy that confirmed xi n putin were gonna meet", "Kremlin spokesperson Yuri Ushakov confirmed the planned meeting at a briefing in Moscow.", true)]
    [InlineData("who was the kremlin guy that confirmed xi n putin were gonna meet", "Uzbekistan is set to host a meeting between President Xi Jinping and President Vladimir Putin this week, to discuss developments in Ukraine and in the Taiwan Strait.", false)] // the asked people by their full names, and places
    [InlineData("who hosted the meeting", "Uzbekistan is set to host a meeting between President Xi Jinping and President Vladimir Putin this week.", true)]
    [InlineData("which japanese leader did the nato chief sit down w", "Stoltenberg and Japanese Prime Minister Fumio Kishida met on Tuesday.", true)] // the asked people's country is no person
    [InlineData("which japanese leader did the nato chief sit down w", "In addition to Japan, NATO is enhancing its practical collaboration with Australia and South Korea.", false)]
    public void ASentenceNamesSomeoneNewWhenItNamesAPersonTheQuestionDoesNot(string question, string sentence, bool named) =>
        Assert.Equal(named, QuestionIntent.NamesSomeoneNew(question, sentence));

    [Fact]
    public void ADescriptionIsNewOnlyWhenItDescribesWhatWasAsked()
    {
        const string question = "what did xi call putin";
        Assert.True(QuestionIntent.AddsAnswer(AnswerKind.Description, question, "Chinese Xi even described Putin as his best friend."));
        Assert.False(QuestionIntent.AddsAnswer(AnswerKind.Description, question, "Putin expressed solidarity with Xi over Taiwan, which Beijing has called a rogue province."));
    }

    [Fact]
    public void ASentenceSayingWhatTheAskedThingIsDescribesIt()
    {
        const string question = "how did they describe relations in the new year call";
        Assert.True(QuestionIntent.AddsAnswer(AnswerKind.Description, question, "Friendly relations between Moscow and China are at an unprecedented level, the statement said."));
        Assert.False(QuestionIntent.AddsAnswer(AnswerKind.Description, question, "It refers to a telephone conversation celebrating the Lunar New Year."));
        // Whose relations may come between them and the verb; a name joined by "and" may not.
        Assert.True(QuestionIntent.AddsAnswer(AnswerKind.Description, question, "Relations between Russian President Vladimir Putin and Chinese President Xi Jinping are currently “unprecedented,” according to a new report."));
        Assert.False(QuestionIntent.AddsAnswer(AnswerKind.Description, "what did xi call putin", "Russian President Vladimir Putin and his Chinese counterpart Xi Jinping are due to hold a video conference."));
    }

    [Theory]
    [InlineData("which asia pacific countries is nato getting closer to", true)]
    [InlineData("and which other countries in that part of the world is nato working with", true)]
    [InlineData("what universities sent presidents to the event", true)]
    [InlineData("which people were there", true)]
    [InlineData("what did both leaders tell off the us for", false)]
    [InlineData("what do the articles say about taiwan", false)]
    [InlineData("which part of congress is split on helping ukraine", false)]
    [InlineData("what is nato's view", false)]
    [InlineData("whats the news on taiwan", false)]
    public void APluralAfterWhichOrWhatAsksForSeveral(string question, bool several) =>
        Assert.Equal(several, QuestionIntent.AsksForSeveral(question));

    [Theory]
    [InlineData("list the countries nato works with in asia", "which countries nato works with in asia")]
    [InlineData("name the asian countries nato works with", "which asian countries nato works with")]
    [InlineData("please list all of the United States officials quoted", "which United States officials quoted")]
    [InlineData("List every university that sent presidents", "List every university that sent presidents")] // no plural to ask which of
    [InlineData("list the times xi and putin met in person", "list the times xi and putin met in person")] // times are listed across the articles
    [InlineData("list every xi putin call or meeting from 2021 to 2024", "list every xi putin call or meeting from 2021 to 2024")]
    [InlineData("what's the name of the kremlin spokesman", "what's the name of the kremlin spokesman")]
    [InlineData("name the leaders who are still friendly with putin", "which leaders who are still friendly with putin")]
    [InlineData("can you list the countries nato works with in asia?", "which countries nato works with in asia?")]
    public void ARequestToListThingsReadsAsTheQuestionForWhichOnes(string question, string expected) =>
        Assert.Equal(expected, QuestionIntent.AsListQuestion(question));

    [Theory]
    [InlineData("whats lavrov's job", "who is lavrov")]
    [InlineData("what is sabrina singh's title?", "who is sabrina singh?")]
    [InlineData("what's the role of ushakov", "who is ushakov")]
    [InlineData("whats kishida's position on china", "whats kishida's position on china")] // asks more than the title
    public void AQuestionForSomeonesJobReadsAsWhoTheyAre(string question, string expected) =>
        Assert.Equal(expected, QuestionIntent.AsWhoIs(question));

    [Theory]
    [InlineData("which countries is nato working with", "NATO is enhancing its collaboration with Australia, New Zealand, and South Korea in cybersecurity.", true)]
    [InlineData("which countries is nato working with", "It works with Japan, Australia or India.", true)]
    [InlineData("which leaders did xi and putin meet", "Xi, Putin and Modi met.", false)]
    [InlineData("which countries is nato working with", "NATO sees a threat not just to Asia but also to Europe.", false)]
    [InlineData("which countries is nato working with", "It covers cyberspace, space, and other areas.", false)]
    public void ASentenceListsNamesWhenTwoOfThreeOrMoreAreNew(string question, string sentence, bool lists) =>
        Assert.Equal(lists, QuestionIntent.ListsNames(question, sentence));

    [Theory]
    [InlineData("what did xi call putin?", "what did xi describe putin?")]
    [InlineData("any idea what xi called putin", "what xi described putin")]
    [InlineData("what china calls the war", "what china describes the war")]
    [InlineData("xi calling putin something nice, what was it", "xi describing putin something nice, what was it")]
    [InlineData("What did China's state TV call the war?", "What did China's state TV describe the war?")]
    [InlineData("when did xi and putin last call each other", "when did xi and putin last call each other")]
    [InlineData("what time did the phone call start", "what time did the phone call start")]
    [InlineData("what did both leaders tell off the us for", "what did both leaders tell off the United States for")]
    [InlineData("what did the US say", "what did the United States say")]
    [InlineData("whats the us-india tech initiative", "whats the United States-india tech initiative")]
    [InlineData("how did u.s. officials react", "how did United States officials react")]
    [InlineData("what did xi tell us about putin", "what did xi tell us about putin")]
    [InlineData("how does america see china", "how does United States see china")]
    [InlineData("trade between china and latin america", "trade between china and latin america")]
    [InlineData("quick rundown us india tech deal", "quick rundown United States india tech deal")]
    [InlineData("how much us aid went to ukraine", "how much United States aid went to ukraine")]
    [InlineData("what do us officials think of china", "what do United States officials think of china")]
    [InlineData("what did they say about us and china", "what did they say about United States and china")]
    [InlineData("can you tell us what xi said", "can you tell us what xi said")]
    [InlineData("give us the gist", "give us the gist")]
    [InlineData("what did xi call putin 🤔🤔", "what did xi describe putin")] // emoji are dropped
    [InlineData("trade in 2023 ❤️👨‍👩‍👧 how much", "trade in 2023   how much")]
    [InlineData("👍", "👍")] // nothing but emoji is left for the off-task check
    [InlineData("what did they discuss on the december 2022 call with the leaders", "what did they discuss on the december 2022 call with the leaders")] // a phone call
    [InlineData("what did xi say on the dec call — what did putin say?", "what did xi say on the dec call — what did putin say?")] // a follow-up carried over
    [InlineData("how many video calls did putin and xi have", "how many video calls did putin and xi have")] // calls counted, not a calling
    [InlineData("what did biden say about the xi putin call in 2024", "what did biden say about the xi putin call in 2024")] // a call in 2024, not a calling
    [InlineData("who's the guy running nato", "who is the leader of nato")]
    [InlineData("list all the places xi and putin met", "list all the places xi and putin met")] // listed across the articles
    [InlineData("list the countries nato works with in asia", "which countries nato cooperating with in asia")] // "works with": cooperating, as "NATO is enhancing its practical collaboration with Australia…"
    public void TheQuestionIsSearchedWithTheUnitedStatesNamedAndCallAsDescribe(string question, string searched) =>
        Assert.Equal(searched, QuestionIntent.SearchPhrasing(question));

    [Theory]
    [InlineData("how many nuclear warheads does china have", "warheads")]
    [InlineData("whats the capital of uzbekistan", "capital")]
    [InlineData("what were the names of the ships in the drills", "ships")]
    [InlineData("how much ukraine aid did congress pass", "aid")]
    [InlineData("which american company wants to build jet engines", null)]
    [InlineData("who is the spokesman", null)]
    [InlineData("what year did they meet", null)]
    [InlineData("what's the name of china's president", "president")]
    [InlineData("whats the name of the ship", "ship")]
    [InlineData("what word did beijing's state tv use for the fighting", null)]
    [InlineData("what did xi call putin", null)]
    [InlineData("whats the number of troops russia has near ukraine", null)] // "number" names the kind of answer
    [InlineData("who won the 2022 fifa world cup", "cup")]
    [InlineData("who won the election", "election")]
    [InlineData("who leads the alliance that called china a challenge", null)] // an answer names the alliance, not the word
    [InlineData("who did kishida meet", null)]
    [InlineData("how much extra money for ukraine was the pentagon pushing for", null)] // money is what a currency figure is
    public void TheAskedAboutThingIsTheHeadOfThePhraseAfterTheQuestionWord(string question, string? focus) =>
        Assert.Equal(focus, QaBot.Core.Answering.Reading.ReaderQuestion.FocusWordOf(question));

    [Theory]
    [InlineData("which islands exactly did the drones fly over", "islands")]
    [InlineData("Which Kremlin spokesman said Putin and Xi would meet?", "spokesman")]
    [InlineData("which american firm's aircraft motors might india build", "firm")] // a possessive ends the phrase
    [InlineData("which russian news agency carried the statement", "agency")] // a past tense ends it too
    [InlineData("which city in uzbekistan did they meet in", null)] // a place: the place check judges it
    [InlineData("the nato expansion they oppose, which part of europe", null)]
    [InlineData("what did the paper which reported it say", null)] // "which" relating a clause asks nothing
    [InlineData("what was the name of the naval exercise", "exercise")] // a name asked for picks one of the kind too
    [InlineData("whats the partnership called", "partnership")]
    public void AWhichQuestionAsksForOneOfTheKindItsPhraseNames(string question, string? word) =>
        Assert.Equal(word, QaBot.Core.Answering.Reading.ReaderQuestion.WhichWordOf(question));

    [Theory]
    [InlineData("who was xi's translator on the video call", "xi translator")]
    [InlineData("whos the kremlin spokesman", "kremlin spokesman")]
    [InlineData("who is putin's foreign policy adviser", "putin foreign policy adviser")]
    [InlineData("Who's the Pentagon's deputy press secretary?", "pentagon deputy press secretary")]
    [InlineData("who was the translator", "translator")]
    [InlineData("who did kishida meet", "")]
    [InlineData("who is russias top diplomat", "")] // no article or possessive: maybe a name, not a role
    [InlineData("who was the first to visit", "")] // "first" ends at "to": no role
    [InlineData("who's the indian guy sullivan met", "")] // a person, then what they did: no role (it read "sullivan" as one)
    public void AWhoQuestionAsksWhoHoldsTheRoleAfterTheOrAPossessive(string question, string role) =>
        Assert.Equal(role, string.Join(' ', QaBot.Core.Answering.Reading.ReaderQuestion.RoleOf(question)));

    [Theory]
    [InlineData("who runs china", "who is the leader of china")]
    [InlineData("whos in charge of russia", "who is the leader of russia")]
    [InlineData("who's in charge of nato these days", "who is the leader of nato these days")]
    [InlineData("who leads the UN?", "who is the leader of UN?")]
    [InlineData("who heads russia's foreign ministry", "who heads russia's foreign ministry")] // not Russia's leader
    [InlineData("who leads the us delegation", "who leads the us delegation")]
    [InlineData("who did kishida meet", "who did kishida meet")]
    public void AQuestionForWhoRunsAPlaceAsksForItsLeader(string question, string searched) =>
        Assert.Equal(searched, QuestionIntent.AsLeaderQuestion(question));
}
