using QaBot.Core.Articles;
using QaBot.Core.Chunking;

namespace QaBot.Tests.Articles;

public sealed class ArticleReferenceTests
{
    private static readonly Chunk December2021 = new("003#0", "003", "Title", new DateOnly(2021, 12, 15), new Uri("https://www.aljazeera.com/news/2021/12/15/x"), 0, 0, 10, "Text.");

    [Theory]
    [InlineData("gist of the dec 2021 article", true)] // its month
    [InlineData("tl;dr why russia n china got so cozy, per the 2021 piece", true)] // its year, called an article
    [InlineData("what did the story from 2021 say", true)]
    [InlineData("can u summarize the al jazeera one", true)] // its outlet
    [InlineData("what was trade in 2021", false)] // a year alone asks for that year's figures
    [InlineData("gist of the 2024 piece", false)] // another year
    public void AQuestionNamesAnArticleByItsDateYearOrOutlet(string question, bool names) =>
        Assert.Equal(names, ArticleReference.Names(question, DateMentions.Find(question), December2021));
}
