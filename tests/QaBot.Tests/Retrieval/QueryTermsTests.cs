using QaBot.Core.Retrieval;

namespace QaBot.Tests.Retrieval;

public sealed class QueryTermsTests
{
    [Fact]
    public void ContentWordsDropStopWordsAndKeepNumbers()
    {
        var words = QueryTerms.ContentWords("What was the trade volume between Russia and China in 2023?");

        Assert.Equal(["trade", "volume", "russia", "china", "2023"], words);
    }

    [Fact]
    public void AccentsAndCaseAreFolded()
    {
        Assert.Equal(["cafe", "resume"], QueryTerms.ContentWords("Café RÉSUMÉ"));
    }

    [Fact]
    public void CyrillicWordsAreKept()
    {
        Assert.Contains("россия", QueryTerms.ContentWords("Россия и Китай"));
    }

    [Theory]
    [InlineData("invaded", "invad")]
    [InlineData("invades", "invad")]
    [InlineData("meetings", "meet")]
    [InlineData("countries", "country")]
    [InlineData("war", "war")]
    [InlineData("describe", "describ")]
    [InlineData("described", "describ")]
    public void StemLetsWordFormsMeet(string word, string stem) => Assert.Equal(stem, QueryTerms.Stem(word));
}
