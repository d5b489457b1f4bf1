using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using QaBot.Core.Chunking;

namespace QaBot.Tests.Chunking;

/// <summary>The options as the host will bind them: configuration → IOptions with data-annotation validation.</summary>
public sealed class ChunkingOptionsTests
{
    [Fact]
    public void ValuesAreBoundFromTheChunkingSection()
    {
        var options = Resolve(new() { ["Chunking:TargetChars"] = "800", ["Chunking:MaxChars"] = "2000", ["Chunking:OverlapSentences"] = "2" });
        Assert.Equal((800, 2000, 2), (options.TargetChars, options.MaxChars, options.OverlapSentences));
    }

    [Fact]
    public void AnEmptySectionGivesTheDefaults()
    {
        var options = Resolve([]);
        Assert.Equal((600, 1200, 1), (options.TargetChars, options.MaxChars, options.OverlapSentences));
    }

    [Theory]
    [InlineData("Chunking:TargetChars", "10", "Chunking:TargetChars must be between 100 and 20000")]
    [InlineData("Chunking:OverlapSentences", "-1", "Chunking:OverlapSentences must be between 0 and 5")]
    [InlineData("Chunking:TargetChars", "5000", "Chunking:MaxChars (1200) must be at least Chunking:TargetChars (5000)")]
    public void BadValuesFailWithAMessageNamingTheKey(string key, string value, string message)
    {
        var ex = Assert.Throws<OptionsValidationException>(() => Resolve(new() { [key] = value }));
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    private static ChunkingOptions Resolve(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddOptions<ChunkingOptions>()
            .Bind(configuration.GetSection(ChunkingOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<ChunkingOptions>>().Value;
    }
}
