using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QaBot.Core.Store;
using QaBot.Telegram.Api;
using QaBot.Telegram.Conversation;
using QaBot.Telegram.Corpus;
using QaBot.Telegram.Feedback;
using QaBot.Telegram.Hosting;
using QaBot.Telegram.Safety;
using QaBot.Telegram.Storage;
using Telegram.Bot;

namespace QaBot.Telegram;

/// <summary>Registers the Telegram bot: options (validated at start-up), the resilient client, storage, the handler and the host services.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>Adds the bot bound to the <c>Telegram</c> section; needs <c>AddQaBotCore</c> for answering.</summary>
    public static IServiceCollection AddQaBotTelegram(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(TelegramOptions.Section);
        services.AddOptions<TelegramOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<TelegramOptions>, TelegramOptionsValidator>();
        services.AddBotStore(configuration);

        // A plain HttpClient on purpose: IHttpClientFactory's request logging would write URLs, and Bot API URLs contain the token.
        services.TryAddSingleton<ITelegramBotClient>(sp => new ResilientBotClient(
            sp.GetRequiredService<IOptions<TelegramOptions>>().Value,
            new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = Timeout.InfiniteTimeSpan },
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<ResilientBotClient>>()));

        services.AddSingleton<AccessPolicy>();
        services.AddSingleton<BotCorpus>();
        services.AddSingleton<AdminIngest>();
        services.AddSingleton<MessageSender>();
        services.AddSingleton<Outbox>();
        services.AddSingleton<UpdateHandler>();
        services.AddSingleton<ChatQueues>();
        services.AddSingleton<BotStartup>();
        services.AddSingleton<PollingService>();
        services.AddSingleton<WebhookService>();

        services.AddHostedService(sp => sp.GetRequiredService<BotStartup>());
        services.AddHostedService<InboxSweeper>();
        services.AddSingleton<IHostedService>(sp =>
            sp.GetRequiredService<IOptions<TelegramOptions>>().Value.Mode == BotMode.Webhook
                ? sp.GetRequiredService<WebhookService>()
                : sp.GetRequiredService<PollingService>());
        services.Configure<HostOptions>(host =>
            host.ShutdownTimeout = TimeSpan.FromSeconds(section.GetValue(nameof(TelegramOptions.ShutdownTimeoutSeconds), 30) + 5));
        return services;
    }

    /// <summary>
    /// Adds the bot's <see cref="BotStore"/> — SQLite (in <c>Telegram:DatabasePath</c> or the article store's file), or
    /// PostgreSQL in the article store's database when <c>Store:Provider</c> is <c>Postgres</c>, shared by replicas — and
    /// the feedback export that reads it. Also used alone by <c>qabot feedback export</c>.
    /// </summary>
    public static IServiceCollection AddBotStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<BotStore>(sp => string.Equals(configuration["Store:Provider"], nameof(StoreProvider.Postgres), StringComparison.OrdinalIgnoreCase)
            ? new PostgresBotStore(
                ((PostgresVectorStore)sp.GetRequiredService<QaBotVectorStore>()).DataSource,
                sp.GetRequiredService<TimeProvider>(),
                TimeSpan.FromSeconds(configuration.GetValue("Telegram:LeaseSeconds", 30)))
            : new SqliteBotStore(configuration, sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<FeedbackExporter>();
        return services;
    }
}
