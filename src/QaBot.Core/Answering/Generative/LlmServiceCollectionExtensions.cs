using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel.ChatCompletion;
using QaBot.Core.Answering.Queries;
using QaBot.Core.Answering.Verification;

namespace QaBot.Core.Answering.Generative;

/// <summary>Registers the optional chat model and everything that uses it.</summary>
public static class LlmServiceCollectionExtensions
{
    /// <summary>Name of the resilient HttpClient the model talks through.</summary>
    public const string HttpClientName = "QaBot.Llm";

    /// <summary>
    /// Always: validated <see cref="LlmOptions"/>, <see cref="QueryRewriter"/>. Only when <c>Llm:Provider</c> is not None:
    /// the resilient HttpClient, <see cref="IChatCompletionService"/>, <see cref="IChatClient"/>, prompts and <see cref="GenerativeAnswerer"/>.
    /// </summary>
    public static IServiceCollection AddQaBotLlm(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(LlmOptions.Section);
        services.AddOptions<LlmOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LlmOptions>, LlmOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<QueryRewriter>();

        var provider = section[nameof(LlmOptions.Provider)];
        if (string.IsNullOrWhiteSpace(provider)
            || !Enum.TryParse<LlmProvider>(provider, ignoreCase: true, out var kind)
            || kind == LlmProvider.None)
        {
            return services;
        }

        services.AddHttpClient(HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan)
            .AddResilienceHandler("llm", (builder, context) =>
                LlmResilience.Configure(builder, context.ServiceProvider.GetRequiredService<IOptions<LlmOptions>>().Value));
        services.TryAddSingleton(sp => ChatClientFactory.CreateService(
            sp.GetRequiredService<IOptions<LlmOptions>>().Value,
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName),
            sp.GetService<ILoggerFactory>()));
        services.TryAddSingleton(sp => sp.GetRequiredService<IChatCompletionService>().AsChatClient());
        services.TryAddSingleton<PromptLibrary>();
        services.TryAddSingleton<TokenCounter>();
        services.TryAddSingleton<SourceContext>();
        services.TryAddSingleton<CitationChecker>();
        services.TryAddSingleton<GenerativeAnswerer>();
        return services;
    }
}
