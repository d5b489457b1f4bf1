using QaBot.Core.Articles;

namespace QaBot.Tests.Articles;

public sealed class ArticleIdsTests
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "news");

    [Theory]
    [InlineData("000_793bee40b2c27b8f.txt", "000_793bee40b2c27b8f")]
    [InlineData("a/index.html", "a/index")]
    [InlineData("b/index.html", "b/index")]
    [InlineData("2024/05/report.final.pdf", "2024/05/report.final")]
    public void AFileIdIsItsPathRelativeToTheIngestRootWithoutTheExtension(string relative, string id) =>
        Assert.Equal(id, ArticleIds.ForFile(Root, Path.Combine(Root, relative)));

    [Theory]
    [InlineData("https://www.example.com/2024/05/trade-record/", "example.com/2024/05/trade-record")]
    [InlineData("http://example.com/story?id=42#comments", "example.com/story?id=42")]
    [InlineData("http://127.0.0.1:5123/articles/one.html", "127.0.0.1:5123/articles/one.html")]
    [InlineData("https://example.com/", "example.com")]
    public void AWebIdIsTheAddressWithoutSchemeWwwAndFragment(string url, string id) =>
        Assert.Equal(id, ArticleIds.ForUrl(new Uri(url)));

    [Fact]
    public void AFeedEntryIsNamedByItsGuidWhenThatIsAnAddressElseByItsLinkElseByFeedHostAndGuid()
    {
        var feed = new Uri("https://news.example/feed.xml");

        Assert.Equal("news.example/p/1", ArticleIds.ForFeedEntry(feed, "https://news.example/p/1", new Uri("https://news.example/story-1")));
        Assert.Equal("news.example/story-1", ArticleIds.ForFeedEntry(feed, "1234", new Uri("https://news.example/story-1")));
        Assert.Equal("news.example/tag:news.example,2024:1234", ArticleIds.ForFeedEntry(feed, "tag:news.example,2024:1234", null));
    }

    [Fact]
    public void LongIdsAreCutAndEndInAHashOfTheWhole()
    {
        var a = ArticleIds.ForUrl(new Uri("https://example.com/" + new string('a', 200) + "/one"));
        var b = ArticleIds.ForUrl(new Uri("https://example.com/" + new string('a', 200) + "/two"));

        Assert.Equal(ArticleIds.MaxLength, a.Length);
        Assert.NotEqual(a, b);
        Assert.Matches("~[0-9a-f]{10}$", a);
    }
}
