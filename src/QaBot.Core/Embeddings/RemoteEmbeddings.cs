using System.ClientModel;
using Azure.AI.OpenAI;
using Microsoft.Extensions.AI;
using OpenAI;

namespace QaBot.Core.Embeddings;

/// <summary>
/// Builds the embedding generator of a remote provider through the official clients: any OpenAI-compatible
/// <c>/embeddings</c> endpoint (OpenAI, Ollama, LM Studio, vLLM — Endpoint is the base URL, e.g.
/// http://localhost:11434/v1) or an Azure OpenAI deployment (Model is the deployment name).
/// </summary>
public static class RemoteEmbeddings
{
    /// <summary>The model id stored with the vectors: "{provider}:{model}", e.g. "openai:text-embedding-3-small".</summary>
    public static string ModelIdFor(EmbeddingOptions options) =>
        $"{options.Provider.ToString().ToLowerInvariant()}:{options.Model}";

    /// <summary>Creates the generator for an OpenAI or AzureOpenAI provider (options already validated).</summary>
    public static IEmbeddingGenerator<string, Embedding<float>> Create(EmbeddingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var model = options.Model ?? throw new QaBotException($"Embeddings:Model is required when Embeddings:Provider is {options.Provider}");
        switch (options.Provider)
        {
            case EmbeddingProvider.OpenAI:
                var openAiOptions = new OpenAIClientOptions();
                if (!string.IsNullOrWhiteSpace(options.Endpoint))
                {
                    openAiOptions.Endpoint = new Uri(options.Endpoint);
                }

                // Local servers ignore the key, but the client insists on having one.
                var key = string.IsNullOrWhiteSpace(options.ApiKey) ? "no-key" : options.ApiKey;
                return new OpenAIClient(new ApiKeyCredential(key), openAiOptions)
                    .GetEmbeddingClient(model)
                    .AsIEmbeddingGenerator(options.Dimensions);
            case EmbeddingProvider.AzureOpenAI:
                var endpoint = options.Endpoint ?? throw new QaBotException("Embeddings:Endpoint is required when Embeddings:Provider is AzureOpenAI");
                return new AzureOpenAIClient(new Uri(endpoint), new ApiKeyCredential(options.ApiKey ?? ""))
                    .GetEmbeddingClient(model)
                    .AsIEmbeddingGenerator(options.Dimensions);
            default:
                throw new ArgumentOutOfRangeException(nameof(options), options.Provider, "not a remote embedding provider");
        }
    }
}
