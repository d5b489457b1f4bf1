using QaBot.Core.Answering;

namespace QaBot.Tests.Answering;

public sealed class AnswerShapesTests
{
    [Theory]
    [InlineData("what did xi and putin talk about on their video calls in dec 2021 and dec 2022")]
    [InlineData("How did Stoltenberg characterise China in 2023 and again in 2024?")]
    [InlineData("what did the kremlin say in sept 2022 and in feb 2024")]
    public void AQuestionNamingTwoTimesAsksForAComparison(string question) =>
        Assert.Equal(AnswerShape.Comparison, AnswerShapes.Of(question));

    [Theory]
    [InlineData("does nato still see china the way it used to")]
    [InlineData("what did they talk about each time they met")]
    [InlineData("how has trade gone over the past few years")]
    [InlineData("russia china ties then vs now")]
    [InlineData("what have xi and putin said about the us across their talks")]
    [InlineData("is the nato chief more worried about china now than a year ago")]
    [InlineData("the kremlin kept saying it wasnt going to invade... how did that turn out")]
    [InlineData("they called it a friendship with no limits in 2022, how do they describe it these days?")] // a year told of, then a question about now
    [InlineData("who are the kremlin spokespeople quoted in these")] // "these" articles, all of them
    [InlineData("where have xi and putin met in person, per these articles")]
    [InlineData("how many times did xi n putin meet or talk in 2022 going by these")]
    [InlineData("how has russia china trade changed over time? like what was it in 2021 vs the latest number")] // the newest is one end of it
    [InlineData("has kim jong un gotten closer to putin since 2021 or not")]
    [InlineData("is the friendship still going strong or has it cooled off")]
    [InlineData("biden threatened sanctions back in 2021 if russia invaded — did the west actually follow thru")] // what was said then, and whether it happened later
    [InlineData("so putin kept saying xi would come to moscow... did that visit happen in the end or was it all just talk")]
    [InlineData("how long had the ukraine war been going at the time of each of these articles")]
    [InlineData("has russia china trade gone up since 2021")]
    [InlineData("how big of a trade partner is china for russia? gimme some numbers")] // figures, not one figure
    [InlineData("did washington get more hostile to beijing over these years or nah")]
    [InlineData("has the military side between moscow and beijing ramped up since 2021")]
    [InlineData("russia-china biz ties, bigger or smaller than a couple years back?")]
    [InlineData("has moscow always had beijing's back on taiwan or is that new")]
    [InlineData("was nato more worried in 2024 than in 2023")]
    [InlineData("which state media outlets get quoted in all these")] // "in all these" articles
    [InlineData("where have the chinese and russian presidents met in person per these")]
    [InlineData("quick rundown of what each article says about taiwan?")] // a summary of each article's word on it
    [InlineData("how was xi's visit described in december 2022 and then by lavrov's ministry")] // a time, and a later one
    public void AQuestionAboutHowThingsStoodAtDifferentTimesAsksForAComparison(string question) =>
        Assert.Equal(AnswerShape.Comparison, AnswerShapes.Of(question));

    [Theory]
    [InlineData("what did putin say in december 2022")]
    [InlineData("what are the trade figures for 2023")] // one year's figures
    [InlineData("what actually happened at the sept 2022 meeting")] // "actually happened" without a "did": what happened, not whether
    [InlineData("What was the trade volume between Russia and China in 2023?")]
    [InlineData("what did xi say about climate change")] // a topic, not a change over time
    [InlineData("who is the nato chief now, in 2024")] // no year told of before the question about now
    [InlineData("what did the kremlin say according to the article")] // one article
    [InlineData("heard chinese state tv changed how it talks about ukraine. what word did they use?")] // the change is what was heard; the question asks a word
    public void AQuestionNamingOneTimeStaysAFact(string question) =>
        Assert.Equal(AnswerShape.Fact, AnswerShapes.Of(question));

