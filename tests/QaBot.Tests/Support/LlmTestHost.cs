using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using QaBot.Core.Answering.Generative;

namespace QaBot.Tests.Support;

/// <summary>Builds the real LLM services (options, resilient HttpClient, SK connector, prompts) pointed at a <see cref="FakeOpenAiServer"/>.</summary>
public static class LlmTestHost
{
    /// <summary>Services for <c>Provider=OpenAICompatible</c> at <paramref name="server"/>; <paramref name="settings"/> override "Llm:*" keys.</summary>
    public static ServiceProvider Create(FakeOpenAiServer server, params (string Key, string Value)[] settings)
    {
        var values = new Dictionary<string, string?>
        {
            ["Llm:Provider"] = "OpenAICompatible",
            ["Llm:Endpoint"] = server.BaseUrl.ToString(),
            ["Llm:Model"] = "test-model",
            ["Llm:TimeoutSeconds"] = "5",
            ["Llm:MaxRetries"] = "0",
            ["Llm:RetryDelayMilliseconds"] = "10",
        };
        foreach (var (key, value) in settings)
        {
            values["Llm:" + key] = value;
        }

        return Build(values);
    }

    /// <summary>Services for exactly these settings.</summary>
    public static ServiceProvider Build(Dictionary<string, string?> values)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddQaBotLlm(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }
}
