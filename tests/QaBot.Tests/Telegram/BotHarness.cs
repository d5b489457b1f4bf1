using QaBot.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QaBot.Cli.Commands;
using QaBot.Core.Answering;
using QaBot.Telegram;
using QaBot.Telegram.Api;
using Telegram.Bot;

namespace QaBot.Tests.Telegram;

/// <summary>
/// The real bot host (exactly what <c>qabot serve</c> builds: core + Telegram) against a <see cref="FakeBotApi"/>,
/// with its SQLite file in a temp folder. Can be stopped and started again on the same file to test restarts.
/// </summary>
internal sealed class BotHarness : IAsyncDisposable
{
    private readonly Dictionary<string, string?> _settings;
    private IHost? _host;

    private BotHarness(FakeBotApi api, string folder, Dictionary<string, string?> settings)
    {
        (Api, Folder, _settings) = (api, folder, settings);
    }

    public FakeBotApi Api { get; }

    public string Folder { get; }

    public string DatabasePath => Path.Combine(Folder, "qabot.db");

    /// <summary>More service registrations applied after the defaults (e.g. a log sink).</summary>
    public Action<IServiceCollection>? ExtraServices { get; set; }

    public IServiceProvider Services => _host?.Services ?? throw new InvalidOperationException("not started");

    /// <summary>Starts a fake Bot API and the bot; <paramref name="settings"/> override the defaults.</summary>
    public static async Task<BotHarness> StartAsync(Dictionary<string, string?>? settings = null, bool start = true)
    {
        var api = await FakeBotApi.StartAsync();
        var folder = Directory.CreateTempSubdirectory("qabot-tg-").FullName;
        var all = new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = FakeBotApi.Token,
            ["Telegram:ApiBaseUrl"] = api.BaseUrl,
            ["Telegram:PollingTimeoutSeconds"] = "2",
            ["Telegram:RequestTimeoutSeconds"] = "10",
            ["Telegram:ShutdownTimeoutSeconds"] = "10",
            ["Telegram:RetryBaseDelayMs"] = "50",
            ["Telegram:AdminUserIds:0"] = "900",
            ["Store:Path"] = Path.Combine(folder, "qabot.db"),
            ["Ingestion:ArticlesPath"] = RepoPaths.Articles,
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? [])
        {
            all[key] = value;
        }

        var harness = new BotHarness(api, folder, all);
        if (start)
        {
            await harness.StartBotAsync();
        }

        return harness;
    }

    public async Task StartBotAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(_settings).Build();
        _host = ServeCommand.Build(configuration, services =>
        {
            services.AddLogging(l => l.ClearProviders().AddConfiguration(configuration.GetSection("Logging")));
            ExtraServices?.Invoke(services);
        });
        await _host.StartAsync();
    }

    public async Task StopBotAsync(TimeSpan? timeout = null)
    {
        if (_host is null)
        {
            return;
        }

        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        await _host.StopAsync(cts.Token);
        _host.Dispose();
        _host = null;
    }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>Waits until every update sent so far was fetched and handled (instead of sleeping "long enough").</summary>
    public Task WaitForIdleAsync(TimeSpan? timeout = null)
        => Api.WaitUntilAsync(a => a.PendingUpdates == 0 && Get<QaBot.Telegram.Hosting.ChatQueues>().Count == 0, timeout, "all updates handled");

    public async ValueTask DisposeAsync()
    {
        await StopBotAsync();
        await Api.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
