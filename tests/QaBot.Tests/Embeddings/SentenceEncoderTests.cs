using System.Numerics.Tensors;
using Microsoft.Extensions.AI;
using QaBot.Core.Embeddings;

namespace QaBot.Tests.Embeddings;

/// <summary>Loads each shipped network once for the whole class (about a second each).</summary>
public sealed class SentenceEncoderFixture : IDisposable
{
    public SentenceEncoder MiniLM { get; } = new(EncoderNetwork.MiniLM, threads: 1);

    public SentenceEncoder ArcticXs { get; } = new(EncoderNetwork.ArcticXs, threads: 1);

    public void Dispose()
    {
        MiniLM.Dispose();
        ArcticXs.Dispose();
    }
}

public sealed class SentenceEncoderTests(SentenceEncoderFixture fixture) : IClassFixture<SentenceEncoderFixture>
{
    private const string Trade = "Bilateral trade between Russia and China reached a record $228 billion in 2023.";
    private const string TradeQuestion = "how much did russia and china trade last year";
    private const string Unrelated = "The football match was postponed because of heavy snow in the stadium.";

    public static TheoryData<string> Networks => new() { "MiniLM", "ArcticXs" };

    private SentenceEncoder Encoder(string name) => name == "MiniLM" ? fixture.MiniLM : fixture.ArcticXs;

    [Theory]
    [MemberData(nameof(Networks))]
    public void VectorsAreUnitLengthWithTheNetworksSize(string network)
    {
        var vectors = Encoder(network).Encode([Trade, "Short.", ""]);

        Assert.All(vectors, v =>
        {
            Assert.Equal(EncoderNetwork.Dimensions, v.Length);
            Assert.Equal(1.0, TensorPrimitives.Norm(v), 3);
        });
    }

    [Theory]
    [MemberData(nameof(Networks))]
    public void AQuestionIsCloserToTheSentenceThatAnswersItThanToAnUnrelatedOne(string network)
    {
        var encoder = Encoder(network);
        var question = encoder.Encode([encoder.Network.QueryPrefix + TradeQuestion])[0];
        var sentences = encoder.Encode([Trade, Unrelated]);

        Assert.True(TensorPrimitives.Dot(question, sentences[0]) > TensorPrimitives.Dot(question, sentences[1]) + 0.2);
    }

    [Fact]
    public void BatchingByLengthKeepsEachTextsOwnVector()
    {
        string[] texts = [Trade, "Putin called Xi his dear friend.", Unrelated, "Yes.", string.Join(' ', Enumerable.Repeat(Trade, 5))];

        var together = fixture.MiniLM.Encode(texts);

        for (var i = 0; i < texts.Length; i++)
        {
            var alone = fixture.MiniLM.Encode([texts[i]])[0];
            Assert.Equal(1.0, TensorPrimitives.Dot(alone, together[i]), 4);
        }
    }

    [Fact]
    public void ShortAndLongTextsEncodedTogetherArePaddedLittle()
    {
        // A chunk's title and its sentences: one batch padded to the longest would be mostly padding.
        string[] texts = ["Xi visits Moscow", "Yes.", Trade, Unrelated, string.Join(' ', Enumerable.Repeat(Trade, 4)), "Putin called Xi his dear friend."];
        var before = fixture.ArcticXs.Work;

        fixture.ArcticXs.Encode(texts);
        var work = fixture.ArcticXs.Work - before;

        Assert.Equal(texts.Length, work.Texts);
        Assert.Equal(texts.Sum(fixture.ArcticXs.CountTokens), work.Tokens);
        Assert.True(work.PaddingShare < 0.15, $"padding share {work.PaddingShare:P0}");
    }

    [Fact]
    public void TheFlopCountFollowsTheNetworksShape()
    {
        // Per token and layer: Q, K, V, output (4 × 2·384²) and the feed-forward pair (2 × 2·384·1536); per attending pair 4·384.
        Assert.Equal(6 * ((8.0 * 384 * 384) + (4.0 * 384 * 1536)), EncoderNetwork.Flops(1, 0));
        Assert.Equal(6 * 4.0 * 384 * 100, EncoderNetwork.Flops(0, 100));
    }

    [Fact]
    public void ATextLongerThanTheNetworksLimitIsCutNotRefused()
    {
        var book = string.Join(' ', Enumerable.Repeat(Trade, 400));

        Assert.Equal(EncoderNetwork.MiniLM.MaxTokens, fixture.MiniLM.CountTokens(book));
        Assert.Equal(EncoderNetwork.Dimensions, fixture.MiniLM.Encode([book])[0].Length);
    }

    [Fact]
    public async Task ItIsAnEmbeddingGeneratorStampedWithTheModelId()
    {
        IEmbeddingGenerator<string, Embedding<float>> generator = fixture.ArcticXs;

        var embeddings = await generator.GenerateAsync([Trade, Unrelated]);

        Assert.Equal(2, embeddings.Count);
        Assert.All(embeddings, e => Assert.Equal(EncoderNetwork.ArcticXs.ModelId, e.ModelId));
        Assert.Equal(EncoderNetwork.ArcticXs.ModelId, generator.GetService<EmbeddingGeneratorMetadata>()?.DefaultModelId);
    }

    [Fact]
    public void CancellationStopsEncoding()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => fixture.MiniLM.Encode([Trade], cancelled.Token));
    }
}
