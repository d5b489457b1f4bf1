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
    [InlineData("ties", "tie")]
    [InlineData("country", "countri")]
    [InlineData("describe", "describ")]
    [InlineData("described", "describ")]
    [InlineData("borders", "border")]
    [InlineData("russians", "russia")]
    [InlineData("seven", "7")]
    [InlineData("7", "7")]
    [InlineData("twenty", "20")]
    [InlineData("fifty", "50")]
    public void WordFormsMeetInOneStem(string word, string stem) => Assert.Equal(stem, Stemmer.Stem(word));

    [Theory]
    [InlineData("crimean", "crimea")]
    [InlineData("japanese", "japan")]
    [InlineData("chinese", "china")]
    [InlineData("ukrainians", "ukraine")]
    [InlineData("sino", "china")]
    [InlineData("western", "west")]
    public void APlacesAdjectiveNamesThePlace(string adjective, string place) => Assert.Equal(Stemmer.Stem(place), Stemmer.Stem(adjective));

    [Theory]
    [InlineData("uzbek", "uzbekistan")]
    [InlineData("uzbeks", "uzbekistan")]
    [InlineData("crimean", "crimea")]
    [InlineData("russia", null)]
    [InlineData("trip", null)]
    public void ADemonymGivesItsPlaceAsWritten(string word, string? place) => Assert.Equal(place, Stemmer.PlaceOfDemonym(word));

    [Theory]
    [InlineData("news")]
    [InlineData("war")]
    [InlineData("gas")]
    [InlineData("xi")]
    [InlineData("2023")]
    [InlineData("g20")]
    [InlineData("россии")]
    public void WordsThatAreNotInflectedStayAsTheyAre(string word) => Assert.Equal(word, Stemmer.Stem(word));

    [Theory]
    [InlineData("diplomatic", "diplomat")]
    [InlineData("developments", "develop")]
    [InlineData("national", "nation")]
    public void DerivedWordsAreNotTakenForTheirRoot(string derived, string root) => Assert.NotEqual(Stemmer.Stem(root), Stemmer.Stem(derived));

    [Theory]
    [InlineData("used", "uses")]
    [InlineData("hoped", "hoping")]
    [InlineData("planning", "plans")]
    [InlineData("traded", "trading")]
    [InlineData("controlled", "control")]
    [InlineData("agreed", "agree")]
    [InlineData("stated", "states")]
    [InlineData("cries", "cried")]
    [InlineData("played", "plays")]
    [InlineData("met", "meeting")] // irregular past forms meet their verb
    [InlineData("went", "going")]
    [InlineData("chosen", "choose")]
    [InlineData("flew", "flies")]
    [InlineData("became", "becomes")]
    public void InflectionsOfOneWordMeet(string one, string other) => Assert.Equal(Stemmer.Stem(one), Stemmer.Stem(other));

    [Theory]
    [InlineData("personally", "personal")]
    [InlineData("militarily", "militari")] // as "military"
    [InlineData("primarily", "primari")]
    [InlineData("officially", "official")]
    [InlineData("recently", "recent")]
    [InlineData("quickly", "quick")]
    [InlineData("carefully", "careful")]
    [InlineData("seriously", "serious")]
    [InlineData("weekly", "week")]
    public void AnAdverbMeetsItsAdjective(string adverb, string adjective) => Assert.Equal(Stemmer.Stem(adjective), Stemmer.Stem(adverb));

    [Theory]
    [InlineData("early", "ear")]
    [InlineData("only", "on")]
    [InlineData("rally", "ral")]
    [InlineData("family", "fam")]
    [InlineData("reply", "rep")]
    public void AWordEndingInLyThatIsNoAdverbKeepsItsEnding(string word, string shorter) => Assert.NotEqual(Stemmer.Stem(shorter), Stemmer.Stem(word));

    [Fact]
    public void StemmingIsSafeFromManyThreads()
    {
        var words = new[] { "invading", "meetings", "described", "controlled", "countries" };
        var expected = words.Select(Stemmer.Stem).ToList();
        Parallel.For(0, 2000, i => Assert.Equal(expected[i % words.Length], Stemmer.Stem(words[i % words.Length])));
    }

    [Theory]
    [InlineData("criticised", "criticized")]
    [InlineData("criticising", "criticize")]
    [InlineData("organisation", "organization")]
    [InlineData("recognises", "recognizes")]
    [InlineData("defence", "defense")]
    [InlineData("neighbours", "neighbors")]
    [InlineData("analysed", "analyzed")]
    [InlineData("advisor", "adviser")] // two spellings of one word
    [InlineData("advisors", "advisers")]
    public void ABritishSpellingStemsAsTheAmerican(string british, string american) =>
        Assert.Equal(Stemmer.Stem(american), Stemmer.Stem(british));

    [Theory]
    [InlineData("crisis", "crisi")] // no "-ise" verb
    [InlineData("raise", "rais")] // too short to have an "-ize" twin
    public void OtherWordsEndingInIsKeepTheirStem(string word, string stem) => Assert.Equal(stem, Stemmer.Stem(word));
}