    [Theory]
    [InlineData("tell me about the us india tech deal", AnswerShape.Summary)]
    [InlineData("fill me in on nato and china", AnswerShape.Summary)]
    [InlineData("what do we know about the dec 2021 call", AnswerShape.Summary)]
    [InlineData("give me the lowdown on the us-india stuff", AnswerShape.Summary)]
    [InlineData("what was the deal with the feb 2024 piece on putin and xi", AnswerShape.Summary)]
    [InlineData("catch me up on xi and putin", AnswerShape.Summary)] // what the articles tell of them, over time; "update me" asks for the news
    [InlineData("update me on taiwan", AnswerShape.Latest)]
    [InlineData("catch me up on the china and taiwan stuff", AnswerShape.Summary)] // it read the newest article's other news
    [InlineData("catch me up on what lavrov said abt xi coming over, start of feb 2023", AnswerShape.Summary)] // a time past: it read the newest article
    [InlineData("catch me up on the latest since feb 2023", AnswerShape.Latest)]
    [InlineData("fill me in on the moscow summit", AnswerShape.Summary)] // one event: the article on it, not the newest to recall it
    [InlineData("can you run me through what happened at the 2021 summit", AnswerShape.Summary)] // ways of asking for a summary as typed
    [InlineData("walk me thru the uzbekistan meeting", AnswerShape.Summary)]
    [InlineData("gimme the short version of the al jazeera one", AnswerShape.Summary)]
    [InlineData("break down the india us tech deal for me", AnswerShape.Summary)]
    [InlineData("whats the tea on xi and putin", AnswerShape.Summary)]
    [InlineData("eli5 the nato china stuff", AnswerShape.Summary)]
    [InlineData("the feb 2024 lunar new year call, like im five pls", AnswerShape.Summary)]
    [InlineData("can u explain that uzbekistan summit story to me", AnswerShape.Summary)] // explaining an article is summing it up
    [InlineData("explain why china thanked russia", AnswerShape.Fact)]
    [InlineData("did the talks break down", AnswerShape.Fact)]
    [InlineData("why did state tv use a different word for the war", AnswerShape.Fact)] // "a different word" compares nothing
    [InlineData("how is the deal different from before", AnswerShape.Comparison)]
    [InlineData("what kind of progress did sullivan say the us and india are looking for", AnswerShape.Fact)] // progress asked of, not made over time
    [InlineData("how has the deal progressed since 2022", AnswerShape.Comparison)]
    [InlineData("what does china keep saying about taiwan", AnswerShape.Comparison)] // what it says again and again, across the articles
    [InlineData("my dad keeps saying china is russia's ally, is that true", AnswerShape.Fact)] // the asker's dad, not the news
    [InlineData("catch me up on the whole russia china saga", AnswerShape.Comparison)] // the story over time, not one article's
    [InlineData("recap the whole article from dec 2022", AnswerShape.Summary)]
    [InlineData("walk me through the ukraine war timeline in these articles", AnswerShape.Comparison)] // across the articles
    [InlineData("short recap of the russia china trade figures across these articles? how big did it get", AnswerShape.Comparison)] // the first sentence asks too
    [InlineData("did the west actually end up sanctioning russia like biden threatened?", AnswerShape.Comparison)] // whether a threat came about: the later articles tell
    [InlineData("like i said, who is lavrov", AnswerShape.Fact)]
    [InlineData("has nato gotten tougher on china from 2023 to 2024", AnswerShape.Comparison)]
    [InlineData("how many video calls between xi and putin do you have and when were they", AnswerShape.Comparison)] // each article's calls, not one
    [InlineData("how many warships were there in the drill", AnswerShape.Fact)]
    [InlineData("catch me up on xi and putin's calls", AnswerShape.Summary)]
    [InlineData("whats up w nato and china lately", AnswerShape.Latest)] // it quoted the February 2023 statement, not the 2024 article
    [InlineData("what was actually going on in ukraine around the dec 30 2022 call, quick recap", AnswerShape.Summary)] // "actually" read as Spanish "actual"
    [InlineData("anything new on trade?", AnswerShape.Latest)] // as a fact, "new" found "New Delhi"
    [InlineData("what's the story with the drones", AnswerShape.Summary)] // it was declined
    [InlineData("whats the situation with taiwan", AnswerShape.Summary)]
    [InlineData("the feb 1 2023 piece is all over the place, main threads pls", AnswerShape.Summary)] // it was read as a fact question
    [InlineData("big picture: what was going on with russia and the west in mid dec 2021", AnswerShape.Summary)]
    [InlineData("in a couple sentences where do putin and xi stand with each other", AnswerShape.Summary)]
    [InlineData("bullet pts on the uzbekistan story pls", AnswerShape.Summary)]
    [InlineData("what's the deal with the quad", AnswerShape.Summary)] // it was declined
    [InlineData("tell me a fun fact about cats", AnswerShape.Fact)]
    public void ChatWaysOfAskingForASummaryOrTheNewsAskForThem(string question, AnswerShape shape) =>
        Assert.Equal(shape, AnswerShapes.Of(question));

    [Theory]
    [InlineData("tell me about the lunar new year call", "lunar year call")]
    [InlineData("catch me up on taiwan", "taiwan")]
    [InlineData("whats the situation with taiwan", "taiwan")]
    [InlineData("my uncle says america stopped helping ukraine. is that true? whats the latest on the aid package", "aid packag")] // the asking sentence
    [InlineData("i missed the news. any updates?", "miss")] // no topic asked: the whole message
    public void ChatWordsAskingForASummaryAreNotItsTopic(string question, string topic) =>
        Assert.Equal(topic, string.Join(' ', AnswerShapes.TopicStems(question)));

