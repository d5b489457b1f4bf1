using QaBot.Core.Embeddings;

namespace QaBot.Tests.Embeddings;

public sealed class WordVectorsTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly WordVectors _vectors;

    public WordVectorsTests()
    {
        var models = _temp.Combine("models");
        var manifest = GloveConverter.Convert(TestVectors.WriteWinkTarball(_temp.Path), models);
        _vectors = WordVectors.Open(manifest.CachePath(models), manifest.ModelId);
    }

    [Fact]
    public void TokensAreLowerCasedAndSpelledTheWayTheVocabularyKnowsThem()
    {
        var tokens = _vectors.Tokenize("The U.S. and Russia's well-known Café; O’Neill.");

        Assert.Equal(["the", "us", "and", "russia", "well-known", "cafe", "oneill"], tokens);
    }

    [Fact]
    public void JoinedTokensTheVocabularyLacksFallBackToTheirParts()
    {
        Assert.Equal(["russia", "china", "trade"], _vectors.Tokenize("Russia-China trade"));
    }

    [Fact]
    public void UnknownTokensAndNumbersAreKeptAsWrittenForLiteralMatching()
    {
        Assert.Equal(["trade", "rose", "to", "228", "in", "2023", "1.5"], _vectors.Tokenize("Trade rose to $228 in 2023, 1.5%"));
    }

    [Fact]
    public void WordIndicesAreTheKnownWordsInOrderForSoftMatching()
    {
        var indices = _vectors.GetWordIndices("The cat met a zebra and the CAT");

        Assert.Equal(["the", "cat", "and", "the", "cat"], indices.Select(_vectors.GetWord));
        Assert.Equal(_vectors.Similarity("cat", "kitten"), _vectors.Similarity(indices[1], TestVectors.Words.ToList().FindIndex(w => w.Word == "kitten")), 5);
    }

    [Fact]
    public void SimilarityIsCosineOfTheWordVectorsAndZeroForUnknownWords()
    {
        Assert.Equal(1f, _vectors.Similarity("China", "china"), 5);
        Assert.True(_vectors.Similarity("cat", "kitten") > 0.9f);
        Assert.True(_vectors.Similarity("cat", "trade") < 0.3f);
        Assert.Equal(0f, _vectors.Similarity("cat", "zebra"));
    }

    [Fact]
    public void FrequentWordsWeighLessThanRareOnes()
    {
        var weights = Enumerable.Range(0, _vectors.Count).Select(_vectors.GetWeight).ToArray();

        Assert.Equal(weights.Order(), weights);
        Assert.InRange(weights[0], 0.001f, 0.05f);
        Assert.All(weights, w => Assert.InRange(w, 0f, 1f));
    }

    public void Dispose()
    {
        _vectors.Dispose();
        _temp.Dispose();
    }
}
