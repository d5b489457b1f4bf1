using System.Text;
using QaBot.Core.Articles;

namespace QaBot.Tests.Articles;

public sealed class MarkdownArticleTests
{
    private readonly ArticleLoader _loader = new();

    [Fact]
    public void FrontMatterGivesTitleDateAndUrl()
    {
        const string Markdown = """
            ---
            title: "Putin and Xi meet in Moscow"
            date: 2023-03-21
            url: https://example.com/news/putin-xi-moscow
            tags: [russia, china]
            ---
            # A different heading

            Xi arrived in **Moscow** on Monday for [talks](https://example.com/talks) with Putin.

            - Trade reached $228 billion.
            - Energy deals were signed.

            > "A new era," Xi said.
            """;
        var article = Load(Markdown, "2023-03-21-moscow.md");

        Assert.Equal("2023-03-21-moscow", article.Id);
        Assert.Equal("Putin and Xi meet in Moscow", article.Title);
        Assert.Equal(new DateOnly(2023, 3, 21), article.Date);
        Assert.Equal(new Uri("https://example.com/news/putin-xi-moscow"), article.Url);
        Assert.Equal(
            "A different heading\n\nXi arrived in Moscow on Monday for talks with Putin.\n\nTrade reached $228 billion.\n\nEnergy deals were signed.\n\n\"A new era,\" Xi said.",
            article.Text);
    }

    [Fact]
    public void WithoutFrontMatterTheFirstHeadingIsTheTitle()
    {
        var article = Load("# Xi visits Moscow\n\nThe visit *began* on Monday.\n\n![photo](x.jpg)\n\n---\n\nIt ended on `Wednesday`.", "visit.md");
        Assert.Equal("Xi visits Moscow", article.Title);
        Assert.Null(article.Date);
        Assert.Null(article.Url);
        Assert.Equal("Xi visits Moscow\n\nThe visit began on Monday.\n\nIt ended on Wednesday.", article.Text);
    }

    [Fact]
    public void FrontMatterAcceptsSourceAndTimestampKeys()
    {
        var article = Load("---\nsource: 'https://news.example.org/a/1'\npublished: 2022-12-30T08:15:00+03:00\n---\nBody text here.", "a.md");
        Assert.Equal(new DateOnly(2022, 12, 30), article.Date);
        Assert.Equal(new Uri("https://news.example.org/a/1"), article.Url);
        Assert.Equal("Body text here", article.Title);
    }

    [Fact]
    public void MarkdownBodyIsCleanedLikePlainText()
    {
        var article = Load("Story title\n\nStory body sentence.\n\nRead Also: Something else\n\nStory body sentence.", "c.md");
        Assert.Equal("Story title\n\nStory body sentence.", article.Text);
    }

    private Article Load(string markdown, string name)
    {
        var result = _loader.Load(Encoding.UTF8.GetBytes(markdown), name);
        Assert.True(result.Succeeded, result.Error);
        return result.Article;
    }
}
