using QaBot.Core.Articles;

namespace QaBot.Tests.Articles;

public sealed class ArticleCleanerTests
{
    private readonly ArticleCleaner _cleaner = new();

    [Theory]
    [InlineData("Powered by MOMENTUM MEDIA")]
    [InlineData("Powered by MOMENTUMMEDIA")]
    [InlineData("defence connect logo")]
    [InlineData("Read Also : German Woman Tries To Poison Lookalike")]
    [InlineData("Read more: Ukraine urges faster weapons delivery")]
    [InlineData("Related Article: Ukraine Urges Faster Weapons Delivery")]
    [InlineData("Related: China blames NSA")]
    [InlineData("[Related: China blames NSA for cyber-attack on its military research university ]")]
    [InlineData("@YouTube")]
    [InlineData("You need to be a member to post comments. Become a member for free today!")]
    [InlineData("==============")]
    [InlineData("-----")]
    [InlineData("Photo credit: AP")]
    [InlineData("Uncommon knowledge")]
    [InlineData("Advertisement")]
    [InlineData("Share this article")]
    [InlineData("Subscribe to our newsletter")]
    [InlineData("© 2024 Newsweek. All rights reserved.")]
    public void ChromeLinesAreRemoved(string chrome)
    {
        var cleaned = _cleaner.Clean($"First real sentence here.\n{chrome}\nSecond real sentence here.");
        Assert.Equal("First real sentence here.\n\nSecond real sentence here.", cleaned.Text);
        Assert.Single(cleaned.Removed);
    }

    [Theory]
    [InlineData("Read the statement in full below.")]
    [InlineData("Related talks are planned for next week.")]
    [InlineData("Sources say the talks will resume in March.")]
    [InlineData("The company unveiled a new logo for the summit.")]
    [InlineData("Powered by cheap gas, the economy grew fast in the decade after the war, officials said on Tuesday in Moscow.")]
    [InlineData("He said no.")]
    [InlineData("Subheading Without Punctuation")]
    public void ContentThatMerelyResemblesChromeIsKept(string content)
    {
        var cleaned = _cleaner.Clean($"First real sentence here.\n{content}");
        Assert.Equal($"First real sentence here.\n\n{content}", cleaned.Text);
    }

    [Fact]
    public void DateHeaderIsExtractedAndRemoved()
    {
        var cleaned = _cleaner.Clean(" date 2021-12-15 \n\n\n\nThe text starts here.");
        Assert.Equal(new DateOnly(2021, 12, 15), cleaned.HeaderDate);
        Assert.Equal("The text starts here.", cleaned.Text);
    }

    [Theory]
    [InlineData("Date: 2023-02-01", 2023, 2, 1)]
    [InlineData("Published: February 1, 2023", 2023, 2, 1)]
    [InlineData("Published on 1 February 2023", 2023, 2, 1)]
    public void OtherDateHeaderFormsAreRecognised(string header, int year, int month, int day)
    {
        var cleaned = _cleaner.Clean($"{header}\nThe text starts here.");
        Assert.Equal(new DateOnly(year, month, day), cleaned.HeaderDate);
        Assert.Equal("The text starts here.", cleaned.Text);
    }

    [Fact]
    public void ADateInTheBodyIsNotTakenAsTheHeaderDate()
    {
        var cleaned = _cleaner.Clean("One.\nTwo.\nThree.\nFour.\nFive.\nSix.\ndate 2021-12-15");
        Assert.Null(cleaned.HeaderDate);
    }

    [Fact]
    public void SourcesFooterUrlsAreExtractedInOrderAndRemoved()
    {
        var cleaned = _cleaner.Clean("Body text.\n\nSources 1/ https://Google.com/ 2/ https://www.aljazeera.com/news/2021/12/15/a-story\n");
        Assert.Equal([new Uri("https://Google.com/"), new Uri("https://www.aljazeera.com/news/2021/12/15/a-story")], cleaned.SourceUrls);
        Assert.Equal("Body text.", cleaned.Text);
    }

    [Fact]
    public void DuplicatedLinesAndParagraphsKeepTheFirstOccurrence()
    {
        var cleaned = _cleaner.Clean("Headline here\n\nHeadline here\n\nStandfirst sentence.\u00A0\n\nStandfirst sentence.\n\nBody.");
        Assert.Equal("Headline here\n\nStandfirst sentence.\n\nBody.", cleaned.Text);
    }

    [Fact]
    public void ARepeatedLongSentenceIsRemovedButShortRepeatsStay()
    {
        const string Long = "Newsroom policy is to seek comment from every party named in a story.";
        var cleaned = _cleaner.Clean($"He said no. {Long} She said no.\n\nHe said no.  {Long.Replace(" ", "\u00A0 ", StringComparison.Ordinal)}");
        Assert.Equal($"He said no. {Long} She said no.\n\nHe said no.", cleaned.Text);
    }

    [Fact]
    public void AParagraphRestatingEarlierSentencesIsRemoved()
    {
        const string Text =
            "The talks began on Monday. Xi and Putin (R) met in Moscow, Russia. The couple spoke on February 8, 2024, and said their relationship is as good as it gets…\n\n"
            + "Xi and Putin (R) met in Moscow, Russia. The couple spoke on February 8, 2024, and said their relationship is as good as it has ever been.\n\n"
            + "Both men criticised the West.";
        var cleaned = _cleaner.Clean(Text);
        Assert.Equal(
            "The talks began on Monday. Xi and Putin (R) met in Moscow, Russia. The couple spoke on February 8, 2024, and said their relationship is as good as it gets…\n\nBoth men criticised the West.",
            cleaned.Text);
    }

    [Fact]
    public void ACaptionToldByItsPhotoCreditLeavesTheTextAndIsRemembered()
    {
        var cleaned = _cleaner.Clean("Putin speaks at the Kremlin on December 30, 2022. | Photo credit: AP\n\nThe story.");
        Assert.Equal("The story.", cleaned.Text);
        Assert.Equal(["Putin speaks at the Kremlin on December 30, 2022."], cleaned.Captions);
    }

    [Fact]
    public void WhitespaceIsNormalisedAndParagraphsAreSeparatedByOneBlankLine()
    {
        var cleaned = _cleaner.Clean("\r\n\r\n  First\tparagraph  has   gaps .\r\n\r\n\r\n\u200BSecond\u00A0paragraph.\u0007\r\n");
        Assert.Equal("First paragraph has gaps.\n\nSecond paragraph.", cleaned.Text);
    }

    [Fact]
    public void HardWrappedLinesAreJoinedButOneParagraphPerLineStays()
    {
        var cleaned = _cleaner.Clean("The minister said the talks\nwould resume next week.\nA second paragraph starts here.\nSubheading\nMore text.");
        Assert.Equal(
            "The minister said the talks would resume next week.\n\nA second paragraph starts here.\n\nSubheading\n\nMore text.",
            cleaned.Text);
    }

    [Fact]
    public void InlineNewsweekBoilerplateIsRemovedFromTheParagraph()
    {
        var cleaned = _cleaner.Clean(
            "Aid is stuck in Congress. Uncommon knowledge Newsweek is committed to challenging conventional wisdom and finding connections in the search for common ground.");
        Assert.Equal("Aid is stuck in Congress.", cleaned.Text);
    }

    [Fact]
    public void TextMadeOnlyOfChromeCleansToNothing()
    {
        Assert.Equal("", _cleaner.Clean("Powered by X\n=====\n@YouTube\n").Text);
    }
}
