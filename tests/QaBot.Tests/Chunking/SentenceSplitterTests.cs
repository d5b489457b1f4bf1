using System.Diagnostics;
using QaBot.Core.Chunking;

namespace QaBot.Tests.Chunking;

public sealed class SentenceSplitterTests
{
    [Theory]
    [InlineData("Putin used the partnership to balance U.S. influence. He also made deals.")]
    [InlineData("Talks with the U.K. government resumed. Both sides agreed.")]
    [InlineData("He spoke in Washington, D.C., on Friday. It was cold.")]
    [InlineData("Mr. Putin and Mrs. Smith met Dr. Jones. They talked.")]
    [InlineData("He attended a forum in St. Petersburg in 2019. It lasted three days.")]
    [InlineData("The war began on Feb. 24 last year. It continues.")]
    [InlineData("Talks are set for Jan. 5 in Geneva. Both sides confirmed.")]
    [InlineData("The resolution, No. 5 on the list, passed. Nobody objected.")]
    [InlineData("Trade hit $1.5 billion in March. Exports rose.")]
    [InlineData("Inflation was 3.5% in May. It fell later.")]
    [InlineData("NATO chief Jens H. Stoltenberg spoke. He was firm.")]
    [InlineData("India might build General Electric Co. jet engines. Talks continue.")]
    [InlineData("The meeting ended at 9 p.m. Moscow time on Monday. Nothing was signed.")]
    public void AbbreviationsNumbersAndInitialsDoNotEndASentence(string text)
    {
        var sentences = SentenceSplitter.SplitToStrings(text);
        Assert.Equal(2, sentences.Count);
        Assert.Equal(text, string.Join(' ', sentences));
    }

    [Fact]
    public void APeriodFollowedByALowerCaseWordIsNotASentenceEnd()
    {
        const string Text = "The war will reach the two-year mark on February 24. with no end in sight. Western countries opposed it.";
        Assert.Equal(
            ["The war will reach the two-year mark on February 24. with no end in sight.", "Western countries opposed it."],
            SentenceSplitter.SplitToStrings(Text));
    }

    [Theory]
    [InlineData("He said no. Then he left.")]
    [InlineData("The plan is a work of art. Critics disagree.")]
    [InlineData("Putin says he has no choice but to go on. Xi listened.")]
    public void WordsThatAreAbbreviationsOnlyBeforeANumberEndSentencesOtherwise(string text) =>
        Assert.Equal(2, SentenceSplitter.Split(text).Count);

    [Fact]
    public void AnAcronymEndsASentenceWhenATypicalOpenerFollows() =>
        Assert.Equal(
            ["Sanctions were imposed by the U.S.", "The move angered Moscow."],
            SentenceSplitter.SplitToStrings("Sanctions were imposed by the U.S. The move angered Moscow."));

    [Fact]
    public void ASentenceEndingInsideAClosingQuoteEndsAfterTheQuote()
    {
        Assert.Equal(
            ["He said the talks were “very productive.”", "Then he left."],
            SentenceSplitter.SplitToStrings("He said the talks were “very productive.” Then he left."));
        Assert.Equal(
            ["She called it \"a disgrace.\"", "Nobody answered."],
            SentenceSplitter.SplitToStrings("She called it \"a disgrace.\" Nobody answered."));
    }

    [Fact]
    public void SentencesInsideAQuotationDoNotSplitIt()
    {
        const string Curly = "“We see aggressive rhetoric. That requires a discussion,” Peskov said. Talks follow.";
        Assert.Equal(["“We see aggressive rhetoric. That requires a discussion,” Peskov said.", "Talks follow."], SentenceSplitter.SplitToStrings(Curly));
        const string Straight = "He said \"We are ready. Are you?\" and walked out. Silence followed.";
        Assert.Equal(["He said \"We are ready. Are you?\" and walked out.", "Silence followed."], SentenceSplitter.SplitToStrings(Straight));
    }

    [Fact]
    public void AnUnmatchedQuoteDoesNotSwallowTheParagraph()
    {
        const string Text = "Naturally, they will trust each other.” This meeting builds on February. It was expected.";
        Assert.Equal(3, SentenceSplitter.Split(Text).Count);
        Assert.Equal(3, SentenceSplitter.Split("“An opening quote never closed. Second sentence. Third one.").Count);
    }

    [Fact]
    public void EllipsesStayInsideTheirSentence()
    {
        Assert.Single(SentenceSplitter.Split("He paused... and then he went on."));
        Assert.Single(SentenceSplitter.Split("The relationship is as good as it gets… Moscow agrees."));
        Assert.Equal(2, SentenceSplitter.Split("He waited… The door opened.").Count);
    }

    [Fact]
    public void QuestionAndExclamationMarksEndSentences() =>
        Assert.Equal(["Is it over?", "No!", "Not yet."], SentenceSplitter.SplitToStrings("Is it over? No! Not yet."));