    [Theory]
    [InlineData("how have taiwan tensions shifted from 2022 to 2024", "how have taiwan tensions from 2022 to 2024")]
    [InlineData("what have xi and putin said about the us across their talks", "what have xi and putin said about the us their talks")]
    [InlineData("compare what the kremlin said about china in 2022 vs 2024", "what the kremlin said about china in 2022 2024")]
    [InlineData("list every xi putin call", "xi putin call")]
    [InlineData("how did nato's view change over time", "how did nato's view")]
    [InlineData("how did things change over time", "how did things change over time")]
    [InlineData("compare", "compare")]
    public void AComparisonsTopicIsTheQuestionWithoutTheWordsAskingToCompare(string question, string topic) =>
        Assert.Equal(topic, AnswerShapes.ComparisonTopic(question));

    [Theory]
    [InlineData("when did xi and putin last talk", "when did xi and putin talk")]
    [InlineData("whats the latest trade figure", "whats the trade figure")]
    [InlineData("when was the most recent xi putin call", "when was the xi putin call")]
    [InlineData("whats the latest on russia china", "whats the latest on russia china")] // no kind of answer: the news is asked for
    [InlineData("how much did they trade last year, the latest number", "how much did they trade last year, the number")] // "last year" is a time
    public void ALatestQuestionForAKindOfAnswerIsSearchedWithoutItsRecencyWords(string question, string topic) =>
        Assert.Equal(topic, AnswerShapes.LatestTopic(question));

    [Theory]
    [InlineData("list every xi putin call or meeting", true)]
    [InlineData("how long has the war been going according to each article", true)]
    [InlineData("what kinds of sanctions come up across the articles", true)]
    [InlineData("how did nato's view of china change", false)]
    public void AQuestionAsksForEveryMentionWhenItSaysEachEveryOrAcross(string question, bool every) =>
        Assert.Equal(every, AnswerShapes.AsksForEvery(question));

    [Theory]
    [InlineData("can u tell me which articles mention drones", true)]
    [InlineData("every time taiwan came up what was said", true)]
    [InlineData("does sanctions come up anywhere", true)]
    [InlineData("what did russia/china say abt nato in each article", true)]
    [InlineData("is taiwan mentioned in any of the articles", false)] // a yes/no question, answered by its best sentence
    [InlineData("what do the articles say abt the uzbekistan meetup", false)] // what they tell of it, in sentences that need not name it
    [InlineData("which article is about the lunar new year call", false)]
    [InlineData("how many video calls did putin and xi have in these articles and when were they", true)] // counted by listing them
    [InlineData("what have the articles said abt sanctions on russia", true)] // what they say between them
    [InlineData("is xi like one of putin's last friends? what do the articles say", false)] // the question is before it
    [InlineData("ushakov pops up in a couple of these, what did he say each time", true)]
    [InlineData("energy crops up in a few articles, what's said", true)]
    [InlineData("ushakov shows up in a few of these, what's he say", true)]
    public void AQuestionAsksWhereSomethingIsMentioned(string question, bool mentions)
    {
        Assert.Equal(mentions, AnswerShapes.AsksWhereMentioned(question));
        if (mentions)
        {
            Assert.Equal(AnswerShape.Comparison, AnswerShapes.Of(question)); // read across the articles
        }
    }

    [Theory]
    [InlineData("gist of the dec 2022 video call article", true)]
    [InlineData("main points of the story where lavrov talks about xi's visit", true)]
    [InlineData("quick rundown of the us india tech deal pls", false)]
    [InlineData("whats the story with the drones", false)] // the drones, not a story: it quoted the whole September 2022 article
    [InlineData("sum up the dec 2022 one", true)] // the one of that month is an article
    public void ASummaryIsOfTheWholeArticleWhenTheQuestionNamesTheArticle(string question, bool whole) =>
        Assert.Equal(whole, AnswerShapes.AsksAboutAnArticle(question));

    [Theory]
    [InlineData("whats the newest on taiwan", "taiwan")]
    [InlineData("summarize the g20 climate summit", "g20 climat summit")]
    [InlineData("quick rundown of the tech deal pls", "tech deal")]
    [InlineData("what's the latest news", "")]
    [InlineData("what's the deal with the quad", "quad")]
    [InlineData("tell me about the us india tech deal", "india tech deal")] // "deal" is the topic here
    [InlineData("how has trade changed? what was it in 2021 vs the latest number", "trade chang 2021 number")] // "it" points back to the trade
    public void ASummarysTopicIsItsContentWordsLessThoseAskingForTheSummary(string question, string topic) =>
        Assert.Equal(topic, string.Join(' ', AnswerShapes.TopicStems(question)));

    [Theory]
    [InlineData("how has the way they describe russia china ties changed from 2021 to 2024", new[] { 2021, 2024 })]
    [InlineData("trade in 2022 vs 2023", new[] { 2022, 2023 })]
    [InlineData("how did trade change in 2023", new int[0])]
    public void AChangeFromOneYearToAnotherHasTwoEnds(string question, int[] ends) =>
        Assert.Equal(ends.ToHashSet(), AnswerShapes.RangeEndYears(question));
}
