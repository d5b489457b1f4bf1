using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using QaBot.Core.Ingestion;
using QaBot.Core.Store;

namespace QaBot.Core.Web;

/// <summary>Registers web ingestion: the fetcher's HttpClient (redirects, decompression, retries, per-attempt timeout), the host throttle, the validators.</summary>
public static class WebServiceCollectionExtensions
{
    /// <summary>Adds <see cref="WebIngestor"/> and what it needs.</summary>
    public static IServiceCollection AddQaBotWeb(this IServiceCollection services)
    {
        services.AddSingleton<HostThrottle>();
        services.AddSingleton<WebSourceCatalog>();
        services.AddSingleton<WebFetcher>();
        services.AddSingleton<WebIngestor>();
        services.AddHttpClient(WebFetcher.ClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                AllowAutoRedirect = sp.GetRequiredService<IOptions<IngestionOptions>>().Value.MaxRedirects > 0,
                MaxAutomaticRedirections = Math.Max(1, sp.GetRequiredService<IOptions<IngestionOptions>>().Value.MaxRedirects),
                AutomaticDecompression = DecompressionMethods.All,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            })
            .AddResilienceHandler("qabot-web", (builder, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<IngestionOptions>>().Value;
                if (options.FetchRetries > 0)
                {
                    builder.AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = options.FetchRetries,
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                        Delay = TimeSpan.FromSeconds(1),
                        MaxDelay = TimeSpan.FromSeconds(30),
                    });
                }

                builder.AddTimeout(TimeSpan.FromSeconds(options.FetchTimeoutSeconds));
            });
        return services;
    }
}
