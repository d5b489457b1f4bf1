using QaBot.Core;
using QaBot.Core.Embeddings;

namespace QaBot.Tests.Embeddings;

public sealed class GloveConverterTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private string Models => _temp.Combine("models");

    [Fact]
    public void WinkTarballConvertsIntoACacheWithEveryWordAndVectorInFrequencyOrder()
    {
        var manifest = GloveConverter.Convert(TestVectors.WriteWinkTarball(_temp.Path), Models);

        Assert.Equal("glove-tiny-wink", manifest.ModelId);
        Assert.Equal(TestVectors.Words.Length, manifest.Count);
        Assert.Equal(TestVectors.Dimensions, manifest.Dimensions);
        Assert.Matches("^[0-9a-f]{64}$", manifest.SourceSha256);
        using var vectors = WordVectors.Open(manifest.CachePath(Models), manifest.ModelId);
        for (var i = 0; i < TestVectors.Words.Length; i++)
        {
            var (word, expected) = TestVectors.Words[i];
            Assert.True(vectors.TryGetIndex(word, out var index));
            Assert.Equal(i, index);
            Assert.Equal(word, vectors.GetWord(i));
            Assert.Equal(expected, vectors.GetVector(i).ToArray());
        }

        Assert.False(vectors.TryGetIndex("zebra", out _));
    }

    [Fact]
    public void GloveTextFileConvertsSkippingTheHeaderAndKeepingTheMoreFrequentOfTwoCasings()
    {
        var manifest = GloveConverter.Convert(TestVectors.WriteGloveText(_temp.Path), Models);

        Assert.Equal("glove-tiny-6d", manifest.ModelId);
        Assert.Equal(TestVectors.Words.Length, manifest.Count);
        using var vectors = WordVectors.Open(manifest.CachePath(Models), manifest.ModelId);
        Assert.True(vectors.TryGet("The", out var the));
        Assert.Equal(TestVectors.VectorOf("the"), the.ToArray());
        Assert.True(vectors.TryGet("kitten", out var kitten));
        Assert.Equal(TestVectors.VectorOf("kitten"), kitten.ToArray());
    }

    [Fact]
    public void ConversionLeavesOnlyTheCacheAndItsManifestAndReplacesAnEarlierCache()
    {
        GloveConverter.Convert(TestVectors.WriteGloveText(_temp.Path), Models);
        var second = GloveConverter.Convert(TestVectors.WriteWinkTarball(_temp.Path), Models);

        var files = Directory.GetFiles(Models).Select(f => Path.GetFileName(f)).Order().ToArray();
        Assert.Equal(["glove-tiny-wink.bin", "glove.json"], files);
        Assert.Equal(second, ModelManifest.TryRead(Models));
    }

    [Fact]
    public void ATruncatedCacheIsReportedAsDamagedWithTheFix()
    {
        var manifest = GloveConverter.Convert(TestVectors.WriteWinkTarball(_temp.Path), Models);
        var path = manifest.CachePath(Models);
        using (var file = new FileStream(path, FileMode.Open))
        {
            file.SetLength(file.Length - 100);
        }

        var error = Assert.Throws<QaBotException>(() => WordVectors.Open(path, manifest.ModelId));
        Assert.Contains("damaged", error.Message, StringComparison.Ordinal);
        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
        Assert.Contains("qabot models pull", error.Message, StringComparison.Ordinal);
        Assert.Null(ModelPuller.UsableCache(Models));
    }

    [Fact]
    public void ACorruptedWordTableIsCaughtByTheChecksum()
    {
        var manifest = GloveConverter.Convert(TestVectors.WriteWinkTarball(_temp.Path), Models);
        var path = manifest.CachePath(Models);
        var bytes = File.ReadAllBytes(path);
        var layout = WordVectorFile.Layout.For(TestVectors.Dimensions, manifest.Count, 32, "theofandus".Length);
        bytes[layout.Chars + 2] ^= 0x20; // "the" becomes "tHe"
        File.WriteAllBytes(path, bytes);

        var error = Assert.Throws<QaBotException>(() => WordVectors.Open(path, manifest.ModelId));
        Assert.Contains("checksum", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileThatIsNotWordVectorsFailsWithItsNameAndNoCacheIsLeft()
    {
        var bogus = _temp.Combine("notes.txt");
        File.WriteAllText(bogus, "hello world\nthis is not a vector file\n");

        var error = Assert.Throws<QaBotException>(() => GloveConverter.Convert(bogus, Models));
        Assert.Contains("notes.txt", error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Models));
    }

    [Fact]
    public void TheKnownTarballNameWithOtherContentIsRejectedBySha256()
    {
        var fake = TestVectors.WriteWinkTarball(_temp.Path, GloveConverter.WinkTarball);

        var error = Assert.Throws<QaBotException>(() => GloveConverter.Convert(fake, Models));
        Assert.Contains(GloveConverter.WinkTarballSha256, error.Message, StringComparison.Ordinal);
        Assert.Null(ModelManifest.TryRead(Models));
    }

    [Theory]
    [InlineData("glove.6B.100d.txt", "glove-6b-100d")]
    [InlineData("glove.840B.300d.txt.gz", "glove-840b-300d")]
    [InlineData("my vectors.json", "glove-my-vectors")]
    public void ModelIdsComeFromTheFileName(string file, string expected) =>
        Assert.Equal(expected, GloveConverter.ModelIdFor(file));

    [RealGloveFact]
    public void TheRealTarballGivesTheWinkModelWithAllItsWords()
    {
        var vectors = RealGlove.WordVectors;

        Assert.Equal(GloveConverter.WinkModelId, vectors.ModelId);
        Assert.Equal(100, vectors.Dimensions);
        Assert.True(vectors.Count > 340_000);
        Assert.True(vectors.TryGetIndex("the", out var the) && the == 0);
        Assert.True(vectors.Similarity("trade", "exports") > vectors.Similarity("trade", "kitten"));
    }

    public void Dispose() => _temp.Dispose();
}
