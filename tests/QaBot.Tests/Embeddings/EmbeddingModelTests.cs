using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using QaBot.Core.Embeddings;

namespace QaBot.Tests.Embeddings;

public sealed class EmbeddingModelTests
{
    private static EmbeddingModel Model(EmbeddingOptions options) => new(Options.Create(options));

    [Fact]
    public void ProviderNoneIsUnavailableOnPurpose()
    {
        using var model = Model(new EmbeddingOptions { Provider = EmbeddingProvider.None });

        Assert.False(model.IsAvailable);
        Assert.Null(model.Generator);
        Assert.Equal("none", model.ModelId);
        Assert.Equal(0, model.Dimensions);
        Assert.Contains("Embeddings:Provider is None", model.UnavailableReason, StringComparison.Ordinal);
        Assert.Contains("full-text search only", model.UnavailableReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDefaultIsTheShippedArcticEncoderWithItsQueryPrefix()
    {
        using var model = Model(new EmbeddingOptions());

        Assert.True(model.IsAvailable, model.UnavailableReason);
        Assert.Equal(EncoderNetwork.ArcticXs.ModelId, model.ModelId);
        Assert.Equal(EncoderNetwork.Dimensions, model.Dimensions);
        var query = await model.EmbedQueryAsync("trade between russia and china", default);
        var prefixed = await model.Generator!.GenerateAsync(EncoderNetwork.ArcticXs.QueryPrefix + "trade between russia and china");
        Assert.Equal(prefixed.Vector.ToArray(), query!.Value.ToArray());
    }

    [Fact]
    public void ConcurrentFirstUsesShareOneLoadAndModelsShareTheEncoder()
    {
        using var model = Model(new EmbeddingOptions { Provider = EmbeddingProvider.MiniLM });
        using var other = Model(new EmbeddingOptions { Provider = EmbeddingProvider.MiniLM });

        var generators = Enumerable.Range(0, 8).AsParallel().Select(_ => model.Generator).ToArray();

        Assert.All(generators, g => Assert.Same(generators[0], g));
        Assert.IsType<SentenceEncoder>(generators[0]);
        Assert.Same(generators[0], other.Generator);
    }

    [Fact]
    public void ASuspendedModelKeepsItsIdentityButHandsOutNoGenerator()
    {
        using var model = Model(new EmbeddingOptions());

        model.Suspend("the store was built with another model");

        Assert.False(model.IsAvailable);
        Assert.Equal("the store was built with another model", model.UnavailableReason);
        Assert.Equal(EncoderNetwork.ArcticXs.ModelId, model.ModelId);
    }
}
