using QaBot.Core.Store;
using QaBot.Tests.Support;

namespace QaBot.Tests.Telegram;

/// <summary>Admins add articles by sending links or files; everyone sees the newest with /latest and /sources.</summary>
public sealed class BotIngestTests : IAsyncLifetime
{
    private const long Admin = 900;
    private const long Alice = 501;

    private readonly string _articles = Directory.CreateTempSubdirectory("qabot-tg-articles-").FullName;
    private NewsSite _site = null!;
    private BotHarness _bot = null!;

    public async Task InitializeAsync()
    {
        _site = await NewsSite.StartAsync();
        _site.Publish(NewsPages.Stories);
        _bot = await BotHarness.StartAsync(new()
        {
            ["Ingestion:ArticlesPath"] = _articles,
            ["Ingestion:PerHostDelayMs"] = "0",
            ["Ingestion:FetchRetries"] = "0",
        });
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _site.DisposeAsync();
        Directory.Delete(_articles, recursive: true);
    }

    private async Task<string> LastReplyAsync(long chat, int count) =>
        (await _bot.Api.WaitForBotMessagesAsync(chat, count, TimeSpan.FromSeconds(60)))[count - 1].Text;

    [Fact]
    public async Task AnAdminSendsAFeedLinkAndTheReplyListsEveryArticleAdded()
    {
        _bot.Api.SendText(Admin, Admin, _site.Url("feed.xml").ToString());

        var progress = await LastReplyAsync(Admin, 1);
        var reply = await LastReplyAsync(Admin, 2);

        Assert.Equal("Reading it…", progress);
        Assert.StartsWith($"✅ From {_site.Url("feed.xml")}: 3 added, 0 updated.", reply, StringComparison.Ordinal);
        Assert.All(NewsPages.Stories, s => Assert.Contains(s.Title, reply, StringComparison.Ordinal));
        Assert.Contains("4 May 2024", reply, StringComparison.Ordinal);

        _bot.Api.SendText(Alice, Alice, "How many vehicles does the Lindmoor bridge carry a day?");
        var answer = await LastReplyAsync(Alice, 1);
        Assert.Contains("40,000 vehicles", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAdminSendsAPdfAndItIsKeptWithTheArticlesAndAnswerable()
    {
        var pdf = TestDocuments.Pdf(
            ["The Valdora city council approved a tram line of 12 kilometres on Wednesday.", "Construction starts in the spring."],
            title: "Valdora approves a tram line", created: new DateTimeOffset(2024, 5, 8, 9, 0, 0, TimeSpan.Zero));

        _bot.Api.SendDocument(Admin, Admin, "tram.pdf", pdf, "application/pdf");
        var reply = await LastReplyAsync(Admin, 2);

        Assert.StartsWith("✅ From tram.pdf: 1 added, 0 updated.", reply, StringComparison.Ordinal);
        Assert.Contains("Valdora approves a tram line — 8 May 2024", reply, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_articles, "telegram", "tram.pdf")));
        Assert.NotNull(await _bot.Get<ArticleCatalog>().GetAsync("telegram/tram"));

        _bot.Api.SendDocument(Admin, Admin, "tram.pdf", pdf, "application/pdf");
        Assert.Equal("Nothing new in tram.pdf: it is already among the articles, unchanged.", await LastReplyAsync(Admin, 4));
    }

    [Fact]
    public async Task AFileOfAnotherKindIsRefusedByItsType()
    {
        _bot.Api.SendDocument(Admin, Admin, "budget.xlsx", [0x50, 0x4B, 0x03, 0x04], "application/vnd.ms-excel");

        Assert.Equal("⚠️ I can add PDF, DOCX, TXT, MD and HTML files; budget.xlsx is not one of them.", await LastReplyAsync(Admin, 2));
    }

    [Fact]
    public async Task OnlyAdminsCanAddArticles()
    {
        _bot.Api.SendText(Alice, Alice, _site.Url("feed.xml").ToString());
        _bot.Api.SendDocument(Alice, Alice, "notes.txt", "Some notes about the harbour."u8.ToArray(), "text/plain");

        var replies = await _bot.Api.WaitForBotMessagesAsync(Alice, 2, TimeSpan.FromSeconds(60));
        Assert.All(replies, r => Assert.StartsWith("Only the bot's admins can add articles", r.Text, StringComparison.Ordinal));
        Assert.Empty(await _bot.Get<ArticleCatalog>().ListAsync());
        Assert.Equal(0, _site.Hits("feed.xml"));
    }

    [Fact]
    public async Task LatestShowsTheNewestArticlesWithTheirOpeningAndSourcesListsNewestFirstWithDateAndLink()
    {
        _bot.Api.SendText(Admin, Admin, $"/ingest {_site.Url("feed.xml")}");
        await LastReplyAsync(Admin, 2);

        _bot.Api.SendText(Alice, Alice, "/latest");
        var latest = await LastReplyAsync(Alice, 1);
        _bot.Api.SendText(Alice, Alice, "/sources");
        var sources = await LastReplyAsync(Alice, 2);

        Assert.StartsWith("Latest articles\n\nLindmoor bridge closes for inspection — 4 May 2024 — 127.0.0.1", latest, StringComparison.Ordinal);
        Assert.True(latest.IndexOf("Lindmoor bridge", StringComparison.Ordinal) < latest.IndexOf("Harbour of Valdora", StringComparison.Ordinal));
        Assert.True(latest.Contains("\nThe Lindmoor suspension bridge will close for two weeks from Monday", StringComparison.Ordinal), latest);
        Assert.StartsWith("3 articles, newest first:\n1. Lindmoor bridge closes for inspection — 4 May 2024 — 127.0.0.1", sources, StringComparison.Ordinal);
        Assert.Contains("3. Harbour of Valdora reopens after storm repairs — 2 May 2024", sources, StringComparison.Ordinal);
    }
}
