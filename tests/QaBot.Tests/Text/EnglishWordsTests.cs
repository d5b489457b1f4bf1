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
    public void WordsAndTheirInflectionsAreEnglish(string word) => Assert.True(EnglishWords.Contains(word));

    [Theory]
    [InlineData("zelensky")]
    [InlineData("blinken")]
    [InlineData("modi")]
    [InlineData("xqzt")]
    public void NamesAndNonsenseAreNot(string word) => Assert.False(EnglishWords.Contains(word));
}
