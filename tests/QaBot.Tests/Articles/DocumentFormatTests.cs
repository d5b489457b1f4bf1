using System.Text;
using QaBot.Core.Articles;
using QaBot.Tests.Support;

namespace QaBot.Tests.Articles;

public sealed class DocumentFormatTests
{
    private static readonly string[] Story =
    [
        "Grain exports through the Black Sea corridor rose to a record",
        "in March, the port authority said on Tuesday.",
        "",
        "Officials expect the volume to hold through the summer months.",
    ];

    private readonly ArticleLoader _loader = new();

    [Fact]
    public void PdfIsReadWithTitleAndDateFromItsDocumentInformation()
    {
        var pdf = TestDocuments.Pdf(Story, title: "Grain corridor sets a record", created: new DateTimeOffset(2024, 4, 2, 9, 0, 0, TimeSpan.Zero));

        var result = _loader.Load(pdf, new DocumentSource("grain", "/news/grain.pdf", ".pdf"));

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("Grain corridor sets a record", result.Article.Title);
        Assert.Equal(new DateOnly(2024, 4, 2), result.Article.Date);
        Assert.Contains("rose to a record in March, the port authority said on Tuesday.", result.Article.Text, StringComparison.Ordinal);
        Assert.Contains("Officials expect the volume to hold", result.Article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void PdfWithoutATextLayerIsRefusedAsAScan()
    {
        var result = _loader.Load(TestDocuments.Pdf([]), new DocumentSource("scan", "/news/scan.pdf", ".pdf"));

        Assert.False(result.Succeeded);
        Assert.Contains("no text layer", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void DocxIsReadWithTitleAndDateFromItsCoreProperties()
    {
        var docx = TestDocuments.Docx(
            ["Grain exports through the Black Sea corridor rose to a record in March.", "Officials expect the volume to hold."],
            title: "Grain corridor sets a record",
            created: new DateTime(2024, 4, 3, 8, 0, 0, DateTimeKind.Utc));

        var result = _loader.Load(docx, new DocumentSource("grain", "/news/grain.docx", ".docx"));

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("Grain corridor sets a record", result.Article.Title);
        Assert.Equal(new DateOnly(2024, 4, 3), result.Article.Date);
        Assert.Equal("Grain exports through the Black Sea corridor rose to a record in March.\n\nOfficials expect the volume to hold.", result.Article.Text);
    }

    [Theory]
    [InlineData(".pdf", "not a readable PDF")]
    [InlineData(".docx", "not a readable Word (.docx) document")]
    public void ABrokenPdfOrDocxIsRefusedWithTheReason(string format, string reason)
    {
        var result = _loader.Load("this is not a document at all"u8.ToArray(), new DocumentSource("x", "/news/x" + format, format));

        Assert.False(result.Succeeded);
        Assert.StartsWith(reason, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void HtmlDeclaringLatin1InAMetaTagIsDecodedWithIt()
    {
        var html = "<html><head><meta charset=\"iso-8859-1\"><title>Caf\u00e9 prices</title></head><body><article><p>The caf\u00e9 in S\u00e3o Paulo raised its prices by 5 per cent, the owner said.</p></article></body></html>";

        var result = _loader.Load(Encoding.Latin1.GetBytes(html), new DocumentSource("cafe", "/news/cafe.html", ".html"));

        Assert.True(result.Succeeded, result.Error);
        Assert.Contains("The caf\u00e9 in S\u00e3o Paulo raised its prices", result.Article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void HtmlDeclaringItsCharsetInHttpEquivIsDecodedWithIt()
    {
        var html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head><body><p>\u041c\u043e\u0441\u043a\u0432\u0430 \u0438 \u041f\u0435\u043a\u0438\u043d \u043f\u043e\u0434\u043f\u0438\u0441\u0430\u043b\u0438 \u0441\u043e\u0433\u043b\u0430\u0448\u0435\u043d\u0438\u0435 \u043e \u0442\u043e\u0440\u0433\u043e\u0432\u043b\u0435.</p></body></html>";

        var result = _loader.Load(HtmlCharset.FromLabel("windows-1251")!.GetBytes(html), new DocumentSource("ru", "/news/ru.html", ".html"));

        Assert.True(result.Succeeded, result.Error);
        Assert.Contains("\u041c\u043e\u0441\u043a\u0432\u0430 \u0438 \u041f\u0435\u043a\u0438\u043d", result.Article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TheHttpCharsetOverridesTheMetaTag()
    {
        var html = "<html><head><meta charset=\"utf-8\"></head><body><p>Z\u00fcrich bankers met in the caf\u00e9 on Monday to talk about rates.</p></body></html>";

        var result = _loader.Load(Encoding.Latin1.GetBytes(html), new DocumentSource("zh", "https://example.com/zh", ".html", Charset: "ISO-8859-1"));

        Assert.True(result.Succeeded, result.Error);
        Assert.Contains("Z\u00fcrich bankers met in the caf\u00e9", result.Article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void HtmlWithoutADeclaredCharsetMustBeUtf8()
    {
        var html = "<html><body><p>Caf\u00e9 owners in the city said on Monday that prices would rise again.</p></body></html>";

        var result = _loader.Load(Encoding.Latin1.GetBytes(html), new DocumentSource("x", "/news/x.html", ".html"));

        Assert.False(result.Succeeded);
        Assert.Contains("not valid UTF-8", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AFeedTitleWinsAndTheAddressFillsInAMissingCanonicalUrl()
    {
        var html = "<html><head><title>Page title | Site</title></head><body><article><p>Ministers agreed a new budget on Friday after weeks of talks.</p></article></body></html>";
        var source = new DocumentSource("budget", "https://news.example/budget", ".html", Url: new Uri("https://news.example/budget"),
            Title: "Ministers agree the budget", Date: new DateOnly(2024, 5, 10), ContentHash: "feed-hash");

        var result = _loader.Load(Encoding.UTF8.GetBytes(html), source);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(("Ministers agree the budget", new DateOnly(2024, 5, 10), "https://news.example/budget", "feed-hash"),
            (result.Article.Title, result.Article.Date, result.Article.Url?.ToString(), result.Article.ContentHash));
    }
}
