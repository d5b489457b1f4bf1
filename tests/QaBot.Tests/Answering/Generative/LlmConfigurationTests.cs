using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using QaBot.Core.Answering.Generative;
using QaBot.Core.Answering.Queries;
using QaBot.Tests.Support;

namespace QaBot.Tests.Answering.Generative;

/// <summary>Start-up validation of the "Llm" section and what gets registered.</summary>
public sealed class LlmConfigurationTests
{
    private static string[] Failures(Dictionary<string, string?> settings)
    {
        using var services = LlmTestHost.Build(settings);
        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<LlmOptions>>().Value);
        return [.. error.Failures];
    }

    [Fact]
    public void WithoutASettingNoModelIsRegisteredAndTheRewriterWorksOffline()
    {
        using var services = LlmTestHost.Build([]);

        Assert.False(services.GetRequiredService<IOptions<LlmOptions>>().Value.Enabled);
        Assert.Null(services.GetService<IChatClient>());
        Assert.Null(services.GetService<GenerativeAnswerer>());
        Assert.False(services.GetRequiredService<QueryRewriter>().UsesModel);
    }

    [Fact]
    public async Task AConfiguredModelRegistersTheChatClientAndTheAnswerer()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        using var services = LlmTestHost.Create(server);

        Assert.NotNull(services.GetService<IChatClient>());
        Assert.NotNull(services.GetService<GenerativeAnswerer>());
        Assert.True(services.GetRequiredService<QueryRewriter>().UsesModel);
    }

    [Fact]
    public void AnUnknownProviderListsTheChoices() =>
        Assert.Contains("Llm:Provider 'Olama' is not known; use one of None, OpenAI, AzureOpenAI, OpenAICompatible.", Failures(new() { ["Llm:Provider"] = "Olama" }));

    [Fact]
    public void ACompatibleServerNeedsEndpointAndModel()
    {
        var failures = Failures(new() { ["Llm:Provider"] = "OpenAICompatible" });

        Assert.Contains(failures, f => f.StartsWith("Llm:Endpoint is required", StringComparison.Ordinal) && f.Contains("http://localhost:11434/v1", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Llm:Model is required", StringComparison.Ordinal));
    }

    [Fact]
    public void AzureNeedsDeploymentAndKey()
    {
        var failures = Failures(new() { ["Llm:Provider"] = "AzureOpenAI", ["Llm:Endpoint"] = "https://x.openai.azure.com" });

        Assert.Contains(failures, f => f.StartsWith("Llm:Deployment is required", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Llm:ApiKey is required", StringComparison.Ordinal));
    }

    [Fact]
    public void OpenAINeedsAKey() =>
        Assert.Contains(Failures(new() { ["Llm:Provider"] = "OpenAI", ["Llm:Model"] = "gpt-4o-mini" }), f => f.StartsWith("Llm:ApiKey is required", StringComparison.Ordinal));

    [Fact]
    public void OutOfRangeNumbersNameTheKey()
    {
        var failures = Failures(new() { ["Llm:TimeoutSeconds"] = "0", ["Llm:CircuitBreaker:MinimumThroughput"] = "1" });

        Assert.Contains(failures, f => f.Contains("Llm:TimeoutSeconds must be between 1 and 600", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Llm:CircuitBreaker:MinimumThroughput must be at least 2", StringComparison.Ordinal));
    }

    [Fact]
    public void ARelativeEndpointIsRejected() =>
        Assert.Contains(Failures(new() { ["Llm:Provider"] = "OpenAICompatible", ["Llm:Endpoint"] = "localhost:11434", ["Llm:Model"] = "m" }),
            f => f.StartsWith("Llm:Endpoint 'localhost:11434' is not an absolute http(s) URL", StringComparison.Ordinal));

    [Fact]
    public void AMissingPromptsFolderFailsAtStartUpWhenAModelIsConfigured() =>
        Assert.Contains(Failures(new()
        {
            ["Llm:Provider"] = "OpenAICompatible", ["Llm:Endpoint"] = "http://127.0.0.1:9/v1", ["Llm:Model"] = "m", ["Llm:PromptsDirectory"] = "no-such-prompts",
        }), f => f.StartsWith("Llm:PromptsDirectory: folder", StringComparison.Ordinal));
}
