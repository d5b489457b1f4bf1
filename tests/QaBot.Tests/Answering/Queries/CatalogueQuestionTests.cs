using QaBot.Core.Answering.Queries;

namespace QaBot.Tests.Answering.Queries;

public sealed class CatalogueQuestionTests
{
    [Theory]
    [InlineData("which articles do u have")]
    [InlineData("what are the articles about?")]
    [InlineData("hey what sources r u using")]
    [InlineData("list ur articles pls")]
    [InlineData("how many articles do you have")]
    [InlineData("what do you know about?")]
    public void AQuestionAboutTheCollectionIsOne(string message) => Assert.True(CatalogueQuestion.Is(message));

    [Theory]
    [InlineData("what do you know about xi")]
    [InlineData("which articles mention drones")]
    [InlineData("what are the articles saying about taiwan")]
    [InlineData("whats the newest article about")]
    [InlineData("what did xi call putin?")]
    public void AQuestionAboutTheNewsIsNot(string message) => Assert.False(CatalogueQuestion.Is(message));
}
