using QaBot.Core.Text;

namespace QaBot.Tests.Text;

public sealed class AcronymsTests
{
    private static readonly string[] Passages =
    [
        "In September of last year, the two global leaders met on the margins of the Shanghai Cooperation Organisation meeting in Uzbekistan.",
        "The meeting comes after major exercises by China’s People’s Liberation Army in the region.",
        "It comes just months ahead of the Chinese Communist Party’s 20th National Congress.",
        "Kremlin spokesman Dmitry Peskov said the two leaders would discuss the aggressive rhetoric from the United States and NATO.",
        "Details disclosed on Tuesday of the initiative, dubbed the US-India Initiative on Critical and Emerging Technologies, were shared by the Department of Defense.",
    ];

    [Theory]
    [InlineData("what country hosted the sco meeting", "sco", "what country hosted the Shanghai Cooperation Organisation meeting")]
    [InlineData("what were the PLA drills about", "pla", "what were the People’s Liberation Army drills about")]
    [InlineData("when is the ccp congress", "ccp", "when is the Chinese Communist Party’s congress")]
    [InlineData("whats the icet", "icet", "whats the Initiative on Critical and Emerging Technologies")] // small words between the capitals
    [InlineData("what did the dod share", "dod", "what did the Department of Defense share")]
    [InlineData("what did the who say", "who", "what did the who say")] // no name in the passages has those initials
    [InlineData("the xi biden summit in san francisco", "san", "the xi biden summit in san francisco")] // "and" joins two names: "States and NATO" is none
    public void AnAcronymBecomesTheNameThePassagesWriteInFull(string question, string acronym, string expanded) =>
        Assert.Equal(expanded, Acronyms.Expand(question, new HashSet<string> { acronym }, Passages));

    [Fact]
    public void OnlyTheMarkedWordsAreSpeltOut() =>
        Assert.Equal("the sco and the ccp", Acronyms.Expand("the sco and the ccp", new HashSet<string>(), Passages));

    [Theory]
    [InlineData("sco", true)]
    [InlineData("adiz", true)]
    [InlineData("us", false)] // two letters match too many names by chance
    [InlineData("shanghai", false)]
    [InlineData("g20", false)]
    public void AnAcronymIsThreeToFiveLetters(string word, bool could) => Assert.Equal(could, Acronyms.CouldBe(word));

    [Theory]
    [InlineData("ge", "what is GE asking the us government", true)]
    [InlineData("ge", "what is ge asking the us government", false)] // in lower case, two letters are too often a word or a slip
    [InlineData("sco", "what is the sco", true)]
    public void TwoLettersAreAnAcronymWhenTypedInCapitals(string word, string message, bool could) =>
        Assert.Equal(could, Acronyms.CouldBe(word, message));
}
