using QaBot.Core.Answering.Verification;

namespace QaBot.Tests.Answering.Verification;

public sealed class SentenceSpansTests
{
    private static List<string> Sentences(string text) => SentenceSpans.Split(text).Select(s => text[s.Start..s.End]).ToList();

    [Fact]
    public void AbbreviationsAndDatesDoNotEndASentence() =>
        Assert.Equal(
            ["The U.S. imposed sanctions on Feb. 24 after Mr. Biden spoke.", "Trade grew."],
            Sentences("The U.S. imposed sanctions on Feb. 24 after Mr. Biden spoke. Trade grew."));

    [Fact]
    public void CitationMarkersAfterTheFullStopStayWithTheirSentence() =>
        Assert.Equal(["Trade grew. [1]", "It hit $228 billion [2]."], Sentences("Trade grew. [1] It hit $228 billion [2]."));

    [Fact]
    public void LineBreaksEndSentencesAndListNumbersStayWithTheirItem() =>
        Assert.Equal(["Key points:", "1. Trade grew [1].", "- Xi visited [2]."], Sentences("Key points:\n1. Trade grew [1].\n- Xi visited [2]."));

    [Fact]
    public void ChineseSentencesSplitOnTheIdeographicFullStop() =>
        Assert.Equal(["贸易增长了【1】。", "习近平访问了莫斯科【2】。"], Sentences("贸易增长了【1】。习近平访问了莫斯科【2】。"));

    [Fact]
    public void DecimalsAndMoneyDoNotSplit() =>
        Assert.Equal(["Trade reached $1.5 trillion in 2023."], Sentences("Trade reached $1.5 trillion in 2023."));
}
