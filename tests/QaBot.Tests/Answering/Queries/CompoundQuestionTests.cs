using QaBot.Core.Answering.Queries;

namespace QaBot.Tests.Answering.Queries;

public sealed class CompoundQuestionTests
{
    [Theory]
    [InlineData("how big a trade partner is china for russia and whats the newest number", "how big a trade partner is china for russia", "whats the newest number")]
    [InlineData("who is stoltenberg, and what did he say about china", "who is stoltenberg", "what did he say about china")]
    [InlineData("how much did russia and china trade in 2021 and also what was the target", "how much did russia and china trade in 2021", "what was the target")]
    [InlineData("who's yuri ushakov? who at the kremlin confirmed the uzbekistan meeting", "who's yuri ushakov", "who at the kremlin confirmed the uzbekistan meeting")]
    [InlineData("where did xi and putin meet in sept 2022?? and did they sign anything", "where did xi and putin meet in sept 2022", "did they sign anything")]
    [InlineData("most recent time they spoke? was it just a phone call", "most recent time they spoke", "was it just a phone call")] // asked in few words
    [InlineData("how far along was russia china trade partway thru 2022 and did they end up blowing past their goal", "how far along was russia china trade partway thru 2022", "did they end up blowing past their goal")]
    [InlineData("china's been russia's biggest trade partner for how long, and whats the latest figure", "china's been russia's biggest trade partner for how long", "whats the latest figure")] // asked in place
    [InlineData("xi's uzbekistan trip was his first abroad in how long, and when was he last in russia", "xi's uzbekistan trip was his first abroad in how long", "when was he last in russia")]
    [InlineData("who is lavrov n what did he say about xi", "who is lavrov", "what did he say about xi")] // chat's "n" for "and"
    [InlineData("when did xi last visit russia? n what did he attend", "when did xi last visit russia", "what did he attend")]
    [InlineData("xi barely traveled for a while right? where was his first trip abroad after the break, and when was he last in russia before that", "xi barely traveled for a while right? where was his first trip abroad after the break", "when was")] // a remark, then the question
    [InlineData("sanctions on russia: who's hitting it w them n how does china feel abt it", "sanctions on russia: who's hitting it w them", "how does china feel")] // the topic, then the question
    [InlineData("xi's first trip abroad after 2+ yrs — where did he go n what summit was it on the sidelines of", "xi's first trip abroad after 2+ yrs — where did he go", "what summit was it on the sidelines of")] // the topic set off by a dash
    public void TwoQuestionsJoinedByAndAreAskedApart(string message, string first, string second)
    {
        var parts = CompoundQuestion.Parts(message);

        Assert.Equal(2, parts.Count);
        Assert.Equal(new QuestionPart(first, false), parts[0]);
        Assert.Contains(second, parts[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ASecondQuestionThatLeansOnTheFirstCarriesItsTopicAndFollowsOn()
    {
        var parts = CompoundQuestion.Parts("which us officials are quoted and what are their jobs");

        Assert.Equal("which us officials are quoted", parts[0].Text);
        Assert.True(parts[1].FollowsOn);
        Assert.Contains("officials", parts[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TheTopicCarriedOverIsTheFirstQuestionAsTheSearchReadsIt()
    {
        var parts = CompoundQuestion.Parts("yo who did the nato boss sit down with on jan 31 2023 and what did they agree");

        Assert.Contains("met", parts[1].Text, StringComparison.Ordinal); // "sit down with" is a meeting
        Assert.DoesNotContain("yo", parts[1].Text.Split(' ', '(', ')'));
        Assert.DoesNotContain("sit", parts[1].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how big a trade partner is china for russia and whats the newest number", "trade")] // the newest trade figure
    [InlineData("how much did russia and china trade in 2021 and also what was the target", "trade")]
    public void ASecondQuestionThatNamesNothingOfItsOwnAsksAboutTheFirstOnesTopic(string message, string topic)
    {
        var parts = CompoundQuestion.Parts(message);

        Assert.True(parts[1].FollowsOn);
        Assert.Contains(topic, parts[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ASecondQuestionThatNamesItsOwnTopicStandsAlone() =>
        Assert.Equal(new QuestionPart("who is sergey lavrov", false), CompoundQuestion.Parts("how much did russia and china trade in 2021 and who is sergey lavrov")[1]);

    [Theory]
    [InlineData("what did xi and putin discuss and when")] // nothing after the question word
    [InlineData("how much did russia and china trade in 2023")]
    [InlineData("my uncle says china and russia are allies and nato is gonna fight china, what does nato say")]
    [InlineData("and what was the target")] // a follow-up, not two questions
    [InlineData("is putin isolated now, is that even true? like how many leaders are still friendly with him")] // "like…" goes on
    [InlineData("what did xi call putin?")]
    [InlineData("i saw something about china flying drones near taiwan? what happened with that")] // the first part tells the topic
    [InlineData("xi and putin and what they said")]
    [InlineData("what did xi n putin sign in 2023")] // "n" between names
    [InlineData("who did putin call n when")]
    [InlineData("the trade deal was worth a lot and what did the kremlin say")] // no question in the first part
    public void OneQuestionStaysWhole(string message) =>
        Assert.Equal([new QuestionPart(message, false)], CompoundQuestion.Parts(message));

    [Theory]
    [InlineData("putin and lavrov both talked abt xi coming to moscow. when did each one say it'd happen",
        "putin talked abt xi coming to moscow. when did putin say it'd happen", "lavrov talked abt xi coming to moscow. when did lavrov say it'd happen")]
    [InlineData("what did china and russia each say about taiwan", "what did china say about taiwan", "what did russia say about taiwan")]
    public void AQuestionAboutTwoNamesEachIsAskedOfEachOne(string message, string first, string second) =>
        Assert.Equal([new QuestionPart(first, false), new QuestionPart(second, false)], CompoundQuestion.Parts(message));

    [Theory]
    [InlineData("what did xi and putin say each time they talked")] // each time: across the articles
    [InlineData("did the us and india each sign something")] // "us" is an English word
    public void EachTimeOrAWordThatIsNoNameStaysOneQuestion(string message) =>
        Assert.Single(CompoundQuestion.Parts(message));
}
