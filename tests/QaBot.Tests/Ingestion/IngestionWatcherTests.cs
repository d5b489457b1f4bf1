using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using QaBot.Cli.Commands;
using QaBot.Core.Ingestion;
using QaBot.Core.Store;
using QaBot.Tests.Support;

namespace QaBot.Tests.Ingestion;

/// <summary>The watcher as <c>qabot watch</c> runs it: a real folder with real file events, a loopback feed, a fake clock.</summary>
public sealed class IngestionWatcherTests : IAsyncLifetime, IDisposable
{
    private const string Body = "The harbour of Valdora reopened on Thursday after six weeks of storm repairs, the port authority said.";

    private readonly string _folder = Directory.CreateTempSubdirectory("qabot-watcher-").FullName;
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly ConcurrentQueue<IngestReport> _reports = new();
    private readonly SemaphoreSlim _reported = new(0);
    private NewsSite _site = null!;
    private IHost? _host;

    private string Articles => Path.Combine(_folder, "articles");

    public async Task InitializeAsync() => _site = await NewsSite.StartAsync();

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync();
            _host.Dispose();
        }

        await _site.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task StartAsync(params (string Key, string Value)[] settings)
    {
        var values = new Dictionary<string, string?>
        {
            ["Store:Path"] = Path.Combine(_folder, "qabot.db"),
            ["Embeddings:Provider"] = "None",
            ["Ingestion:ArticlesPath"] = Articles,
            ["Ingestion:WatchDebounceMs"] = "0",
            ["Ingestion:PerHostDelayMs"] = "0",
            ["Ingestion:FetchRetries"] = "0",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings)
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        _host = WatchCommand.Build(configuration, s => s.AddSingleton<TimeProvider>(_clock));
        _host.Services.GetRequiredService<IngestionWatcher>().Ingested += (_, report) =>
        {
            _reports.Enqueue(report);
            _reported.Release();
        };
        await _host.StartAsync();
    }

    public void Dispose() => _reported.Dispose();

    private ArticleCatalog Catalog => _host!.Services.GetRequiredService<ArticleCatalog>();

    /// <summary>Waits for watcher reports until <paramref name="condition"/> holds (a real-time guard, not a sleep).</summary>
    private async Task UntilAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!await condition())
        {
            var left = deadline - DateTime.UtcNow;
            Assert.True(left > TimeSpan.Zero, $"timed out waiting for {what}; reports: {string.Join(" | ", _reports.Select(r => r.Summary))}");
            await _reported.WaitAsync(left < TimeSpan.FromSeconds(1) ? left : TimeSpan.FromSeconds(1));
        }
    }

    [Fact]
    public async Task FilesAddedChangedAndRemovedUnderTheFolderAreIngestedUpdatedAndDeleted()
    {
        Directory.CreateDirectory(Articles);
        await StartAsync();
        await UntilAsync(() => Task.FromResult(!_reports.IsEmpty), "the first scan");

        var file = Path.Combine(Articles, "world", "harbour.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllTextAsync(file, Body);
        await UntilAsync(async () => await Catalog.GetAsync("world/harbour") is not null, "the new file ingested");

        await File.WriteAllTextAsync(file, Body + " Ferries resume on Monday.");
        await UntilAsync(async () => (await Catalog.GetTextAsync("world/harbour"))?.Contains("Ferries", StringComparison.Ordinal) == true, "the change ingested");

        File.Delete(file);
        await UntilAsync(async () => await Catalog.GetAsync("world/harbour") is null, "the removal applied");
    }

    [Fact]
    public async Task AFolderThatAppearsLaterIsPickedUpByTheNextRescan()
    {
        await StartAsync(("Ingestion:RescanMinutes", "10"));
        Directory.CreateDirectory(Articles);
        await File.WriteAllTextAsync(Path.Combine(Articles, "late.txt"), Body);

        _clock.Advance(TimeSpan.FromMinutes(10));

        await UntilAsync(async () => await Catalog.GetAsync("late") is not null, "the rescan");
    }

    [Fact]
    public async Task AFourthFeedEntryIsIngestedWithinOnePollIntervalAndAFailingFeedKeepsItsArticles()
    {
        _site.Publish(NewsPages.Stories);
        await StartAsync(("Ingestion:Feeds:0", _site.Url("feed.xml").ToString()), ("Ingestion:FeedPollMinutes", "15"));
        await UntilAsync(async () => (await Catalog.ListAsync()).Count == 3, "the first poll");

        _site.Publish([.. NewsPages.Stories, NewsPages.Fourth]);
        _clock.Advance(TimeSpan.FromMinutes(15));
        await UntilAsync(async () => (await Catalog.ListAsync()).Count == 4, "the fourth entry");

        _site.Put("feed.xml", SiteResource.Text("down for maintenance", "text/plain", 503));
        var failedBefore = _reports.Count(r => r.Failed.Count > 0);
        _clock.Advance(TimeSpan.FromMinutes(15));
        await UntilAsync(() => Task.FromResult(_reports.Count(r => r.Failed.Count > 0) > failedBefore), "the failed poll");
        Assert.Equal(4, (await Catalog.ListAsync()).Count);

        var hits = _site.Hits("feed.xml");
        _site.Publish([.. NewsPages.Stories, NewsPages.Fourth]);
        _clock.Advance(TimeSpan.FromMinutes(1));
        await UntilAsync(() => Task.FromResult(_site.Hits("feed.xml") > hits), "the retry a minute later");
    }
}
