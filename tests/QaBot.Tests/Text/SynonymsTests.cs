using QaBot.Core.Text;

namespace QaBot.Tests.Text;

public sealed class SynonymsTests
{
    [Fact]
    public void AWordIsMetByTheStemsOfItsGroupButNotItsOwn()
    {
        var others = Synonyms.Of(Stemmer.Stem("ties"));

        Assert.Contains(Stemmer.Stem("relations"), others);
        Assert.DoesNotContain(Stemmer.Stem("ties"), others);
    }

    [Theory]
    [InlineData("navies", "naval")] // the plural's stem is the group's "navies", not "navy"'s
    [InlineData("drills", "exercises")]
    [InlineData("gathered", "assembling")] // "how many troops did kyiv say moscow had gathered": "…assembling tens of thousands of troops"
    [InlineData("phone", "telephone")]
    [InlineData("against", "opposition")] // "what were they against": what they opposed
    [InlineData("switch", "change")] // "did beijing switch up its wording": "…the change may reflect growing Chinese concern"
    [InlineData("Meddling", "interference")]
    [InlineData("massed", "assembling")] // "…had massed near the border"
    [InlineData("griping", "chastised")] // "what were putin & xi griping abt the us for"
    [InlineData("blame", "accusing")]
    [InlineData("see", "considers")] // "how does washington see china": "The United States, which considers China its greatest long-term enemy"
    [InlineData("praise", "hailed")]
    [InlineData("sidelines", "margins")] // "…on the sidelines of what summit": "on the margins of the Shanghai Cooperation Organisation meeting"
    public void TheWordsForAWordAreTheListsOthersAsWritten(string word, string other) =>
        Assert.Contains(other, Synonyms.WordsFor(word.ToLowerInvariant()));

    [Fact]
    public void AWordOfNoGroupHasNoOtherWords() => Assert.Empty(Synonyms.WordsFor("borscht"));
}
