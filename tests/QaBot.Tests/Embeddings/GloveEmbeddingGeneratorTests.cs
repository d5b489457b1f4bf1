using System.Diagnostics;
using System.Numerics.Tensors;
using Microsoft.Extensions.AI;
using QaBot.Core.Embeddings;
using Xunit.Abstractions;

namespace QaBot.Tests.Embeddings;

public sealed class GloveEmbeddingGeneratorTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempDirectory _temp = new();

    private WordVectors TinyVectors()
    {
        var models = _temp.Combine("models");
        var manifest = GloveConverter.Convert(TestVectors.WriteWinkTarball(_temp.Path), models);
        return WordVectors.Open(manifest.CachePath(models), manifest.ModelId);
    }

    [Fact]
    public async Task EmbeddingsAreUnitLengthAndCarryTheModelId()
    {
        using var vectors = TinyVectors();
        using var generator = new GloveEmbeddingGenerator(vectors);

        var embeddings = await generator.GenerateAsync(["The cat and the dog", "Russia and China trade"]);

        Assert.Equal(2, embeddings.Count);
        Assert.All(embeddings, e =>
        {
            Assert.Equal(TestVectors.Dimensions, e.Vector.Length);
            Assert.Equal(1f, TensorPrimitives.Norm(e.Vector.Span), 4);
            Assert.Equal("glove-tiny-wink", e.ModelId);
        });
        var metadata = generator.GetService<EmbeddingGeneratorMetadata>();
        Assert.Equal("glove", metadata?.ProviderName);
        Assert.Equal(TestVectors.Dimensions, metadata?.DefaultModelDimensions);
        Assert.Same(vectors, generator.GetService<WordVectors>());
    }

    [Fact]
    public async Task TextWithoutAnyKnownWordGivesTheZeroVector()
    {
        using var vectors = TinyVectors();
        using var generator = new GloveEmbeddingGenerator(vectors);

        var embedding = await generator.GenerateAsync("Zebra 2024 — !!!");

        Assert.All(embedding.Vector.ToArray(), x => Assert.Equal(0f, x));
    }

    [Fact]
    public async Task TextsOnTheSameTopicAreCloserThanTextsOnAnother()
    {
        using var vectors = TinyVectors();
        using var generator = new GloveEmbeddingGenerator(vectors);

        var e = await generator.GenerateAsync(["the cat and the kitten", "the dog of the cat", "Russia and China trade exports"]);

        Assert.True(Cos(e[0], e[1]) > Cos(e[0], e[2]) + 0.3f);
    }

    [RealGloveFact]
    public async Task WithTheRealVectorsFunctionWordsBarelyMoveTheEmbedding()
    {
        using var generator = new GloveEmbeddingGenerator(RealGlove.WordVectors);

        var e = await generator.GenerateAsync(["Russia China trade record", "The trade of Russia and China was at a record, it is said."]);

        output.WriteLine($"cosine {Cos(e[0], e[1]):0.000}");
        Assert.True(Cos(e[0], e[1]) > 0.9f, $"cosine {Cos(e[0], e[1])}");
    }

    [RealGloveFact]
    public async Task WithTheRealVectorsParaphrasesAreCloserThanUnrelatedSentences()
    {
        using var generator = new GloveEmbeddingGenerator(RealGlove.WordVectors);
        string[] texts =
        [
            "Trade between Russia and China reached a record 240 billion dollars last year.",
            "Commerce between Moscow and Beijing hit an all-time high, growing exports of oil and gas.",
            "The kitten slept on the rug while the dog played in the garden.",
            "The striker scored twice as the home team won the football match.",
        ];

        var e = await generator.GenerateAsync(texts);

        output.WriteLine($"paraphrase {Cos(e[0], e[1]):0.000}, pets {Cos(e[0], e[2]):0.000}, football {Cos(e[0], e[3]):0.000}");
        Assert.True(Cos(e[0], e[1]) > Cos(e[0], e[2]) + 0.2f);
        Assert.True(Cos(e[0], e[1]) > Cos(e[0], e[3]) + 0.2f);
    }

    [RealGloveFact]
    public async Task WithTheRealVectorsThousandsOfChunksAreEmbeddedPerSecond()
    {
        using var generator = new GloveEmbeddingGenerator(RealGlove.WordVectors);
        var articles = Directory.GetFiles(FindArticles(), "*.txt").Select(File.ReadAllText).ToArray();
        var text = string.Join(' ', articles);
        var chunks = Enumerable.Range(0, 3000).Select(i => text.Substring(i * 97 % (text.Length - 600), 600)).ToArray();
        await generator.GenerateAsync(chunks.Take(100)); // warm-up: JIT and the pages of frequent words

        // Best of three, so a busy shared machine does not fail the test; the figure is printed either way.
        var perSecond = 0.0;
        for (var run = 0; run < 3; run++)
        {
            var stopwatch = Stopwatch.StartNew();
            var embeddings = await generator.GenerateAsync(chunks);
            perSecond = Math.Max(perSecond, chunks.Length / stopwatch.Elapsed.TotalSeconds);
            Assert.Equal(chunks.Length, embeddings.Count);
        }

        output.WriteLine($"{perSecond:N0} chunks/s (600 chars each)");
        Assert.True(perSecond > 2000, $"{perSecond:N0} chunks/s");
    }

    private static string FindArticles()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data", "articles");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("data/articles");
    }

    private static float Cos(Embedding<float> a, Embedding<float> b) => TensorPrimitives.CosineSimilarity(a.Vector.Span, b.Vector.Span);

    public void Dispose() => _temp.Dispose();
}
