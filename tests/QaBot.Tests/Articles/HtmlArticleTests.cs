using System.Text;
using QaBot.Core.Articles;

namespace QaBot.Tests.Articles;

public sealed class HtmlArticleTests
{
    private const string NewsPage = """
        <!DOCTYPE html>
        <html>
        <head>
          <title>Xi and Putin pledge deeper ties | World News Daily</title>
          <meta property="article:published_time" content="2022-12-30T10:05:00+03:00">
          <link rel="canonical" href="https://news.example.com/world/xi-putin-ties">
          <script>window.ads = ["buy now"];</script>
          <style>.ad { color: red }</style>
        </head>
        <body>
          <header><a href="/">World News Daily</a> <nav><a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
          <div class="ad-slot">Buy cheap flights to Moscow today!</div>
          <main>
            <article>
              <h1>Xi and Putin pledge deeper ties</h1>
              <p>Russian President Vladimir Putin and Chinese leader Xi Jinping pledged on
                 Friday to deepen cooperation.</p>
              <div class="share-bar"><a>Share on Twitter</a><a>Share on Facebook</a></div>
              <p>Mr. Putin said he expected Xi to visit Moscow in the spring.<br>The Kremlin confirmed the date.</p>
              <figure><img src="x.jpg"><figcaption>Putin on screen. Photo: AP</figcaption></figure>
              <aside class="related"><h3>Related</h3><ul><li>Another story entirely</li></ul></aside>
              <p style="display:none">Hidden tracking text</p>
              <p>Trade reached &#36;190 billion &amp; kept growing.</p>
            </article>
          </main>
          <section id="comments"><p>First comment! Great article, thanks for sharing it with us.</p></section>
          <footer><p>© 2022 World News Daily. All rights reserved. Contact us at the newsroom.</p></footer>
        </body>
        </html>
        """;

    [Fact]
    public void MainTextIsExtractedWithoutNavigationAdsScriptsOrFooter()
    {
        var article = Load(NewsPage, "ties.html");
        Assert.Equal(
            "Xi and Putin pledge deeper ties\n\n"
            + "Russian President Vladimir Putin and Chinese leader Xi Jinping pledged on Friday to deepen cooperation.\n\n"
            + "Mr. Putin said he expected Xi to visit Moscow in the spring.\n\nThe Kremlin confirmed the date.\n\n"
            + "Trade reached $190 billion & kept growing.",
            article.Text);
    }

    [Fact]
    public void MetadataComesFromTheHead()
    {
        var article = Load(NewsPage, "ties.html");
        Assert.Equal("ties", article.Id);
        Assert.Equal("Xi and Putin pledge deeper ties", article.Title);
        Assert.Equal(new DateOnly(2022, 12, 30), article.Date);
        Assert.Equal(new Uri("https://news.example.com/world/xi-putin-ties"), article.Url);
    }

    [Fact]
    public void OpenGraphAndJsonLdAreUsedWhenThePageHasNothingElse()
    {
        const string Page = """
            <html><head>
              <meta property="og:title" content="Summit ends without deal">
              <meta property="og:url" content="https://example.org/summit">
              <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2021-12-15T09:00:00Z"}]}</script>
            </head><body><div><p>The summit ended on Wednesday without any agreement on trade.</p><p>Leaders will meet again next year in Beijing.</p></div></body></html>
            """;
        var article = Load(Page, "summit.htm");
        Assert.Equal("Summit ends without deal", article.Title);
        Assert.Equal(new DateOnly(2021, 12, 15), article.Date);
        Assert.Equal(new Uri("https://example.org/summit"), article.Url);
        Assert.Equal("The summit ended on Wednesday without any agreement on trade.\n\nLeaders will meet again next year in Beijing.", article.Text);
    }

    [Fact]
    public void TimeElementGivesTheDateAndTitleLosesTheSiteName()
    {
        const string Page = """
            <html><head><title>Talks resume in Geneva - The Daily Planet</title></head>
            <body><article><p>By a reporter, <time datetime="2020-05-04">May 4</time></p><p>Talks resumed in Geneva on Monday after a long pause.</p></article></body></html>
            """;
        var article = Load(Page, "geneva.html");
        Assert.Equal("Talks resume in Geneva", article.Title);
        Assert.Equal(new DateOnly(2020, 5, 4), article.Date);
        Assert.Null(article.Url);
    }

    [Fact]
    public void WithoutArticleOrMainTheDensestBlockOfParagraphsIsTheContent()
    {
        const string Page = """
            <html><body>
              <div class="top"><p>Short menu text</p></div>
              <div class="story"><p>The first paragraph of the actual story is long enough to count.</p><p>The second paragraph of the story is also long enough to count.</p></div>
              <div class="bottom"><p>Short footer text</p></div>
            </body></html>
            """;
        var article = Load(Page, "plain.html");
        Assert.Equal(
            "The first paragraph of the actual story is long enough to count.\n\nThe second paragraph of the story is also long enough to count.",
            article.Text);
    }

    [Fact]
    public void PageWithoutTextIsRejected()
    {
        var result = new ArticleLoader().Load("<html><body><nav>Home</nav><script>x()</script></body></html>"u8, "empty.html");
        Assert.Equal("no article text left after removing markup and site chrome", result.Error);
    }

    private static Article Load(string html, string name)
    {
        var result = new ArticleLoader().Load(Encoding.UTF8.GetBytes(html), name);
        Assert.True(result.Succeeded, result.Error);
        return result.Article;
    }
}
