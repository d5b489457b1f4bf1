using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace QaBot.Core.Answering.Generative;

/// <summary>
/// Cross-field rules of <see cref="LlmOptions"/>: which keys each provider needs, URL shape, the nested circuit-breaker
/// section, and — when a model is enabled — that the prompt files exist and use only placeholders QaBot fills.
/// </summary>
internal sealed class LlmOptionsValidator : IValidateOptions<LlmOptions>
{
    public ValidateOptionsResult Validate(string? name, LlmOptions options)
    {
        var failures = new List<string>();
        if (!Enum.TryParse<LlmProvider>(options.Provider, ignoreCase: true, out var provider) || int.TryParse(options.Provider, out _))
        {
            failures.Add($"Llm:Provider '{options.Provider}' is not known; use one of {string.Join(", ", Enum.GetNames<LlmProvider>())}.");
            return ValidateOptionsResult.Fail(failures);
        }

        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(options.CircuitBreaker, new ValidationContext(options.CircuitBreaker), results, validateAllProperties: true))
        {
            failures.AddRange(results.Select(r => r.ErrorMessage ?? "Llm:CircuitBreaker is invalid."));
        }

        if (provider == LlmProvider.None)
        {
            return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
        }

        var endpointOk = CheckEndpoint(options.Endpoint, failures);
        switch (provider)
        {
            case LlmProvider.OpenAI:
                Require(options.Model, "Llm:Model", "OpenAI", "the model name, e.g. \"gpt-4o-mini\"", failures);
                if (string.IsNullOrWhiteSpace(options.ApiKey))
                {
                    failures.Add("Llm:ApiKey is required when Llm:Provider is OpenAI; set it (or the environment variable Llm__ApiKey) to your OpenAI key, or use Provider OpenAICompatible for a local server.");
                }

                break;
            case LlmProvider.AzureOpenAI:
                if (endpointOk && string.IsNullOrWhiteSpace(options.Endpoint))
                {
                    failures.Add("Llm:Endpoint is required when Llm:Provider is AzureOpenAI; set it to your resource URL, e.g. \"https://myresource.openai.azure.com\".");
                }

                Require(options.Deployment, "Llm:Deployment", "AzureOpenAI", "the deployment name from the Azure portal", failures);
                Require(options.ApiKey, "Llm:ApiKey", "AzureOpenAI", "the resource's key (or the environment variable Llm__ApiKey)", failures);
                break;
            case LlmProvider.OpenAICompatible:
                if (endpointOk && string.IsNullOrWhiteSpace(options.Endpoint))
                {
                    failures.Add("Llm:Endpoint is required when Llm:Provider is OpenAICompatible; set it to the server's base URL, e.g. \"http://localhost:11434/v1\" for Ollama.");
                }

                Require(options.Model, "Llm:Model", "OpenAICompatible", "the model name the server serves, e.g. \"llama3.1:8b\" for Ollama", failures);
                break;
        }

        failures.AddRange(PromptLibrary.Check(PromptLibrary.ResolveDirectory(options.PromptsDirectory)));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool CheckEndpoint(string? endpoint, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(endpoint))
        {
            return true;
        }

        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            failures.Add($"Llm:Endpoint '{endpoint}' is not an absolute http(s) URL; use e.g. \"http://localhost:11434/v1\".");
            return false;
        }

        return true;
    }

    private static void Require(string? value, string key, string provider, string what, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            failures.Add($"{key} is required when Llm:Provider is {provider}; set it to {what}.");
        }
    }
}
