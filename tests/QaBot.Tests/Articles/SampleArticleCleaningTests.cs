using QaBot.Core.Articles;
using QaBot.Core.Chunking;

namespace QaBot.Tests.Articles;

/// <summary>Cleaning and metadata on the five real sample articles.</summary>
public sealed class SampleArticleCleaningTests
{
    [Fact]
    public void AllFiveSampleArticlesLoadWithTheirFileNamesAsIds()
    {
        Assert.Equal(
            ["000_793bee40b2c27b8f", "001_a3b08d5341e94a04", "002_9fdd9d7dd336cfc0", "003_45b16b857479f6c5", "004_9da2021daccc2bf8"],
            SampleArticles.All.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Article001RepeatedHeadlineAndStandfirstAppearOnce()
    {
        string text = SampleArticles.Get("001").Text;
        Assert.Equal(1, Occurrences(text, "Xi to break travel drought for meeting with Putin"));
        Assert.Equal(1, Occurrences(text, "is set to embark on his first overseas trip in more than two years"));
    }

    [Fact]
    public void Article001LosesItsSiteChrome()
    {
        string text = SampleArticles.Get("001").Text;
        Assert.DoesNotContain("Powered by", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("logo", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("===", text, StringComparison.Ordinal);
        Assert.DoesNotContain("[Related", text, StringComparison.Ordinal);
        Assert.DoesNotContain("You need to be a member", text, StringComparison.Ordinal);
        Assert.StartsWith("Xi to break travel drought for meeting with Putin\n\n", text, StringComparison.Ordinal);
        Assert.EndsWith("resulting in the grounding of at least one drone.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Article001KeepsItsShortQuotedSentenceAndFigures()
    {
        string text = SampleArticles.Get("001").Text;
        Assert.Contains("Kremlin spokesperson Yuri Ushakov confirmed the planned meeting at a briefing in Moscow.", text, StringComparison.Ordinal);
        Assert.Contains("hit US$140 billion in 2021, and has already reached $93 billion", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Article001TitleIsItsHeadline() =>
        Assert.Equal("Xi to break travel drought for meeting with Putin", SampleArticles.Get("001").Title);

    [Fact]
    public void Article000LosesTeasersAndSocialHandleButKeepsSubheadings()
    {
        string text = SampleArticles.Get("000").Text;
        Assert.DoesNotContain("Read Also", text, StringComparison.Ordinal);
        Assert.DoesNotContain("German Woman Tries To Poison Lookalike", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Related Article", text, StringComparison.Ordinal);
        Assert.DoesNotContain("@YouTube", text, StringComparison.Ordinal);
        Assert.Contains("\n\nRussia-China Ties\n\n", text, StringComparison.Ordinal);
        Assert.Contains("\n\nUS Intensifies Ties With India\n\n", text, StringComparison.Ordinal);
        Assert.EndsWith("the nations are seeking \"rapid and ambitious progress.\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Article000TitleIsItsFirstSentenceShortenedAtAWordBoundary()
    {
        string title = SampleArticles.Get("000").Title;
        Assert.StartsWith("Russian Foreign Minister Sergey Lavrov indicated that Chinese President Xi Jinping", title, StringComparison.Ordinal);
        Assert.InRange(title.Length, 60, ArticleMetadataExtractor.MaxTitleLength);
        Assert.EndsWith("…", title, StringComparison.Ordinal);
        Assert.DoesNotContain(" …", title, StringComparison.Ordinal);
    }

    [Fact]
    public void Article002RepeatedCaptionParagraphAndClosingBoilerplateAreGone()
    {
        string text = SampleArticles.Get("002").Text;
        Assert.Equal(1, Occurrences(text, "Chinese President Xi Jinping (L) and Russian President Vladimir Putin (R) March 21, 2023"));
        Assert.Equal(1, Occurrences(text, "The couple spoke on February 8, 2024"));
        Assert.DoesNotContain("Newsweek is committed", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Uncommon knowledge", text, StringComparison.OrdinalIgnoreCase);
        Assert.EndsWith("which would provide an additional $60 billion financing to Ukraine.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Article002KeepsTheTradeFigureSentenceIntact()
    {
        string text = SampleArticles.Get("002").Text;
        var sentences = SentenceSplitter.SplitToStrings(text);
        Assert.Contains(sentences, s => s.StartsWith("Friendly relations between Moscow and China", StringComparison.Ordinal)
            && s.Contains("a record $228 billion in 2023", StringComparison.Ordinal)
            && s.EndsWith("set by the two leaders.", StringComparison.Ordinal));
    }

    [Fact]
    public void Article002HasTheDateOfItsHeaderAndATitleFromItsFirstSentence()
    {
        var article = SampleArticles.Get("002");
        Assert.Equal(new DateOnly(2024, 2, 9), article.Date);
        Assert.Null(article.Url);
        Assert.StartsWith("Relations between Russian President Vladimir Putin and Chinese President Xi Jinping", article.Title, StringComparison.Ordinal);
        Assert.True(article.Title.Length <= ArticleMetadataExtractor.MaxTitleLength, article.Title);
    }

    [Fact]
    public void Article003DateAndUrlComeFromHeaderAndSourcesFooter()
    {
        var article = SampleArticles.Get("003");
        Assert.Equal(new DateOnly(2021, 12, 15), article.Date);
        Assert.Equal(new Uri("https://www.aljazeera.com/news/2021/12/15/russia-putin-china-xi-to-hold-talks-amid-tensions-with-west"), article.Url);
        Assert.DoesNotContain("Sources", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("date 2021", article.Text, StringComparison.Ordinal);
        Assert.StartsWith("The leaders will discuss the tensions in Europe", article.Text, StringComparison.Ordinal);
        Assert.StartsWith("The leaders will discuss the tensions in Europe and the aggressive rhetoric", article.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Article004DateComesFromHeaderAndTheCaptionWithItsPhotoCreditIsGone()
    {
        var article = SampleArticles.Get("004");
        Assert.Equal(new DateOnly(2022, 12, 30), article.Date);
        Assert.DoesNotContain("Photo credit", article.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("|", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("date 2022", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Russian President Vladimir Putin speaks during a meeting", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Article004TitleSkipsThePhotoCaption()
    {
        string title = SampleArticles.Get("004").Title;
        Assert.StartsWith("Russian President Vladimir Putin and Chinese leader Xi Jinping pledged December 30", title, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(SampleArticles.Ids), MemberType = typeof(SampleArticles))]
    public void SampleTextIsNormalised(string id)
    {
        var article = SampleArticles.All[id];
        Assert.DoesNotContain("\r", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("\u00A0", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("  ", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n\n\n", article.Text, StringComparison.Ordinal);
        Assert.Equal(article.Text.Trim(), article.Text);
        Assert.All(article.Text.Split("\n\n"), p =>
        {
            Assert.NotEmpty(p);
            Assert.DoesNotContain("\n", p, StringComparison.Ordinal);
            Assert.Equal(p.Trim(), p);
        });
    }

    [Theory]
    [MemberData(nameof(SampleArticles.Ids), MemberType = typeof(SampleArticles))]
    public void NoLongSentenceAppearsTwiceInAnySample(string id)
    {
        var sentences = SentenceSplitter.SplitToStrings(SampleArticles.All[id].Text).Where(s => s.Length >= 40).ToList();
        Assert.Equal(sentences.Count, sentences.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(SampleArticles.Ids), MemberType = typeof(SampleArticles))]
    public void SampleTitlesAreSensible(string id)
    {
        string title = SampleArticles.All[id].Title;
        Assert.InRange(title.Length, 20, ArticleMetadataExtractor.MaxTitleLength);
        Assert.True(char.IsUpper(title[0]), title);
        Assert.DoesNotContain("\n", title, StringComparison.Ordinal);
        Assert.False(title.EndsWith('.'), title);
    }

    [Theory]
    [MemberData(nameof(SampleArticles.Ids), MemberType = typeof(SampleArticles))]
    public void EveryWordOfTheCleanTextComesFromTheRawFile(string id)
    {
        string raw = SampleArticles.RawText(id[..3]).Replace('\u00A0', ' ');
        var rawWords = raw.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => w.TrimEnd('.', ',')).ToHashSet();
        var cleanWords = SampleArticles.All[id].Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => w.TrimEnd('.', ','));
        Assert.All(cleanWords, w => Assert.Contains(w, rawWords));
    }

    [Fact]
    public void SampleContentHashIsTheSha256OfTheRawBytes()
    {
        var article = SampleArticles.Get("003");
        string expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(article.SourcePath)));
        Assert.Equal(expected, article.ContentHash);
        Assert.Equal(64, article.ContentHash.Length);
    }

    private static int Occurrences(string text, string value)
    {
        int count = 0;
        for (int i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }
}
