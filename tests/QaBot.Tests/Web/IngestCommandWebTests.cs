using System.CommandLine;
using QaBot.Cli;
using QaBot.Cli.Commands;
using QaBot.Tests.Support;

namespace QaBot.Tests.Web;

/// <summary>The issue's "done when", through the real commands: a loopback feed of three summary-only entries.</summary>
public sealed class IngestCommandWebTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("qabot-cli-web-").FullName;
    private NewsSite _site = null!;

    public async Task InitializeAsync() => _site = await NewsSite.StartAsync();

    public async Task DisposeAsync()
    {
        await _site.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        var config = Path.Combine(_folder, "settings.json");
        await File.WriteAllTextAsync(config, System.Text.Json.JsonSerializer.Serialize(new
        {
            Store = new { Path = Path.Combine(_folder, "qabot.db") },
            Embeddings = new { Provider = "None" },
            Ingestion = new { ArticlesPath = Path.Combine(_folder, "articles"), PerHostDelayMs = 0 },
        }));
        var root = new RootCommand { CliRunner.ConfigOption };
        root.Subcommands.Add(IngestCommand.Create());
        root.Subcommands.Add(AskCommand.Create());
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await root.Parse([.. args, "--config", config]).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task AFeedOfThreeSummariesIsIngestedAndAnsweredWithTheArticleUrlAndDateAndNoChrome()
    {
        _site.Publish(NewsPages.Stories);

        var (code, output, error) = await RunAsync("ingest", _site.Url("feed.xml").ToString());
        var (askCode, answer, askError) = await RunAsync("ask", "How much did the storm repairs of the Valdora harbour cost?");

        Assert.True(code == 0, output + error);
        Assert.StartsWith("3 added, 0 updated, 0 skipped, 0 failed", output, StringComparison.Ordinal);
        Assert.True(askCode == 0, askError);
        Assert.Contains("48 million euros", answer, StringComparison.Ordinal);
        Assert.Contains($"Harbour of Valdora reopens after storm repairs — 2024-05-02 — {_site.Url("news/harbour-reopens.html")}", answer, StringComparison.Ordinal);
        Assert.All(NewsPages.ChromeTexts, chrome => Assert.DoesNotContain(chrome, answer, StringComparison.Ordinal));
    }

    [Fact]
    public async Task FailingAddressesAreListedOneLineEachAndTheExitCodeSaysSo()
    {
        _site.Publish(NewsPages.Stories);

        var (code, output, _) = await RunAsync("ingest", _site.Url("news/grain-record.html").ToString(), _site.Url("nope.html").ToString());

        Assert.Equal(1, code);
        Assert.Contains($"  failed: {_site.Url("nope.html")}: 404 Not Found", output, StringComparison.Ordinal);
        Assert.Contains("1 added, 0 updated, 0 skipped, 1 failed", output, StringComparison.Ordinal);
    }
}
