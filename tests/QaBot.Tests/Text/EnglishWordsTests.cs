using QaBot.Core.Text;

namespace QaBot.Tests.Text;

public sealed class EnglishWordsTests
{
    [Theory]
    [InlineData("navies")] // the plural of a lemma
    [InlineData("meddling")]
    [InlineData("rundown")]
    [InlineData("upfront")]
    [InlineData("stopped")]
    [InlineData("soldiers")]
    [InlineData("gotten")] // an irregular past form the word list does not hold
    public void WordsAndTheirInflectionsAreEnglish(string word) => Assert.True(EnglishWords.Contains(word));

    [Theory]
    [InlineData("zelensky")]
    [InlineData("blinken")]
    [InlineData("modi")]
    [InlineData("xqzt")]
    public void NamesAndNonsenseAreNot(string word) => Assert.False(EnglishWords.Contains(word));

    [Theory]
    [InlineData("iran", true)] // WordNet writes it only with a capital
    [InlineData("moscow", true)]
    [InlineData("kim", true)] // no English word
    [InlineData("china", false)] // also the word for porcelain
    [InlineData("deal", false)]
    [InlineData("war", false)]
    public void NamesAreTheWordsWrittenOnlyWithACapitalOrInNoDictionary(string word, bool name) => Assert.Equal(name, EnglishWords.IsName(word));

    [Theory]
    [InlineData("videolink", true)]
    [InlineData("warplanes", true)]
    [InlineData("taliban", false)] // "tali" is too short a part
    [InlineData("spokesguy", true)] // chat's compounds end in a short word after a long one
    [InlineData("stoltenberg", false)]
    [InlineData("zelensky", false)]
    public void TwoEnglishWordsWrittenAsOneAreACompound(string word, bool compound) => Assert.Equal(compound, EnglishWords.IsCompound(word));

    [Theory]
    [InlineData("gaza", true)]
    [InlineData("jong", true)]
    [InlineData("china", false)] // also an English word
    [InlineData("zelensky", false)] // in no dictionary at all
    public void ACapitalOnlyLemmaIsOneWordNetWritesOnlyWithACapital(string word, bool capitalOnly) =>
        Assert.Equal(capitalOnly, EnglishWords.IsCapitalOnly(word));
}
