using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QaBot.Telegram.Api;
using QaBot.Telegram.Conversation;
using QaBot.Telegram.Feedback;
using QaBot.Telegram.Hosting;
using QaBot.Telegram.Rendering;
using QaBot.Telegram.Safety;
using QaBot.Telegram.Storage;
using Telegram.Bot;

namespace QaBot.Telegram;

/// <summary>Registers the Telegram bot: options (validated at start-up), the resilient client, storage, handlers and the host services.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>Adds the bot bound to the <c>Telegram</c> section; needs <c>AddQaBotCore</c> for answering.</summary>
    public static IServiceCollection AddQaBotTelegram(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(TelegramOptions.Section);
        services.AddOptions<TelegramOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<TelegramOptions>, TelegramOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);

        // A plain HttpClient on purpose: IHttpClientFactory's request logging would write URLs, and Bot API URLs contain the token.
        services.TryAddSingleton<ITelegramBotClient>(sp => new ResilientBotClient(
            sp.GetRequiredService<IOptions<TelegramOptions>>().Value,
            new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = Timeout.InfiniteTimeSpan },
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<ResilientBotClient>>()));

        services.AddSingleton<BotDatabase>();
        services.AddSingleton<UpdateLedger>();
        services.AddSingleton<ChatHistoryStore>();
        services.AddSingleton<AnswerLog>();
        services.AddSingleton<AccessPolicy>();
        services.AddSingleton<RateLimiter>();
        services.AddSingleton<ReplySender>();
        services.AddSingleton<QuestionResponder>();
        services.AddSingleton<CallbackResponder>();
        services.AddSingleton<Reindexer>();
        services.AddSingleton<UpdateRouter>();
        services.AddSingleton<UpdateDispatcher>();
        services.AddSingleton<BotStartup>();
        services.AddSingleton<PollingService>();
        services.AddSingleton<WebhookService>();

        services.AddHostedService(sp => sp.GetRequiredService<BotStartup>());
        services.AddSingleton<IHostedService>(sp =>
            sp.GetRequiredService<IOptions<TelegramOptions>>().Value.Mode == BotMode.Webhook
                ? sp.GetRequiredService<WebhookService>()
                : sp.GetRequiredService<PollingService>());
        services.Configure<HostOptions>(host =>
            host.ShutdownTimeout = TimeSpan.FromSeconds(section.GetValue(nameof(TelegramOptions.ShutdownTimeoutSeconds), 30) + 5));
        return services;
    }
}
