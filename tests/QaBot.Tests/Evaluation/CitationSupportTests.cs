using QaBot.Core.Evaluation;

namespace QaBot.Tests.Evaluation;

public class CitationSupportTests
{
    private const string Passage =
        "Friendly relations between Moscow and China \"are at an unprecedented level\", the statement said, with the Kremlin " +
        "boasting that bilateral trade volume of $200 billion reached a record $228 billion in 2023.";

    [Fact]
    public void AQuotedSentenceIsSupported() =>
        Assert.True(CitationSupport.Supports("Bilateral trade volume reached a record $228 billion in 2023 [1].", Passage));

    [Fact]
    public void AParaphraseWithTheSameContentWordsIsSupported()
    {
        var check = CitationSupport.Check("The Kremlin said trade reached a record $228 billion in 2023.", Passage);

        Assert.True(check.Supported);
        Assert.True(check.Overlap >= CitationSupport.MinimumOverlap);
    }

    [Fact]
    public void ASentenceWithANumberNotInThePassageIsNotSupported()
    {
        var check = CitationSupport.Check("Bilateral trade reached a record $240 billion in 2023.", Passage);

        Assert.False(check.Supported);
        Assert.Contains("240", check.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnrelatedSentenceIsNotSupported()
    {
        var check = CitationSupport.Check("NATO is enhancing cooperation with Australia and New Zealand.", Passage);

        Assert.False(check.Supported);
        Assert.True(check.Overlap < CitationSupport.MinimumOverlap);
    }

    [Fact]
    public void FormattingOfNumbersDoesNotBreakSupport() =>
        Assert.True(CitationSupport.Supports("Tens of 1,000 troops [2].", "tens of 1000 troops were assembled"));
}
