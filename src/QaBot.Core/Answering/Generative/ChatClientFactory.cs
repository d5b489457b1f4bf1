using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.AzureOpenAI;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace QaBot.Core.Answering.Generative;

/// <summary>
/// Builds the chat model from <see cref="LlmOptions"/> with Semantic Kernel's OpenAI / Azure OpenAI connectors and
/// exposes it as an M.E.AI <see cref="IChatClient"/> (SK's <c>AsChatClient()</c>).
/// Why the SK connectors rather than M.E.AI.OpenAI's <c>AsIChatClient()</c>: one code path covers OpenAI, Azure
/// (deployment routing, api-version, api-key header) and any compatible base URL; and given our own HttpClient, the
/// connector switches off the OpenAI SDK's built-in retries and network timeout, so the resilience handler on that
/// HttpClient is the only layer retrying and timing out — no retry storms of retries times retries.
/// </summary>
public static class ChatClientFactory
{
    /// <summary>The Semantic Kernel chat service for the configured provider.</summary>
    public static IChatCompletionService CreateService(LlmOptions options, HttpClient http, ILoggerFactory? loggerFactory = null)
    {
        var model = options.Model ?? options.Deployment ?? "";
        return options.ProviderKind switch
        {
            LlmProvider.OpenAI when string.IsNullOrWhiteSpace(options.Endpoint) =>
                new OpenAIChatCompletionService(model, options.ApiKey!, httpClient: http, loggerFactory: loggerFactory),
            LlmProvider.OpenAI or LlmProvider.OpenAICompatible =>
                new OpenAIChatCompletionService(model, new Uri(options.Endpoint!), string.IsNullOrWhiteSpace(options.ApiKey) ? null : options.ApiKey,
                    httpClient: http, loggerFactory: loggerFactory),
            LlmProvider.AzureOpenAI =>
                new AzureOpenAIChatCompletionService(options.Deployment!, options.Endpoint!, options.ApiKey!, options.Model,
                    http, loggerFactory, string.IsNullOrWhiteSpace(options.ApiVersion) ? null : options.ApiVersion),
            _ => throw new InvalidOperationException("Llm:Provider is None; no chat model is configured."),
        };
    }

    /// <summary>The chat model as an <see cref="IChatClient"/>.</summary>
    public static IChatClient Create(LlmOptions options, HttpClient http, ILoggerFactory? loggerFactory = null) =>
        CreateService(options, http, loggerFactory).AsChatClient();
}
