using QaBot.Core.Answering;

namespace QaBot.Tests.Answering;

public sealed class FollowUpRewriterTests
{
    private static readonly ChatTurn[] History =
    [
        new("user", "What was the trade volume between Russia and China in 2023?"),
        new("assistant", "Trade reached a record $228 billion in 2023 [1]."),
    ];

    [Fact]
    public void AShortFollowUpCarriesThePreviousTopicButNotItsYear()
    {
        var query = FollowUpRewriter.Rewrite(new Question("And in 2021?", History));

        Assert.Contains("2021", query);
        Assert.Contains("trade", query);
        Assert.Contains("volume", query);
        Assert.DoesNotContain("2023", query);
    }

    [Fact]
    public void AStandaloneQuestionIsLeftAlone()
    {
        var question = "Where did Xi Jinping and Vladimir Putin meet in September 2022?";

        Assert.Equal(question, FollowUpRewriter.Rewrite(new Question(question, History)));
    }

    [Fact]
    public void WithoutHistoryNothingIsCarried()
    {
        Assert.Equal("And in 2021?", FollowUpRewriter.Rewrite(new Question("And in 2021?")));
    }
}
