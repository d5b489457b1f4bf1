using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using QaBot.Core.Answering.Generative;
using QaBot.Core.Embeddings;

namespace QaBot.Core;

/// <summary>Registers everything QaBot.Core offers: options (validated at start-up), store, embeddings, retrieval, answering.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>Adds the RAG core bound to <paramref name="configuration"/>.</summary>
    public static IServiceCollection AddQaBotCore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        // --- Embeddings (Core/Embeddings): validated options + one lazily loaded model for the whole app ---
        services.AddOptions<EmbeddingOptions>()
            .Bind(configuration.GetSection(EmbeddingOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<EmbeddingModel>();
        // --- end Embeddings ---

        // --- LLM (Core/Answering/Generative): options always; chat model, prompts, answerer only when Llm:Provider is set ---
        services.AddQaBotLlm(configuration);
        return services;
    }
}
