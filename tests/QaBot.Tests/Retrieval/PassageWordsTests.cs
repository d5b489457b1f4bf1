using QaBot.Core.Retrieval;
using QaBot.Core.Text;

namespace QaBot.Tests.Retrieval;

/// <summary>A passage's content words, as the question's words are matched against them.</summary>
public sealed class PassageWordsTests
{
    [Theory]
    [InlineData("US National Security Adviser Jake Sullivan stated on Tuesday…", true)]
    [InlineData("Tensions between Russia and the U.S. have intensified.", true)]
    [InlineData("That requires a discussion between us and the Chinese.", false)] // the pronoun
    public void TheCountryIsReadAsTheQuestionReadsIt(string passage, bool named)
    {
        var words = PassageWords.Of(passage);
        Assert.Equal(named, words.Stems.Contains(Stemmer.Stem("united")) && words.Stems.Contains(Stemmer.Stem("states")));
    }
}