    [Fact]
    public void AParagraphBreakAlwaysEndsASentence()
    {
        Assert.Equal(
            ["Russia-China Ties", "On February 24, the war will last one year."],
            SentenceSplitter.SplitToStrings("Russia-China Ties\n\nOn February 24, the war will last one year."));
        Assert.Equal(["Mr.", "Putin arrived."], SentenceSplitter.SplitToStrings("Mr.\n \nPutin arrived."));
    }

    [Fact]
    public void ASingleLineBreakIsJustWhitespace() =>
        Assert.Single(SentenceSplitter.Split("The talks\nresumed on Monday."));

    [Fact]
    public void SpansIndexTheOriginalTextAndAreTrimmed()
    {
        const string Text = "  First one.   Second one!\n\n  Third one  ";
        var spans = SentenceSplitter.Split(Text);
        Assert.Equal([new SentenceSpan(2, 12), new SentenceSpan(15, 26), new SentenceSpan(30, 39)], spans);
        Assert.Equal("Third one", spans[2].Of(Text));
    }

    [Fact]
    public void ARangeCanBeSplitWithOffsetsIntoTheWholeText()
    {
        const string Text = "Ignored. First. Second. Ignored too.";
        var spans = SentenceSplitter.Split(Text, 9, 23);
        Assert.Equal(["First.", "Second."], spans.Select(s => s.Of(Text)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    public void BlankTextHasNoSentences(string text) => Assert.Empty(SentenceSplitter.Split(text));

    [Fact]
    public void EveryNonWhitespaceCharacterBelongsToExactlyOneSentence()
    {
        const string Text = "A “quoted. text” here. (Bracketed.) Next? Yes… U.S. officials said so. “Fine.” he said. Done.\n\nNew para...";
        var spans = SentenceSplitter.Split(Text);
        var covered = new int[Text.Length];
        foreach (var span in spans)
        {
            for (int i = span.Start; i < span.End; i++)
            {
                covered[i]++;
            }
        }
        for (int i = 0; i < Text.Length; i++)
        {
            Assert.Equal(char.IsWhiteSpace(Text[i]) ? covered[i] : 1, covered[i]);
        }
        Assert.All(spans.Zip(spans.Skip(1)), pair => Assert.True(pair.First.End <= pair.Second.Start));
    }

    [Fact]
    public void AMegabyteOfRepeatedProseSplitsIntoExactlyItsSentences()
    {
        // Speed is measured by `qabot bench`, not here; this checks the splitter stays exact on large input.
        string text = string.Concat(Enumerable.Repeat("Mr. Putin met Xi in St. Petersburg on Feb. 24. “Trade hit $1.5 billion,” he said. Talks continue!\n\n", 12_000));
        var spans = SentenceSplitter.Split(text);
        Assert.Equal(36_000, spans.Count);
    }

    private static List<string> AnswerSentences(string text) => SentenceSplitter.SplitLines(text).Select(s => s.Of(text)).ToList();

    [Fact]
    public void InAnswersAbbreviationsAndDatesDoNotEndASentence() =>
        Assert.Equal(
            ["The U.S. imposed sanctions on Feb. 24 after Mr. Biden spoke.", "Trade grew."],
            AnswerSentences("The U.S. imposed sanctions on Feb. 24 after Mr. Biden spoke. Trade grew."));

    [Fact]
    public void CitationMarkersAfterTheFullStopStayWithTheirSentence()
    {
        Assert.Equal(["Trade grew. [1]", "It hit $228 billion [2]."], AnswerSentences("Trade grew. [1] It hit $228 billion [2]."));
        Assert.Equal(["Trade grew.[1][2]", "It hit $228 billion."], AnswerSentences("Trade grew.[1][2] It hit $228 billion."));
    }

    [Fact]
    public void InAnswersLineBreaksEndSentencesAndListNumbersStayWithTheirItem() =>
        Assert.Equal(["Key points:", "1. Trade grew [1].", "- Xi visited [2]."], AnswerSentences("Key points:\n1. Trade grew [1].\n- Xi visited [2]."));

    [Fact]
    public void ListNumbersStayWithTheirItemInArticlesToo() =>
        Assert.Equal(["1. Trade grew.", "2. Xi visited."], SentenceSplitter.SplitToStrings("1. Trade grew. 2. Xi visited."));

    [Fact]
    public void ChineseSentencesSplitOnTheIdeographicFullStop() =>
        Assert.Equal(["贸易增长了【1】。", "习近平访问了莫斯科【2】。"], AnswerSentences("贸易增长了【1】。习近平访问了莫斯科【2】。"));

    [Fact]
    public void DecimalsAndMoneyDoNotSplit() =>
        Assert.Equal(["Trade reached $1.5 trillion in 2023."], AnswerSentences("Trade reached $1.5 trillion in 2023."));
}
