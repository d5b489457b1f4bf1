using QaBot.Core.Evaluation;

namespace QaBot.Tests.Evaluation;

public class FactMatcherTests
{
    [Theory]
    [InlineData("Trade reached a record $228 billion in 2023.", "228")]
    [InlineData("Trade reached a record $228 billion in 2023.", "$228 billion")]
    [InlineData("trade turnover hit US$140 billion in 2021", "140 billion")]
    [InlineData("trade turnover hit US$140 billion in 2021", "140")]
    [InlineData("about 1,000 troops", "1000")]
    [InlineData("about 1000 troops", "1,000")]
    [InlineData("about 1 000 troops", "1000")]
    [InlineData("about 1\u00A0000\u00A0000 troops", "1,000,000")]
    [InlineData("They met on 2021-12-15.", "2021-12-15|December 15")]
    [InlineData("They met on December 15, 2021.", "2021-12-15|December 15")]
    [InlineData("It was 228bn dollars", "228")]
    [InlineData("the 20th National Congress", "20th National Congress")]
    public void NumbersMatchWhateverTheirFormatting(string text, string fact) => Assert.True(FactMatcher.Matches(text, fact));

    [Theory]
    [InlineData("Trade reached 2280 units", "228")]
    [InlineData("Trade reached 22.8 billion", "228")]
    [InlineData("trade hit US$140 million", "140 billion")]
    [InlineData("In 2021, 140 ships", "2021140")]
    [InlineData("The meeting is in December", "December 15")]
    public void NumbersDoNotMatchOtherNumbers(string text, string fact) => Assert.False(FactMatcher.Matches(text, fact));

    [Fact]
    public void AnyAlternativeMatches()
    {
        Assert.True(FactMatcher.Matches("They met in Uzbekistan.", "Узбекистан|Uzbekistan"));
        Assert.True(FactMatcher.Matches("Встреча прошла в Узбекистане и Узбекистан был рад.", "Uzbekistan | Узбекистан"));
        Assert.False(FactMatcher.Matches("They met in Kazakhstan.", "Uzbekistan|Узбекистан"));
        Assert.False(FactMatcher.Matches("anything", " | "));
    }

    [Fact]
    public void CaseAndAccentsAreIgnored()
    {
        Assert.True(FactMatcher.Matches("SÃO PAULO and Zürich", "sao paulo"));
        Assert.True(FactMatcher.Matches("the cafe", "café"));
        Assert.True(FactMatcher.Matches("Dmitry PESKOV said", "Peskov"));
    }

    [Fact]
    public void CyrillicMatchesIgnoringCaseAndYo()
    {
        Assert.True(FactMatcher.Matches("ТОВАРООБОРОТ вырос", "товарооборот"));
        Assert.True(FactMatcher.Matches("Путин назвал его лучшим другом", "лучшим другом"));
        Assert.True(FactMatcher.Matches("объём торговли", "объем"));
        Assert.True(FactMatcher.Matches("228 млрд долларов", "228"));
        Assert.False(FactMatcher.Matches("лучший друг", "лучшим другом"));
    }

    [Fact]
    public void WordsMustMatchWholeNotAsPrefixes()
    {
        Assert.False(FactMatcher.Matches("the Kremlin", "Krem"));
        Assert.True(FactMatcher.Matches("East China Sea exercises", "east china sea"));
        Assert.False(FactMatcher.Matches("East and South China Sea", "east china sea"));
    }

    [Theory]
    [InlineData("the Senate's rejected bill on borders", "border")]
    [InlineData("a bill on the border", "borders")]
    [InlineData("Biden warned Putin against invading Ukraine", "invade")]
    [InlineData("Russia invaded Ukraine", "invade")]
    [InlineData("the Kremlin denies its intention to invade", "invaded|invades")]
    [InlineData("China has been flying drones", "drone")]
    [InlineData("painful sanctions", "painful sanction")]
    [InlineData("both countries agreed", "country")]
    [InlineData("the country agreed", "countries")]
    [InlineData("troops stopped at the line", "stop")]
    [InlineData("China's president", "China")]
    [InlineData("China’s president", "China")]
    [InlineData("the president of China", "China's")]
    [InlineData("the leaders' statement", "leader statement")]
    [InlineData("they agreed to extend it", "agree to extend")]
    public void EnglishWordsMatchTheirInflectionsAndPossessives(string text, string fact) =>
        Assert.True(FactMatcher.Matches(text, fact), $"\"{fact}\" should match \"{text}\"");

    [Theory]
    [InlineData("a university in Moscow", "universe")]
    [InlineData("relations with the West", "relative")]
    [InlineData("an international organization", "organ")]
    [InlineData("generally speaking", "general")]
    [InlineData("the latest news", "new")]
    [InlineData("a statement was released", "state")]
    [InlineData("the army moved", "arm")]
    [InlineData("the police came", "policy")]
    [InlineData("a bed in Moscow", "be")]
    [InlineData("tensions in Europe", "tense")]
    public void InflectionMatchingNeverAcceptsADifferentWord(string text, string fact) =>
        Assert.False(FactMatcher.Matches(text, fact), $"\"{fact}\" should not match \"{text}\"");
}
