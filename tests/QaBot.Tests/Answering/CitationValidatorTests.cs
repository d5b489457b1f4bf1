using QaBot.Core.Answering;

namespace QaBot.Tests.Answering;

public sealed class CitationValidatorTests
{
    [Fact]
    public void CitedPiecesRunFromOneMarkerGroupToTheNext()
    {
        var pieces = CitationValidator.CitedSentences("Trade hit $228 billion in 2023 [1]. It is as good as it gets… [2] Talks went on [1][3].");

        Assert.Equal(3, pieces.Count);
        Assert.Equal("Trade hit $228 billion in 2023", pieces[0].Sentence);
        Assert.Equal("It is as good as it gets…", pieces[1].Sentence);
        Assert.Equal([2], pieces[1].Numbers);
        Assert.Equal("Talks went on", pieces[2].Sentence);
        Assert.Equal([1, 3], pieces[2].Numbers);
    }
}
