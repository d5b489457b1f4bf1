using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using QaBot.Core.Embeddings;

namespace QaBot.Tests.Embeddings;

public sealed class EmbeddingModelTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private EmbeddingModel Model(EmbeddingOptions options) =>
        new(Options.Create(options)) { SearchFrom = _temp.Path };

    private EmbeddingOptions Glove(string? source = null) =>
        new() { Provider = EmbeddingProvider.Glove, ModelsDirectory = _temp.Combine("models"), GloveSource = source };

    [Fact]
    public void WithoutVectorsAnywhereTheModelIsUnavailableWithTheReasonAndTheFix()
    {
        using var model = Model(Glove());

        Assert.False(model.IsAvailable);
        Assert.Null(model.Generator);
        Assert.Null(model.WordVectors);
        Assert.Equal("none", model.ModelId);
        Assert.Contains("local word vectors not found in", model.UnavailableReason, StringComparison.Ordinal);
        Assert.Contains("qabot models pull", model.UnavailableReason, StringComparison.Ordinal);
        Assert.Contains("full-text search only", model.UnavailableReason, StringComparison.Ordinal);
    }

    [Fact]
    public void ProviderNoneIsUnavailableOnPurpose()
    {
        using var model = Model(new EmbeddingOptions { Provider = EmbeddingProvider.None });

        Assert.Null(model.Generator);
        Assert.Contains("Embeddings:Provider is None", model.UnavailableReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AConfiguredSourceIsConvertedOnFirstUseOnlyAndThenReused()
    {
        var source = TestVectors.WriteGloveText(_temp.Path);
        using (var model = Model(Glove(source)))
        {
            Assert.False(Directory.Exists(_temp.Combine("models")), "nothing loads before first use");
            Assert.True(model.IsAvailable, model.UnavailableReason);
            Assert.Equal("glove-tiny-6d", model.ModelId);
            Assert.Equal(TestVectors.Dimensions, model.Dimensions);
            Assert.NotNull(model.WordVectors);
            var embedding = await model.Generator!.GenerateAsync("cat");
            Assert.Equal(TestVectors.Dimensions, embedding.Vector.Length);
        }

        var created = ModelManifest.TryRead(_temp.Combine("models"))!.CreatedUtc;
        using var again = Model(Glove(source));
        Assert.True(again.IsAvailable);
        Assert.Equal(created, ModelManifest.TryRead(_temp.Combine("models"))!.CreatedUtc);
    }

    [Fact]
    public void AMissingConfiguredSourceIsNamedInTheReason()
    {
        using var model = Model(Glove(_temp.Combine("nowhere.tgz")));

        Assert.False(model.IsAvailable);
        Assert.Contains("Embeddings:GloveSource file not found", model.UnavailableReason, StringComparison.Ordinal);
    }

    [Fact]
    public void ADamagedCacheWithNoSourceToRebuildFromMakesTheModelUnavailable()
    {
        var models = _temp.Combine("models");
        var manifest = GloveConverter.Convert(TestVectors.WriteWinkTarball(_temp.Path), models);
        File.WriteAllBytes(manifest.CachePath(models), [1, 2, 3]);

        using var model = Model(Glove());

        Assert.False(model.IsAvailable);
        Assert.Contains("damaged", model.UnavailableReason, StringComparison.Ordinal);
    }

    [Fact]
    public void ConcurrentFirstUsesShareOneLoad()
    {
        using var model = Model(Glove(TestVectors.WriteWinkTarball(_temp.Path)));

        var generators = Enumerable.Range(0, 8).AsParallel().Select(_ => model.Generator).ToArray();

        Assert.All(generators, g => Assert.Same(generators[0], g));
        Assert.NotNull(generators[0]);
    }

    public void Dispose() => _temp.Dispose();
}
