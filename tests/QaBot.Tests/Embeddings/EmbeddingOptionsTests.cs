using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using QaBot.Core;
using QaBot.Core.Embeddings;

namespace QaBot.Tests.Embeddings;

public sealed class EmbeddingOptionsTests
{
    private static EmbeddingOptions Resolve(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var services = new ServiceCollection().AddLogging().AddQaBotCore(configuration).BuildServiceProvider();
        return services.GetRequiredService<IOptions<EmbeddingOptions>>().Value;
    }

    [Fact]
    public void DefaultsAreTheOfflineSentenceEncoder()
    {
        var options = Resolve([]);

        Assert.Equal(EmbeddingProvider.ArcticXs, options.Provider);
        Assert.Equal(0, options.Threads);
    }

    [Fact]
    public void TheExampleSettingsFileBindsToValidDefaults()
    {
        var example = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(example.FullName, "appsettings.example.json")))
        {
            example = example.Parent ?? throw new FileNotFoundException("appsettings.example.json");
        }

        var configuration = new ConfigurationBuilder().AddJsonFile(Path.Combine(example.FullName, "appsettings.example.json")).Build();
        using var services = new ServiceCollection().AddLogging().AddQaBotCore(configuration).BuildServiceProvider();
        var options = services.GetRequiredService<IOptions<EmbeddingOptions>>().Value;

        Assert.Equal(EmbeddingProvider.ArcticXs, options.Provider);
        Assert.Null(options.Dimensions);
        Assert.True(string.IsNullOrEmpty(options.Model));
    }

    [Fact]
    public void ARemoteProviderWithoutAModelFailsNamingTheKeyAndTheFix()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Resolve(new()
        {
            ["Embeddings:Provider"] = "OpenAI",
            ["Embeddings:Endpoint"] = "http://localhost:11434/v1",
        }));

        Assert.Contains("Embeddings:Model is required when Embeddings:Provider is OpenAI", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheOpenAIServiceNeedsAKeyButALocalEndpointDoesNot()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Resolve(new()
        {
            ["Embeddings:Provider"] = "OpenAI",
            ["Embeddings:Model"] = "text-embedding-3-small",
        }));
        Assert.Contains("Embeddings:ApiKey is required", error.Message, StringComparison.Ordinal);

        var local = Resolve(new()
        {
            ["Embeddings:Provider"] = "OpenAI",
            ["Embeddings:Model"] = "nomic-embed-text",
            ["Embeddings:Endpoint"] = "http://localhost:11434/v1",
        });
        Assert.Equal("nomic-embed-text", local.Model);
    }

    [Fact]
    public void AzureNeedsEndpointAndKeyAndBadValuesAreNamed()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Resolve(new()
        {
            ["Embeddings:Provider"] = "AzureOpenAI",
            ["Embeddings:Model"] = "embeddings",
            ["Embeddings:Dimensions"] = "0",
        }));

        Assert.Contains("Embeddings:Dimensions must be between 1 and 65536", error.Message, StringComparison.Ordinal);

        var azure = Assert.Throws<OptionsValidationException>(() => Resolve(new()
        {
            ["Embeddings:Provider"] = "AzureOpenAI",
            ["Embeddings:Model"] = "embeddings",
            ["Embeddings:Endpoint"] = "not a url",
        }));
        Assert.Contains("Embeddings:Endpoint 'not a url' is not an http(s) URL", azure.Message, StringComparison.Ordinal);
        Assert.Contains("Embeddings:ApiKey is required when Embeddings:Provider is AzureOpenAI", azure.Message, StringComparison.Ordinal);
    }
}
