using QaBot.Core.Answering;

namespace QaBot.Tests.Answering;

public sealed class QuestionIntentTests
{
    [Theory]
    [InlineData("What was the trade volume between Russia and China in 2023?", AnswerKind.Number)]
    [InlineData("How much did trade reach?", AnswerKind.Number)]
    [InlineData("When did Putin and Xi hold a video call?", AnswerKind.Date)]
    [InlineData("How long had the war lasted by February 2024?", AnswerKind.Duration)]
    [InlineData("Who is the NATO Secretary General?", AnswerKind.Name)]
    [InlineData("Where did the leaders meet in September?", AnswerKind.Place)]
    [InlineData("Why do Russia and China cooperate?", AnswerKind.Any)]
    public void QuestionWordingRevealsTheKindOfAnswer(string question, AnswerKind kind) => Assert.Equal(kind, QuestionIntent.Of(question));

    [Fact]
    public void SentencesAreCheckedForTheKindOfContentAsked()
    {
        Assert.True(QuestionIntent.Satisfies(AnswerKind.Number, "Trade reached $228 billion."));
        Assert.True(QuestionIntent.Satisfies(AnswerKind.Date, "They spoke on February 8, 2024."));
        Assert.True(QuestionIntent.Satisfies(AnswerKind.Duration, "The war will reach the two-year mark."));
        Assert.False(QuestionIntent.Satisfies(AnswerKind.Number, "Relations are unprecedented."));
    }
}
