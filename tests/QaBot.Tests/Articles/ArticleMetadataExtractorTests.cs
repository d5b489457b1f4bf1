using QaBot.Core.Articles;

namespace QaBot.Tests.Articles;

public sealed class ArticleMetadataExtractorTests
{
    private readonly ArticleCleaner _cleaner = new();
    private readonly ArticleMetadataExtractor _extractor = new();

    [Theory]
    [InlineData("https://Google.com/")]
    [InlineData("https://www.google.co.uk/search?q=putin+xi")]
    [InlineData("https://www.bing.com/")]
    [InlineData("https://duckduckgo.com/?q=x")]
    [InlineData("https://search.yahoo.com/search?p=x")]
    public void SearchEngineAddressesAreNeverSources(string url)
    {
        Assert.True(ArticleMetadataExtractor.IsSearchEngine(new Uri(url)));
        Assert.Null(ArticleMetadataExtractor.BestSource([new Uri(url)]));
    }

    [Fact]
    public void AnArticleAddressBeatsABareHomepage()
    {
        var best = ArticleMetadataExtractor.BestSource(
            [new Uri("https://Google.com/"), new Uri("https://www.reuters.com/"), new Uri("https://www.reuters.com/world/story-1")]);
        Assert.Equal(new Uri("https://www.reuters.com/world/story-1"), best);
    }

    [Fact]
    public void ABareNewsHomepageIsBetterThanNothing() =>
        Assert.Equal(new Uri("https://www.reuters.com/"), ArticleMetadataExtractor.BestSource([new Uri("https://www.reuters.com/")]));

    [Fact]
    public void DeclaredMetadataWinsOverWhatTheTextSays()
    {
        var cleaned = _cleaner.Clean("date 2020-01-01\nHeadline in text\n\nBody.\n\nSources 1/ https://a.example/story");
        var metadata = _extractor.Extract(new RawDocument("", "Declared title", new DateOnly(2021, 2, 3), new Uri("https://b.example/x")), cleaned, "id");
        Assert.Equal(new ArticleMetadata("Declared title", new DateOnly(2021, 2, 3), new Uri("https://b.example/x")), metadata);
    }

    [Fact]
    public void AShortFirstSentenceBecomesTheTitleWithoutItsFullStop()
    {
        var metadata = Extract("Xi will visit Moscow in spring. He said so on Monday.");
        Assert.Equal("Xi will visit Moscow in spring", metadata.Title);
    }

    [Fact]
    public void AQuestionHeadlineIsAHeadline() =>
        Assert.Equal("Will Xi visit Moscow?", Extract("Will Xi visit Moscow?\n\nThe Kremlin says yes.").Title);

    [Fact]
    public void WithNoTextTheIdIsTheTitle() =>
        Assert.Equal("the-id", _extractor.Extract(new RawDocument(""), _cleaner.Clean(""), "the-id").Title);

    [Fact]
    public void NoDateIsInventedFromDatesInTheBody() =>
        Assert.Null(Extract("Putin spoke on December 30, 2022. Xi listened on 2022-12-30.").Date);

    [Theory]
    [InlineData("Short title", "Short title")]
    [InlineData("Relations between Russian President Vladimir Putin and Chinese President Xi Jinping are currently “unprecedented,” says report",
        "Relations between Russian President Vladimir Putin and Chinese President Xi Jinping are currently…")]
    public void ShortenCutsAtAWordBoundary(string text, string expected)
    {
        string shortened = ArticleMetadataExtractor.Shorten(text);
        Assert.Equal(expected, shortened);
        Assert.True(shortened.Length <= ArticleMetadataExtractor.MaxTitleLength);
    }

    [Fact]
    public void ShortenCutsAWordlessRunHard() =>
        Assert.Equal(new string('x', 99) + "…", ArticleMetadataExtractor.Shorten(new string('x', 300)));

    private ArticleMetadata Extract(string text) => _extractor.Extract(new RawDocument(text), _cleaner.Clean(text), "id");
}
