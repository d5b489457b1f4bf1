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

    [Theory]
    [InlineData("The Ukrainian government has accused Moscow of assembling troops.", "russia", true)] // the capital for the government
    [InlineData("Beijing is ready to increase strategic cooperation.", "china", true)]
    [InlineData("Russian President Vladimir Putin spoke.", "moscow", false)] // not the other way round
    [InlineData("Jake Sullivan spoke in Washington, D.C.", "us", false)] // Washington is as often the city
    public void AQuestionsCountryMeetsItsCapital(string passage, string questionWord, bool met)
    {
        var term = new WeightedTerm(questionWord, Stemmer.Stem(questionWord), 1.0);

        Assert.Equal(met, PassageWords.Of(passage).Has(term));
    }

    [Theory]
    [InlineData("Relations between Moscow and Beijing are at an unprecedented level.", "ties", true)]
    [InlineData("Both men chastised the United States for interference.", "meddling", true)]
    [InlineData("NATO does not view China as an opponent.", "enemy", true)]
    [InlineData("China expresses gratitude for the negotiations.", "thankful", true)]
    [InlineData("China has flown fighter jets near Taiwan.", "planes", true)]
    [InlineData("The leaders discussed trade.", "ties", false)]
    [InlineData("NATO was founded in 1949.", "foundation", false)] // a derived word is no synonym
    public void AQuestionsWordMeetsAWordTheNewsUsesForTheSameThing(string passage, string questionWord, bool met)
    {
        var term = new WeightedTerm(questionWord, Stemmer.Stem(questionWord), 1.0);

        Assert.Equal(met, PassageWords.Of(passage).Has(term));
    }
}
