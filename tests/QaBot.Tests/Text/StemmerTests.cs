using QaBot.Core.Text;

namespace QaBot.Tests.Text;

public sealed class StemmerTests
{
    [Theory]
    [InlineData("invaded", "invad")]
    [InlineData("invades", "invad")]
    [InlineData("invading", "invad")]
    [InlineData("invade", "invad")]
    [InlineData("meetings", "meet")]
    [InlineData("countries", "countri")]
    [InlineData("country", "countri")]
    [InlineData("describe", "describ")]
    [InlineData("described", "describ")]
    [InlineData("borders", "border")]
    [InlineData("russians", "russian")]
    public void WordFormsMeetInOneStem(string word, string stem) => Assert.Equal(stem, Stemmer.Stem(word));

    [Theory]
    [InlineData("news")]
    [InlineData("war")]
    [InlineData("gas")]
    [InlineData("xi")]
    [InlineData("2023")]
    [InlineData("g20")]
    public void WordsThatAreNotInflectedStayAsTheyAre(string word) => Assert.Equal(word, Stemmer.Stem(word));

    [Fact]
    public void RussianWordsGetTheRussianStemmer()
    {
        Assert.Equal(Stemmer.Stem("россия"), Stemmer.Stem("россии"));
        Assert.Equal(Stemmer.Stem("торговля"), Stemmer.Stem("торговли"));
    }

    [Fact]
    public void StemmingIsSafeFromManyThreads()
    {
        var words = new[] { "invading", "meetings", "described", "россии", "countries" };
        var expected = words.Select(Stemmer.Stem).ToList();
        Parallel.For(0, 2000, i => Assert.Equal(expected[i % words.Length], Stemmer.Stem(words[i % words.Length])));
    }
}
