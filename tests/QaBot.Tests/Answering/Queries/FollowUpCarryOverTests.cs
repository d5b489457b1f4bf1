using QaBot.Core.Answering;
using QaBot.Core.Answering.Queries;

namespace QaBot.Tests.Answering.Queries;

public sealed class FollowUpCarryOverTests
{
    private static readonly ChatTurn[] TradeTurn =
    [
        new("user", "What was the trade volume between Russia and China in 2023?"),
        new("assistant", "It reached a record $228 billion [1]."),
    ];

    [Fact]
    public void ANewYearReplacesThePreviousOne() =>
        Assert.Equal("What was the trade volume between Russia and China in 2021?", FollowUpCarryOver.Rewrite("And in 2021?", TradeTurn));

    [Fact]
    public void ALowerCaseFollowUpWorksTheSame() =>
        Assert.Equal("What was the trade volume between Russia and China in 2021?", FollowUpCarryOver.Rewrite("and in 2021?", TradeTurn));

    [Theory]
    [InlineData("and '19?", "What was the trade volume between Russia and China in 2019?")]
    [InlineData("what about ’30", "What was the trade volume between Russia and China in 2030?")]
    public void AYearTypedShortReplacesThePreviousOne(string followUp, string standalone) =>
        Assert.Equal(standalone, FollowUpCarryOver.Rewrite(followUp, TradeTurn));

    [Fact]
    public void ChainedFollowUpsKeepTheOriginalTopic()
    {
        ChatTurn[] history = [.. TradeTurn, new("user", "and in 2021?"), new("assistant", "The articles do not say.")];
        Assert.Equal("What was the trade volume between Russia and China in 2022?", FollowUpCarryOver.Rewrite("And 2022?", history));
    }

    [Fact]
    public void AShortFollowUpIsAppendedToThePreviousQuestion() =>
        Assert.Equal("What was the trade volume between Russia and China in 2023 — India?", FollowUpCarryOver.Rewrite("What about India?", TradeTurn));

    [Fact]
    public void APronounQuestionCarriesThePreviousTopicWords()
    {
        ChatTurn[] history = [new("user", "What did Lavrov say about Xi Jinping?"), new("assistant", "He said Xi would visit Moscow [1].")];
        Assert.Equal("When did he plan to visit Moscow (Lavrov Xi Jinping)?", FollowUpCarryOver.Rewrite("When did he plan to visit Moscow?", history));
    }

    [Theory]
    [InlineData("when is that supposed to happen", true)]
    [InlineData("is that true?", true)]
    [InlineData("why did they do that", true)]
    [InlineData("how big was this", true)]
    [InlineData("what did putin say that xi would do", false)] // "that" opens what was said
    [InlineData("what big party event was coming up for xi after that", false)] // says enough of its own
    public void ThatOrThisStandingForWhatWasSaidLeansOnTheTurnBefore(string question, bool followUp) =>
        Assert.Equal(followUp, FollowUpCarryOver.IsFollowUp(question));

    [Theory]
    [InlineData("Who is Xi Jinping?")]
    [InlineData("What did Putin say about his visit to Beijing?")]
    [InlineData("Where did Xi Jinping and Vladimir Putin meet in September 2022?")]
    public void AStandaloneQuestionIsLeftAlone(string question) =>
        Assert.Equal(question, FollowUpCarryOver.Rewrite(question, TradeTurn));

    [Theory]
    [InlineData("asdfgh")]
    [InlineData("</blockquote><b>")]
    [InlineData("ok")]
    public void AWordThatIsNotAskedDoesNotRepeatThePreviousQuestion(string junk) =>
        Assert.Equal(junk, FollowUpCarryOver.Rewrite(junk, TradeTurn));

    [Theory]
    [InlineData("Why?")]
    [InlineData("why")]
    [InlineData("India?")]
    public void AOneWordQuestionStillLeansOnThePreviousOne(string question) =>
        Assert.StartsWith("What was the trade volume between Russia and China", FollowUpCarryOver.Rewrite(question, TradeTurn), StringComparison.Ordinal);

    private static readonly ChatTurn[] TradeAnswered =
    [
        new("user", "how much did russia and china trade in 2023"),
        new("assistant", "Friendly relations between Moscow and China “are at an unprecedented level”, the statement said, with the Kremlin boasting that bilateral trade volume of $200 billion reached a record $228 billion in 2023, surpassing the target of 200 billion dollars set by the two leaders [1]."),
    ];

    [Theory]
    [InlineData("ok whats the target number")]
    [InlineData("how big was the target")]
    public void AShortQuestionAboutAWordOfTheAnswerCarriesThePreviousTopic(string question) =>
        Assert.Equal($"{question.TrimEnd('?')} (russia china trade 2023)?", FollowUpCarryOver.Rewrite(question, TradeAnswered)); // and its year

    [Fact]
    public void AFollowUpWithoutAYearOfItsOwnKeepsThePreviousQuestionsYear() =>
        Assert.Equal(
            "and what did the kremlin say they'd talk about (xi putin meeting sept 2022)?",
            FollowUpCarryOver.Rewrite("and what did the kremlin say they'd talk about", [new("user", "where were xi and putin meeting in sept 2022?"), new("assistant", "In Uzbekistan [1].")]));

    [Theory]
    [InlineData("whats the capital of uzbekistan")] // nothing the answer said
    [InlineData("who is the nato chief")]
    [InlineData("what did the Kremlin say about the target")] // names someone
    [InlineData("what target did putin and xi set for trade")] // more than a short question
    public void AQuestionThatDoesNotPickUpTheAnswerStandsAlone(string question) =>
        Assert.Equal(question, FollowUpCarryOver.Rewrite(question, TradeAnswered));

    [Fact]
    public void WithoutHistoryNothingChanges() =>
        Assert.Equal("and in 2021?", FollowUpCarryOver.Rewrite("and in 2021?", []));
}
