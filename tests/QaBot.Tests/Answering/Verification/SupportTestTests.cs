using QaBot.Core.Answering.Verification;

namespace QaBot.Tests.Answering.Verification;

/// <summary>The one support rule, on hand-made cases (the eval's citation validity and the answer checker both use it).</summary>
public sealed class SupportTestTests
{
    private const string Passage =
        "Friendly relations between Moscow and China \"are at an unprecedented level\", the statement said, with the Kremlin " +
        "boasting that bilateral trade volume of $200 billion reached a record $228 billion in 2023.";

    private static QaBot.Core.Answering.Verification.Support Check(string sentence, string passage = Passage) =>
        SupportTest.Of(CitationMarkers.Strip(sentence), new PassageTerms(passage));

    [Fact]
    public void AQuotedSentenceIsSupported() =>
        Assert.True(SupportTest.Supports("Bilateral trade volume reached a record $228 billion in 2023 [1].", Passage));

    [Fact]
    public void AParaphraseWithTheSameContentWordsIsSupported()
    {
        var check = Check("The Kremlin said trade reached a record $228 billion in 2023.");

        Assert.True(check.IsSupported(SupportTest.DefaultMinSupport));
        Assert.True(check.Overlap >= SupportTest.DefaultMinSupport);
    }

    [Fact]
    public void ASentenceWithANumberNotInThePassageIsNotSupported()
    {
        var check = Check("Bilateral trade reached a record $240 billion in 2023.");

        Assert.False(check.IsSupported(SupportTest.DefaultMinSupport));
        Assert.Contains("240", check.Problem(SupportTest.DefaultMinSupport), StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnrelatedSentenceIsNotSupported()
    {
        var check = Check("NATO is enhancing cooperation with Australia and New Zealand.");

        Assert.False(check.IsSupported(SupportTest.DefaultMinSupport));
        Assert.True(check.Overlap < SupportTest.DefaultMinSupport);
    }

    [Fact]
    public void FormattingOfNumbersDoesNotBreakSupport() =>
        Assert.True(SupportTest.Supports("Tens of 1,000 troops [2].", "tens of 1000 troops were assembled"));

    [Fact]
    public void AcrossScriptsOnlyNamesAndNumbersAreCompared()
    {
        var russian = Check("Товарооборот достиг рекордных 228 миллиардов долларов в 2023 году.");
        var wrongNumber = Check("Товарооборот достиг 240 миллиардов долларов.");
        var nothingComparable = Check("Отношения находятся на беспрецедентном уровне.");

        Assert.True(russian.IsSupported(SupportTest.DefaultMinSupport));
        Assert.False(wrongNumber.IsSupported(SupportTest.DefaultMinSupport));
        Assert.False(nothingComparable.Verifiable);
        Assert.Contains("another script", nothingComparable.Problem(SupportTest.DefaultMinSupport), StringComparison.Ordinal);
    }

    [Fact]
    public void ASentenceInThePassagesOwnNonLatinScriptIsComparedWordByWord()
    {
        const string russianPassage = "Товарооборот России и Китая достиг рекордных 228 миллиардов долларов в 2023 году.";

        Assert.True(SupportTest.Supports("Товарооборот России и Китая достиг 228 миллиардов долларов [1].", russianPassage));
        Assert.False(SupportTest.Supports("Президенты обсудили войну и санкции [1].", russianPassage));
    }

    [Fact]
    public void PassagesThatBackASentenceOnlyTogetherEachCount()
    {
        var trade = new PassageTerms("Bilateral trade between Russia and China reached a record $228 billion.");
        var year = new PassageTerms("Customs figures for 2023 show the total, the service in Beijing said.");
        var bystander = new PassageTerms("NATO is enhancing cooperation with Australia and New Zealand.");

        var judged = SupportTest.OfCitations("Russia-China trade reached a record $228 billion in 2023, customs figures show.", [trade, year, bystander], 0.5);

        Assert.True(judged.Jointly);
        Assert.Equal([0, 1], judged.Supporting);
        Assert.False(judged.Tests[1].IsSupported(0.5)); // the year passage alone does not back the sentence
    }
}
