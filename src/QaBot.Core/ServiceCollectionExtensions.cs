using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using QaBot.Core.Answering.Generative;

namespace QaBot.Core;

/// <summary>Registers everything QaBot.Core offers: options (validated at start-up), store, embeddings, retrieval, answering.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>Adds the RAG core bound to <paramref name="configuration"/>.</summary>
    public static IServiceCollection AddQaBotCore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddQaBotLlm(configuration);
        return services;
    }
}
